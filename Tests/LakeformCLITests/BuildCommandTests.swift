import Foundation
@testable import LakeformCLI
import LakeModel
import TestSupport
import Testing

/// `lakeform build` writes whole lakes atomically, never outside a lake's folder, and `--check`
/// reports exactly what is stale.
@Suite struct BuildCommandTests {
    static func scratch() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-build-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func committedGeneratedFolderIsCurrent() throws {
        let result = try LakeformProcess.run(["build", "--check"])
        #expect(result.status == 0, "generated/ is stale; run `swift run lakeform build`:\n\(result.stdout)\(result.stderr)")
    }

    @Test func buildThenCheckThenAHandEditIsStale() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let yaml = "blueprints/examples/startup.yaml"
        #expect(try LakeformProcess.run(["build", yaml, "--out", out]).status == 0)
        #expect(try LakeformProcess.run(["build", yaml, "--out", out, "--check"]).status == 0)
        let edited = "\(out)/startup/helm/trino.values.yaml"
        try "# hand edit\n".write(toFile: edited, atomically: true, encoding: .utf8)
        try "stray".write(toFile: "\(out)/startup/notes.txt", atomically: true, encoding: .utf8)
        let check = try LakeformProcess.run(["build", yaml, "--out", out, "--check"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("changed: \(out)/startup/helm/trino.values.yaml"))
        #expect(check.stdout.contains("extra: \(out)/startup/notes.txt"))
        #expect(try LakeformProcess.run(["build", yaml, "--out", out]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: "\(out)/startup/notes.txt"))
    }

    @Test func pathsOutsideALakeAreRefusedBeforeAnythingIsWritten() throws {
        let out = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let tree = GeneratedTree(root: out)
        try tree.write([Artifact(path: "lake/a.yaml", kind: .manifest, contents: "old\n")], scopes: ["lake"])
        for path in ["lake/../../escape.yaml", "/etc/passwd", "other/a.yaml", "lake//a.yaml", "lake"] {
            #expect(throws: GeneratedTree.WriteError.self) {
                try tree.write([Artifact(path: path, kind: .manifest, contents: "new\n")], scopes: ["lake"])
            }
        }
        #expect(try String(contentsOfFile: "\(out)/lake/a.yaml", encoding: .utf8) == "old\n")
        #expect(!FileManager.default.fileExists(atPath: "\(out)/../escape.yaml"))
    }

    @Test func aMissingPriceBookIsReportedOnceAndNothingIsWritten() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let blueprint = "\(root)/blueprints/startup.yaml"
        let text = try String(contentsOfFile: blueprint, encoding: .utf8)
        try text.replacingOccurrences(of: "priceBook: seed-2024", with: "priceBook: nope.yaml").write(toFile: blueprint, atomically: true, encoding: .utf8)
        let result = try ArtifactCacheTests.run(["build"], in: root)
        #expect(result.status == 1)
        let error = "blueprints/nope.yaml: error: no bundled price book by this name and no such file [pricebook.missingFile]"
        #expect(result.stderr.components(separatedBy: error).count == 2, "reported other than once:\n\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(root)/generated"))
    }
}
