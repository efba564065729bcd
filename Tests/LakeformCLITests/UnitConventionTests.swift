import Foundation
import TestSupport
import Testing

/// docs/units.md over every lake under blueprints/: a figure that explain, the cost and capacity reports (text and
/// Markdown) and a plan all show has one value in one unit, storage figures are decimal and memory figures binary.
@Suite struct UnitConventionTests {
    @Test func everyLakeShowsEachFigureOnceInItsUnit() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-units-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: state) }
        let text = try Self.output(["cost"]), markdown = try Self.output(["cost", "--format", "markdown"])
        let plan = try Self.output(["plan", "--state", state.appendingPathComponent("state.db").path])
        let lakes = Self.lakes(in: markdown)
        #expect(lakes.count >= 4, "lakes found: \(lakes)")
        for lake in lakes {
            var sheet = FigureSheet(lake: lake)
            let addresses = [[], ["cost.total"], ["cost.perDataTB"], ["cost.horizon.dataVolume"]]
            for address in addresses { try sheet.readUnits(Self.output(["explain", lake] + address + ["--json"])) }
            try sheet.readExplain(addresses.map { try Self.output(["explain", lake] + $0) }.joined())
            sheet.readCostText(Self.section(of: lake, in: text, startingWith: "Lake: "))
            sheet.readMarkdown(Self.section(of: lake, in: markdown, startingWith: "## Lake "))
            sheet.readPlan(Self.planSection(of: lake, in: plan))
            for problem in sheet.problems { Issue.record("\(lake): \(problem)") }
            #expect(sheet.names.count >= 6, "\(lake): too few shared figures found: \(sheet.names.sorted())")
        }
    }

    /// The bundled reports before the convention mixed units this way (issue 19); the sheet must catch both.
    @Test func theMixedUnitsOfTheIssueAreCaught() throws {
        var sheet = FigureSheet(lake: "medium")
        try sheet.readUnits(#"[{"address": "kafka.brokerStorage", "unit": "bytes"}, {"address": "minio.usableCapacity", "unit": "bytes"}, "#
            + #"{"address": "kafka.brokerMemory", "unit": "memory"}]"#)
        sheet.readExplain("kafka.brokerStorage = 3.94 TiB  [rule kafka.storage]\nminio.usableCapacity = 9.83 PB  [rule minio.capacity]\n"
            + "kafka.brokerMemory = 8.58 GB  [rule kafka.memory]\nkafka.unlisted = 1 GB  [rule kafka.unlisted]\n")
        sheet.readMarkdown("""
            Storage: 5 PB of data in 8.73 PiB usable (50.86% full, target 80%), 13.76 PB raw, 56 servers, 896 drives.

            | Node pool | Nodes | CPU alloc. | CPU req. | CPU headroom | Memory alloc. | Memory req. | Memory headroom |
            |---|---:|---:|---:|---:|---:|---:|---:|
            | storage | 57 | 1,815.45 | 901.7 | 50.33% | 7.25 TB | 3.5 TiB | 46.95% |
            """)
        #expect(sheet.problems.contains { $0.contains("kafka.brokerStorage") && $0.contains("decimal") })
        #expect(sheet.problems.contains { $0.contains("Memory alloc.") && $0.contains("binary") })
        #expect(sheet.problems.contains { $0.contains("kafka.brokerMemory") && $0.contains("binary") })
        #expect(sheet.problems.contains { $0.contains("kafka.unlisted") && $0.contains("no unit") })
        #expect(sheet.problems.contains { $0.contains("minio.usableCapacity") && $0.contains("9.83 PB") && $0.contains("8.73 PiB") })
    }

    /// What `lakeform arguments…` prints; exit 3 (a breached cost guardrail) still prints every figure.
    private static func output(_ arguments: [String]) throws -> String {
        let result = try LakeformProcess.run(arguments, environment: ["NO_COLOR": "1"])
        #expect([0, 3].contains(result.status), "lakeform \(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    /// The lakes, in the order `lakeform cost --format markdown` lists them.
    private static func lakes(in markdown: String) -> [String] {
        markdown.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("## Lake `") else { return nil }
            return line.dropFirst("## Lake `".count).split(separator: "`").first.map(String.init)
        }
    }

    /// The lines from the one starting with `prefix` + the lake's name to the next lake's.
    private static func section(of lake: String, in output: String, startingWith prefix: String) -> String {
        var lines: [Substring] = [], inside = false
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(prefix) { inside = line.hasPrefix("\(prefix)\(lake) ") || line.hasPrefix("\(prefix)`\(lake)`") }
            if inside { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }

    /// The plan's cost and capacity block of one lake: its `  <lake>: …/mo` line and the indented figures below it.
    private static func planSection(of lake: String, in plan: String) -> String {
        var lines: [Substring] = [], inside = false
        for line in plan.split(separator: "\n") {
            if line.hasPrefix("  "), !line.hasPrefix("   ") { inside = line.hasPrefix("  \(lake): ") }
            if inside { lines.append(line) }
        }
        return lines.joined(separator: "\n")
    }
}
