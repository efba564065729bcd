import Diagnostics
import Testing
import XCTest

@Suite struct DiagnosticRendererTests {
    @Test func rendersCompilerStyleLinesWithNotes() {
        let diagnostic = Diagnostic.error(
            "blueprint.unknownKey", "unknown key 'replcas' in kafka", address: "lake.small.kafka",
            source: SourceLocation(file: "blueprints/x.yaml", line: 12, column: 5), notes: ["did you mean 'replicas'?"])
        #expect(DiagnosticRenderer.text(diagnostic) == """
            blueprints/x.yaml:12:5: error: unknown key 'replcas' in kafka [blueprint.unknownKey]
              note: did you mean 'replicas'?
            """)
    }

    @Test func wholeFileAndUnlocatedDiagnostics() {
        #expect(DiagnosticRenderer.text(.error("blueprint.missingFile", "no such file", source: .file("a.yaml")))
                == "a.yaml: error: no such file [blueprint.missingFile]")
        #expect(DiagnosticRenderer.text(.warning("x.y", "hm", address: "lake.a")) == "warning: hm [x.y]\n  at lake.a")
    }

    @Test func sortsBySourceAndCountsErrors() {
        let diagnostics = Diagnostics([
            .error("b", "second", source: SourceLocation(file: "a", line: 9, column: 1)),
            .warning("w", "unlocated"),
            .error("a", "first", source: SourceLocation(file: "a", line: 2, column: 3)),
        ])
        let lines = DiagnosticRenderer.text(diagnostics).split(separator: "\n")
        #expect(lines.first == "a:2:3: error: first [a]")
        #expect(lines.last == "2 errors found.")
        #expect(diagnostics.hasErrors)
    }

    @Test func suggestsCloseSpellingsOnly() {
        #expect(Suggestion.closest(to: "replcas", in: ["replicas", "version"]) == "replicas")
        #expect(Suggestion.closest(to: "zzzz", in: ["replicas", "version"]) == nil)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    }
}

/// Keeps XCTest's closing summary meaningful for CI, which reads it alongside Swift Testing's.
final class DiagnosticsXCTests: XCTestCase {
    func testSeveritiesOrderErrorsFirst() {
        XCTAssertLessThan(Severity.error, Severity.warning)
        XCTAssertLessThan(Severity.warning, Severity.note)
    }
}
