import Foundation

/// Counts per outcome, the slowest case, and the findings kept on disk.
struct FuzzSummary {
    let reports: [CaseReport]
    let seconds: Double

    var hasFindings: Bool { reports.contains { $0.outcome.isFinding } }

    func text(seed: UInt64, cases: Int) -> String {
        var lines = ["\(reports.count) cases, \(reports.reduce(0) { $0 + $1.runs }) runs in \(String(format: "%.1f", seconds)) s"]
        for outcome in Outcome.allCases {
            let count = reports.filter { $0.outcome == outcome }.count
            lines.append("  \(outcome.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(count)")
        }
        if let slowest = reports.max(by: { $0.slowestSeconds < $1.slowestSeconds }) {
            lines.append("slowest: case \(slowest.index), \(slowest.slowestCommand), \(String(format: "%.2f", slowest.slowestSeconds)) s: \(slowest.label)")
        }
        lines.append("reproduce: lakeform-fuzz --seed \(seed) --cases \(cases) (one case: --seed \(seed) --only N)")
        return lines.joined(separator: "\n")
    }

    /// Writes each finding as `case-<seed>-<index>.<ext>` with a `.txt` beside it (label, command, output); the names.
    func writeFindings(to folder: String, seed: UInt64) throws -> [String] {
        let findings = reports.filter { $0.finding != nil }
        guard !findings.isEmpty else { return [] }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try findings.map { report in
            let finding = report.finding!
            let name = "case-\(seed)-\(report.index).\(finding.fileExtension)"
            try finding.data.write(to: URL(fileURLWithPath: folder + "/" + name))
            let note = "\(report.outcome.rawValue) in lakeform \(finding.command)\n\(report.label)\n\n\(finding.output.prefix(8_000))\n"
            try Data(note.utf8).write(to: URL(fileURLWithPath: folder + "/" + name + ".txt"))
            return name
        }
    }
}

/// Writes one line to standard output unbuffered, so that the seed, progress and findings show as they happen, also
/// through a pipe in CI.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
