import Foundation

/// The Markdown table every subcommand prints: one row per measured case.
struct ResultTable {
    /// One measured case: its median and range against an optional limit (all in milliseconds).
    struct Row {
        var name: String
        var stopwatch: Stopwatch
        var limit: Double?
        var note = ""
    }

    private(set) var rows: [Row] = []

    mutating func add(_ name: String, _ stopwatch: Stopwatch, limit: Double? = nil, note: String = "") {
        rows.append(Row(name: name, stopwatch: stopwatch, limit: limit, note: note))
    }

    /// `| case | median | range | limit | verdict | note |` with times in ms.
    func render() -> String {
        var lines = ["| case | median | range | runs | limit | verdict | note |", "|---|---|---|---|---|---|---|"]
        for row in rows {
            let range = row.stopwatch.range
            let limit = row.limit.map { "≤ \(Self.ms($0))" } ?? "—"
            let verdict = row.limit.map { row.stopwatch.median <= $0 ? "pass" : "**miss**" } ?? "—"
            lines.append("| \(row.name) | \(Self.ms(row.stopwatch.median)) | \(Self.ms(range.lowerBound))–\(Self.ms(range.upperBound)) "
                         + "| \(row.stopwatch.milliseconds.count) | \(limit) | \(verdict) | \(row.note) |")
        }
        return lines.joined(separator: "\n")
    }

    /// `0.84 ms`, `42.1 ms`, `1.23 s`.
    static func ms(_ value: Double) -> String {
        if value >= 1_000 { return String(format: "%.2f s", value / 1_000) }
        return value < 10 ? String(format: "%.2f ms", value) : String(format: "%.1f ms", value)
    }
}
