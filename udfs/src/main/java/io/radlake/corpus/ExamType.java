package io.radlake.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the composer needs to write one kind of study (modality + body part): exam titles,
 * techniques, indications, the normal sentence per organ, abnormal findings with their impression
 * wording, and normal impressions.
 *
 * @param priorNames how a comparison study of this kind is named ("Chest radiograph")
 */
record ExamType(
        String modality,
        String bodyPart,
        List<String> titles,
        List<Template> techniques,
        List<String> priorNames,
        List<Template> indications,
        List<Organ> organs,
        List<Finding> findings,
        List<String> normalImpressions) {

    /** A findings paragraph heading ("LUNGS:") with interchangeable normal sentences. */
    record Organ(String key, String label, SexFilter sex, List<Template> normals) {
    }

    /** An abnormal finding: its findings sentence replaces its organ's normal sentence. */
    record Finding(String organKey, Template text, Template impression, SexFilter sex) {
    }

    String key() {
        return modality + "/" + bodyPart;
    }

    static Builder builder(String modality, String bodyPart) {
        return new Builder(modality, bodyPart);
    }

    static final class Builder {
        private final String modality;
        private final String bodyPart;
        private List<String> titles = List.of();
        private List<Template> techniques = List.of();
        private List<String> priorNames = List.of();
        private List<Template> indications = List.of();
        private final List<Organ> organs = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private List<String> normalImpressions = List.of();

        private Builder(String modality, String bodyPart) {
            this.modality = modality;
            this.bodyPart = bodyPart;
        }

        Builder titles(String... values) {
            titles = List.of(values);
            return this;
        }

        Builder techniques(String... values) {
            techniques = Template.parseAll(values);
            return this;
        }

        Builder priors(String... values) {
            priorNames = List.of(values);
            return this;
        }

        Builder indications(String... values) {
            indications = Template.parseAll(values);
            return this;
        }

        Builder organ(String key, String label, String... normals) {
            return organ(key, label, SexFilter.ANY, normals);
        }

        Builder organ(String key, String label, SexFilter sex, String... normals) {
            organs.add(new Organ(key, label, sex, Template.parseAll(normals)));
            return this;
        }

        Builder finding(String organKey, String text, String impression) {
            return finding(organKey, SexFilter.ANY, text, impression);
        }

        Builder finding(String organKey, SexFilter sex, String text, String impression) {
            if (organs.stream().noneMatch(organ -> organ.key().equals(organKey))) {
                throw new IllegalArgumentException("finding refers to unknown organ '" + organKey + "' in "
                        + modality + "/" + bodyPart + "; declare the organ first");
            }
            findings.add(new Finding(organKey, Template.parse(text), Template.parse(impression), sex));
            return this;
        }

        Builder normalImpressions(String... values) {
            normalImpressions = List.of(values);
            return this;
        }

        ExamType build() {
            if (titles.isEmpty() || techniques.isEmpty() || indications.isEmpty() || organs.isEmpty()
                    || findings.isEmpty() || normalImpressions.isEmpty() || priorNames.isEmpty()) {
                throw new IllegalStateException("exam " + modality + "/" + bodyPart
                        + " needs titles, techniques, priors, indications, organs, findings and normal impressions");
            }
            return new ExamType(modality, bodyPart, titles, techniques, priorNames, indications,
                    List.copyOf(organs), List.copyOf(findings), normalImpressions);
        }
    }
}
