@testable import Emitters
import LakeModel
import Testing

/// GIVEN text that reaches the lakehouse files past the mapper's checks, WHEN it is written to `.properties`,
/// SQL or Python, THEN it stays one value of that format and never starts a line of its own.
@Suite struct LakehouseEscapingTests {
    /// The catalog's lines that are neither comments nor blank, as Java's `Properties.load` sees them.
    static func propertyLines(_ context: EmitContext) throws -> [String] {
        let text = try LakehouseTests.artifact("iceberg/spark-catalog.properties", context).contents
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }

    @Test func aLineBreakInTheCatalogNameCannotInjectAProperty() throws {
        let context = LakehouseTests.context { spec in
            spec.components.iceberg?.catalog = "lakehouse\nspark.sql.catalog.evil=org.example.Evil\u{2028}x"
        }
        let lines = try Self.propertyLines(context)
        #expect(lines.count == 11)
        #expect(lines.allSatisfy { $0.hasPrefix("spark.sql.") })
        #expect(!lines.contains { $0.hasPrefix("spark.sql.catalog.evil") })
        #expect(lines.contains("spark.sql.catalog.lakehouse\\nspark.sql.catalog.evil\\=org.example.Evil\\u2028x.type=jdbc"))
        let comments = try LakehouseTests.artifact("iceberg/spark-catalog.properties", context).contents
            .split(separator: "\n").prefix { !$0.hasPrefix("spark.") }
        #expect(comments.allSatisfy { $0.hasPrefix("#") })
    }

    @Test(arguments: [
        ("a\nb", "a\\nb"), ("a\r\tb", "a\\r\\tb"), ("\u{0C}\u{85}\u{2029}", "\\f\\u0085\\u2029"), (" lead", "\\ lead"), ("c:\\x", "c:\\\\x"),
    ])
    func propertyValuesSpellOutLineBreaksAndControlCharacters(value: String, escaped: String) {
        #expect(IcebergCatalogProperties.escapeValue(value) == escaped)
    }

    @Test func propertyKeysEscapeSeparatorsAndLineBreaks() {
        #expect(IcebergCatalogProperties.escapeKey("a b=c:d\ne") == "a\\ b\\=c\\:d\\ne")
    }

    @Test func sqlLiteralsEscapeQuotesBackslashesAndLineBreaks() {
        #expect(IcebergDDL.literal("it's") == "'it\\'s'")
        #expect(IcebergDDL.literal("x\\") == "'x\\\\'")
        #expect(IcebergDDL.literal("a\nb');\n") == "'a\\nb\\');\\n'")
    }

    @Test func pythonLiteralsEscapeControlCharactersAndLineSeparators() {
        #expect(AirflowDAGFile.python("a\"\n\u{85}\u{2028}") == "\"a\\\"\\n\\x85\\u2028\"")
    }

    @Test func commentLinesNeverLetALineBreakOutOfTheComment() {
        #expect(LakehouseFamily.commentLines(["one\ntwo", "", "three\u{2028}four"], marker: "--") == ["-- one", "-- two", "--", "-- three", "-- four"])
    }
}
