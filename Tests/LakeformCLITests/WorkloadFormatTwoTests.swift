import BlueprintLoading
import Emitters
import Foundation
import LakeModel
import Planning
import Sizing
import Testing
import TestSupport

/// GIVEN format 1 and format 2 blueprints, WHEN they are loaded, sized, emitted and planned, THEN format 1 sizes as it
/// always did, the `keyed` flag alone decides the planner's risky repartitioning, and the retail example's twins agree.
@Suite("Wire format 2 end to end")
struct WorkloadFormatTwoTests {
    /// The one lake of YAML `text`, resolved.
    static func resolved(_ text: String) throws -> ResolvedLake {
        guard case .loaded(let loaded, _) = DataBlueprintLoader.load(path: "lake.yaml", contents: text) else {
            throw LoadFailure()
        }
        let (lakes, diagnostics) = SpecMapper.map(loaded)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors.map(\.message))")
        return Resolver.resolve(try #require(lakes.first)).lake
    }

    struct LoadFailure: Error {}

    @Test func theStartupLakeSizesAndEmitsTheSameInFormatOneAndTwo() throws {
        let two = try String(contentsOfFile: RepositoryPaths.path("blueprints/examples/startup.yaml"), encoding: .utf8)
        #expect(two.contains("\nformatVersion: 2\n"))
        let one = two.replacingOccurrences(of: "\nformatVersion: 2\n", with: "\nformatVersion: 1\n")
        let (old, new) = (try Self.resolved(one), try Self.resolved(two))
        #expect(old == new)
        #expect(Emission(lake: old).artifacts == Emission(lake: new).artifacts)
    }

    /// A lake whose `orders` stream has `partitions` partitions and says `keyed` as given.
    static func ordersLake(partitions: Int, keyed: String) -> String {
        """
        formatVersion: 2
        lakes:
          - name: shop
            tier: 10 TB
            namespace: shop
            workload:
              dataVolume: 10TB
              streams:
                - { name: orders, rate: 2MB/s, retention: 7d, partitions: \(partitions)\(keyed) }
                - { name: clicks, rate: 20MB/s, retention: 3d }
            components:
              kafka: {}

        """
    }

    /// The risky messages of growing `orders` from 6 to 12 partitions.
    static func riskyRepartitioning(keyed: String) throws -> [String] {
        let before = Emission(lake: try resolved(ordersLake(partitions: 6, keyed: keyed))).artifacts
        let after = Emission(lake: try resolved(ordersLake(partitions: 12, keyed: keyed))).artifacts
        let plan = Planner.plan(desired: after, recorded: Dictionary(uniqueKeysWithValues: before.map { ($0.path, $0.contents) }))
        return plan.risky.map(\.message)
    }

    @Test func theKeyedFlagDecidesWhetherRepartitioningIsRisky() throws {
        let keyed = try Self.riskyRepartitioning(keyed: ", keyed: true")
        #expect(keyed.count == 1 && keyed.first?.hasPrefix("keyed topic repartitioned 6 → 12") == true, "\(keyed)")
        #expect(try Self.riskyRepartitioning(keyed: "").isEmpty)
        let topic = try #require(Emission(lake: try Self.resolved(Self.ordersLake(partitions: 6, keyed: ", keyed: true"))).artifacts
            .first { $0.contents.contains("topicName: orders") })
        #expect(topic.contents.contains("lakeform.dev/keyed: \"true\"") || topic.contents.contains("lakeform.dev/keyed: 'true'"))
    }

    @Test func theRetailExampleAndItsSwiftTwinDumpIdentically() throws {
        let swift = try LakeformProcess.run(["dump-blueprint", "Tests/Fixtures/examples/retail.swift"])
        let yaml = try LakeformProcess.run(["dump-blueprint", "blueprints/examples/retail.yaml"])
        #expect(swift.status == 0 && yaml.status == 0, "\(swift.stderr)\(yaml.stderr)")
        #expect(swift.stdout == yaml.stdout)
        #expect(yaml.stdout.contains("\"formatVersion\" : 2") && yaml.stdout.contains("\"sources\" : ["))
    }

    @Test func theRetailExampleValidatesAndExplainsTheJoinAsASum() throws {
        let explain = try LakeformProcess.run(["explain", "retail", "flink.jobs.fraud-scoring.state", "-f", "blueprints/examples/retail.yaml"])
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.contains("of orders-db.public.orders (300 events/s × 2 kB) + clicks (40 MB/s stated) at the horizon × 1 h"))
        #expect(explain.stdout.contains("workload.streams.clicks.rate = 40 MB/s"))
    }

    @Test func swiftAndYAMLReportTheSameStreamMistakesAtTheUsersLines() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let swift = """
            import LakeformDSL

            let blueprint = Blueprint {
                Lake("shop", tier: "1 PB", namespace: "shop") {
                    Workload(dataVolume: .petabytes(1)) {
                        Ingest(rate: .megabytesPerSecond(10))
                        EventStream("clicks", rate: .megabytesPerSecond(8), retention: .days(7))
                        EventStream("orders", sharePercent: 50, retention: .days(7))
                    }
                    Kafka()
                    Flink {
                        FlinkJob("fraud", sources: ["orders", "clikcs"], jarURI: "local:///f.jar")
                    }
                }
            }

            """
        let yaml = """
            formatVersion: 2
            lakes:
              - name: shop
                tier: 1 PB
                namespace: shop
                workload:
                  dataVolume: 1PB
                  ingest: { rate: 10MB/s }
                  streams:
                    - { name: clicks, rate: 8MB/s, retention: 7d }
                    - { name: orders, sharePercent: 50, retention: 7d }
                components:
                  kafka: {}
                  flink:
                    jobs:
                      - { name: fraud, sources: [orders, clikcs], jarURI: "local:///f.jar" }

            """
        try swift.write(toFile: "\(folder)/shop.swift", atomically: true, encoding: .utf8)
        try yaml.write(toFile: "\(folder)/shop.yaml", atomically: true, encoding: .utf8)
        for (file, lines) in [("shop.swift", [7, 12]), ("shop.yaml", [10, 16])] {
            let result = try LakeformProcess.run(["validate", file], in: folder)
            #expect(result.status == 1)
            let errors = PrintedDiagnostic.errors(in: result.stderr)
            #expect(errors.map(\.id) == ["workload.streamRates", "spec.unknownReference"], "\(result.stderr)")
            #expect(errors.map(\.line) == lines, "\(result.stderr)")
            #expect(result.stderr.contains("stream 'clicks' brings the streams to 13 MB/s, more than the ingest rate 10 MB/s"))
            #expect(result.stderr.contains("did you mean 'clicks'?"))
        }
    }
}
