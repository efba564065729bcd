/// Helm's coalescing of a chart's defaults with a values file: maps merge recursively, any other
/// override replaces the default, and a `null` override deletes the default key.
public enum HelmValues {
    public static func coalesce(_ defaults: JSONValue, with overrides: JSONValue) -> JSONValue {
        guard case .object(var merged) = defaults, case .object(let overlay) = overrides else { return overrides }
        for (key, value) in overlay {
            switch (merged[key], value) {
            case (.some, .null): merged[key] = nil
            case (.some(let base), _): merged[key] = coalesce(base, with: value)
            case (nil, _): merged[key] = value
            }
        }
        return .object(merged)
    }
}
