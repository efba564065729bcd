import LakeModel

/// Resolves MinIO for the data at the horizon and the traffic: drive size, layout, erasure sets,
/// capacity, quorum, memory and growth. Runs after Kafka, Flink, Druid and Milvus, whose bytes it stores.
enum MinIOResolver {
    static func resolve(_ spec: MinIOSpec, kafka: ResolvedKafka?, flink: ResolvedFlink?, druid: ResolvedDruid?, milvus: ResolvedMilvus?,
                        _ ledger: Ledger) -> ResolvedMinIO {
        let workload = ledger.lake.workload
        let growth = ledger.input("workload.yearlyGrowth", workload.yearlyGrowthPercent, .percent, reasonKey: "yearlyGrowthPercent")
        let (stored, others) = stored(kafka: kafka, flink: flink, druid: druid, milvus: milvus, ledger)
        let fill = ledger.setting("minio.fillTarget", given: spec.fillTargetPercent, default: MinIOLayoutRule.defaultFillPercent,
                                  .percent, "keep 10–20% free for healing and expansion (rule of thumb)")
        let traffic = demand(ledger)
        let pinned = Pinned(spec, ledger.lake)
        let recorded = ledger.lake.recorded?.minioPools ?? []
        let plan = pools(spec, recorded: recorded, stored: stored, fill: fill, parity: spec.parity, traffic: traffic, pinned: pinned, ledger)
        let newest = plan.pools.last ?? MinIOPoolShape(name: "pool-0", servers: 0, volumesPerServer: 0, driveSize: Bytes(0), media: spec.media.rawValue)
        let (driveSize, drives, nodes) = (newest.driveSize.value, newest.volumesPerServer, newest.servers)
        let setSize = ledger.decide("minio.setSize", .count, by: MinIOErasureSetRule.description, inputs: ["minio.nodes", "minio.drivesPerNode"]) {
            let size = MinIOErasureSetRule.setSize(nodes: nodes, drivesPerNode: drives) ?? 0
            return (size, "\(plan.pools.count > 1 ? "\(newest.name): " : "")\(nodes) nodes × \(drives) drives = \(nodes * drives) drives → sets of \(size)")
        }
        if setSize == 0 {
            ledger.error("minio.noErasureSet", "MinIO cannot form erasure sets from \(nodes) nodes × \(drives) drives",
                         address: "minio.nodes", notes: ["use at least 2 drives in total, divisible by a set size of 2 to 16"])
        }
        let tenantSetSize = recorded.first.map(Self.setSize) ?? setSize
        let parity = ledger.decide("minio.parity", .count, by: MinIOParityRule.description, inputs: ["minio.setSize"]) {
            let value = spec.parity ?? MinIOParityRule.parity(setSize: tenantSetSize)
            if spec.parity != nil { return (value, "EC:\(value) from the blueprint") }
            return (value, recorded.isEmpty ? "default for a set of \(setSize): EC:\(value)"
                : "the tenant's: default for \(recorded[0].name)'s sets of \(tenantSetSize): EC:\(value)")
        }
        if setSize > 0, parity > setSize / 2 {
            ledger.error("minio.parityTooHigh", "parity EC:\(parity) exceeds half the set of \(setSize)", address: "minio.parity",
                         notes: ["MinIO allows at most N/2 parity drives per set"])
        }
        let raw = ledger.decide("minio.rawCapacity", .bytes, by: MinIOCapacityRule.description, inputs: ["minio.pools", "minio.nodes", "minio.drivesPerNode", "minio.driveSize"]) {
            let each = plan.pools.map { MinIOLayoutRule.product($0.servers, $0.volumesPerServer, $0.driveSize.value) }
            // Each term saturates at Int.max / 2, so a running sum capped there never overflows.
            let value = each.reduce(0) { min(MinIOLayoutRule.saturatedProduct, $0 + $1) }
            let terms = plan.pools.map { "\($0.servers) × \($0.volumesPerServer) × \($0.driveSize)" }.joined(separator: " + ")
            return (value, "\(terms) = \(Bytes(value))")
        }
        let usable = ledger.decide("minio.usableCapacity", .bytes, by: MinIOCapacityRule.description, inputs: ["minio.rawCapacity", "minio.setSize", "minio.parity"]) {
            guard plan.pools.count > 1 else {
                let value = setSize > 0 ? MinIOCapacityRule.usable(raw: raw, setSize: setSize, parity: parity).value : 0
                return (value, "\(Bytes(raw)) × \(setSize - parity)/\(setSize) = \(Bytes(value))")
            }
            let value = plan.pools.reduce(0) { min(MinIOLayoutRule.saturatedProduct, $0 + Self.usable($1, parity: parity)) }
            let terms = plan.pools.map { pool in
                let size = Self.setSize(pool)
                return "\(pool.name) \(Bytes(Self.usable(pool, parity: parity))) (sets of \(size) at EC:\(min(parity, size / 2)))"
            }
            return (value, "\(terms.joined(separator: " + ")) = \(Bytes(value))")
        }
        let quorum = MinIOCapacityRule.quorum(setSize: setSize, parity: parity)
        ledger.decide("minio.writeQuorum", .count, by: MinIOCapacityRule.description, inputs: ["minio.setSize", "minio.parity"]) {
            (quorum.write, "K = \(setSize - parity)\(quorum.write > setSize - parity ? " + 1 because K = M" : "") = \(quorum.write)")
        }
        let data = workload.dataVolume.value
        let room = max(0, IntegerMath.percent(usable, fill) - others.total)
        let growthInputs = ["workload.dataVolume", "workload.yearlyGrowth", "minio.usableCapacity", "minio.fillTarget", "minio.storedAtHorizon"]
        let growthPools = ledger.decide("minio.poolsForGrowth", .count, by: MinIOGrowthRule.description, inputs: growthInputs) {
            let value = MinIOGrowthRule.poolsForGrowth(data: data, fillable: room, growthPercent: growth)
            return (value, "room = \(Bytes(usable)) × \(fill)% − \(Bytes(others.total)) other stores = \(Bytes(room)); "
                + "⌈max(0, \(Bytes(data)) × \(100 + growth)% − \(Bytes(room))) / \(Bytes(room))⌉ = \(value)")
        }
        let runway = MinIOGrowthRule.runwayMonths(data: data, fillable: room, growthPercent: growth)
        if let runway {
            ledger.decide("minio.runwayMonths", .count, by: MinIOGrowthRule.description, inputs: growthInputs) {
                (runway, "\(Bytes(data)) growing \(growth)%/year reaches the \(Bytes(room)) left beside the other stores after \(runway) months")
            }
        }
        warnIfShort(runway: runway, horizon: workload.horizonMonths, usable: usable, room: room, pinned: pinned, ledger)
        if let added = plan.added {
            warnIfPoolTooLarge(nodes: nodes, capacityServers: nodes > added.throughputServers, driveSize: driveSize, media: spec.media,
                               pinned: pinned, ledger)
        }
        let perHost = MinIOLayoutRule.product(drives, driveSize)
        let hostSize = MinIOMemoryRule.size(storagePerNode: perHost, drives: drives)
        let memory = ledger.decide("minio.memoryPerNode", .memory, by: MinIOMemoryRule.description, inputs: ["minio.drivesPerNode", "minio.driveSize"]) {
            (hostSize.memory, "\(Bytes(perHost).memoryText) per host → \(Bytes(hostSize.memory).memoryText)")
        }
        let cpu = ledger.decide("minio.cpuPerNode", .millicores, by: MinIOMemoryRule.description, inputs: ["minio.drivesPerNode"]) {
            (hostSize.cores * 1_000, "\(drives) drives → \(hostSize.cores) cores")
        }
        let resources = Resources(cpu: Millicores(cpu), memory: Bytes(memory))
        let perServer = plan.added?.perServer ?? MinIOThroughputRule.perServer(media: media(newest, spec), drivesPerNode: drives)
        return ResolvedMinIO(
            nodes: nodes, drivesPerNode: drives, driveSize: Bytes(driveSize), setSize: setSize,
            sets: setSize > 0 ? nodes * drives / setSize : 0, parity: parity, rawCapacity: Bytes(raw), usableCapacity: Bytes(usable),
            readQuorum: quorum.read, writeQuorum: quorum.write, fillTargetPercent: fill, horizonMonths: workload.horizonMonths,
            storedAtHorizon: Bytes(stored), otherStores: Bytes(others.total), throughputDemand: BytesPerSecond(traffic),
            throughputPerServer: BytesPerSecond(perServer), poolsForGrowth: growthPools, runwayMonths: runway, resources: resources,
            pods: plan.pools.map { pod($0, newest: newest, resources: resources) }, pools: plan.pools)
    }

    /// A pool's MinIO servers: the newest pool's as decided, each older one's from the storage on its hosts.
    static func pod(_ pool: MinIOPoolShape, newest: MinIOPoolShape, resources newestResources: Resources) -> PodGroup {
        let perHost = MinIOLayoutRule.product(pool.volumesPerServer, pool.driveSize.value)
        let hostSize = MinIOMemoryRule.size(storagePerNode: perHost, drives: pool.volumesPerServer)
        let resources = pool == newest ? newestResources : Resources(cpu: Millicores(hostSize.cores * 1_000), memory: Bytes(hostSize.memory))
        return PodGroup(name: pool.name == "pool-0" ? "minio" : "minio-\(pool.name)", component: .minio, replicas: pool.servers,
                        resources: resources, storagePerReplica: Bytes(perHost), stateful: true)
    }
}
