package io.radlake.corpus;

import java.util.List;

/** Word lists for synthetic identities. Immutable; a few names deliberately look like clinical eponyms. */
final class Vocabulary {

    private Vocabulary() {
    }

    static final List<String> FEMALE_FIRST = List.of(
            "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
            "Nancy", "Lisa", "Margaret", "Sandra", "Ashley", "Dorothy", "Kimberly", "Emily", "Donna", "Michelle",
            "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura", "Helen", "Sharon", "Cynthia",
            "Maria", "Guadalupe", "Lucía", "Sofía", "Ximena", "Mei", "Xiu", "Yuki", "Priya", "Ananya", "Fatima",
            "Aisha", "Nia", "Imani", "Chioma", "Olga", "Ingrid", "Siobhan", "Zoë", "Renée", "Hannah", "Grace",
            "Ruth", "Evelyn", "Gloria", "Joan", "Mildred", "Hye-jin", "Thi", "Leilani");

    static final List<String> MALE_FIRST = List.of(
            "James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas", "Charles",
            "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
            "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan",
            "José", "Luis", "Carlos", "Juan", "Alejandro", "Wei", "Hiroshi", "Minh", "Raj", "Arjun", "Mohammed",
            "Omar", "Ahmed", "Kwame", "Tunde", "DeShawn", "Dmitri", "Sven", "Liam", "Seán", "Walter", "Harold",
            "Eugene", "Ralph", "Jin-woo", "Bao", "Kai", "Mateo", "Ezekiel", "Jamal");

    static final List<String> LAST = List.of(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
            "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
            "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
            "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
            "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
            "O'Brien", "O'Connor", "McAllister", "Smith-Jones", "García-López", "Núñez", "Müller", "Kowalski",
            "Nowak", "Ivanova", "Kim", "Park", "Chen", "Wang", "Li", "Zhang", "Tanaka", "Yamamoto", "Patel",
            "Shah", "Singh", "Okafor", "Adeyemi", "Mensah", "Haddad", "Khoury", "Cohen", "Levy", "Rossi",
            "Bianchi", "Dubois", "Lefèvre", "Jansen", "de Vries", "Van Dyke", "St. Clair", "MacDonald", "Begay",
            "Yazzie", "Kahale", "Tran", "Pham", "Vo", "Abdullah", "Rahman", "Bergström", "Lindqvist", "Schmidt");

    static final List<String> MIDDLE_INITIALS = List.of(
            "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "Q", "R", "S", "T", "W");

    static final List<String> STREET_NAMES = List.of(
            "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Park", "Main", "Church",
            "Highland", "Sunset", "Riverside", "Lincoln", "Jefferson", "Franklin", "Walnut", "Chestnut", "Willow",
            "Magnolia", "Dogwood", "Meadowbrook", "Prairie View", "Martin Luther King Jr.", "Cesar Chavez",
            "Orchard", "Spring", "Mill", "Vine", "Sycamore", "Aspen", "Birch", "Lakeshore", "Canyon", "Mesa Verde");

    static final List<String> STREET_SUFFIXES = List.of(
            "Street", "St.", "Avenue", "Ave", "Road", "Rd.", "Drive", "Dr", "Lane", "Ln", "Court", "Boulevard",
            "Blvd.", "Way", "Place", "Terrace", "Circle");

    static final List<String> UNIT_PREFIXES = List.of("Apt", "Apt.", "Unit", "#", "Suite");

    /** A city with its state and the digits its ZIP codes and phone numbers start with. */
    record City(String name, String stateCode, String stateName, String zipPrefix, String areaCode) {
    }

    static final List<City> CITIES = List.of(
            new City("Springfield", "IL", "Illinois", "627", "217"),
            new City("Chicago", "IL", "Illinois", "606", "312"),
            new City("Evanston", "IL", "Illinois", "602", "847"),
            new City("Madison", "WI", "Wisconsin", "537", "608"),
            new City("Milwaukee", "WI", "Wisconsin", "532", "414"),
            new City("Sacramento", "CA", "California", "958", "916"),
            new City("Riverside", "CA", "California", "925", "951"),
            new City("Fresno", "CA", "California", "937", "559"),
            new City("Boise", "ID", "Idaho", "837", "208"),
            new City("Nampa", "ID", "Idaho", "836", "208"),
            new City("Portland", "OR", "Oregon", "972", "503"),
            new City("Salem", "OR", "Oregon", "973", "503"),
            new City("Austin", "TX", "Texas", "787", "512"),
            new City("El Paso", "TX", "Texas", "799", "915"),
            new City("San Antonio", "TX", "Texas", "782", "210"),
            new City("Albuquerque", "NM", "New Mexico", "871", "505"),
            new City("Gallup", "NM", "New Mexico", "873", "505"),
            new City("Columbus", "OH", "Ohio", "432", "614"),
            new City("Toledo", "OH", "Ohio", "436", "419"),
            new City("Ann Arbor", "MI", "Michigan", "481", "734"),
            new City("Grand Rapids", "MI", "Michigan", "495", "616"),
            new City("Rochester", "MN", "Minnesota", "559", "507"),
            new City("St. Paul", "MN", "Minnesota", "551", "651"),
            new City("Burlington", "VT", "Vermont", "054", "802"),
            new City("Hilo", "HI", "Hawaii", "967", "808"),
            new City("Atlanta", "GA", "Georgia", "303", "404"),
            new City("Savannah", "GA", "Georgia", "314", "912"),
            new City("Newark", "NJ", "New Jersey", "071", "973"),
            new City("Brooklyn", "NY", "New York", "112", "718"),
            new City("Buffalo", "NY", "New York", "142", "716"));

    static final List<String> EMAIL_DOMAINS = List.of(
            "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net",
            "protonmail.com");

    /** Hospitals that show up as outside comparisons and transfers. */
    static final List<String> OUTSIDE_INSTITUTIONS = List.of(
            "Good Samaritan Hospital", "Mount Sinai West", "Providence St. Vincent Medical Center",
            "Memorial Hermann Southwest", "Kaiser Permanente Roseville", "Baptist Health Imaging Center",
            "University of Michigan Health", "Mayo Clinic Rochester", "Cleveland Clinic Akron General",
            "Sacred Heart Medical Center", "Our Lady of Lourdes Hospital", "St. Luke's Boise Medical Center",
            "Presbyterian Hospital", "Northwestern Memorial Hospital", "Advocate Christ Medical Center",
            "Froedtert Hospital", "Hennepin County Medical Center", "Grady Memorial Hospital",
            "Queen's Medical Center", "Riverbend Urgent Care", "Westside Diagnostic Imaging");

    static final List<String> RACE_ETHNICITY = List.of(
            "White", "Black or African American", "Hispanic or Latino", "Asian", "American Indian or Alaska Native",
            "Native Hawaiian or Other Pacific Islander", "Two or more races", "Unknown");
}
