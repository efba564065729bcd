/// The root of a Swift blueprint. Write it once per file, as `let blueprint = Blueprint { Lake(…) { … } }`;
/// when the program exits, the runtime hands what it declared to the host.
///
/// Wire: `.`
///
/// ```swift
/// let blueprint = Blueprint {
///     Lake("analytics", tier: "medium", namespace: "lake") { … }
/// }
/// ```
public struct Blueprint: Sendable {
    public init(
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @DeclarationBuilder<ListBlock<Wire.Lake>> _ lakes: () -> [any Declaration<ListBlock<Wire.Lake>>]
    ) {
        let source = Wire.SourceLocation(file: file, line: line, column: column)
        BlueprintRegistry.shared.publish(Self.evaluate(lakes(), at: source), at: source)
        WireOutput.installExitHook()
    }

    /// Evaluates a blueprint without publishing it, so tests can inspect the result in-process.
    static func evaluate(
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @DeclarationBuilder<ListBlock<Wire.Lake>> _ lakes: () -> [any Declaration<ListBlock<Wire.Lake>>]
    ) -> Wire.EvaluationResult {
        evaluate(lakes(), at: Wire.SourceLocation(file: file, line: line, column: column))
    }

    private static func evaluate(
        _ declarations: [any Declaration<ListBlock<Wire.Lake>>], at source: Wire.SourceLocation
    ) -> Wire.EvaluationResult {
        let lakes = collect(declarations, into: ListBlock<Wire.Lake>())
        var sourceMap = SourceMap()
        sourceMap.record("", source)
        sourceMap.merge(lakes.sourceMap, under: "lakes")
        var errors = lakes.errors
        var names = FirstDeclarations()
        for (index, lake) in lakes.items.enumerated() {
            let location = sourceMap.entries["lakes[\(index)]"] ?? source
            if let earlier = names.claim(lake.name, at: location) {
                errors.append(Wire.EvaluationError(
                    message: "two lakes are named '\(lake.name)'; the first is declared at \(earlier.citation)",
                    source: location))
            }
        }
        return Wire.EvaluationResult(
            document: Wire.Document(lakes: lakes.items), sourceMap: sourceMap.entries, errors: errors)
    }
}
