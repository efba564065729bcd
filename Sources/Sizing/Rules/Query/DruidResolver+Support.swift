import LakeModel

extension DruidResolver {
    /// The Routers, the ZooKeeper ensemble and (without the lake's PostgreSQL) the bundled metadata store, recorded under `druid.*`.
    static func support(into druid: inout ResolvedDruid, _ ledger: Ledger) {
        let router = DruidRouterRule.description
        druid.routers = ledger.decide("druid.routers", .count, by: router, inputs: []) { (DruidRouterRule.replicas, "two for the query endpoint") }
        druid.routerHeap = Bytes(ledger.decide("druid.routerHeap", .memory, by: router, inputs: []) { (DruidRouterRule.heap, "Druid's example -Xmx1g") })
        let routerMemory = ledger.decide("druid.routerMemory", .memory, by: router, inputs: ["druid.routerHeap"]) {
            (DruidRouterRule.memory, "⌈1 GiB + 128 MiB direct + 512 MiB⌉ = \(Bytes(DruidRouterRule.memory).memoryText)")
        }
        druid.routerDirect = Bytes(DruidRouterRule.direct)
        druid.router = Resources(cpu: .cores(DruidRouterRule.cores), memory: Bytes(routerMemory))

        let zookeeper = DruidZooKeeperRule.description
        druid.zookeeperReplicas = ledger.decide("druid.zookeeper.replicas", .count, by: zookeeper, inputs: []) {
            (DruidZooKeeperRule.replicas, "a majority quorum that survives one loss")
        }
        druid.zookeeperHeap = Bytes(ledger.decide("druid.zookeeper.heap", .memory, by: zookeeper, inputs: []) {
            (DruidZooKeeperRule.heapMiB << 20, "\(DruidZooKeeperRule.heapMiB) MiB, half the container")
        })
        let memory = ledger.decide("druid.zookeeper.memory", .memory, by: zookeeper, inputs: ["druid.zookeeper.heap"]) {
            (DruidZooKeeperRule.memory, "heap × 2 = \(Bytes(DruidZooKeeperRule.memory).memoryText)")
        }
        druid.zookeeper = Resources(cpu: Millicores(DruidZooKeeperRule.cpu), memory: Bytes(memory))
        druid.zookeeperStorage = Bytes(DruidZooKeeperRule.storage)
        druid.metadataStore = metadataStore(ledger)
    }

    /// The chart's bundled PostgreSQL, sized only when the lake deploys no PostgreSQL of its own.
    static func metadataStore(_ ledger: Ledger) -> Resources? {
        guard ledger.lake.components.postgres == nil else { return nil }
        let store = DruidMetadataStoreRule.description
        let cpu = ledger.decide("druid.metadataStore.cpu", .millicores, by: store, inputs: []) {
            (DruidMetadataStoreRule.cores * 1_000, "no lake PostgreSQL: the chart's bundled one, \(DruidMetadataStoreRule.cores) core")
        }
        let memory = ledger.decide("druid.metadataStore.memory", .memory, by: store, inputs: []) {
            (DruidMetadataStoreRule.memory, "no lake PostgreSQL: \(Bytes(DruidMetadataStoreRule.memory).memoryText)")
        }
        return Resources(cpu: Millicores(cpu), memory: Bytes(memory))
    }
}
