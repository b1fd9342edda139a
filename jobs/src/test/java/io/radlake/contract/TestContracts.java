package io.radlake.contract;

/** Small contracts written for tests, one rule of each kind. */
final class TestContracts {
  private TestContracts() {}

  static final String EVENTS_SOURCE = "test/test.events.odcs.yaml";

  /**
   * test.events: event_id (not null, unique), (tenant, seq) primary key, patient_id and note
   * restricted, kind accepted values, score range, digest pattern, tag duplicates tolerated below 2,
   * (tenant, digest) unique together.
   */
  static final String EVENTS = """
      apiVersion: v3.1.0
      kind: DataContract
      id: test-events
      version: 1.0.0
      status: active
      team:
        name: test-team
      schema:
        - name: events
          physicalName: test.events
          properties:
            - name: event_id
              physicalType: string
              required: true
              unique: true
              classification: internal
              description: Event id.
            - name: tenant
              physicalType: string
              required: true
              primaryKey: true
              primaryKeyPosition: 1
              classification: internal
              description: Tenant.
            - name: seq
              physicalType: int
              required: true
              primaryKey: true
              primaryKeyPosition: 2
              classification: internal
              description: Sequence number within the tenant.
            - name: patient_id
              physicalType: string
              required: true
              classification: restricted
              description: Patient id (PHI).
            - name: note
              physicalType: string
              classification: restricted
              description: Free text (PHI).
            - name: kind
              physicalType: string
              classification: public
              description: Kind of event.
              quality:
                - name: kind_accepted
                  metric: invalidValues
                  arguments:
                    validValues: [a, b, "it's"]
                  mustBe: 0
            - name: score
              physicalType: int
              classification: internal
              description: Score.
              quality:
                - name: score_range
                  metric: invalidValues
                  arguments:
                    minimum: 0
                    maximum: 100
                  mustBe: 0
            - name: digest
              physicalType: string
              classification: internal
              description: Four digits.
              quality:
                - name: digest_pattern
                  metric: invalidValues
                  arguments:
                    pattern: '^\\d{4}$'
                  mustBe: 0
            - name: tag
              physicalType: string
              classification: public
              description: Tag; one duplicate is tolerated.
              quality:
                - name: tag_few_duplicates
                  metric: duplicateValues
                  mustBeLessThan: 2
                  unit: rows
                - type: text
                  description: Tags are chosen by people, so a few repeats happen.
            - name: attrs
              physicalType: map<string,string>
              classification: internal
              description: Attributes.
          quality:
            - name: tenant_digest_unique
              metric: duplicateValues
              arguments:
                properties: [tenant, digest]
              mustBe: 0
      """;

  static DataContract events() {
    return DataContractLoader.fromYaml(EVENTS, EVENTS_SOURCE);
  }

  /** A one-table contract whose only column is {@code columnYaml} (indented as a properties[] item). */
  static String withColumn(String columnYaml) {
    return """
        apiVersion: v3.1.0
        kind: DataContract
        id: test-one
        version: 1.0.0
        status: active
        team:
          name: test-team
        schema:
          - name: one
            physicalName: test.one
            properties:
        """ + columnYaml.stripIndent().indent(6);
  }
}
