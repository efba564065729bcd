import LakeModel

/// The capacity part of the terminal report.
enum CapacityText {
    static func render(_ capacity: CapacityReport) -> [String] {
        var out = ["", "Capacity"]
        if let storage = capacity.storage {
            out.append(" Storage: \(storage.data) of data in \(storage.usable) usable (\(Amounts.percent(storage.fillBasisPoints)) full, target "
                       + "\(storage.fillTargetPercent)%), \(storage.raw) raw on \(storage.servers) servers × \(storage.drives / max(1, storage.servers)) "
                       + "drives of \(storage.driveSize) (EC:\(storage.parity) in sets of \(storage.erasureSetSize)); "
                       + "\(storage.poolsForGrowth) pool\(storage.poolsForGrowth == 1 ? "" : "s") to add for a year's growth")
            out.append(" Horizon: sized for \(storage.storedAtHorizon) at \(storage.horizonMonths) months (\(Amounts.percent(storage.fillAtHorizonBasisPoints)) of usable, "
                       + "\(storage.otherStores) of it Druid deep storage, Flink checkpoints, Kafka tiered segments and Milvus files); \(runway(storage)); "
                       + "peak traffic \(storage.throughputDemand) of \(storage.throughputCapacity) the servers carry")
            out.append(" Pools: " + storage.pools.map {
                "\($0.name) \($0.servers) servers × \($0.volumesPerServer) × \($0.driveSize) \($0.media) "
                    + "(\($0.createdSerial.map { "created at serial \($0)" } ?? "this plan"))"
            }.joined(separator: "; "))
        }
        var pools = TextTable([.left, .right, .right, .right, .right, .right, .right, .right])
        pools.add("Node pool", "Nodes", "CPU alloc.", "CPU req.", "Headroom", "Memory alloc.", "Memory req.", "Headroom")
        for pool in capacity.nodePools {
            pools.add(pool.name, "\(pool.nodes)", Amounts.cores(pool.allocatableCPU), Amounts.cores(pool.requestedCPU),
                      Amounts.percent(pool.cpuHeadroomBasisPoints),
                      "\(pool.allocatableMemory.memoryText)", "\(pool.requestedMemory.memoryText)", Amounts.percent(pool.memoryHeadroomBasisPoints))
        }
        pools.add("total", "\(capacity.totalNodes)", "", Amounts.cores(capacity.totalCPU), "", "", "\(capacity.totalMemory.memoryText)", "")
        out += pools.render()
        var components = TextTable([.left, .right, .right, .right, .right])
        components.add("Component", "Pods", "CPU req.", "Memory req.", "Volumes")
        for component in capacity.components {
            components.add(component.component.rawValue, "\(component.pods)", Amounts.cores(component.cpu), "\(component.memory.memoryText)", "\(component.volumes)")
        }
        out += [""] + components.render()
        for disk in [capacity.kafka].compactMap({ $0 }) + capacity.search {
            out.append(" \(disk.component.rawValue) disk: \(disk.stored) of \(disk.storedWhat) on \(disk.disk) over \(disk.nodes) nodes "
                       + "(\(Amounts.percent(disk.useBasisPoints)))")
        }
        if let vectors = capacity.vectors {
            out.append(" Vector memory: \(vectors.index.memoryText) index (\(vectors.vectors.memoryText) of raw vectors) per replica in \(vectors.memory.memoryText) over "
                       + "\(vectors.queryNodes) query nodes (\(Amounts.percent(vectors.useBasisPoints)) with every replica)")
        }
        return out
    }

    /// Runway against the horizon, flagged when a pin leaves it short.
    private static func runway(_ storage: StorageCapacity) -> String {
        guard let months = storage.runwayMonths else { return "no growth declared" }
        return storage.runwayCoversHorizon
            ? "\(months) months of growth runway, covering the \(storage.horizonMonths)-month horizon"
            : "only \(months) months of growth runway, short of the \(storage.horizonMonths)-month horizon (see warning minio.runwayBelowHorizon)"
    }
}
