/// Namespace for the versioned wire format that Swift, YAML and JSON blueprints all produce.
///
/// The wire format is the only contract between the DSL runtime (`LakeformDSL`) and the host.
/// Every quantity is an integer in a canonical unit (bytes, bytes per second, seconds, cents,
/// percent), so the same blueprint always encodes to the same bytes.
public enum Wire {
    /// Version of the wire document. Bump on any incompatible change.
    ///
    /// Version 2 added per-stream rates (`rate`, `eventsPerSecond` with `eventSize`), the stream's `keyed` flag and
    /// Flink jobs reading several `sources`.
    public static let formatVersion = 2
    /// The oldest version still read; its documents load and size as they always did.
    public static let oldestFormatVersion = 1
}
