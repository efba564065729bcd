import Foundation
import Diagnostics

/// Turns swiftc's output into `blueprint.compile` diagnostics at the user's file and line, dropping code
/// excerpts and keeping at most a few short notes each.
enum CompilerOutputParser {
    static let maxNotes = 3

    /// `mainPath` is the temporary copy of the blueprint; locations in it are reported at `userPath`.
    static func diagnostics(from output: String, userPath: String, mainPath: String) -> [Diagnostic] {
        let located = /^(?<file>.+?):(?<line>\d+):(?<column>\d+): (?<kind>error|warning|note): (?<message>.*)$/
        let unlocated = /^(?:<unknown>:0: )?(?<kind>error|warning): (?<message>.*)$/
        let excerpt = /^\s*\d*\s*\|.*/
        var diagnostics: [Diagnostic] = []
        var looseLines: [String] = []
        for line in output.split(separator: "\n").map(String.init) {
            if line.wholeMatch(of: excerpt) != nil { continue }
            if let match = line.wholeMatch(of: located) {
                let file = String(match.file) == mainPath ? userPath : String(match.file)
                let message = clean(match.message)
                let lineNumber = Int(match.line) ?? 0
                if match.kind == "note" {
                    guard !diagnostics.isEmpty, diagnostics[diagnostics.count - 1].notes.count < maxNotes else { continue }
                    diagnostics[diagnostics.count - 1].notes.append(
                        file == userPath ? "line \(lineNumber): \(message)" : message
                    )
                    continue
                }
                let source = SourceLocation(file: file, line: lineNumber, column: Int(match.column) ?? 0)
                diagnostics.append(make(kind: match.kind, message: message, source: source, notes: []))
                looseLines = []
            } else if let match = line.wholeMatch(of: unlocated) {
                let notes = Array(looseLines.suffix(maxNotes))
                diagnostics.append(make(kind: match.kind, message: clean(match.message), source: .file(userPath), notes: notes))
                looseLines = []
            } else if !line.allSatisfy(\.isWhitespace) {
                looseLines.append(line.trimmingCharacters(in: .whitespaces))
            }
        }
        return diagnostics
    }

    private static func make(kind: Substring, message: String, source: SourceLocation, notes: [String]) -> Diagnostic {
        kind == "error"
            ? .error("blueprint.compile", message, source: source, notes: notes)
            : .warning("blueprint.compile", message, source: source, notes: notes)
    }

    /// Drops the diagnostic-group suffix swiftc appends, such as ` [#no-usage]`.
    private static func clean(_ message: Substring) -> String {
        String(message.replacing(/\ \[#[\w-]+\]$/, with: ""))
    }
}
