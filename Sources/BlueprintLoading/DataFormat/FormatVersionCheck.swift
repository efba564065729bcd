import Diagnostics
import LakeformWire

/// Checks `formatVersion` before anything else, since other versions have other keys.
enum FormatVersionCheck {
    /// A `blueprint.formatVersion` error, or nil when the document is a version this lakeform reads.
    static func problem(in root: YAMLNode.Mapping, file: String) -> Diagnostic? {
        let supported = Wire.formatVersion
        guard let node = root["formatVersion"] else {
            let typo = root.keys.compactMap(\.scalar?.string).first {
                Suggestion.closest(to: $0, in: ["formatVersion"]) != nil
            }
            return .error(
                "blueprint.formatVersion", "this blueprint has no formatVersion; this lakeform reads version \(supported)",
                source: SourceLocation(file: file, line: 1, column: 1),
                notes: [typo.map { "did you mean 'formatVersion' instead of '\($0)'?" }
                    ?? "add 'formatVersion: \(supported)' at the top of the file"])
        }
        let source = DecodingProblem.location(of: node, file: file)
        guard let version: Int = try? ScalarReader.integer(node, at: []) else {
            return .error(
                "blueprint.formatVersion",
                "formatVersion must be a whole number, found \(ScalarReader.describe(node))",
                source: source, notes: ["write 'formatVersion: \(supported)'"])
        }
        let readable = Wire.oldestFormatVersion...supported
        guard readable.contains(version) else {
            let advice = version > supported
                ? "upgrade lakeform to read this blueprint, or rewrite it for format version \(supported)"
                : "set 'formatVersion: \(supported)' and check the blueprint against the current format"
            return .error(
                "blueprint.formatVersion",
                "this blueprint is format version \(version); this lakeform reads versions \(readable.lowerBound) to \(supported)",
                source: source, notes: [advice])
        }
        return nil
    }
}
