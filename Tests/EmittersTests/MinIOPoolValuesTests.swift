@testable import Emitters
import LakeModel
import Testing

/// A grown tenant emits every pool, oldest first: the recorded one unchanged, the added one as sized.
@Suite struct MinIOPoolValuesTests {
    @Test func everyPoolIsEmittedOldestFirst() throws {
        let recorded = MinIOPoolShape(name: "pool-0", servers: 8, volumesPerServer: 16, driveSize: Bytes(15_360_000_000_000), media: "nvme", createdSerial: 3)
        let context = PlatformValuesFixture.context { spec in
            spec.recorded = RecordedTopology()
            spec.recorded?.minioPools = [recorded]
        }
        let minio = try #require(context.lake.minio)
        #expect(minio.pools.count == 2 && minio.pools[0] == recorded)
        let tenant = PlatformValuesFixture.values("minio", context)
        let pools = try #require(tenant[path: "tenant.pools"].flatMap { if case .list(let items) = $0 { items } else { nil } })
        #expect(pools.map { $0[path: "name"] } == [.string("pool-0"), .string("pool-1")])
        #expect(pools[0][path: "servers"] == .int(8) && pools[0][path: "volumesPerServer"] == .int(16))
        #expect(pools[0][path: "size"] == Kubernetes.quantity(recorded.driveSize))
        #expect(pools[1][path: "servers"] == .int(minio.pools[1].servers) && pools[1][path: "size"] == Kubernetes.quantity(minio.pools[1].driveSize))
        #expect(pools[1][path: "resources.limits.memory"] == Kubernetes.quantity(minio.resources.memoryLimit))
        #expect(pools[0][path: "resources.limits.memory"] == Kubernetes.quantity(minio.pods[0].resources.memoryLimit))
    }
}
