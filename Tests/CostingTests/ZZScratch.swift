import Costing
import Foundation
import Testing

@Suite struct ZZScratch {
    @Test func dump() throws {
        for book in ["seed-2024", "opencost-default", "on-prem"] {
            let reports = try CostReportTests.reports(book)
            try CostText.render(reports).write(toFile: "/tmp/cost-\(book).txt", atomically: true, encoding: .utf8)
            try CostMarkdown.render(reports).write(toFile: "/tmp/cost-\(book).md", atomically: true, encoding: .utf8)
            try CostJSON.render(reports).write(toFile: "/tmp/cost-\(book).json", atomically: true, encoding: .utf8)
        }
    }
}
