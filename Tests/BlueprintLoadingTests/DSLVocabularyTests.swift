@testable import BlueprintLoading
import Foundation
import Testing

/// `DSLVocabulary` lists exactly the public names of the built `LakeformDSL` module, read from its symbol graph
/// (`swift-symbolgraph-extract`, beside swiftc). When the DSL gains or loses a name, this fails and says which.
@Suite("DSL vocabulary")
struct DSLVocabularyTests {
    /// The parts of a symbol graph the vocabulary is built from.
    struct SymbolGraph: Decodable {
        struct Symbol: Decodable {
            struct Kind: Decodable { var identifier: String }
            var kind: Kind
            var pathComponents: [String]
        }
        var symbols: [Symbol]
    }

    /// The symbols of `LakeformDSL` and of its extensions to `LakeformWire`.
    static func symbols() throws -> [SymbolGraph.Symbol] {
        let compiler = try #require(SwiftCompiler.locate(
            explicit: nil, environment: ProcessInfo.processInfo.environment, executableDirectory: nil))
        let tool = URL(fileURLWithPath: compiler.path).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("swift-symbolgraph-extract").path
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-symbols-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: output) }
        let run = try ChildProcess.run(tool, [
            "-module-name", "LakeformDSL", "-I", SwiftBlueprintTestbed.runtimeDirectory + "/Modules",
            "-minimum-access-level", "public", "-output-dir", output,
        ], environment: ProcessInfo.processInfo.environment, timeout: .seconds(120))
        #expect(run.termination == .exited(0), "\(run.stderr)")
        return try FileManager.default.contentsOfDirectory(atPath: output).sorted().flatMap { file in
            try JSONDecoder().decode(SymbolGraph.self, from: Data(contentsOf: URL(fileURLWithPath: output + "/" + file))).symbols
        }
    }

    @Test("the declarations, their labels, the other types and the static members match the DSL module")
    func matchesTheModule() throws {
        let symbols = try Self.symbols()
        #expect(!symbols.isEmpty)
        var labels: [String: Set<String>] = [:], members: [String: Set<String>] = [:], types: Set<String> = []
        for symbol in symbols {
            let path = symbol.pathComponents
            let kind = symbol.kind.identifier, owner = path.count >= 2 ? path[path.count - 2] : ""
            if ["swift.struct", "swift.enum", "swift.protocol", "swift.typealias"].contains(kind), path.count == 1 {
                types.insert(path[0])
            } else if kind == "swift.init" {
                let signature = path[path.count - 1].drop { $0 != "(" }.dropFirst().split(separator: ":").map(String.init)
                labels[owner, default: []].formUnion(signature.filter { !["_", "file", "line", "column", ")"].contains($0) })
            } else if ["swift.type.method", "swift.type.property"].contains(kind), owner != "DeclarationBuilder" {
                members[owner, default: []].insert(String(path[path.count - 1].prefix { $0 != "(" }))
            }
        }
        #expect(DSLVocabulary.labels.mapValues(Set.init) == labels)
        #expect(DSLVocabulary.staticMembers.mapValues(Set.init) == members)
        #expect(Set(DSLVocabulary.typeNames) == types)
        #expect(DSLVocabulary.typeNames.count == types.count, "a type is listed twice")
    }

    @Test("wire enum cases are read as Swift writes them, not as the wire spells them")
    func enumCases() {
        #expect(DSLVocabulary.members(of: "AirflowExecutor") == ["kubernetes", "celery"])
        #expect(DSLVocabulary.members(of: "DriveMedia") == ["nvme", "ssd", "hdd"])
    }
}
