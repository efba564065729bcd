import Foundation
import LakeModel

/// The parts of a lake's cost report (`<lake>/reports/cost.json`, schemas/cost-report.schema.json) a plan compares.
/// Deliberately partial rather than Costing's whole `CostDocument`: a plan also reads reports that an older Lakeform
/// recorded, and minor format versions add keys, so only the keys a plan needs are required.
struct CostFigures: Decodable {
    struct Lake: Decodable {
        var lake: String
        var currency: String
        var monthlyCostCents: Int
        var perUnit: PerUnit
        var lines: [Line]
        var capacity: Capacity
    }

    struct PerUnit: Decodable {
        var dataTbCents: Int?
    }

    struct Line: Decodable {
        var name: String
        var components: [String]
        var monthlyCostCents: Int
    }

    struct Capacity: Decodable {
        var components: [Component]
        var storage: Storage?
        var kafka: Kafka?
        var totals: Totals
    }

    struct Component: Decodable {
        var component: String
        var cpuMillicores: Int
        var memoryBytes: Int
        var pods: Int
        var volumeBytes: Int
    }

    struct Storage: Decodable {
        var usableBytes: Int
        var rawBytes: Int
        var servers: Int
        var drives: Int
        var runwayMonths: Int?
    }

    struct Kafka: Decodable {
        var nodes: Int
        var diskBytes: Int
    }

    struct Totals: Decodable {
        var nodes: Int
        var cpuMillicores: Int
        var memoryBytes: Int
    }

    var lakes: [Lake]

    /// The report in `contents`, or nil when it is not a cost report this version reads.
    static func parse(_ contents: String) -> CostFigures? {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try? decoder.decode(CostFigures.self, from: Data(contents.utf8))
    }

    /// True for a lake's cost report path: `medium/reports/cost.json`.
    /// Asked of every artifact path of a plan, so checked without splitting the path.
    static func isCostReport(_ path: String) -> Bool {
        path.hasSuffix("/reports/cost.json") && !path.hasPrefix("/") && path.utf8.count { $0 == UInt8(ascii: "/") } == 2
    }

    /// Every cost report among `artifacts` (path → contents) parsed, one per core.
    static func parseAll(_ reports: [(path: String, contents: String)]) -> [(path: String, figures: CostFigures?)] {
        let parsed = ParallelResults<CostFigures?>(count: reports.count)
        DispatchQueue.concurrentPerform(iterations: reports.count) { parsed.set($0, parse(reports[$0].contents)) }
        return zip(reports, parsed.values).map { ($0.path, $1) }
    }
}
