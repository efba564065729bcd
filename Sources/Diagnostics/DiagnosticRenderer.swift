/// Renders diagnostics the way compilers do: `file:line:col: error: message [id]`.
public enum DiagnosticRenderer {
    /// One diagnostic, with its notes indented below it.
    public static func text(_ diagnostic: Diagnostic) -> String {
        var prefix = ""
        if let source = diagnostic.source {
            prefix = source.line > 0 ? "\(source.file):\(source.line):\(source.column): " : "\(source.file): "
        }
        var lines = ["\(prefix)\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.id)]"]
        if let address = diagnostic.address, diagnostic.source == nil {
            lines.append("  at \(address)")
        }
        lines += diagnostic.notes.map { "  note: \($0)" }
        return lines.joined(separator: "\n")
    }

    /// All diagnostics in source order, one block each, then a count line when there are errors.
    public static func text(_ diagnostics: Diagnostics) -> String {
        var blocks = diagnostics.sorted.map(text)
        let errorCount = diagnostics.errors.count
        if errorCount > 0 {
            blocks.append("\(errorCount) error\(errorCount == 1 ? "" : "s") found.")
        }
        return blocks.joined(separator: "\n")
    }
}
