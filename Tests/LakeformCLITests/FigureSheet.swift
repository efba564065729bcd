import Foundation

/// The named figures one lake shows in explain, the reports and a plan, and every break of docs/units.md: a name
/// with two texts, a memory figure in decimal units or a storage figure in binary ones.
struct FigureSheet {
    let lake: String
    private var seen: [String: [(text: String, source: String)]] = [:]
    private var unitProblems: [String] = []
    /// Each explain address's unit as `explain --json` states it: `memory` (binary) or `bytes` (decimal storage).
    private var units: [String: String] = [:]

    init(lake: String) { self.lake = lake }

    /// The names shown by more than one output.
    var names: [String] { seen.filter { Set($0.value.map(\.source)).count > 1 }.map(\.key) }

    var problems: [String] {
        let clashes = seen.sorted { $0.key < $1.key }.compactMap { name, shown -> String? in
            guard Set(shown.map(\.text)).count > 1 else { return nil }
            return "\(name) is shown as " + shown.map { "\($0.text) (\($0.source))" }.joined(separator: ", ")
        }
        return unitProblems + clashes
    }

    /// The units of every derivation in `lakeform explain … --json` output (any object with `address` and `unit`).
    mutating func readUnits(_ json: String) throws {
        func collect(_ value: Any) {
            if let list = value as? [Any] { list.forEach(collect) }
            guard let object = value as? [String: Any] else { return }
            if let address = object["address"] as? String, let unit = object["unit"] as? String { units[address] = unit }
            object.values.forEach(collect)
        }
        collect(try JSONSerialization.jsonObject(with: Data(json.utf8)))
    }

