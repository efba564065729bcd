import Diagnostics
import LakeModel
import LakeformWire

/// Maps and checks the workload inputs: volumes, rates, streams, users.
enum WorkloadMapper {
    private typealias B = InputBounds

    static func map(_ wire: Wire.Workload, _ context: MappingContext) -> WorkloadSpec? {
        let base = "workload"
        let volume = context.bounded(wire.dataVolume.bytes, B.dataVolume, "dataVolume", at: "\(base).dataVolume",
                                     address: "workload.dataVolume")
        var spec = WorkloadSpec(dataVolume: Bytes(volume ?? 0))
        if let growth = wire.yearlyGrowthPercent {
            spec.yearlyGrowthPercent = context.bounded(growth, B.yearlyGrowthPercent, "yearlyGrowthPercent",
                                                       at: "\(base).yearlyGrowthPercent", address: "workload.yearlyGrowth") ?? 0
        }
        if let horizon = wire.horizon {
            spec.horizonMonths = context.bounded(
                horizon.months, B.horizonMonths, "horizon (months)", at: "\(base).horizon", address: "workload.horizon",
                notes: ["size for at most ten years ahead, such as 18mo or 2y; add server pools as the lake grows beyond it"],
                rangeBelowOne: true
            ) ?? WorkloadSpec.defaultHorizonMonths
        }
        if let ingest = wire.ingest { mapIngest(ingest, into: &spec, context) }
        spec.activeUsers = optional(wire.activeUsers, B.activeUsers, context)
        spec.concurrentQueries = optional(wire.concurrentQueries, B.concurrentQueries, context)
        spec.scannedPerDay = optional(wire.scannedPerDay?.bytes, B.scannedPerDay, context).map { Bytes($0) }
        spec.batchPerDay = optional(wire.batchPerDay?.bytes, B.batchPerDay, context).map { Bytes($0) }
        spec.logsPerDay = optional(wire.logsPerDay?.bytes, B.logsPerDay, context).map { Bytes($0) }
        if let vectors = wire.vectors,
           let count = context.bounded(vectors.count, B.vectorCount, "vector count", at: "\(base).vectors.count",
                                       address: "workload.vectors.count"),
           let dimensions = context.bounded(vectors.dimensions, B.vectorDimensions, "vector dimensions",
                                            at: "\(base).vectors.dimensions", address: "workload.vectors.dimensions") {
            spec.vectors = VectorSpec(count: count, dimensions: dimensions)
        }
        spec.streams = mapStreams(wire.streams ?? [], context)
        spec.reasons = wire.reasons ?? [:]
        return volume == nil ? nil : spec
    }

    private static func optional(_ value: Int?, _ bound: InputBound, _ context: MappingContext) -> Int? {
        guard let value else { return nil }
        return context.bounded(value, bound, bound.property, at: "workload.\(bound.property)", address: "workload.\(bound.property)")
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
            spec.ingestRate = context.bounded(rate.bytesPerSecond, B.ingestRate, "ingest rate", at: "\(path).rate",
                                              address: "workload.ingest.rate").map(BytesPerSecond.init)
        } else if let events = ingest.eventsPerSecond, let size = ingest.averageEventSize {
            let eventsOK = context.bounded(events, B.eventsPerSecond, "eventsPerSecond", at: "\(path).eventsPerSecond",
                                           address: "workload.ingest.eventsPerSecond")
            let sizeOK = context.bounded(size.bytes, B.averageEventSize, "averageEventSize", at: "\(path).averageEventSize",
                                         address: "workload.ingest.averageEventSize")
            if let eventsOK, let sizeOK, let rate = eventRate(eventsOK, sizeOK, path: path, context) {
                spec.eventsPerSecond = eventsOK
                spec.averageEventSize = Bytes(sizeOK)
                spec.ingestRate = BytesPerSecond(rate)
            }
        } else {
            context.error("workload.ingestIncomplete", "ingest needs eventsPerSecond with averageEventSize, or a rate", at: path,
                          address: "workload.ingest", notes: ["Kafka is sized in bytes per second, never in events alone"])
        }
        if let peak = ingest.peakPercent {
            spec.peakPercent = context.bounded(peak, B.peakPercent, "peakPercent", at: "\(path).peakPercent",
                                               address: "workload.ingest.peakPercent") ?? 100
        }
    }

    /// events × size, which must stay within the ingest rate's bound like a rate given directly.
    private static func eventRate(_ events: Int, _ size: Int, path: String, _ context: MappingContext) -> Int? {
        let (rate, overflow) = events.multipliedReportingOverflow(by: size)
        guard overflow || !B.ingestRate.range.contains(rate) else { return rate }
        context.error(
            "spec.outOfRange",
            "eventsPerSecond × averageEventSize must be \(B.ingestRate.allowed), but it is \(overflow ? "beyond 9.22 EB/s" : BytesPerSecond(rate).description)",
            at: "\(path).eventsPerSecond", address: "workload.ingest",
            notes: ["lower the event rate or the event size, or split the lake; the bounds are documented in schemas/blueprint.schema.json"])
        return nil
    }

    private static func mapStreams(_ streams: [Wire.Stream], _ context: MappingContext) -> [StreamSpec] {
        context.requireUnique(streams.enumerated().map { ($0.element.name, "workload.streams[\($0.offset)]") },
                              kind: "stream", address: "workload.streams", folding: .kubernetes)
        let shares = streams.enumerated().map { index, wire in
            wire.sharePercent.map {
                context.bounded($0, B.streamShare, "sharePercent", at: "workload.streams[\(index)].sharePercent",
                                address: "workload.streams.\(wire.name).share")
            }
        }
        let unshared = shares.filter { $0 == nil }.count
        // Each share is checked before the sum, so the sum of at most 100 per stream cannot overflow.
        let declaredShare = shares.compactMap { $0 ?? nil }.reduce(0, +)
        if declaredShare > 100 {
            context.error("workload.streamShares", "stream shares add up to \(declaredShare)%, more than the whole ingest",
                          at: "workload.streams", address: "workload.streams", notes: ["make the sharePercent values add up to 100"])
        }
        let defaultShare = unshared == 0 ? 0 : max(0, 100 - declaredShare) / unshared
        return streams.enumerated().compactMap { index, wire in
            let path = "workload.streams[\(index)]"
            let address = "workload.streams.\(wire.name)"
            guard let retention = context.bounded(wire.retention.seconds, B.streamRetention, "retention of stream '\(wire.name)'",
                                                  at: "\(path).retention", address: "\(address).retention") else { return nil }
            let share = shares[index].flatMap { $0 } ?? defaultShare
            var spec = StreamSpec(name: wire.name, sharePercent: share, retention: Seconds(retention))
            if let groups = wire.consumerGroups {
                spec.consumerGroups = context.bounded(groups, B.consumerGroups, "consumerGroups", at: "\(path).consumerGroups",
                                                      address: "\(address).consumerGroups") ?? 1
            }
            if let partitions = wire.partitions {
                spec.partitions = context.bounded(partitions, B.streamPartitions, "partitions", at: "\(path).partitions",
                                                  address: "\(address).partitions")
            }
            return spec
        }
    }
}
