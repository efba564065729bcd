/// How a stream states its average rate: a share of the lake's ingest, a byte rate, or events of an average size.
public enum StreamRate: Equatable, Sendable {
    /// Percent of `workload.ingest` (format 1's only way, still accepted).
    case share(percent: Int)
    /// The stream's own byte rate.
    case bytes(BytesPerSecond)
    /// The stream's own event rate and average event size.
    case events(perSecond: Int, size: Bytes)

    /// The average rate today, in bytes per second; a share is taken of `ingest` (zero without one).
    public func average(ingest: BytesPerSecond?) -> Int {
        switch self {
        case .share(let percent): IntegerMath.percent(ingest?.value ?? 0, percent)
        case .bytes(let rate): rate.value
        case .events(let perSecond, let size): IntegerMath.product(perSecond, size.value)
        }
    }

    /// Whether the stream states its own rate rather than a share of the ingest.
    public var isOwn: Bool {
        if case .share = self { return false }
        return true
    }

    /// Where the rate comes from, for explain: `15% of 50 MB/s ingest`, `40 MB/s stated`, `2,000 events/s × 1 kB`.
    public func source(ingest: BytesPerSecond?) -> String {
        switch self {
        case .share(let percent): "\(percent)% of \(ingest ?? BytesPerSecond(0)) ingest"
        case .bytes(let rate): "\(rate) stated"
        case .events(let perSecond, let size): "\(UnitFormat.grouped(perSecond)) events/s × \(size)"
        }
    }
}
