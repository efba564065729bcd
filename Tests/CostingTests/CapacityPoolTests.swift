@testable import Costing
import LakeModel
import Sizing
import TestSupport
import Testing

/// The capacity report lists MinIO's pools with the revision that created each, and sums servers and drives over them.
@Suite struct CapacityPoolTests {
    @Test func poolsCarryTheirCreationRevision() throws {
        var spec = SampleLakes.spec(data: 5_000_000_000_000_000, ingest: 50_000_000)
        spec.recorded = RecordedTopology()
        spec.recorded?.minioPools = [
            MinIOPoolShape(name: "pool-0", servers: 8, volumesPerServer: 16, driveSize: Bytes(15_360_000_000_000), media: "nvme", createdSerial: 3),
        ]
        let lake = Resolver.resolve(spec).lake
        let storage = try #require(CapacityModel.measure(lake).storage)
        #expect(storage.pools.map(\.name) == ["pool-0", "pool-1"] && storage.pools.map(\.createdSerial) == [3, nil])
        #expect(storage.servers == storage.pools.reduce(0) { $0 + $1.servers })
        #expect(storage.drives == storage.pools.reduce(0) { $0 + $1.servers * $1.volumesPerServer })
        let text = CapacityText.render(CapacityModel.measure(lake)).joined(separator: "\n")
        #expect(text.contains("pool-0 8 servers × 16 × 15.36 TB nvme (created at serial 3)"))
        #expect(text.contains("pool-1 \(storage.pools[1].servers) servers") && text.contains("(this plan)"))
    }
}
