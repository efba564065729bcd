import Foundation
import TestSupport
import Testing

/// Every invalid fixture fails `lakeform validate` with exit 1 and exactly the diagnostics its
/// `# ERROR: <id>` markers name, on the marked lines; nothing crashes or prints a stack trace.
@Suite struct InvalidBlueprintTests {
    static let fixtures: [String] = {
        let folder = RepositoryPaths.path("Tests/Fixtures/invalid")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    /// The (line, id) pairs the fixture's markers expect.
    static func markers(in path: String) throws -> [PrintedDiagnostic] {
        let text = try String(contentsOfFile: RepositoryPaths.path(path), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard let range = line.range(of: "# ERROR: ") else { return nil }
            return PrintedDiagnostic(file: path, line: index + 1, id: String(line[range.upperBound...]).trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func thereAreFixtures() { #expect(Self.fixtures.count >= 7) }

    @Test(arguments: fixtures)
    func fixtureFailsWithItsMarkedDiagnostics(name: String) throws {
        let path = "Tests/Fixtures/invalid/\(name)"
        let result = try LakeformProcess.run(["validate", path])
        #expect(result.status == 1)
        let printed = PrintedDiagnostic.errors(in: result.stderr).sorted { ($0.line, $0.id) < ($1.line, $1.id) }
        let expected = try Self.markers(in: path).sorted { ($0.line, $0.id) < ($1.line, $1.id) }
        #expect(printed == expected, "stderr was:\n\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"))
    }

    @Test func jsonDiagnosticsCarryLines() throws {
        let result = try LakeformProcess.run(["validate", "Tests/Fixtures/invalid/bad-references.json"])
        #expect(result.status == 1)
        let printed = PrintedDiagnostic.errors(in: result.stderr)
        #expect(printed.map(\.id) == ["spec.unknownReference", "spec.unknownReference"])
        #expect(printed.map(\.line) == [9, 13])
        #expect(result.stderr.contains("did you mean 'etl'?"))
    }

    @Test func missingFileIsReportedByName() throws {
        let result = try LakeformProcess.run(["validate", "blueprints/nope.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("blueprints/nope.yaml: error: no such file or folder [blueprint.missingFile]"))
    }

    @Test func duplicateLakesAcrossFilesNameBothPlaces() throws {
        let result = try LakeformProcess.run(["validate", "blueprints/examples/startup.yaml", "blueprints/examples/startup.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[lake.duplicateName]"))
        #expect(result.stderr.contains("first declared at blueprints/examples/startup.yaml"))
    }
}
