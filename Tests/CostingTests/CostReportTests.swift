import Costing
import Foundation
import LakeModel
import Testing

/// The three report formats: Infracost-style text, Markdown, and versioned JSON with integers only.
@Suite struct CostReportTests {
    static func reports(_ book: String) throws -> [CostReport] {
        try ["small", "medium", "large"].map { CostReport.make(try CostingFixtures.tier($0), book: try CostingFixtures.book(book), origin: "bundled") }
    }

    @Test func textIsAnInfracostStyleBreakdown() throws {
        let text = CostText.render(try Self.reports("seed-2024"))
        #expect(text.contains(" Name ") && text.contains("Monthly Qty") && text.contains("Unit") && text.contains("Monthly Cost"))
        #expect(text.contains(" ├─ CPU ($2.257 per vCPU-month)"))
        #expect(text.contains("$6,199.77") && text.contains("$23,498.85") && text.contains("$42,697.83"))
        #expect(text.contains("Monthly cost $4.27 per TB of data"))
        #expect(text.contains("$0.43 per user"))
        #expect(text.contains("Month 0: $42,697.83 for 10 PB of data ($4.27 per TB) · month 12 (horizon): "))
        #expect(!text.contains("Lump sums against unit prices"))
        #expect(text.components(separatedBy: "OVERALL TOTAL").count == 4)
    }

    @Test func markdownHasTheBreakdownTable() throws {
        let markdown = CostMarkdown.render(try Self.reports("seed-2024"))
        #expect(markdown.contains("## Lake `large` (10 PB): $42,697.83 a month"))
        #expect(markdown.contains("| Name | Monthly Qty | Unit | Monthly Cost |"))
        #expect(markdown.contains("| **OVERALL TOTAL** | | | **$23,498.85** |"))
        #expect(markdown.contains("Month 0: $23,498.85 for 5 PB of data ($4.70 per TB) · month 12 (horizon): "))
        #expect(markdown.contains("### Capacity"))
    }

    @Test(arguments: BundledPriceBooks.names)
    func jsonIsVersionedAndHoldsNoFloatingPointNumber(book: String) throws {
        let json = try CostJSON.render(try Self.reports(book))
        let document = try JSONDecoder().decode(IntegerJSON.self, from: Data(json.utf8))
        guard case .object(let root) = document else { Issue.record("not an object"); return }
        #expect(root["format_version"] == .string(CostJSON.formatVersion))
        guard case .array(let lakes) = root["lakes"], case .object(let large) = lakes.last else { Issue.record("no lakes"); return }
        #expect(large["lake"] == .string("large"))
        if book == "seed-2024" {
            #expect(large["monthly_cost_cents"] == .integer(4_269_783))
            guard case .object(let perUnit) = large["per_unit"] else { Issue.record("no per_unit"); return }
            #expect(perUnit["data_tb_cents"] == .integer(427))
            #expect(perUnit["user_cents"] == .integer(43))
        }
        guard case .array(let months) = large["months"], case .object(let today) = months.first, case .object(let horizon) = months.last
        else { Issue.record("no months"); return }
        #expect(months.count == 2)
        #expect(today["month"] == .integer(0) && horizon["month"] == .integer(12))
        #expect(today["monthly_cost_cents"] == large["monthly_cost_cents"])
        #expect(today["data_bytes"] == .integer(10_000_000_000_000_000))
    }

    /// A JSON value whose numbers must all be integers: decoding fails on any fraction or exponent.
    indirect enum IntegerJSON: Decodable, Equatable {
        case integer(Int), string(String), bool(Bool), null
        case array([IntegerJSON]), object([String: IntegerJSON])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let value = try? container.decode(Bool.self) { self = .bool(value) }
            else if let value = try? container.decode(Int.self) { self = .integer(value) }
            else if let value = try? container.decode(String.self) { self = .string(value) }
            else if let value = try? container.decode([IntegerJSON].self) { self = .array(value) }
            else { self = .object(try container.decode([String: IntegerJSON].self)) }
        }
    }
}
