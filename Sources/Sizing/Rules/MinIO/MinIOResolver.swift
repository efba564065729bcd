import LakeModel

/// Resolves MinIO: layout, erasure sets, capacity, quorum, memory and growth.
enum MinIOResolver {
    static func resolve(_ spec: MinIOSpec, _ ledger: Ledger) -> ResolvedMinIO {
        let workload = ledger.lake.workload
        let data = ledger.input("workload.dataVolume", workload.dataVolume.value, .bytes, reasonKey: "dataVolume")
        let growth = ledger.input("workload.yearlyGrowth", workload.yearlyGrowthPercent, .percent, reasonKey: "yearlyGrowthPercent")
        let driveSize = ledger.decide("minio.driveSize", .bytes, by: MinIOLayoutRule.description, inputs: [], pin: .minioDriveSize) {
            let value = spec.driveSize?.value ?? MinIOLayoutRule.defaultDriveSize(spec.media)
            return (value, spec.driveSize == nil ? "default for \(spec.media.rawValue): \(Bytes(value))" : "\(Bytes(value)) from the blueprint")
        }
        let fill = ledger.setting("minio.fillTarget", given: spec.fillTargetPercent, default: MinIOLayoutRule.defaultFillPercent,
                                  .percent, "keep 10–20% free for healing and expansion (rule of thumb)")
        let drives = ledger.decide("minio.drivesPerNode", .count, by: MinIOLayoutRule.description,
                                   inputs: ["workload.dataVolume", "minio.driveSize", "minio.fillTarget"], pin: .minioDrivesPerNode) {
            if let given = spec.drivesPerNode { return (given, "\(given) from the blueprint") }
            let value = MinIOLayoutRule.drivesPerNode(data: data, driveSize: driveSize, fillPercent: fill)
            return (value, "⌈raw for \(Bytes(data)) / (4 nodes × \(Bytes(driveSize)))⌉ in steps of 4, within 4…16 = \(value)")
        }
        let nodes = ledger.decide("minio.nodes", .count, by: MinIOLayoutRule.description,
                                  inputs: ["workload.dataVolume", "minio.drivesPerNode", "minio.driveSize", "minio.fillTarget"],
                                  pin: .minioNodes) {
            let layout = MinIOLayoutRule.nodes(data: data, drivesPerNode: drives, driveSize: driveSize, fillPercent: fill,
                                               parityOverride: spec.parity)
            return (layout.nodes, "raw needed = \(Bytes(data)) × \(layout.setSize)/\(layout.setSize - layout.parity) / \(fill)% = \(Bytes(layout.raw)); "
                + "⌈\(Bytes(layout.raw)) / (\(drives) × \(Bytes(driveSize)))⌉ → \(layout.nodes) nodes (minimum 4)")
        }
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
            (nodes * drives * driveSize, "\(nodes) × \(drives) × \(Bytes(driveSize)) = \(Bytes(nodes * drives * driveSize))")
        }
        let usable = ledger.decide("minio.usableCapacity", .bytes, by: MinIOCapacityRule.description, inputs: ["minio.rawCapacity", "minio.setSize", "minio.parity"]) {
            let value = setSize > 0 ? MinIOCapacityRule.usable(raw: raw, setSize: setSize, parity: parity).value : 0
            return (value, "\(Bytes(raw)) × \(setSize - parity)/\(setSize) = \(Bytes(value))")
        }
        let quorum = MinIOCapacityRule.quorum(setSize: setSize, parity: parity)
        ledger.decide("minio.writeQuorum", .count, by: MinIOCapacityRule.description, inputs: ["minio.setSize", "minio.parity"]) {
            (quorum.write, "K = \(setSize - parity)\(quorum.write > setSize - parity ? " + 1 because K = M" : "") = \(quorum.write)")
        }
        let fillable = IntegerMath.percent(usable, fill)
        let pools = ledger.decide("minio.poolsForGrowth", .count, by: MinIOGrowthRule.description, inputs: ["workload.dataVolume", "workload.yearlyGrowth", "minio.usableCapacity", "minio.fillTarget"]) {
            let value = MinIOGrowthRule.poolsForGrowth(data: data, fillable: fillable, growthPercent: growth)
            return (value, "⌈max(0, \(Bytes(data)) × \(100 + growth)% − \(Bytes(fillable))) / \(Bytes(fillable))⌉ = \(value)")
        }
        let runway = MinIOGrowthRule.runwayMonths(data: data, fillable: fillable, growthPercent: growth)
        if let runway {
            ledger.decide("minio.runwayMonths", .count, by: MinIOGrowthRule.description, inputs: ["workload.dataVolume", "workload.yearlyGrowth", "minio.usableCapacity", "minio.fillTarget"]) {
                (runway, "\(Bytes(data)) growing \(growth)%/year reaches \(Bytes(fillable)) after \(runway) months")
            }
        }
        let hostSize = MinIOMemoryRule.size(storagePerNode: drives * driveSize, drives: drives)
        let memory = ledger.decide("minio.memoryPerNode", .bytes, by: MinIOMemoryRule.description, inputs: ["minio.drivesPerNode", "minio.driveSize"]) {
            (hostSize.memory, "\(Bytes(drives * driveSize)) per host → \(Bytes(hostSize.memory))")
        }
        let cpu = ledger.decide("minio.cpuPerNode", .millicores, by: MinIOMemoryRule.description, inputs: ["minio.drivesPerNode"]) {
            (hostSize.cores * 1_000, "\(drives) drives → \(hostSize.cores) cores")
        }
        let resources = Resources(cpu: Millicores(cpu), memory: Bytes(memory))
        let pod = PodGroup(name: "minio", component: .minio, replicas: nodes, resources: resources,
                           storagePerReplica: Bytes(drives * driveSize), stateful: true)
        return ResolvedMinIO(
            nodes: nodes, drivesPerNode: drives, driveSize: Bytes(driveSize), setSize: setSize,
            sets: setSize > 0 ? nodes * drives / setSize : 0, parity: parity, rawCapacity: Bytes(raw), usableCapacity: Bytes(usable),
            readQuorum: quorum.read, writeQuorum: quorum.write, fillTargetPercent: fill, poolsForGrowth: pools,
            runwayMonths: runway, resources: resources, pods: [pod])
    }
}
