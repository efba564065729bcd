import Diagnostics
import LakeModel
import LakeformWire

/// Maps each stream's rate and checks how the rates combine with the ingest.
///
/// A stream states one of `sharePercent` (of `ingest`), `rate`, or `eventsPerSecond` with `eventSize`; one that states
/// none splits what the others leave of the ingest. With an ingest rate, the streams' own rates plus the shares' part
/// must fit in it. Without one, every stream states its own rate and the lake's ingest is their sum (a lake where no
/// stream states a rate and no ingest is given sizes from zero, as format 1 always did).
enum StreamRateMapper {
    private typealias B = InputBounds

    /// What one stream said about its rate.
    private enum Statement {
        case unstated, invalid
        case stated(StreamRate)
    }

    /// Each stream's rate (nil where its statement was reported) and, when the workload gives no ingest rate but the
    /// streams state their own, the lake's ingest as their sum.
    static func map(
        _ streams: [Wire.Stream], ingest: BytesPerSecond?, ingestStated: Bool, _ context: MappingContext
    ) -> (rates: [StreamRate?], ingest: BytesPerSecond?) {
        let statements = streams.enumerated().map { statement($0.element, path: "workload.streams[\($0.offset)]", context) }
        let declaredShare = statements.reduce(0) { total, statement in
            if case .stated(.share(let percent)) = statement { return total + percent }
            return total
        }
        // Each share is checked before the sum, so the sum of at most 100 per stream cannot overflow.
        if declaredShare > 100 {
            context.error("workload.streamShares", "stream shares add up to \(declaredShare)%, more than the whole ingest",
                          at: "workload.streams", address: "workload.streams", notes: ["make the sharePercent values add up to 100"])
        }
        let own = statements.map { statement -> Int in
            if case .stated(let rate) = statement, rate.isOwn { return rate.average(ingest: nil) }
            return 0
        }
        let ownTotal = IntegerMath.sum(own)
        var derivedIngest: BytesPerSecond?
        if let ingest {
            checkFits(streams, own: own, sharesPart: IntegerMath.percent(ingest.value, declaredShare), ingest: ingest, context)
        } else if !ingestStated, own.contains(where: { $0 > 0 }) {
            derivedIngest = sumAsIngest(ownTotal, streams: streams, statements: statements, context)
        }
        let unstated = statements.filter { if case .unstated = $0 { true } else { false } }.count
        let ownPercent = ingest.map { IntegerMath.scaleUp(ownTotal, 100, max(1, $0.value)) } ?? 0
        let defaultShare = unstated == 0 ? 0 : max(0, 100 - declaredShare - ownPercent) / unstated
        let rates: [StreamRate?] = statements.map {
            switch $0 {
            case .unstated: .share(percent: defaultShare)
            case .invalid: nil
            case .stated(let rate): rate
            }
        }
        return (rates, derivedIngest)
    }

    private static func statement(_ stream: Wire.Stream, path: String, _ context: MappingContext) -> Statement {
        let address = "workload.streams.\(stream.name)"
        let hasEvents = stream.eventsPerSecond != nil || stream.eventSize != nil
        let forms = [stream.sharePercent != nil, stream.rate != nil, hasEvents].filter { $0 }.count
        guard forms <= 1 else {
            context.error("workload.streamRateAmbiguous", "stream '\(stream.name)' states its rate more than one way", at: path,
                          address: "\(address).rate",
                          notes: ["give exactly one of sharePercent (of the ingest), rate, or eventsPerSecond with eventSize"])
            return .invalid
        }
        if let share = stream.sharePercent {
            return context.bounded(share, B.streamShare, "sharePercent", at: "\(path).sharePercent", address: "\(address).share")
                .map { .stated(.share(percent: $0)) } ?? .invalid
        }
        if let rate = stream.rate {
            return context.bounded(rate.bytesPerSecond, B.streamRate, "rate of stream '\(stream.name)'", at: "\(path).rate",
                                   address: "\(address).rate").map { .stated(.bytes(BytesPerSecond($0))) } ?? .invalid
        }
        guard hasEvents else { return .unstated }
        guard let events = stream.eventsPerSecond, let size = stream.eventSize else {
            context.error("workload.streamRateIncomplete", "stream '\(stream.name)' gives \(stream.eventSize == nil ? "eventsPerSecond without eventSize" : "eventSize without eventsPerSecond")",
                          at: path, address: "\(address).rate", notes: ["give eventsPerSecond with eventSize, or a byte rate such as 'rate: 5MB/s'"])
            return .invalid
        }
        let eventsOK = context.bounded(events, B.streamEventsPerSecond, "eventsPerSecond of stream '\(stream.name)'",
                                       at: "\(path).eventsPerSecond", address: "\(address).eventsPerSecond")
        let sizeOK = context.bounded(size.bytes, B.streamEventSize, "eventSize of stream '\(stream.name)'", at: "\(path).eventSize",
                                     address: "\(address).eventSize")
        guard let eventsOK, let sizeOK,
              EventRate.product(eventsOK, sizeOK, within: B.streamRate, names: "eventsPerSecond × eventSize", at: "\(path).eventsPerSecond",
                                address: "\(address).rate", context) != nil
        else { return .invalid }
        return .stated(.events(perSecond: eventsOK, size: Bytes(sizeOK)))
    }

    /// Reports the stream at which the own rates and the shares' part of the ingest exceed the ingest.
    private static func checkFits(_ streams: [Wire.Stream], own: [Int], sharesPart: Int, ingest: BytesPerSecond, _ context: MappingContext) {
        var total = sharesPart
        for (index, rate) in own.enumerated() where rate > 0 {
            total = IntegerMath.sum([total, rate])
            guard total > ingest.value else { continue }
            context.error(
                "workload.streamRates",
                "stream '\(streams[index].name)' brings the streams to \(BytesPerSecond(total)), more than the ingest rate \(ingest)",
                at: "workload.streams[\(index)]", address: "workload.streams.\(streams[index].name).rate",
                notes: ["lower the streams' rates or shares, or raise workload.ingest; without an ingest rate the lake's ingest is the sum of the streams' own rates"])
            return
        }
    }

    /// The streams' own rates summed as the lake's ingest; every stream must then state its own rate.
    private static func sumAsIngest(_ total: Int, streams: [Wire.Stream], statements: [Statement], _ context: MappingContext) -> BytesPerSecond? {
        var complete = true
        for (index, statement) in statements.enumerated() {
            if case .stated(let rate) = statement, rate.isOwn { continue }
            if case .invalid = statement { continue }
            complete = false
            context.error(
                    "workload.streamWithoutRate",
                    "stream '\(streams[index].name)' takes a share of the ingest, but the workload gives no ingest rate",
                    at: "workload.streams[\(index)]", address: "workload.streams.\(streams[index].name).rate",
                notes: ["give the stream its own rate ('rate: 5MB/s', or eventsPerSecond with eventSize), or give workload.ingest a rate"])
        }
        guard complete else { return nil }
        guard B.ingestRate.range.contains(total) else {
            context.error("workload.streamRates", "the streams' rates add up to more than \(B.ingestRate.describe(B.ingestRate.range.upperBound)), the most a lake's ingest may be",
                          at: "workload.streams", address: "workload.ingest", notes: ["lower the streams' rates, or split the lake"])
            return nil
        }
        return BytesPerSecond(total)
    }
}
