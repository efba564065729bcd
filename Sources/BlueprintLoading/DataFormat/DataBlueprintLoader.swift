import Crypto
import Diagnostics
import Foundation
import LakeModel
import LakeformWire
import Yams

/// Reads `.yaml`, `.yml` and `.json` blueprints; JSON is parsed as YAML 1.2 flow syntax.
public enum DataBlueprintLoader {
    /// Parses and decodes one blueprint; every problem found is reported at its line and column.
    public static func load(path: String, contents: String) -> LoadOutcome {
        let parsed: YAMLNode?
        do {
            parsed = try Yams.compose(yaml: contents, resolver(for: contents), .default, .utf8)
        } catch {
            return failure(YamlSyntaxDiagnostic.make(error, file: path, contents: contents))
        }
        guard let root = parsed, !ScalarReader.isNull(root) else {
            return failure(.error(
                "blueprint.empty", "the blueprint is empty",
                source: SourceLocation(file: path, line: 1, column: 1),
                notes: ["start it with 'formatVersion: \(Wire.formatVersion)' followed by a 'lakes:' list"]))
        }
        guard case .mapping(let mapping) = root else {
            return failure(.error(
                "blueprint.typeMismatch",
                "the top level of a blueprint must be a mapping, found \(ScalarReader.describe(root))",
                source: DecodingProblem.location(of: root, file: path),
                notes: ["write 'formatVersion: \(Wire.formatVersion)' and a 'lakes:' list at the top level"]))
        }
        if let problem = FormatVersionCheck.problem(in: mapping, file: path) {
            return failure(problem)
        }
        guard let sourceMap = SourceMapBuilder.build(root, file: path, contents: contents) else {
            return failure(.error(
                "blueprint.syntax",
                "the blueprint is too large to read: its aliases and merge keys repeat more than \(SourceMapBuilder.expansionLimit) keys and values",
                source: SourceLocation(file: path, line: 1, column: 1),
                notes: ["check for aliases (*name) and merge keys (<<) that repeat large anchors many times"]))
        }
        let session = DecodingSession(file: path, sourceMap: sourceMap)
        let document = try? session.decode(Wire.Document.self, from: root, at: [])
        guard let document, !session.diagnostics.hasErrors else {
            return session.diagnostics.hasErrors
                ? .failed(session.diagnostics)
                : failure(.error("blueprint.invalidValue", "the blueprint could not be read", source: sourceMap[""]))
        }
        let formatProblems = FormatTwoKeys.problems(in: document, sourceMap: sourceMap, file: path)
        guard formatProblems.isEmpty else { return .failed(Diagnostics(formatProblems)) }
        let blueprint = LoadedBlueprint(path: path, document: document, sourceMap: sourceMap,
                                        sourceDigest: SHA256.hash(data: Data(contents.utf8)).lowercaseHex)
        return .loaded(blueprint, warnings: Diagnostics())
    }

    /// Values are typed by `ScalarReader` (`YAMLImplicitType`), so the resolver only types mapping keys, which Yams
    /// compares for duplicates, and a `<<` merge key. Without a `<<` in the text no key needs it, and the default
    /// resolver's regular expressions (11 M instructions to compile, then seven tries a key) are not run; keys then
    /// all compare as text, so `1:` beside `"1":` is a duplicate key, as it is in the JSON that tools make of it.
    static func resolver(for contents: String) -> Resolver {
        let bytes = Array(contents.utf8)
        let hasMergeKey = bytes.indices.dropLast().contains { bytes[$0] == UInt8(ascii: "<") && bytes[$0 + 1] == UInt8(ascii: "<") }
        return hasMergeKey ? .default : .basic
    }

    private static func failure(_ diagnostic: Diagnostic) -> LoadOutcome {
        .failed(Diagnostics([diagnostic]))
    }
}
