import LakeModel

/// Terraform's `(sensitive value)` for plan diffs: a value under a key that `SensitiveKeys` marks as a
/// credential is never printed, in key-path changes nor in the line diffs of `.properties`, SQL and Python files.
enum SensitiveValues {
    static let placeholder = "(sensitive value)"

    /// Whether the leaf at `path` holds a credential: its last key is sensitive, or it is the `value` of a list
    /// item named like one (`env[name=DB_PASSWORD].value`).
    static func isSensitive(path: String) -> Bool {
        let segments = path.split(separator: ".")
        guard let last = segments.last else { return false }
        let key = last.split(separator: "[").first.map(String.init) ?? String(last)
        if SensitiveKeys.matches(key) { return true }
        guard key == "value", segments.count > 1, let open = segments[segments.count - 2].firstIndex(of: "=") else { return false }
        let selector = segments[segments.count - 2][segments[segments.count - 2].index(after: open)...].dropLast()
        return SensitiveKeys.matches(String(selector))
    }

    /// `change` with both sides replaced by the placeholder when its path is sensitive.
    static func masked(_ change: KeyPathChange) -> KeyPathChange {
        guard isSensitive(path: change.path) else { return change }
        return KeyPathChange(path: change.path, before: change.before.map { _ in placeholder }, after: change.after.map { _ in placeholder })
    }

    /// Whether `text` reads as a property or identifier key (`spark.sql.catalog.x.jdbc.password`), not prose.
    private static func isKey(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
    }

    /// One line of a line diff (` `, `+` or `-` and the text) with the value after a sensitive `key=` or `key:` masked.
    static func maskedLine(_ line: String) -> String {
        let text = line.dropFirst().drop { $0 == " " }
        guard !text.hasPrefix("#"), !text.hasPrefix("--"), let separator = text.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
            return line
        }
        let key = text[..<separator].trimmed(of: " '\"`")
        guard isKey(key), SensitiveKeys.matches(key), text.index(after: separator) < text.endIndex else { return line }
        let spacing = text[text.index(after: separator)...].prefix { $0 == " " }
        return String(line[...separator]) + spacing + placeholder
    }
}

private extension Substring {
    /// The text without leading and trailing `characters`.
    func trimmed(of characters: String) -> String {
        String(drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
    }
}
