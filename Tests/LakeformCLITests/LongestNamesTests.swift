@testable import BlueprintLoading
import Emitters
import Foundation
import LakeModel
import Sizing
import Testing

/// GIVEN a blueprint whose every name is as long as its rule allows, WHEN it is mapped, sized and emitted,
/// THEN it is valid and every object name, label value, file name and Secret reference (name and keys) stays within its rule:
/// the mapper's limits account for every suffix the emitters add.
@Suite struct LongestNamesTests {
    static func name(_ count: Int, _ letter: String = "n") -> String { "a" + String(repeating: letter, count: count - 2) + "z" }

    static let blueprint = """
        formatVersion: 1
        lakes:
          - name: \(name(40, "l"))
            tier: longest names
            namespace: \(name(63, "s"))
            workload:
              dataVolume: 10TB
              ingest: { rate: 5MB/s }
              batchPerDay: 1TB
              streams:
                - { name: \(name(239, "t")), retention: 1d }
            components:
              minio: { bucket: \(name(63, "b")) }
              kafka: {}
              postgres: { pgvector: true, databases: [\(name(51, "d"))] }
              iceberg:
                catalog: \(name(63, "c"))
                type: jdbc
                warehouse: "s3a://\(name(63, "b"))/warehouse"
                tables:
                  - { namespace: \(name(125, "q")), name: \(name(125, "r")), columns: [{ name: id, type: string }] }
              debezium:
                sources:
                  - { name: \(name(51, "p")), database: postgres, host: db, databaseName: shop, tables: [public.orders], credentialsSecret: \(name(253, "x")) }
                  - { name: \(name(63, "m")), database: mysql, host: db, databaseName: shop, tables: [shop.orders], credentialsSecret: cdc }
              spark:
                jobs:
                  - { name: \(name(63, "j")), language: python, application: "s3a://b/a.py" }
                  - { name: \(name(43, "k")), language: python, application: "s3a://b/b.py", schedule: "@daily" }
              flink:
                jobs:
                  - { name: \(name(45, "f")), source: \(name(239, "t")), jarURI: "local:///job.jar" }
              airflow:
                dags:
                  - { name: \(name(250, "g")), schedule: "@daily", tasks: [{ id: \(name(250, "i")), sparkJob: \(name(63, "j")) }] }
              hasura: { secret: \(name(253, "h")) }
        """

    /// `metadata.name` and label values of every document in a manifest, by kind.
    static func names(in text: String) -> (objects: [(kind: String, name: String)], labels: [String]) {
        var objects: [(kind: String, name: String)] = [], labels: [String] = []
        var kind = "", inMetadata = false, inLabels = false
        let unquoted = { (value: Substring) in String(value).trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")) }
        for line in text.split(separator: "\n") {
            if line.hasPrefix("kind: ") { kind = unquoted(line.dropFirst(6)) }
            if !line.hasPrefix(" ") { inMetadata = line == "metadata:"; inLabels = false; continue }
            guard inMetadata else { continue }
            if line.hasPrefix("  name: ") { objects.append((kind, unquoted(line.dropFirst(8)))) }
            if line.hasPrefix("  ") && !line.hasPrefix("   ") { inLabels = line == "  labels:" }
            if inLabels, line.hasPrefix("    "), let colon = line.firstIndex(of: ":") { labels.append(unquoted(line[line.index(after: colon)...])) }
        }
        return (objects, labels)
    }

    @Test func longestValidNamesStayWithinEveryLimitOnceEmitted() throws {
        guard case .loaded(let loaded, _) = DataBlueprintLoader.load(path: "longest.yaml", contents: Self.blueprint) else {
            Issue.record("the blueprint did not load")
            return
        }
        let (lakes, diagnostics) = SpecMapper.map(loaded)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors.map(\.message))")
        let spec = try #require(lakes.first)
        let artifacts = Emission(lake: Resolver.resolve(spec).lake).artifacts
        #expect(artifacts.count > 20)
        for artifact in artifacts {
            for component in artifact.path.split(separator: "/") {
                #expect(component.utf8.count <= 255, "file name too long: \(component)")
            }
        }
        var objectCount = 0
        for artifact in artifacts where artifact.kind == .manifest {
            let (objects, labels) = Self.names(in: artifact.contents)
            objectCount += objects.count
            for object in objects {
                #expect(object.name.count <= (object.kind == "KafkaTopic" ? 253 : 63), "\(object.kind) \(object.name)")
                #expect(object.kind != "ScheduledSparkApplication" || object.name.count + NameKind.scheduledRunSuffix.count <= 63)
                #expect(object.kind != "FlinkDeployment" || object.name.count <= NameKind.maxFlinkClusterID)
            }
            for value in labels { #expect(value.count <= 63, "label value \(value)") }
        }
        #expect(objectCount > 10)
        let context = EmitContext(lake: Resolver.resolve(spec).lake)
        let families: [any EmitterFamily.Type] = [ManifestFamily.self, PlatformValuesFamily.self, ServingValuesFamily.self, LakehouseFamily.self]
        let secrets = families.flatMap { $0.secrets(context) }
        #expect(secrets.contains { $0.name == Self.name(253, "x") } && secrets.contains { $0.name == Self.name(253, "h") })
        for secret in secrets {
            #expect(NameRules.subdomainProblem(secret.name) == nil, "Secret name \(secret.name)")
            #expect(secret.keys.allSatisfy { !$0.isEmpty && NameRules.only($0, NameRules.letters + NameRules.digits + "-._") }, "Secret keys \(secret.keys)")
        }
    }

    @Test func oneCharacterMoreIsAnErrorForEachKind() throws {
        let longer = Self.blueprint
            .replacing(Self.name(63, "j"), with: Self.name(64, "j")).replacing(Self.name(43, "k"), with: Self.name(44, "k"))
            .replacing(Self.name(45, "f"), with: Self.name(46, "f")).replacing(Self.name(51, "p"), with: Self.name(52, "p"))
            .replacing(Self.name(239, "t"), with: Self.name(240, "t")).replacing(Self.name(63, "b"), with: Self.name(64, "b"))
            .replacing(Self.name(253, "h"), with: Self.name(254, "h")).replacing(Self.name(250, "g"), with: Self.name(251, "g"))
        guard case .loaded(let loaded, _) = DataBlueprintLoader.load(path: "longer.yaml", contents: longer) else {
            Issue.record("the blueprint did not load")
            return
        }
        let errors = SpecMapper.map(loaded).diagnostics.errors.filter { $0.id == "blueprint.invalidName" }
        let paths = Set(errors.compactMap(\.address).map { $0.split(separator: ".").dropFirst(2).joined(separator: ".") })
        #expect(paths == [
            "spark.jobs[0].name", "spark.jobs[1].name", "flink.jobs[0].name", "debezium.sources[0].name", "workload.streams[0].name",
            "minio.bucket", "iceberg.warehouse", "hasura.secret", "airflow.dags[0].name",
        ])
    }
}
