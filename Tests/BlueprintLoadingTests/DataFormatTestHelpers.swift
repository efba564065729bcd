@testable import BlueprintLoading
import Diagnostics
import LakeformWire
import Testing

/// Loads inline YAML or JSON text through `DataBlueprintLoader` for the DataFormat suites.
enum DataFormatLoad {
    /// The loaded blueprint, recording an issue with the diagnostics when loading failed.
    static func blueprint(
        _ text: String, path: String = "lake.yaml", sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> LoadedBlueprint? {
        switch DataBlueprintLoader.load(path: path, contents: text) {
        case .loaded(let blueprint, _):
            return blueprint
        case .failed(let diagnostics):
            Issue.record("expected to load, got:\n\(DiagnosticRenderer.text(diagnostics))", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// The diagnostics of a load that must fail, in source order.
    static func errors(
        _ text: String, path: String = "lake.yaml", sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> [Diagnostic] {
        switch DataBlueprintLoader.load(path: path, contents: text) {
        case .loaded:
            Issue.record("expected the load to fail", sourceLocation: sourceLocation)
            return []
        case .failed(let diagnostics):
            return diagnostics.sorted
        }
    }

    /// The only diagnostic of a failed load, recording an issue when there is not exactly one.
    static func error(
        _ text: String, path: String = "lake.yaml", sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Diagnostic? {
        let all = errors(text, path: path, sourceLocation: sourceLocation)
        if all.count != 1 {
            Issue.record("expected one diagnostic, got \(all.map(\.message))", sourceLocation: sourceLocation)
        }
        return all.first
    }

    /// The 1-based line and column where `needle` first occurs in `text`.
    static func position(of needle: String, in text: String) -> (line: Int, column: Int)? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: needle) {
                return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return nil
    }

    /// A one-lake document. Workload lines start on line 7, column 7; with the default one-line
    /// workload, `components:` is line 8 and component lines start on line 9, column 7.
    static func lake(workload: String = "dataVolume: 1TB", components: String = "") -> String {
        let indent = { (block: String) in block.split(separator: "\n").map { "      \($0)" }.joined(separator: "\n") }
        let componentsBlock = components.isEmpty ? "    components: {}" : "    components:\n" + indent(components)
        return """
            formatVersion: 1
            lakes:
              - name: analytics
                tier: medium
                namespace: data
                workload:
            \(indent(workload))
            \(componentsBlock)

            """
    }
}
