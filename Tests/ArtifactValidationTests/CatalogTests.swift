@testable import ArtifactValidation
import Foundation
import Testing

@Suite("The schema catalog in schemas/upstream")
struct CatalogTests {
    static let crdSchemas = [
        ("Kafka", "v1"), ("KafkaNodePool", "v1"), ("KafkaTopic", "v1"), ("KafkaConnect", "v1"), ("KafkaConnector", "v1"),
        ("SparkApplication", "v1beta2"), ("ScheduledSparkApplication", "v1beta2"), ("FlinkDeployment", "v1beta1"),
        ("postgresql", "v1"), ("ServiceMonitor", "v1"), ("PodMonitor", "v1"), ("PrometheusRule", "v1"),
    ]

    static let charts = [
        "airflow", "druid", "elasticsearch", "flink-kubernetes-operator", "graphql-engine", "kibana", "kube-prometheus-stack",
        "milvus", "minio-operator", "minio-tenant", "nifi", "opensearch", "opensearch-dashboards", "postgres-operator", "redis",
        "spark-operator", "strimzi-kafka-operator", "trino",
    ]

    var catalog: SchemaCatalog { get throws { try Fixtures.validator.get().catalog } }

    @Test func everyCRDSchemaCompiles() throws {
        for (kind, version) in Self.crdSchemas {
            let schema = try #require(try catalog.resourceSchema(kind: kind, version: version), "\(kind) \(version)")
            try schema.compileEverything()  // the catalog compiles node by node as instances reach them
        }
        #expect(try catalog.resourceSchema(kind: "Kafka", version: "v1beta2") == nil)
        #expect(try catalog.resourceSchema(kind: "../Kafka", version: "v1") == nil)
    }

    @Test func everyChartIsThereAndItsDefaultsPassItsOwnSchema() throws {
        #expect(try catalog.chartNames() == Self.charts)
        for name in Self.charts {
            let chart = try #require(try catalog.chart(name), "\(name)")
            #expect(chart.values.object?.isEmpty == false, "\(name)")
            if let schema = chart.schema {
                try schema.compileEverything()
                #expect(schema.validate(chart.values).map(\.description) == [], "\(name)")
            }
        }
        #expect(try catalog.chart("airflow")?.schema != nil)
        #expect(try catalog.chart("trino")?.schema == nil)
    }

    @Test func subchartsComeFromChartYamlAndRequirementsYaml() throws {
        #expect(try catalog.chart("milvus")?.subcharts == ["etcd", "minio", "pulsar", "pulsarv3", "kafka", "tei"])
        #expect(try catalog.chart("milvus")?.vendored == ["etcd", "pulsarv3", "kafka"], "subcharts/<name>/values.yaml, keyed by alias")
        let etcd = try catalog.chart("milvus")?.values.object?["etcd"]?.object
        #expect(etcd?["auth"]?.object?["rbac"]?.object?["allowNoneAuthentication"] == .bool(true), "the subchart's default, merged in")
        #expect(etcd?["replicaCount"] == .int(3), "the parent's value wins")
        #expect(try catalog.chart("nifi")?.subcharts.contains("registry") == true)
        #expect(try catalog.chart("trino")?.subcharts == [])
    }

    @Test func theEnvironmentVariableWinsAndMustPointAtACatalog() throws {
        let folder = try catalog.folder
        #expect(try SchemaLocation.find(environment: ["LAKEFORM_SCHEMAS": folder.path]) == folder)
        #expect(throws: SchemaCatalogError.self) { try SchemaLocation.find(environment: ["LAKEFORM_SCHEMAS": "/nonexistent"]) }
    }

    @Test func theBundleNextToTheExecutableComesFirstThenTheCheckout() throws {
        let bundled = URL(fileURLWithPath: "/nowhere/bin/lakeform")
        #expect(try SchemaLocation.find(environment: [:], executable: bundled) == SchemaLocation.sourceCheckout)
        let found = try SchemaLocation.find(environment: [:])
        #expect(found.path.hasSuffix("Lakeform_ArtifactValidation.resources/upstream"))
    }

    @Test func aBrokenCatalogFileIsAnErrorNotACrash() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-catalog-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("schemas"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("charts/broken"), withIntermediateDirectories: true)
        try Data("{".utf8).write(to: folder.appendingPathComponent("schemas/kafka-v1.json"))
        try Data("a: [".utf8).write(to: folder.appendingPathComponent("charts/broken/values.yaml"))
        let catalog = SchemaCatalog(folder: folder)
        #expect(throws: SchemaCatalogError.self) { try catalog.resourceSchema(kind: "Kafka", version: "v1") }
        #expect(throws: SchemaCatalogError.self) { try catalog.chart("broken") }
    }
}
