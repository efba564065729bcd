import DSLReference
import Foundation

// Regenerates docs/dsl.md, the blueprint schema's descriptions and the schema `lakeform schema` prints, from the doc
// comments of Sources/LakeformDSL. `--check` writes nothing and fails when a file is stale or the audit finds a gap.
let arguments = CommandLine.arguments.dropFirst()
let check = arguments.contains("--check")
let modules = arguments.firstIndex(of: "--modules").flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil }
    ?? ".build/debug/Modules"
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

do {
    let schemaText = try String(contentsOf: root.appendingPathComponent(DSLReferenceFiles.schemaPath), encoding: .utf8)
    let generated = try DSLReferenceFiles(graphs: SymbolGraphExtractor.extract(modules: URL(fileURLWithPath: modules)), schemaText: schemaText)
    var stale: [String] = []
    for (path, text) in generated.files.sorted(by: { $0.key < $1.key }) {
        let url = root.appendingPathComponent(path)
        let current = try? String(contentsOf: url, encoding: .utf8)
        guard current != text else { continue }
        if check { stale.append(path) } else { try text.write(to: url, atomically: true, encoding: .utf8) }
    }
    for problem in generated.problems { FileHandle.standardError.write(Data("error: \(problem)\n".utf8)) }
    for path in stale { FileHandle.standardError.write(Data("error: \(path) is stale: run `swift run lakeform-dsl-docs`\n".utf8)) }
    exit(generated.problems.isEmpty && stale.isEmpty ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
