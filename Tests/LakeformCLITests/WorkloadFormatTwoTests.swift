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
        #expect(explain.stdout.contains("of orders-db.public.orders (300 events/s × 2 KB) + clicks (40 MB/s stated) at the horizon × 1 h"))
        #expect(explain.stdout.contains("workload.streams.clicks.rate = 40 MB/s"))
    }
}
