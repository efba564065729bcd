import Costing
import Diagnostics
import LakeModel
import Testing

/// Price books parse exactly, and every mistake is a diagnostic at its line.
@Suite struct PriceBookParserTests {
    static func book(_ lines: String, tiers: String = "") -> String {
        "format_version: 1\nname: test\ntitle: A test book\n\(tiers)lines:\n\(lines)"
    }

    static func errors(_ text: String) -> [(id: String, line: Int)] {
        let parsed = PriceBookParser.parse(text, file: "book.yaml")
        #expect(parsed.book == nil)
        return parsed.diagnostics.errors.map { ($0.id, $0.source?.line ?? 0) }
    }

    @Test func pricesAreExactDecimals() throws {
        let text = Self.book("""
              - name: Storage
                covers: [minio]
                items:
                  - {name: Volumes, per: volume-gib, price: 0.00005479452, period: hour}
                  - {name: Drives, per: raw-tb, capex: 21, years: 5}
                  - {name: Data, per: data-tb, price: "0.40"}
            """)
        let parsed = PriceBookParser.parse(text, file: "book.yaml")
        #expect(parsed.diagnostics.isEmpty, "\(DiagnosticRenderer.text(parsed.diagnostics))")
        let items = try #require(parsed.book?.lines.first?.items)
        #expect(items.map(\.charge) == [
            .hourly(UnitPrice(picodollars: 54_794_520)), .capex(.dollars(21), years: 5), .monthly(UnitPrice(picodollars: 400_000_000_000)),
        ])
        #expect(items[0].scope == [.minio])
        #expect(items[0].charge.price.description == "$0.00005479452")
        #expect(items[2].charge.price.description == "$0.40")
    }

    @Test func unknownKeyIsReportedAtItsLineWithASuggestion() {
        let text = Self.book("""
              - name: Kafka
                covers: [kafka]
                items:
                  - name: Brokers
                    per: kafka-broker
                    prise: 200
            """)
        let parsed = PriceBookParser.parse(text, file: "book.yaml")
        let unknown = parsed.diagnostics.errors.first { $0.id == "pricebook.unknownKey" }
        #expect(unknown?.source == SourceLocation(file: "book.yaml", line: 10, column: 9))
        #expect(unknown?.notes == ["did you mean 'price'?"])
        #expect(parsed.diagnostics.errors.contains { $0.id == "pricebook.invalidValue" }, "an item without a price is reported too")
    }

    @Test func negativePriceIsReportedAtItsLine() {
        let errors = Self.errors(Self.book("""
              - name: Kafka
                covers: [kafka]
                items:
                  - {name: Brokers, per: kafka-broker, price: -200}
            """))
        #expect(errors.map(\.id) == ["pricebook.negativePrice"])
        #expect(errors.map(\.line) == [8])
    }

    @Test func negativeLumpSumAndUnknownTierAreReported() {
        let errors = Self.errors(Self.book("""
              - name: Kafka
                covers: [kafka]
                lump_sums:
                  medium: {amount: -5, note: "seed lump sum"}
                  huge: {amount: 5, note: "seed lump sum"}
            """, tiers: "tiers:\n  medium: {data_tb: 5000}\n"))
        #expect(errors.map(\.id) == ["pricebook.negativePrice", "pricebook.unknownTier"])
        #expect(errors.map(\.line) == [10, 11])
    }

    @Test func unknownMeasureComponentAndScopeAreReported() {
        let errors = Self.errors(Self.book("""
              - name: Kafka
                covers: [kafka, kafak]
                items:
                  - {name: Brokers, per: kafka-brokers, price: 200}
                  - {name: Workers, per: trino-worker, price: 400}
                  - {name: Redis, per: deployment, of: [redis], price: 100}
            """))
        #expect(errors.map(\.id) == ["pricebook.unknownComponent", "pricebook.unknownMeasure", "pricebook.measureScope", "pricebook.measureScope"])
        #expect(errors.map(\.line) == [6, 8, 9, 10])
    }

    @Test func componentOnTwoLinesAndDuplicateLineNamesAreReported() {
        let errors = Self.errors(Self.book("""
              - name: Kafka
                covers: [kafka]
                items: [{name: Brokers, per: kafka-broker, price: 200}]
              - name: Kafka
                covers: [kafka]
                items: [{name: Brokers, per: kafka-broker, price: 200}]
            """))
        #expect(errors.map(\.id) == ["pricebook.duplicateLine", "pricebook.duplicateCover"])
        #expect(errors.map(\.line) == [8, 9])
    }

    @Test func amountsAndChargesAreChecked() {
        let errors = Self.errors(Self.book("""
              - name: Kafka
                covers: [kafka]
                items:
                  - {name: A, per: kafka-broker, price: 1e3}
                  - {name: B, per: kafka-broker, capex: 100}
                  - {name: C, per: kafka-broker, price: 1, capex: 2}
                  - {name: D, per: kafka-broker, price: 1, period: day}
                  - {name: E, per: kafka-broker, price: 0.0000000000001}
            """))
        #expect(errors.map(\.id) == ["pricebook.invalidAmount", "pricebook.missingKey", "pricebook.invalidValue", "pricebook.invalidValue",
                                     "pricebook.invalidAmount"])
        #expect(errors.map(\.line) == [8, 9, 10, 11, 12])
    }

    @Test func headerProblemsAreReported() {
        let errors = Self.errors("format_version: 2\nname: x\ncurrency: EUR\nhours_per_month: 24\nlines: []\n")
        #expect(errors.map(\.id) == ["pricebook.missingKey", "pricebook.formatVersion", "pricebook.invalidValue", "pricebook.invalidValue"])
        #expect(errors.map(\.line) == [1, 1, 3, 4])
    }

    @Test func syntaxErrorsAndEmptyBooksAreReported() {
        #expect(Self.errors("lines:\n  - name: [unclosed\n").map(\.id) == ["pricebook.syntax"])
        #expect(Self.errors("lines:\n  - name: [unclosed\n").map(\.line).first.map { $0 > 1 } == true)
        #expect(Self.errors("").map(\.id) == ["pricebook.empty"])
        #expect(Self.errors("name: a\nname: b\n").map(\.id) == ["pricebook.syntax"])
    }
}
