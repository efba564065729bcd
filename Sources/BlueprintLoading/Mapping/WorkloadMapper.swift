import Diagnostics
import LakeModel
import LakeformWire

/// Maps and checks the workload inputs: volumes, rates, streams, users.
enum WorkloadMapper {
    private typealias B = InputBounds

    /// The workload of a lake whose Debezium captures `cdcSources` (their topics are keyed by construction).
    static func map(_ wire: Wire.Workload, cdcSources: [String], _ context: MappingContext) -> WorkloadSpec? {
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
        let streams = wire.streams ?? []
        let streamsStateRates = !streams.isEmpty && streams.allSatisfy { $0.rate != nil || $0.eventsPerSecond != nil || $0.eventSize != nil }
        if let ingest = wire.ingest { mapIngest(ingest, into: &spec, streamsStateRates: streamsStateRates, context) }
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
        spec.streams = mapStreams(streams, into: &spec, ingestStated: wire.ingest.map(statesRate) ?? false, cdcSources: cdcSources, context)
        spec.reasons = wire.reasons ?? [:]
        return volume == nil ? nil : spec
    }

    private static func optional(_ value: Int?, _ bound: InputBound, _ context: MappingContext) -> Int? {
        guard let value else { return nil }
        return context.bounded(value, bound, bound.property, at: "workload.\(bound.property)", address: "workload.\(bound.property)")
    }

    /// Whether the ingest gives a rate (well-formed or not), rather than only its peak.
    private static func statesRate(_ ingest: Wire.Ingest) -> Bool {
        ingest.rate != nil || ingest.eventsPerSecond != nil || ingest.averageEventSize != nil
    }

    private static func mapIngest(_ ingest: Wire.Ingest, into spec: inout WorkloadSpec, streamsStateRates: Bool, _ context: MappingContext) {
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
            if let eventsOK, let sizeOK,
               let rate = EventRate.product(eventsOK, sizeOK, within: B.ingestRate, names: "eventsPerSecond × averageEventSize",
                                            at: "\(path).eventsPerSecond", address: "workload.ingest", context) {
                spec.eventsPerSecond = eventsOK
                spec.averageEventSize = Bytes(sizeOK)
                spec.ingestRate = BytesPerSecond(rate)
            }
        } else if !streamsStateRates {
            context.error("workload.ingestIncomplete", "ingest needs eventsPerSecond with averageEventSize, or a rate", at: path,
                          address: "workload.ingest",
                          notes: ["Kafka is sized in bytes per second, never in events alone",
                                  "or give every stream its own rate; the ingest is then their sum and may give only peakPercent"])
        }
        if let peak = ingest.peakPercent {
            spec.peakPercent = context.bounded(peak, B.peakPercent, "peakPercent", at: "\(path).peakPercent",
                                               address: "workload.ingest.peakPercent") ?? 100
        }
    }

    private static func mapStreams(
        _ streams: [Wire.Stream], into workload: inout WorkloadSpec, ingestStated: Bool, cdcSources: [String], _ context: MappingContext
    ) -> [StreamSpec] {
        context.requireUnique(streams.enumerated().map { ($0.element.name, "workload.streams[\($0.offset)]") },
                              kind: "stream", address: "workload.streams", folding: .kubernetes)
        let mapped = StreamRateMapper.map(streams, ingest: workload.ingestRate, ingestStated: ingestStated, context)
        if let derived = mapped.ingest { workload.ingestRate = derived }
        let version = context.blueprint.document.formatVersion
        return streams.enumerated().compactMap { index, wire in
            let path = "workload.streams[\(index)]"
            let address = "workload.streams.\(wire.name)"
            guard let retention = context.bounded(wire.retention.seconds, B.streamRetention, "retention of stream '\(wire.name)'",
                                                  at: "\(path).retention", address: "\(address).retention"),
                  let rate = mapped.rates[index] else { return nil }
            var spec = StreamSpec(name: wire.name, rate: rate, retention: Seconds(retention))
            spec.keyed = StreamKeying.keyed(wire, cdcSources: cdcSources, formatVersion: version)
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
