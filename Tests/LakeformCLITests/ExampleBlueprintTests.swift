import BlueprintLoading
import Diagnostics
import Foundation
@testable import LakeformCLI
import LakeModel
import TestSupport
import Testing

/// The example lakes under `blueprints/examples/`: each data blueprint has a Swift twin at
/// `Tests/Fixtures/examples/<name>.swift` that dumps the same wire JSON, and no sizing test names an example lake,
/// so users may change the examples freely and a sizing change never turns one into an expectation.
@Suite struct ExampleBlueprintTests {
    static let examples = "blueprints/examples"
    static let twins = "Tests/Fixtures/examples"
    /// The folders holding sized numbers that tests pin: the sizing suites and their edge-case blueprints.
    static let sizingExpectations = ["Tests/SizingTests", "Tests/Fixtures/sizing"]

    /// The data (YAML or JSON) examples' file names, sorted.
    static func exampleFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.path(examples))
            .filter { ["yaml", "yml", "json"].contains(($0 as NSString).pathExtension) }.sorted()
    }

    static func twin(of file: String) -> String { "\(twins)/\((file as NSString).deletingPathExtension).swift" }

    /// One blueprint as `lakeform dump-blueprint` prints it (or the diagnostics it failed with), and its lakes' names.
    struct Dump: Sendable {
        var text: String
        var lakes: [String] = []
    }

    /// Every path's dump. The files are read in parallel, so the Swift twins compile at the same time, in this process.
    static func dumps(_ paths: [String]) throws -> [String: Dump] {
        let reader = try SwiftBlueprintOptions.parse([]).makeReader()
        let results = ParallelResults<(String, Dump)>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let path = paths[index]
            switch reader.read(RepositoryPaths.path(path)) {
            case .loaded(let blueprint, _):
                let text = (try? WireJSON.encode(blueprint.document)) ?? "cannot encode the document"
                results.set(index, (path, Dump(text: text, lakes: blueprint.document.lakes.map(\.name))))
            case .failed(let diagnostics):
                results.set(index, (path, Dump(text: "failed: \(DiagnosticRenderer.text(diagnostics))")))
            }
        }
        return Dictionary(uniqueKeysWithValues: results.values)
    }

    @Test func everyDataExampleHasASwiftTwinThatDumpsTheSameJSON() throws {
        let files = try Self.exampleFiles()
        #expect(files.count >= 3, "\(files)")
        let twinned = files.filter { FileManager.default.fileExists(atPath: RepositoryPaths.path(Self.twin(of: $0))) }
        for file in files where !twinned.contains(file) {
            Issue.record("\(Self.examples)/\(file) has no Swift twin: write the same lake in the Swift DSL at \(Self.twin(of: file))")
        }
        let dumps = try Self.dumps(twinned.flatMap { ["\(Self.examples)/\($0)", Self.twin(of: $0)] })
        for file in twinned {
            let data = try #require(dumps["\(Self.examples)/\(file)"]), swift = try #require(dumps[Self.twin(of: file)])
            #expect(!data.lakes.isEmpty, "\(Self.examples)/\(file): \(data.text)")
            if let difference = Self.firstDifference(swift.text, data.text) {
                Issue.record("\(Self.twin(of: file)) and \(Self.examples)/\(file) dump different wire JSON: \(difference)")
            }
        }
    }

    /// The first line where two dumps differ, both ways, or nil when they are equal.
    static func firstDifference(_ swift: String, _ data: String) -> String? {
        let left = swift.split(separator: "\n", omittingEmptySubsequences: false)
        let right = data.split(separator: "\n", omittingEmptySubsequences: false)
        guard let line = (0..<max(left.count, right.count)).first(where: { $0 >= left.count || $0 >= right.count || left[$0] != right[$0] })
        else { return nil }
        let text = { (lines: [Substring]) in line < lines.count ? String(lines[line]) : "(end)" }
        return "line \(line + 1) is `\(text(left))` in the Swift twin and `\(text(right))` in the example"
    }

    @Test func everySwiftTwinHasItsDataExample() throws {
        let stems = Set(try Self.exampleFiles().map { ($0 as NSString).deletingPathExtension })
        for twin in try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.path(Self.twins)) {
            let stem = (twin as NSString).deletingPathExtension
            #expect(stems.contains(stem), "\(Self.twins)/\(twin) twins no example: add \(Self.examples)/\(stem).yaml or remove it")
        }
    }

    @Test func noSizingTestNamesAnExampleLake() throws {
        let names = try Self.dumps(Self.exampleFiles().map { "\(Self.examples)/\($0)" }).values.flatMap(\.lakes)
        #expect(names.count >= 3, "\(names)")
        let manager = FileManager.default
        for folder in Self.sizingExpectations {
            for file in try manager.subpathsOfDirectory(atPath: RepositoryPaths.path(folder)) {
                guard let text = try? String(contentsOfFile: RepositoryPaths.path("\(folder)/\(file)"), encoding: .utf8) else { continue }
                for name in names where text.contains("\"\(name)\"") || text.contains("name: \(name)\n") {
                    Issue.record("\(folder)/\(file) names the example lake '\(name)': size a lake of the test's own instead")
                }
            }
        }
    }
}
