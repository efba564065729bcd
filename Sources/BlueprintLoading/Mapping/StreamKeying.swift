import LakeformWire

/// Whether a stream's consumers rely on per-key ordering, which makes adding partitions risky.
///
/// Topics Debezium writes (named after a CDC source, `orders-db` or `orders-db.public.orders`) are keyed by
/// construction. Format 2 streams say `keyed: true` otherwise; format 1 had no flag, so a `cdc` word in the name of a
/// stream of a lake that captures databases (`orders-cdc`) still marks it keyed there.
enum StreamKeying {
    static func keyed(_ stream: Wire.Stream, cdcSources: [String], formatVersion: Int) -> Bool {
        let written = cdcSources.contains { stream.name == $0 || stream.name.hasPrefix($0 + ".") }
        guard formatVersion >= 2 else { return written || (!cdcSources.isEmpty && namesCDC(stream.name)) }
        return written || stream.keyed == true
    }

    /// A `cdc` word in a format 1 stream name.
    private static func namesCDC(_ name: String) -> Bool {
        name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains("cdc")
    }
}
