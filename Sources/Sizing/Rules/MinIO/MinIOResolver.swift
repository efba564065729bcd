import LakeModel

/// Resolves MinIO for the data at the horizon and the traffic: drive size, layout, erasure sets,
/// capacity, quorum, memory and growth. Runs after Kafka, Flink and Druid, whose bytes it stores.
enum MinIOResolver {
    static func resolve(_ spec: MinIOSpec, kafka: ResolvedKafka?, flink: ResolvedFlink?, druid: ResolvedDruid?, _ ledger: Ledger) -> ResolvedMinIO {
        let workload = ledger.lake.workload
        let growth = ledger.input("workload.yearlyGrowth", workload.yearlyGrowthPercent, .percent, reasonKey: "yearlyGrowthPercent")
        let (stored, others) = stored(kafka: kafka, flink: flink, druid: druid, ledger)
        let fill = ledger.setting("minio.fillTarget", given: spec.fillTargetPercent, default: MinIOLayoutRule.defaultFillPercent,
                                  .percent, "keep 10–20% free for healing and expansion (rule of thumb)")
        let traffic = demand(ledger)
        let pinned = Pinned(spec, ledger.lake)
        let layout = layout(spec, stored: stored, fill: fill, traffic: traffic, pinned: pinned, ledger)
        let (driveSize, drives, nodes) = (layout.driveSize, layout.drivesPerNode, layout.nodes)
        let setSize = ledger.decide("minio.setSize", .count, by: MinIOErasureSetRule.description, inputs: ["minio.nodes", "minio.drivesPerNode"]) {
            let size = MinIOErasureSetRule.setSize(nodes: nodes, drivesPerNode: drives) ?? 0
            return (size, "\(nodes) nodes × \(drives) drives = \(nodes * drives) drives → sets of \(size)")
        }
        if setSize == 0 {
            ledger.error("minio.noErasureSet", "MinIO cannot form erasure sets from \(nodes) nodes × \(drives) drives",
                         address: "minio.nodes", notes: ["use at least 2 drives in total, divisible by a set size of 2 to 16"])
        }
        let parity = ledger.decide("minio.parity", .count, by: MinIOParityRule.description, inputs: ["minio.setSize"]) {
            let value = spec.parity ?? MinIOParityRule.parity(setSize: setSize)
            return (value, spec.parity == nil ? "default for a set of \(setSize): EC:\(value)" : "EC:\(value) from the blueprint")
        }
        if setSize > 0, parity > setSize / 2 {
            ledger.error("minio.parityTooHigh", "parity EC:\(parity) exceeds half the set of \(setSize)", address: "minio.parity",
                         notes: ["MinIO allows at most N/2 parity drives per set"])
        }
        let raw = ledger.decide("minio.rawCapacity", .bytes, by: MinIOCapacityRule.description, inputs: ["minio.nodes", "minio.drivesPerNode", "minio.driveSize"]) {
            let value = MinIOLayoutRule.product(nodes, drives, driveSize)
            return (value, "\(nodes) × \(drives) × \(Bytes(driveSize)) = \(Bytes(value))")
        }
        let usable = ledger.decide("minio.usableCapacity", .bytes, by: MinIOCapacityRule.description, inputs: ["minio.rawCapacity", "minio.setSize", "minio.parity"]) {
            let value = setSize > 0 ? MinIOCapacityRule.usable(raw: raw, setSize: setSize, parity: parity).value : 0
            return (value, "\(Bytes(raw)) × \(setSize - parity)/\(setSize) = \(Bytes(value))")
        }
        let quorum = MinIOCapacityRule.quorum(setSize: setSize, parity: parity)
        ledger.decide("minio.writeQuorum", .count, by: MinIOCapacityRule.description, inputs: ["minio.setSize", "minio.parity"]) {
            (quorum.write, "K = \(setSize - parity)\(quorum.write > setSize - parity ? " + 1 because K = M" : "") = \(quorum.write)")
        }
        let data = workload.dataVolume.value
        let room = max(0, IntegerMath.percent(usable, fill) - others.total)
        let growthInputs = ["workload.dataVolume", "workload.yearlyGrowth", "minio.usableCapacity", "minio.fillTarget", "minio.storedAtHorizon"]
        let pools = ledger.decide("minio.poolsForGrowth", .count, by: MinIOGrowthRule.description, inputs: growthInputs) {
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
        warnIfPoolTooLarge(nodes: nodes, capacityServers: nodes > layout.throughputServers, driveSize: driveSize, media: spec.media,
                           pinned: pinned, ledger)
        let perHost = MinIOLayoutRule.product(drives, driveSize)
        let hostSize = MinIOMemoryRule.size(storagePerNode: perHost, drives: drives)
        let memory = ledger.decide("minio.memoryPerNode", .bytes, by: MinIOMemoryRule.description, inputs: ["minio.drivesPerNode", "minio.driveSize"]) {
            (hostSize.memory, "\(Bytes(perHost)) per host → \(Bytes(hostSize.memory))")
        }
        let cpu = ledger.decide("minio.cpuPerNode", .millicores, by: MinIOMemoryRule.description, inputs: ["minio.drivesPerNode"]) {
            (hostSize.cores * 1_000, "\(drives) drives → \(hostSize.cores) cores")
        }
        let resources = Resources(cpu: Millicores(cpu), memory: Bytes(memory))
        let pod = PodGroup(name: "minio", component: .minio, replicas: nodes, resources: resources,
                           storagePerReplica: Bytes(perHost), stateful: true)
        return ResolvedMinIO(
            nodes: nodes, drivesPerNode: drives, driveSize: Bytes(driveSize), setSize: setSize,
            sets: setSize > 0 ? nodes * drives / setSize : 0, parity: parity, rawCapacity: Bytes(raw), usableCapacity: Bytes(usable),
            readQuorum: quorum.read, writeQuorum: quorum.write, fillTargetPercent: fill, horizonMonths: workload.horizonMonths,
            storedAtHorizon: Bytes(stored), otherStores: Bytes(others.total), throughputDemand: BytesPerSecond(traffic),
            throughputPerServer: BytesPerSecond(layout.perServer), poolsForGrowth: pools, runwayMonths: runway, resources: resources, pods: [pod])
    }
}
