import Diagnostics
import LakeModel
import LakeformWire

/// Maps and checks the workload inputs: volumes, rates, streams, users.
enum WorkloadMapper {
    static func map(_ wire: Wire.Workload, _ context: MappingContext) -> WorkloadSpec? {
        let base = "workload"
        let volume = context.positive(wire.dataVolume.bytes, "dataVolume", at: "\(base).dataVolume", address: "workload.dataVolume")
        var spec = WorkloadSpec(dataVolume: Bytes(volume ?? 0))
        if let growth = wire.yearlyGrowthPercent {
            spec.yearlyGrowthPercent = context.percent(growth, "yearlyGrowthPercent", in: 0...1_000,
                                                       at: "\(base).yearlyGrowthPercent", address: "workload.yearlyGrowth") ?? 0
        }
        if let horizon = wire.horizon {
            spec.horizonMonths = context.inRange(
                horizon.months, "horizon (months)", in: 1...120, at: "\(base).horizon", address: "workload.horizon",
                notes: ["size for at most ten years ahead, such as 18mo or 2y; add server pools as the lake grows beyond it"]
            ) ?? WorkloadSpec.defaultHorizonMonths
        }
        if let ingest = wire.ingest { mapIngest(ingest, into: &spec, context) }
        spec.activeUsers = optionalPositive(wire.activeUsers, "activeUsers", context)
        spec.concurrentQueries = optionalPositive(wire.concurrentQueries, "concurrentQueries", context)
        spec.scannedPerDay = optionalPositive(wire.scannedPerDay?.bytes, "scannedPerDay", context).map { Bytes($0) }
        spec.batchPerDay = optionalPositive(wire.batchPerDay?.bytes, "batchPerDay", context).map { Bytes($0) }
        spec.logsPerDay = optionalPositive(wire.logsPerDay?.bytes, "logsPerDay", context).map { Bytes($0) }
        if let vectors = wire.vectors,
           let count = context.positive(vectors.count, "vector count", at: "\(base).vectors.count", address: "workload.vectors.count"),
           let dimensions = context.positive(vectors.dimensions, "vector dimensions", at: "\(base).vectors.dimensions",
                                             address: "workload.vectors.dimensions") {
            spec.vectors = VectorSpec(count: count, dimensions: dimensions)
        }
        spec.streams = mapStreams(wire.streams ?? [], context)
        spec.reasons = wire.reasons ?? [:]
        return volume == nil ? nil : spec
    }

    private static func optionalPositive(_ value: Int?, _ name: String, _ context: MappingContext) -> Int? {
        guard let value else { return nil }
        return context.positive(value, name, at: "workload.\(name)", address: "workload.\(name)")
    }

    private static func mapIngest(_ ingest: Wire.Ingest, into spec: inout WorkloadSpec, _ context: MappingContext) {
        let path = "workload.ingest"
        let hasEvents = ingest.eventsPerSecond != nil || ingest.averageEventSize != nil
        if hasEvents, ingest.rate != nil {
            context.error("workload.ingestAmbiguous", "ingest gives both events per second and a byte rate", at: path,
                          address: "workload.ingest", notes: ["give either eventsPerSecond with averageEventSize, or rate"])
            return
        }
        if let rate = ingest.rate {
            spec.ingestRate = context.positive(rate.bytesPerSecond, "ingest rate", at: "\(path).rate",
                                               address: "workload.ingest.rate").map(BytesPerSecond.init)
        } else if let events = ingest.eventsPerSecond, let size = ingest.averageEventSize {
            let eventsOK = context.positive(events, "eventsPerSecond", at: "\(path).eventsPerSecond", address: "workload.ingest.eventsPerSecond")
            let sizeOK = context.positive(size.bytes, "averageEventSize", at: "\(path).averageEventSize",
                                          address: "workload.ingest.averageEventSize")
            if let eventsOK, let sizeOK {
                spec.eventsPerSecond = eventsOK
                spec.averageEventSize = Bytes(sizeOK)
                spec.ingestRate = BytesPerSecond(eventsOK * sizeOK)
            }
        } else {
            context.error("workload.ingestIncomplete", "ingest needs eventsPerSecond with averageEventSize, or a rate", at: path,
                          address: "workload.ingest", notes: ["Kafka is sized in bytes per second, never in events alone"])
        }
        if let peak = ingest.peakPercent {
            spec.peakPercent = context.percent(peak, "peakPercent", in: 100...1_000, at: "\(path).peakPercent",
                                               address: "workload.ingest.peakPercent") ?? 100
        }
    }

    private static func mapStreams(_ streams: [Wire.Stream], _ context: MappingContext) -> [StreamSpec] {
        context.requireUnique(streams.enumerated().map { ($0.element.name, "workload.streams[\($0.offset)]") },
                              kind: "stream", address: "workload.streams", folding: .kubernetes)
        let unshared = streams.filter { $0.sharePercent == nil }.count
        let declaredShare = streams.compactMap(\.sharePercent).reduce(0, +)
        if declaredShare > 100 {
            context.error("workload.streamShares", "stream shares add up to \(declaredShare)%, more than the whole ingest",
                          at: "workload.streams", address: "workload.streams", notes: ["make the sharePercent values add up to 100"])
        }
        let defaultShare = unshared == 0 ? 0 : max(0, 100 - declaredShare) / unshared
        return streams.enumerated().compactMap { index, wire in
            let path = "workload.streams[\(index)]"
            let address = "workload.streams.\(wire.name)"
            guard let retention = context.positive(wire.retention.seconds, "retention of stream '\(wire.name)'",
                                                   at: "\(path).retention", address: "\(address).retention") else { return nil }
            let share = wire.sharePercent.flatMap {
                context.percent($0, "sharePercent", in: 0...100, at: "\(path).sharePercent", address: "\(address).share")
            } ?? defaultShare
            var spec = StreamSpec(name: wire.name, sharePercent: share, retention: Seconds(retention))
            if let groups = wire.consumerGroups {
                spec.consumerGroups = context.positive(groups, "consumerGroups", at: "\(path).consumerGroups",
                                                       address: "\(address).consumerGroups") ?? 1
            }
            if let partitions = wire.partitions {
                spec.partitions = context.positive(partitions, "partitions", at: "\(path).partitions", address: "\(address).partitions")
            }
            return spec
        }
    }
}
