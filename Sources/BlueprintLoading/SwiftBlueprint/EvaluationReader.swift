import Crypto
import Diagnostics
import Foundation
import LakeModel
import LakeformWire

/// Reads the wire JSON a Swift blueprint wrote: checks `formatVersion` first, then decodes the rest.
enum EvaluationReader {
    private struct VersionProbe: Decodable {
        var formatVersion: Int
    }

    static func read(_ data: Data, userPath: String) -> LoadOutcome {
        let file = SourceLocation.file(userPath)
        func failure(_ id: String, _ message: String, notes: [String] = []) -> LoadOutcome {
            .failed(Diagnostics([.error(id, message, source: file, notes: notes)]))
        }
        guard let probe = try? JSONDecoder().decode(VersionProbe.self, from: data) else {
            return failure("blueprint.noOutput", "the blueprint's output is not a Lakeform evaluation result")
        }
        guard probe.formatVersion == Wire.formatVersion else {
            return failure(
                "blueprint.formatVersion",
                "the DSL runtime wrote wire format \(probe.formatVersion), but this lakeform reads format \(Wire.formatVersion)",
                notes: ["build lakeform and its DSL runtime from the same checkout (`swift build`)"]
            )
        }
        let result: Wire.EvaluationResult
        do {
            result = try JSONDecoder().decode(Wire.EvaluationResult.self, from: data)
        } catch {
            return failure("blueprint.noOutput", "the blueprint's output could not be read: \(describe(error))")
        }
        if !result.errors.isEmpty {
            return .failed(Diagnostics(result.errors.map { error in
                .error("blueprint.dsl", error.message, source: error.source.map { location($0, userPath: userPath) } ?? file)
            }))
        }
        guard let document = result.document else {
            return failure("blueprint.noOutput", "the blueprint declared no lakes; write `let blueprint = Blueprint { … }`")
        }
        let sourceMap = result.sourceMap.mapValues { location($0, userPath: userPath) }
        return .loaded(LoadedBlueprint(path: userPath, document: document, sourceMap: sourceMap,
                                        sourceDigest: SHA256.hash(data: data).lowercaseHex), warnings: Diagnostics())
    }

    /// A wire location, with the blueprint's own file names replaced by the path as the user gave it.
    static func location(_ wire: Wire.SourceLocation, userPath: String) -> SourceLocation {
        let file = BlueprintSourcePath.resolve(wire.file, userPath: userPath) ?? wire.file
        return SourceLocation(file: file, line: wire.line, column: wire.column)
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context),
             .valueNotFound(_, let context):
            let path = WirePath.join(context.codingPath)
            return path.isEmpty ? context.debugDescription : "at \(path): \(context.debugDescription)"
        default:
            return String(describing: error)
        }
    }
}