    /// `address = value` lines of `lakeform explain <lake>` and the first line of `explain <lake> <address>`; a byte
    /// figure is judged by the unit `readUnits` read for its address.
    mutating func readExplain(_ output: String) {
        for line in output.split(separator: "\n") where !line.hasPrefix(" ") {
            guard let match = line.wholeMatch(of: /(\S+) = (.+?)(?:  \[.*)?/) else { continue }
            let name = String(match.1), value = String(match.2)
            if Self.byteUnit(value) != nil, units[name] == nil {
                unitProblems.append("\(name) shows \(value), but explain --json states no unit for it")
            }
            check(value, memory: units[name] == "memory", what: name)
            record(Self.aliases[name] ?? name, value, "explain")
        }
    }

    /// The `lakeform cost` text section of the lake: the cost summary, the capacity lines and tables.
    mutating func readCostText(_ section: String) {
        let source = "cost text"
        for line in section.split(separator: "\n") {
            if let m = line.firstMatch(of: /^Lake: \S+ \((.+?)\)/) { record("tier", String(m.1), source) }
            if let m = line.firstMatch(of: /OVERALL TOTAL\s+(\S+)$/) { record("cost.total", String(m.1), source) }
            if let m = line.firstMatch(of: /Storage: (.+?) of data in (.+?) usable .*, ([\d.,]+ \S+) raw on .* drives of (.+?) \(/) {
                record("workload.dataVolume", String(m.1), source)
                record("minio.usableCapacity", String(m.2), source)
                record("minio.rawCapacity", String(m.3), source)
                record("minio.driveSize", String(m.4), source)
            }
            if let m = line.firstMatch(of: /Horizon: sized for (.+?) at .*peak traffic (.+?) of (.+?) the servers/) {
                record("minio.storedAtHorizon", String(m.1), source)
                record("minio.throughput.demand", String(m.2), source)
                check(String(m.3), memory: false, what: "server throughput")
            }
            if let m = line.firstMatch(of: /^ (\S+) disk: (.+?) of (.+?) on (.+?) over (\d+) nodes/) {
                disk(component: String(m.1), stored: String(m.2), what: String(m.3), disk: String(m.4), nodes: String(m.5), source)
            }
            if let m = line.firstMatch(of: /Vector memory: (.+?) index \((.+?) of raw vectors\) per replica in (.+?) over/) {
                vectors(index: String(m.1), vectors: String(m.2), memory: String(m.3), source)
            }
            monthly(String(line), source)
        }
        checkTables(section.split(separator: "\n").map { row in
            row.trimmingCharacters(in: .whitespaces).split(separator: /\s{2,}/).map(String.init)
        }, source)
    }

    /// The `lakeform cost --format markdown` section of the lake.
    mutating func readMarkdown(_ section: String) {
        let source = "markdown"
        var rows: [[String]] = []
        for line in section.split(separator: "\n") {
            if let m = line.firstMatch(of: /^## Lake `\S+` \((.+?)\): (\S+) a month/) {
                record("tier", String(m.1), source)
                record("cost.total", String(m.2), source)
            }
            if let m = line.firstMatch(of: /^Storage: (.+?) of data in (.+?) usable .*, ([\d.,]+ \S+) raw,/) {
                record("workload.dataVolume", String(m.1), source)
                record("minio.usableCapacity", String(m.2), source)
                record("minio.rawCapacity", String(m.3), source)
            }
            if let m = line.firstMatch(of: /^Vector memory: (.+?) index per replica in (.+?) over/) {
                vectors(index: String(m.1), vectors: nil, memory: String(m.2), source)
            }
            monthly(String(line), source)
            rows.append(line.hasPrefix("|") ? line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } : [])
        }
        checkTables(rows.filter { !($0.first?.hasPrefix("---") ?? false) }, source)
        for row in rows where row.count == 6 && row[4].contains(" at the horizon") || row.count == 6 && row[4].contains(" today") {
            disk(component: row[0], stored: row[3], what: row[4], disk: row[2], nodes: row[1], source)
        }
    }

    /// The lake's block under `Cost and capacity changes:` of a plan against an empty state.
    mutating func readPlan(_ section: String) {
        let source = "plan"
        let named = ["usable": "minio.usableCapacity", "raw": "minio.rawCapacity", "kafka brokers": "kafka.brokers",
                     "per TB of data": "cost.perDataTB", "drives": "minio.drives"]
        for line in section.split(separator: "\n") {
            if let m = line.firstMatch(of: /^  \S+: \+(\S+)\/mo \(new\)/) { record("cost.total", String(m.1), source) }
            guard let m = line.firstMatch(of: /^\s+([a-zA-Z ]+): .+ → (.+)$/) else { continue }
            let label = String(m.1), after = String(m.2)
            if let name = named[label] { record(name, after, source) }
            if label == "kafka disk" { check(after, memory: false, what: "plan kafka disk") }
            if label == "memory" { check(after, memory: true, what: "plan memory") }
        }
    }

    // MARK: - Shared readers

    private mutating func monthly(_ line: String, _ source: String) {
        if let m = line.firstMatch(of: /Monthly cost (\S+) per TB of data/) { record("cost.perDataTB", String(m.1), source) }
        if let m = line.firstMatch(of: /Month 0: (\S+) for (.+?) of data \((\S+) per TB\) · month \d+ \(horizon\): \S+ for (.+?) of data/) {
            record("cost.total", String(m.1), source)
            record("workload.dataVolume", String(m.2), source)
            record("cost.perDataTB", String(m.3), source)
            record("minio.dataAtHorizon", String(m.4), source)
        }
    }

    private mutating func disk(component: String, stored: String, what: String, disk: String, nodes: String, _ source: String) {
        check(stored, memory: false, what: "\(component) stored (\(source))")
        check(disk, memory: false, what: "\(component) disk (\(source))")
        if component == "kafka" {
            record("kafka.brokers", nodes, source)
            if !what.contains("today") { unitProblems.append("Kafka's stored log must say it is today's, not explain's kafka.localRetained: '\(what)'") }
        } else {
            record("\(component).indexBytes", stored, source)
        }
    }

    private mutating func vectors(index: String, vectors: String?, memory: String, _ source: String) {
        record("milvus.indexBytes", index, source)
        if let vectors { record("milvus.vectorBytes", vectors, source) }
        for figure in [index, vectors, memory].compactMap({ $0 }) { check(figure, memory: true, what: "vector memory (\(source))") }
    }

    /// Every table: a byte cell under a `Memory …` header is memory, under `Volumes`, `Disk` or `Stored` storage.
    private mutating func checkTables(_ rows: [[String]], _ source: String) {
        var header: [String] = []
        for row in rows {
            if row.contains(where: { $0.hasPrefix("Memory") || $0 == "Volumes" || $0 == "Stored" }) { header = row; continue }
            guard !header.isEmpty, row.count == header.count else { header = row.isEmpty ? [] : header; continue }
            for (column, cell) in zip(header, row) where Self.byteUnit(cell) != nil {
                if column.hasPrefix("Memory") { check(cell, memory: true, what: "\(column) of \(row[0]) (\(source))") }
                if ["Volumes", "Disk", "Stored"].contains(column) { check(cell, memory: false, what: "\(column) of \(row[0]) (\(source))") }
            }
        }
    }

    // MARK: - Units

    /// explain's names for one figure that other outputs show under a single name.
    private static let aliases = ["cost.horizon.dataVolume": "minio.dataAtHorizon"]

    /// `GiB` of `1.5 GiB`, `MB` of `200 MB/s`; nil when the text is not a byte figure.
    static func byteUnit(_ text: String) -> String? {
        text.wholeMatch(of: /-?\d[\d,]*(?:\.\d+)? (B|kB|MB|GB|TB|PB|EB|KiB|MiB|GiB|TiB|PiB|EiB)(?:\/s)?/).map { String($0.1) }
    }

    private mutating func check(_ text: String, memory: Bool, what: String) {
        guard let unit = Self.byteUnit(text), unit != "B" else { return }
        if memory, !unit.hasSuffix("iB") { unitProblems.append("\(what) is memory but shows \(text), not binary units (MiB, GiB)") }
        if !memory, unit.hasSuffix("iB") { unitProblems.append("\(what) is storage but shows \(text), not decimal units (GB, TB)") }
    }

    private mutating func record(_ name: String, _ text: String, _ source: String) {
        seen[name, default: []].append((text.hasPrefix("+") ? String(text.dropFirst()) : text, source))
    }
}
