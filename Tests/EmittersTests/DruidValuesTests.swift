import ArtifactValidation
@testable import Emitters
import Foundation
import LakeModel
import Sizing
import TestSupport
import Testing

/// Every container the druid chart renders by default gets CPU and memory requests and a memory limit, with every heap below it.
@Suite struct DruidValuesTests {
    static let lake = SampleLakes.resolved()

    /// The sample lake, and the same lake without its own PostgreSQL (Druid keeps the chart's bundled one).
    static let withoutPostgres: ResolvedLake = {
        var spec = SampleLakes.spec(data: 5_000_000_000_000_000, ingest: 50_000_000)
        spec.components.postgres = nil
        return Resolver.resolve(spec).lake
    }()

    static func values(_ lake: ResolvedLake = lake) throws -> YAMLValue {
        try #require(ServingValuesFamily.charts(EmitContext(lake: lake)).first { $0.release.name == "druid" }).values
    }

    static func defaults(_ relative: String) throws -> [String: JSONValue] {
        let text = try String(contentsOfFile: RepositoryPaths.path(relative), encoding: .utf8)
        return try #require(try JSONValue(yaml: text).object)
    }

    /// The chart's parts that its values.yaml enables by default and that run containers (a `resources` key, or a subchart).
    static func defaultRoles() throws -> [String] {
        let defaults = try defaults("schemas/upstream/charts/druid/values.yaml")
        return defaults.keys.sorted().filter { key in
            guard let role = defaults[key]?.object, role["enabled"] == .bool(true) else { return false }
            return role["resources"] != nil || ["zookeeper", "postgresql"].contains(key)
        }
    }

    @Test(arguments: [true, false])
    func everyDefaultContainerHasRequestsAndAMemoryLimit(lakePostgres: Bool) throws {
        let values = try Self.values(lakePostgres ? Self.lake : Self.withoutPostgres)
        let roles = try Self.defaultRoles()
        #expect(Set(roles).isSuperset(of: ["broker", "coordinator", "historical", "middleManager", "overlord", "router", "zookeeper", "postgresql"]))
        for role in roles {
            if values[path: "\(role).enabled"] == .bool(false) { continue }
            let resources = role == "postgresql" ? "postgresql.primary.resources" : "\(role).resources"
            for key in ["requests.cpu", "requests.memory", "limits.memory"] {
                #expect(values[path: "\(resources).\(key)"] != nil, "\(resources) has no \(key)")
            }
        }
        #expect((values[path: "postgresql.enabled"] == .bool(false)) == lakePostgres)
    }

    /// The ZooKeeper subchart renders no init container or sidecar by default: its one container is the one sized here.
    @Test func zookeeperRendersOnlyItsServerContainer() throws {
        let defaults = try Self.defaults("schemas/upstream/charts/druid/subcharts/zookeeper/values.yaml")
        #expect(defaults["initContainers"] == .array([]) && defaults["sidecars"] == .array([]))
        #expect(defaults["volumePermissions"]?.object?["enabled"] == .bool(false))
        #expect(defaults["metrics"]?.object?["enabled"] == .bool(false))
        #expect(defaults["resources"] == .object([:]) && defaults["heapSize"] == .int(1_024), "the defaults this lake overrides")
    }

    @Test func everyHeapIsBelowItsMemoryLimit() throws {
        let values = try Self.values()
        let druid = try #require(Self.lake.druid)
        for (role, resources) in [("historical", druid.historical), ("broker", druid.broker), ("coordinator", druid.coordinator),
                                  ("router", druid.router), ("middleManager", druid.middleManager)] {
            guard case .string(let xmx)? = values[path: "\(role).config.DRUID_XMX"] else { Issue.record("\(role) has no heap"); continue }
            var offHeap = 0
            if case .string(let direct)? = values[path: "\(role).config.DRUID_MAXDIRECTMEMORYSIZE"] { offHeap = Self.bytes(direct) }
            #expect(role == "middleManager" || offHeap > 0, "\(role) leaves direct memory at the JVM default (= heap)")
            #expect(Self.bytes(xmx) + offHeap < resources.memoryLimit.value, "\(role) heap \(xmx) + direct in \(resources.memoryLimit)")
        }
        guard case .int(let zookeeperHeap)? = values[path: "zookeeper.heapSize"] else { Issue.record("zookeeper has no heapSize"); return }
        #expect(zookeeperHeap << 20 < druid.zookeeper.memoryLimit.value)
        #expect(values[path: "zookeeper.replicaCount"] == .int(3))
    }

    /// `8g`, `512m`: a JVM size in bytes.
    static func bytes(_ jvm: String) -> Int {
        let shift = ["g": 30, "m": 20, "k": 10][String(jvm.suffix(1))] ?? 0
        return (Int(shift == 0 ? jvm : String(jvm.dropLast())) ?? 0) << shift
    }
}
