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

        enum CodingKeys: String, CodingKey {
            case lake, currency, monthlyCostCents = "monthly_cost_cents", perUnit = "per_unit", lines, capacity
        }
    }

    struct PerUnit: Decodable {
        var dataTbCents: Int?

        enum CodingKeys: String, CodingKey { case dataTbCents = "data_tb_cents" }
    }

    struct Line: Decodable {
        var name: String
        var components: [String]
        var monthlyCostCents: Int

        enum CodingKeys: String, CodingKey { case name, components, monthlyCostCents = "monthly_cost_cents" }
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

        enum CodingKeys: String, CodingKey {
            case component, cpuMillicores = "cpu_millicores", memoryBytes = "memory_bytes", pods, volumeBytes = "volume_bytes"
        }
    }

    struct Storage: Decodable {
        var usableBytes: Int
        var rawBytes: Int
        var servers: Int
        var drives: Int
        var runwayMonths: Int?

        enum CodingKeys: String, CodingKey {
            case usableBytes = "usable_bytes", rawBytes = "raw_bytes", servers, drives, runwayMonths = "runway_months"
        }
    }

    struct Kafka: Decodable {
        var nodes: Int
        var diskBytes: Int

        enum CodingKeys: String, CodingKey { case nodes, diskBytes = "disk_bytes" }
    }

    struct Totals: Decodable {
        var nodes: Int
        var cpuMillicores: Int
        var memoryBytes: Int

        enum CodingKeys: String, CodingKey { case nodes, cpuMillicores = "cpu_millicores", memoryBytes = "memory_bytes" }
    }

    var lakes: [Lake]

    /// The report in `contents`, or nil when it is not a cost report this version reads. The keys are spelled out
    /// (snake case, as the schema has them): converting every key of the report from snake case cost more than the
    /// rest of decoding.
    static func parse(_ contents: String) -> CostFigures? { decode(CostFigures.self, contents) }

    /// `contents` decoded as the part of a cost report `type` reads, or nil.
    static func decode<Part: Decodable>(_ type: Part.Type, _ contents: String) -> Part? {
        try? JSONDecoder().decode(type, from: Data(contents.utf8))
    }

    /// Each report decoded as `type`, one per core (a first plan of 1,000 lakes reads 1,000 reports), in order.
    static func decodeAll<Part: Decodable & Sendable>(_ type: Part.Type, _ reports: [String]) -> [Part?] {
        let parsed = ParallelResults<Part?>(count: reports.count)
        DispatchQueue.concurrentPerform(iterations: reports.count) { parsed.set($0, decode(type, reports[$0])) }
        return parsed.values
    }

    /// True for a lake's cost report path: `medium/reports/cost.json`.
    /// Asked of every artifact path of a plan, so checked without splitting the path.
    static func isCostReport(_ path: String) -> Bool {
        path.hasSuffix("/reports/cost.json") && !path.hasPrefix("/") && path.utf8.count { $0 == UInt8(ascii: "/") } == 2
    }

    /// Every cost report among `artifacts` (path → contents) parsed, one per core.
    static func parseAll(_ reports: [(path: String, contents: String)]) -> [(path: String, figures: CostFigures?)] {
        zip(reports, decodeAll(CostFigures.self, reports.map(\.contents))).map { ($0.path, $1) }
    }
}
