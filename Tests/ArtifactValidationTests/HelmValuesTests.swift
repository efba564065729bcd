import ArtifactValidation
import Diagnostics
import Testing

@Suite("Helm values files against their charts")
struct HelmValuesTests {
    func problems(_ release: String, chart: String, _ yaml: String) throws -> [Diagnostic] {
        let artifact = Fixtures.values(release, yaml)
        return try Fixtures.validator.get().validate([artifact], charts: [artifact.path: chart]).items
    }

    @Test func knownKeysPass() throws {
        #expect(try problems("trino", chart: "trino", "server:\n  workers: 3\ncoordinator:\n  jvm:\n    maxHeapSize: 8G\n").isEmpty)
    }

    @Test func aMisspeltTrinoKeyFailsWithADidYouMean() throws {
        let found = try problems("trino", chart: "trino", "server:\n  workerz: 3\n")
        #expect(found.map(\.id) == ["artifact.unknownValuesKey"])
        #expect(found.first?.message == "server.workerz: unknown key `workerz`: the trino chart's values.yaml has no such key")
        #expect(found.first?.notes == ["did you mean `workers`?"])
        #expect(found.first?.source == .file("medium/helm/trino.values.yaml"))
    }

    @Test func freeFormPlacesAcceptNewKeys() throws {
        // `{}` default, a documented free-form map (trino `catalogs`), and list items, which are not key-checked.
        let yaml = """
            coordinator:
              annotations:
                example.com/owner: lake
            catalogs:
              iceberg: |
                connector.name=iceberg
            env:
              - name: A
                anything: goes
            """
        #expect(try problems("trino", chart: "trino", yaml).isEmpty)
    }

    @Test func subchartSectionsAndGlobalAreFreeForm() throws {
        #expect(try problems("milvus", chart: "milvus", "minio:\n  someSubchartKey: 1\nglobal:\n  anything: 1\n").isEmpty)
    }

    @Test func aRedisWrongTypeFailsTheChartSchemaAfterMerging() throws {
        let found = try problems("redis", chart: "redis", "auth:\n  enabled: \"yes\"\n")
        #expect(found.map(\.id) == ["artifact.valuesSchema"])
        #expect(found.first?.message == "auth.enabled: expected boolean, found string")
        #expect(found.first?.notes == ["checked against the redis chart's values.schema.json after merging with its values.yaml"])
    }

    @Test func aPartialDruidComponentPassesOnceMerged() throws {
        // The druid schema requires enabled, name, replicaCount, port and serviceType per component:
        // the override alone would fail, the merged values pass.
        #expect(try problems("druid", chart: "druid", "broker:\n  replicaCount: 2\n").isEmpty)
        #expect(try problems("druid", chart: "druid", "broker:\n  replicaCount: two\n").map(\.message) == [
            "broker.replicaCount: expected integer, found string",
        ])
    }

    @Test func nullDeletesADefaultBeforeTheSchemaCheck() throws {
        let found = try problems("druid", chart: "druid", "broker:\n  port: null\n")
        #expect(found.map(\.message) == ["broker.port: required key is missing"])
    }

    @Test func keysDeclaredOnlyInTheValuesSchemaAreKnown() throws {
        // airflow's `config` is a map of sections that its values.schema.json declares free-form.
        #expect(try problems("airflow", chart: "airflow", "config:\n  newsection:\n    key: value\n").isEmpty)
    }

    @Test func anUnknownKeyIsReportedOnceEvenWhereTheSchemaAlsoRejectsIt() throws {
        let found = try problems("airflow", chart: "airflow", "webserver:\n  replicaz: 2\n")
        #expect(found.map(\.id) == ["artifact.unknownValuesKey"])
        #expect(found.first?.notes == ["did you mean `replicas`?"])
    }

    @Test func coalesceMergesMapsReplacesOthersAndNullDeletes() throws {
        let defaults = try JSONValue(yaml: "a: {x: 1, y: 2}\nb: [1]\nc: 3")
        let merged = HelmValues.coalesce(defaults, with: try JSONValue(yaml: "a: {y: 5, z: 6}\nb: [2]\nc: null\nd: null"))
        #expect(merged == (try JSONValue(yaml: "a: {x: 1, y: 5, z: 6}\nb: [2]\nd: null")))
    }

    @Test func missingOrUnknownChartsAreErrors() throws {
        let artifact = Fixtures.values("mystery", "a: 1\n")
        let validator = try Fixtures.validator.get()
        #expect(validator.validate([artifact]).map(\.id) == ["artifact.unknownChart"])
        #expect(validator.validate([artifact], charts: [artifact.path: "no-such-chart"]).map(\.id) == ["artifact.unknownChart"])
        #expect(try problems("trino", chart: "trino", "- a\n").map(\.message) == ["(root): a values file must be a mapping"])
    }
}

@Suite("Documented free-form paths")
struct DocumentedFreeFormPathTests {
    /// Guards the table against typos: each entry's parent is a map in the chart's values.yaml.
    @Test func everyEntrySitsInAMapOfItsChartsDefaults() throws {
        let catalog = try Fixtures.validator.get().catalog
        for (name, entries) in DocumentedFreeFormPath.byChart {
            let chart = try #require(try catalog.chart(name), "\(name)")
            for entry in entries {
                let parent = entry.keys.dropLast().reduce(Optional(chart.values)) { $0?.object?[$1] }
                #expect(parent?.object != nil, "\(name): \(entry.keys.joined(separator: "."))")
                #expect(!entry.citation.isEmpty)
            }
        }
    }
}
