/// Namespace for the versioned wire format that Swift, YAML and JSON blueprints all produce.
///
/// The wire format is the only contract between the DSL runtime (`LakeformDSL`) and the host.
/// Every quantity is an integer in a canonical unit (bytes, bytes per second, seconds, cents,
/// percent), so the same blueprint always encodes to the same bytes.
public enum Wire {
    /// Version of the wire document. Bump on any incompatible change.
    public static let formatVersion = 1
}
