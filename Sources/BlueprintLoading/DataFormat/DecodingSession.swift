import Diagnostics

/// Thrown in place of an error whose diagnostic is already recorded.
struct AlreadyReported: Error {}

/// Decodes wire values from YAML nodes, recording every problem as a diagnostic and carrying on
/// with a placeholder so that siblings of a bad field are still checked.
///
/// Placeholders (a value decoded from a nil node: zero, empty, first enum case) only exist when
/// a diagnostic was recorded, so they never reach a loaded blueprint.
final class DecodingSession {
    let file: String
    /// Where each wire path was declared, for diagnostics about a whole mapping.
    let sourceMap: [String: SourceLocation]
    private(set) var diagnostics = Diagnostics()

    init(file: String, sourceMap: [String: SourceLocation]) {
        self.file = file
        self.sourceMap = sourceMap
    }

    func decode<T: Decodable>(_ type: T.Type, from node: YAMLNode?, at path: [any CodingKey]) throws -> T {
        if node == nil, let first = EnumCases.first(of: T.self) { return first }
        let decoder = NodeDecoder(node: node, codingPath: path, session: self)
        do {
            let value = try T(from: decoder)
            reportKeys(decoder.usages, complete: true)
            return value
        } catch {
            guard let node else { throw AlreadyReported() }
            reportKeys(decoder.usages, complete: false)
            if !(error is AlreadyReported) {
                diagnostics.append(DecodingProblem.diagnostic(for: error, type: T.self, node: node, path: path, file: file))
            }
            return try decode(T.self, from: nil, at: path)
        }
    }

    private func reportKeys(_ usages: KeyUsageList, complete: Bool) {
        for usage in usages.items {
            diagnostics.append(contentsOf: usage.diagnostics(
                file: file, mappingLocation: self.sourceMap[WirePath.join(usage.codingPath)] ?? SourceLocation(file: self.file, line: 1, column: 1),
                complete: complete))
        }
    }
}
