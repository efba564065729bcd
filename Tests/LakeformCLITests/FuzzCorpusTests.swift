import Foundation
import TestSupport
import Testing

/// Every case the fuzzer (or a reproducer of issue 15) once crashed or hung on stays a diagnostic: `validate` and
/// `build` exit 0 or 1, never by a signal, and an exit 1 names at least one error. Files whose first line says
/// `Expect: diagnostic` must fail `validate` with one.
@Suite struct FuzzCorpusTests {
    static let folder = "Tests/Fixtures/fuzz-corpus"
    static let cases: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.path(folder))) ?? []).sorted()
    }()

    static func expectsDiagnostic(_ name: String) throws -> Bool {
        let text = try String(contentsOfFile: RepositoryPaths.path("\(folder)/\(name)"), encoding: .utf8)
        return text.prefix { $0 != "\n" }.contains("Expect: diagnostic")
    }

    static func expectClean(_ result: LakeformProcess.Result, _ what: String) {
        let output = result.stdout + result.stderr
        #expect(result.status == 0 || result.status == 1, "\(what) exited \(result.status):\n\(output)")
        #expect(!output.contains("Fatal error") && !output.contains("Stack dump") && !output.contains("Program crashed"), "\(what):\n\(output)")
        if result.status == 1 { #expect(result.stderr.contains("error"), "\(what) failed without a diagnostic:\n\(output)") }
    }

    @Test func theCorpusHoldsTheIssuesReproducers() { #expect(Self.cases.count >= 12) }

    @Test(arguments: cases)
    func aCaseThatOnceCrashedIsADiagnostic(name: String) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-fuzz-corpus-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let path = RepositoryPaths.path("\(Self.folder)/\(name)")
        let validate = try LakeformProcess.run(["validate", path], in: scratch)
        Self.expectClean(validate, "validate \(name)")
        if try Self.expectsDiagnostic(name) {
            #expect(validate.status == 1 && validate.stderr.contains("\(name):"), "validate \(name) should name the file:\n\(validate.stderr)")
        }
        let build = try LakeformProcess.run(["build", "--out", scratch + "/out", path], in: scratch)
        Self.expectClean(build, "build \(name)")
    }
}
