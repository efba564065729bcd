import LakeModel
@testable import Sizing
import TestSupport
import Testing

/// Stateful groups whose data is spread over their replicas (Druid Historicals, PostgreSQL, Redis, Prometheus) keep their
/// recorded replicas and volumes when the rule would give less.
@Suite struct StatefulGroupGrowthTests {
    static let terabyte = 1_000_000_000_000
    /// The groups this rule covers and the addresses that size them.
    static let groups = ["druid-historical": ["druid.historicals", "druid.historicalVolume"], "postgres": ["postgres.volume"],
                         "redis-master": ["redis.storage"], "prometheus": ["prometheus.shards", "prometheus.storage"]]

    static func groups(_ lake: ResolvedLake) -> [String: PodGroup] {
        Dictionary(lake.podGroups.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test(arguments: [10, 5_000])
    func theGrowthSequenceNeverShrinksAGroup(terabytes: Int) throws {
        var sequence = GrowthSequence(spec: SampleLakes.spec(data: terabytes * Self.terabyte, ingest: 50_000_000))
        sequence.spec.components.redis?.persistence = true
        _ = sequence.apply()
        for step in GrowthStep.allCases {
            step.apply(to: &sequence.spec.workload)
            let recorded = try #require(sequence.spec.recorded).statefulGroups
            let groups = Self.groups(sequence.apply())
            for name in Self.groups.keys {
                let before = try #require(recorded[name], "\(name)"), after = try #require(groups[name], "\(name)")
                #expect(after.replicas >= before.replicas, "\(terabytes) TB, \(step): \(name)")
                #expect((after.storagePerReplica?.value ?? 0) >= (before.volume?.value ?? 0), "\(terabytes) TB, \(step): \(name)")
            }
        }
    }

    @Test func aSmallerLoadKeepsTheRecordedReplicasAndVolumes() throws {
        var spec = SampleLakes.spec(data: 10 * Self.terabyte, ingest: 1_000_000)
        spec.components.redis?.persistence = true
        var recorded = RecordedTopology()
        recorded.statefulGroups = [
            "druid-historical": StatefulShape(replicas: 40, volume: Bytes(3 * Self.terabyte)),
            "postgres": StatefulShape(replicas: 2, volume: Bytes(2 * Self.terabyte)),
            "redis-master": StatefulShape(replicas: 1, volume: Bytes(200 << 30)),
            "prometheus": StatefulShape(replicas: 5, volume: Bytes(Self.terabyte)),
        ]
        spec.recorded = recorded
        let lake = Resolver.resolve(spec).lake
        let groups = Self.groups(lake)
        for (name, shape) in recorded.statefulGroups {
            let group = try #require(groups[name], "\(name)")
            #expect(group.replicas >= shape.replicas && group.storagePerReplica == shape.volume, "\(name)")
            for address in Self.groups[name] ?? [] {
                #expect(lake.provenance[address]?.calculation.contains("never shrinks silently") == true, "\(address)")
            }
        }
        #expect(groups["druid-historical"]?.replicas == 40 && groups["prometheus"]?.replicas == 5)
    }
}
