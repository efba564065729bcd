import Diagnostics

/// Turns a decoding error about one node into a diagnostic that says what to write instead.
enum DecodingProblem {
    /// `lakes[0].workload`, or `the document` for the top level.
    static func describe(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "the document" : WirePath.join(path)
    }

    static func location(of node: YAMLNode, file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    static func diagnostic(
        for error: any Error, type: Any.Type, node: YAMLNode, path: [any CodingKey], file: String
    ) -> Diagnostic {
        let place = describe(path)
        let source = location(of: node, file: file)
        let allowed = EnumCases.names(of: type)
        switch error as? DecodingError {
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            let expected = allowed.map { "expected one of \($0.joined(separator: ", "))" } ?? context.debugDescription
            return .error(
                "blueprint.typeMismatch", "\(expected) at \(place), found \(ScalarReader.describe(node))",
                source: source, notes: quotingNotes(node))
        case .dataCorrupted(let context)?:
            guard let allowed, let text = node.scalar?.string else {
                return .error("blueprint.invalidValue", "\(place): \(context.debugDescription)", source: source)
            }
            let notes = Suggestion.closest(to: text, in: allowed).map { ["did you mean '\($0)'?"] } ?? []
            return .error(
                "blueprint.invalidValue", "'\(text)' at \(place) is not one of \(allowed.joined(separator: ", "))",
                source: source, notes: notes)
        case .keyNotFound(let key, _)?:
            return .error("blueprint.missingKey", "missing required key '\(key.stringValue)' in \(place)", source: source)
        default:
            return .error("blueprint.invalidValue", "\(place): \(error)", source: source)
        }
    }

    /// A hint for `"12"` or `'true'` given where a number or boolean belongs.
    private static func quotingNotes(_ node: YAMLNode) -> [String] {
        guard let scalar = node.scalar, scalar.style == .singleQuoted || scalar.style == .doubleQuoted,
              [.int, .float, .bool].contains(ScalarReader.tag(YAMLNode(scalar.string)))
        else { return [] }
        return ["quoted values are always strings; write \(scalar.string) without quotes"]
    }
}
