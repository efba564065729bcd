@testable import BlueprintLoading
import Diagnostics
import Testing

/// The enclosing call of a place in a blueprint, with comments and string literals skipped.
@Suite("Call sites")
struct CallSiteTests {
    /// The callee around the first `^` in `marked` (the marker itself is removed).
    static func callee(_ marked: String) -> String? {
        let bytes = Array(marked.utf8)
        let caret = bytes.firstIndex(of: UInt8(ascii: "^"))!
        var source = bytes
        source.remove(at: caret)
        let place = SourceBytes.location(of: caret, in: source)
        return CallSite.enclosing(line: place.line, column: place.column, in: source)?.callee
    }

    @Test("parentheses in strings, interpolations, raw and multi-line strings and comments do not count", arguments: [
        ("Redis(a: \"(\", ^persist: 1)", "Redis"),
        ("Redis(a: \"\\(f(1)) (\", ^persist: 1)", "Redis"),
        ("Redis(a: #\"\\(\"#, ^persist: 1)", "Redis"),
        ("Redis(a: \"\"\"\n  ) (\n  \"\"\", ^persist: 1)", "Redis"),
        ("Redis( // (\n /* ( /* ( */ */ ^persist: 1)", "Redis"),
        ("Lake(\"x\") {\n  Redis(m: .gibibytes(8), ^p: 1)\n}", "Redis"),
        ("Lake(\"x\") {\n  Redis(m: .gibibytes(^8))\n}", "gibibytes"),
        ("Kafka^(replicationFactr: 3)", "Kafka"),
        ("let x = 1 ^", nil),
    ])
    func enclosing(_ marked: String, expected: String?) {
        #expect(Self.callee(marked) == expected)
    }

    @Test("unterminated strings and comments, stray escapes and bytes that are not UTF-8 end the scan without a trap")
    func malformed() {
        let sources: [[UInt8]] = [
            Array("Redis(a: \"(".utf8), Array("Redis(a: \"\"\"\n(".utf8), Array("Redis(/* (".utf8), Array("Redis(a: #\"\\#(".utf8),
            Array("Redis(a: \"\\".utf8), Array("f(#".utf8), Array(")))(((".utf8), [0xFF, 0x28, 0xFE, 0x22, 0x5C], [],
        ]
        for source in sources {
            for line in 0...3 {
                for column in 0...(source.count + 2) {
                    _ = CallSite.enclosing(line: line, column: column, in: source)
                    let reported = Diagnostic.error("blueprint.compile", "extra argument 'x' in call",
                                                    source: SourceLocation(file: "b.swift", line: line, column: column))
                    _ = CompilerErrorMapper.map([reported], source: source, userPath: "b.swift")
                }
            }
        }
        #expect(CallSite.enclosing(line: 1, column: 11, in: Array("Redis(a: \"(".utf8))?.callee == "Redis")
    }
}
