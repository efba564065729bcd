import LakeModel

/// Events per second × event size, checked against a byte-rate bound like a rate given directly.
enum EventRate {
    /// The product, or nil after reporting it beyond `bound` at `path`.
    static func product(
        _ events: Int, _ size: Int, within bound: InputBound, names: String, at path: String, address: String, _ context: MappingContext
    ) -> Int? {
        let (rate, overflow) = events.multipliedReportingOverflow(by: size)
        guard overflow || !bound.range.contains(rate) else { return rate }
        context.error(
            "spec.outOfRange",
            "\(names) must be \(bound.allowed), but it is \(overflow ? "beyond 9.22 EB/s" : BytesPerSecond(rate).description)",
            at: path, address: address,
            notes: ["lower the event rate or the event size, or split the lake; the bounds are documented in schemas/blueprint.schema.json"])
        return nil
    }
}
