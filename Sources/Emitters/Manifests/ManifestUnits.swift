import LakeModel

/// Exact byte and CPU spellings for the formats operators read: the largest unit that divides the
/// value, falling back to smaller units rather than rounding.
enum ManifestUnits {
    /// JVM `-Xmx` style: `5g`, `5120m`, or plain bytes.
    static func jvm(_ bytes: Bytes) -> String { scaled(bytes, [("g", 30), ("m", 20)], bare: "") }

    /// Spark (`spark.executor.memory`) and Flink (`MemorySize`) style, binary units: `4096m`, `512k`, `100b`.
    /// Whole mebibytes are always written in `m` so that related values read alike.
    static func mebi(_ bytes: Bytes) -> String { scaled(bytes, [("m", 20), ("k", 10)], bare: "b") }

    /// PostgreSQL memory settings, binary units: `4GB`, `512MB`, `64kB`, `100B`.
    static func postgres(_ bytes: Bytes) -> String { scaled(bytes, [("GB", 30), ("MB", 20), ("kB", 10)], bare: "B") }

    /// A CPU quantity as a string: `2` for whole cores, `2500m` otherwise.
    static func cpuString(_ millicores: Millicores) -> String { millicores.description }

    private static func scaled(_ bytes: Bytes, _ units: [(String, Int)], bare: String) -> String {
        let value = bytes.value
        for (suffix, shift) in units where value != 0 && value % (1 << shift) == 0 {
            return "\(value >> shift)\(suffix)"
        }
        return "\(value)\(bare)"
    }
}
