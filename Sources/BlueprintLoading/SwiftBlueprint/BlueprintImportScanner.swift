import Diagnostics

/// Rejects imports other than the DSL, the wire format and Foundation with a cheap line scan, before
/// anything is compiled.
enum BlueprintImportScanner {
    static let allowedModules: Set = ["LakeformDSL", "LakeformWire", "Foundation"]

    static func diagnostics(source: String, userPath: String) -> [Diagnostic] {
        let statement = #/
            ^ (?<indent> \s*) (?: @\w+ (?: \( [^)]* \) )? \s+ )*     # attributes: @testable, @_spi(X)
            import \s+ (?: (?: typealias|struct|class|enum|protocol|let|var|func ) \s+ )?
            (?<module> \w+)
            /#
        var diagnostics: [Diagnostic] = []
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let match = line.prefixMatch(of: statement), !allowedModules.contains(String(match.module)) else {
                continue
            }
            diagnostics.append(.error(
                "blueprint.forbiddenImport", "a blueprint cannot import '\(match.module)'",
                source: SourceLocation(file: userPath, line: index + 1, column: match.indent.count + 1),
                notes: ["blueprints may import only LakeformDSL, LakeformWire and Foundation"]
            ))
        }
        return diagnostics
    }
}
