import Diagnostics
import Yams

/// Turns an error from the Yams parser into `blueprint.syntax` at the line and column it names.
enum YamlSyntaxDiagnostic {
    static func make(_ error: any Error, file: String, contents: String) -> Diagnostic {
        let (message, position) = describe(error, contents: contents)
        let line = position?.line ?? 1
        let hasTab = contents.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .dropFirst(line - 1).first?.contains("\t") ?? false
        return .error(
            "blueprint.syntax", "invalid \(file.lowercased().hasSuffix(".json") ? "JSON" : "YAML"): \(message)",
            source: SourceLocation(file: file, line: line, column: position?.column ?? 1),
            notes: hasTab ? ["this line contains a tab; indent YAML with spaces"] : [])
    }

    /// The problem in words and its 1-based position (Yams' marks are already 1-based).
    private static func describe(_ error: any Error, contents: String) -> (String, (line: Int, column: Int)?) {
        guard let yamlError = error as? YamlError else { return ("cannot read the file: \(error)", nil) }
        switch yamlError {
        case let .composer(context, _, mark, _) where context?.text == "expected a single document in the stream":
            return ("found a second document; a blueprint file holds one, so remove this '---' and what follows",
                    (mark.line, mark.column))
        case let .parser(_, problem, mark, _) where problem.hasPrefix("Maximum nesting level"):
            return ("values are nested more than 1000 levels deep", (mark.line, mark.column))
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let during = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return ("\(problem)\(during)", (mark.line, mark.column))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return ("the key \(keys) appears more than once in the same mapping; keep one", (context.mark.line, context.mark.column))
        case let .reader(problem, offset, _, _):
            return (problem, offset.map { position(ofCharacter: $0, in: contents) })
        default:
            return ("cannot read the file: \(yamlError)", nil)
        }
    }

    private static func position(ofCharacter offset: Int, in contents: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for character in contents.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
