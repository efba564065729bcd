@testable import BlueprintLoading
import DSLReference
import Foundation
import Testing

/// `DSLVocabulary` lists exactly the public names of the built `LakeformDSL` module, read from its symbol graph
/// (`swift-symbolgraph-extract`, beside swiftc). When the DSL gains or loses a name, this fails and says which.
@Suite("DSL vocabulary")
struct DSLVocabularyTests {
    /// The symbols of `LakeformDSL` and of its extensions to `LakeformWire`, from the runtime the tests compile against.
    static func symbols() throws -> [SymbolGraph.Symbol] {
        try SymbolGraphExtractor.extract(modules: URL(fileURLWithPath: SwiftBlueprintTestbed.runtimeDirectory + "/Modules")).flatMap(\.symbols)
    }

    @Test("the declarations, their labels, the other types and the static members match the DSL module")
    func matchesTheModule() throws {
        let symbols = try Self.symbols()
        #expect(!symbols.isEmpty)
        var labels: [String: Set<String>] = [:], members: [String: Set<String>] = [:], types: Set<String> = []
        var blocks: [String: String] = [:]
        for symbol in symbols {
            let path = symbol.pathComponents
            let kind = symbol.kind.identifier, owner = path.count >= 2 ? path[path.count - 2] : ""
            if ["swift.struct", "swift.enum", "swift.protocol", "swift.typealias"].contains(kind), path.count == 1 {
                types.insert(path[0])
            } else if kind == "swift.init" {
                let signature = path[path.count - 1].drop { $0 != "(" }.dropFirst().split(separator: ":").map(String.init)
                labels[owner, default: []].formUnion(signature.filter { !["_", "file", "line", "column", ")"].contains($0) })
                let declaration = (symbol.declarationFragments ?? []).map(\.spelling).joined()
                if let block = declaration.firstMatch(of: /@DeclarationBuilder<(?<block>\w+(?:<[\w.]+>)?)>/)?.block {
                    blocks[String(block).replacingOccurrences(of: "Wire.", with: "")] = owner
                }
            } else if ["swift.type.method", "swift.type.property"].contains(kind), owner != "DeclarationBuilder" {
                members[owner, default: []].insert(String(path[path.count - 1].prefix { $0 != "(" }))
            }
        }
        #expect(Self.drift(listed: DSLVocabulary.labels, module: labels).isEmpty,
                "DSLVocabulary.labels differs from the DSL: \(Self.drift(listed: DSLVocabulary.labels, module: labels))")
        #expect(Self.drift(listed: DSLVocabulary.staticMembers, module: members).isEmpty,
                "DSLVocabulary.staticMembers differs from the DSL: \(Self.drift(listed: DSLVocabulary.staticMembers, module: members))")
        #expect(DSLVocabulary.blockOwners == blocks)
        #expect(Set(DSLVocabulary.typeNames) == types)
        #expect(DSLVocabulary.typeNames.count == types.count, "a type is listed twice")
    }

    /// What to change in `listed` to match `module`, one line per type: `Kafka: add keyed:; remove zones:`.
    static func drift(listed: [String: [String]], module: [String: Set<String>]) -> [String] {
        Set(listed.keys).union(module.keys).sorted().compactMap { type in
            let have = Set(listed[type] ?? []), want = module[type] ?? []
            let add = want.subtracting(have).sorted(), remove = have.subtracting(want).sorted()
            guard !add.isEmpty || !remove.isEmpty || (listed[type] == nil) != (module[type] == nil) else { return nil }
            return "\(type): add \(add.joined(separator: ", ")); remove \(remove.joined(separator: ", "))"
        }
    }

    @Test("wire enum cases are read as Swift writes them, not as the wire spells them")
    func enumCases() {
        #expect(DSLVocabulary.members(of: "AirflowExecutor") == ["kubernetes", "celery"])
        #expect(DSLVocabulary.members(of: "DriveMedia") == ["nvme", "ssd", "hdd"])
    }
}
