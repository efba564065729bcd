import ArtifactValidation

/// Kubernetes resource quantities as numbers, to compare requests with limits: CPU in cores
/// (`250m`, `1`, `0.5`), memory in bytes (`512Mi`, `2Gi`, `512M`, plain bytes).
enum ResourceQuantity {
    static let suffixes: [(suffix: String, factor: Double)] = [
        ("Ki", 1_024), ("Mi", 1_048_576), ("Gi", 1_073_741_824), ("Ti", 1_099_511_627_776), ("Pi", 1_125_899_906_842_624),
        ("m", 0.001), ("k", 1e3), ("M", 1e6), ("G", 1e9), ("T", 1e12), ("P", 1e15),
    ]

    /// The quantity in base units, or nil when the value is not a quantity.
    static func value(_ quantity: JSONValue) -> Double? {
        switch quantity {
        case .int(let value): return Double(value)
        case .double(let value): return value
        case .string(let text):
            for (suffix, factor) in suffixes where text.hasSuffix(suffix) {
                return Double(text.dropLast(suffix.count)).map { $0 * factor }
            }
            return Double(text)
        default: return nil
        }
    }
}
