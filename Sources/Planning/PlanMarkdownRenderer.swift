/// Renders a plan as a pull-request comment: the summary as the `<details>` title, destructive changes first,
/// then risky ones, a table per lake and the diffs in `diff` fences, truncated with a notice to stay under `limit` characters.
public enum PlanMarkdownRenderer {
    /// Key-path changes shown per artifact before the rest are counted.
    static let changesPerArtifact = 50

    public static func render(_ plan: Plan, limit: Int = 65_536) -> String {
        guard !plan.isEmpty else { return PlanSummary.noChangesLine + "\n" + (plan.drift.isEmpty ? "" : "\n" + driftSection(plan.drift)) }
        let head = "<details><summary>\(plan.summary.line)</summary>\n\n"
        let tail = "\n</details>\n"
        var body = ""
        var shown = 0
        let chunks = Self.chunks(plan)
        for chunk in chunks {
            let notice = Self.notice(shown: shown + 1, of: chunks.count)
            guard (head + body + chunk + notice + tail).utf8.count < limit else { break }
            body += chunk
            shown += 1
        }
        let notice = shown < chunks.count ? Self.notice(shown: shown, of: chunks.count) : ""
        return head + body + notice + tail
    }

    private static func notice(shown: Int, of total: Int) -> String {
        "\n> **Truncated:** showing \(shown) of \(total) sections to stay under GitHub's comment limit. "
            + "Run `lakeform plan` for the full plan.\n"
    }

    /// The comment's sections in order; truncation drops whole sections from the end.
    private static func chunks(_ plan: Plan) -> [String] {
        var chunks: [String] = plan.drift.isEmpty ? [] : [driftSection(plan.drift)]
        if !plan.destructive.isEmpty {
            chunks.append("### ⚠️ Destructive changes\n\n")
            chunks += plan.destructive.map { "- `\($0.path)`: \(escape($0.message))\n" }
            chunks.append("\n")
        }
        if !plan.risky.isEmpty {
            chunks.append("### Risky changes\n\n")
            chunks += plan.risky.map { "- `\($0.path)`: \(escape($0.message))\n" }
            chunks.append("\n")
        }
        if !plan.costs.isEmpty { chunks += costTable(plan.costs) }
        let lakes = Dictionary(grouping: plan.changes, by: \.lake)
        for lake in lakes.keys.sorted() {
            let changes = lakes[lake]!
            chunks.append("### Lake `\(lake)`\n\n| Action | Artifact | Changes |\n|---|---|---|\n")
            chunks += changes.map { "| \($0.action.symbol) \($0.action.rawValue) | `\($0.path)` | \($0.changeCount) |\n" }
            chunks.append("\n")
            chunks += changes.compactMap(diffBlock)
        }
        return chunks
    }

    /// One table of monthly cost and capacity changes: a bold total row per lake, then its lines and figures.
    /// Each lake's rows are one chunk, so truncation drops whole lakes.
    private static func costTable(_ costs: [LakeCostDelta]) -> [String] {
        var chunks = ["### Cost and capacity\n\n| Lake | Item | Before | After | Change |\n|---|---|--:|--:|--:|\n"]
        for lake in costs {
            var rows: [String] = []
            let money = { (cents: Int?) in cents.map { CostDeltaText.money($0, currency: lake.currency) } ?? "—" }
            rows.append("| `\(lake.lake)` | **Monthly cost** | \(money(lake.beforeCents)) | \(money(lake.afterCents)) | "
                        + "**\(CostDeltaText.signed(lake.deltaCents, currency: lake.currency))/mo** |\n")
            if let perTB = lake.perDataTB {
                rows.append("| `\(lake.lake)` | \(perTB.name) | \(money(perTB.beforeCents)) | \(money(perTB.afterCents)) | |\n")
            }
            for line in lake.lines {
                let delta = (line.afterCents ?? 0) - (line.beforeCents ?? 0)
                rows.append("| `\(lake.lake)` | \(escape(line.name)) (\(line.components.joined(separator: ", "))) | \(money(line.beforeCents)) | "
                            + "\(money(line.afterCents)) | \(CostDeltaText.signed(delta, currency: lake.currency))/mo |\n")
            }
            for figure in lake.capacity {
                rows.append("| `\(lake.lake)` | \(figure.label) | \(CostDeltaText.value(figure.before, figure.unit)) | "
                            + "\(CostDeltaText.value(figure.after, figure.unit)) | |\n")
            }
            chunks.append(rows.joined())
        }
        return chunks + ["\n"]
    }

    private static func diffBlock(_ change: ArtifactChange) -> String? {
        var lines: [String]
        if let diff = change.textDiff {
            lines = diff
        } else {
            lines = change.keyPathChanges.prefix(changesPerArtifact).map { item in
                let symbol = KeyPathText.symbol(item).text
                return (symbol == "~" ? "!" : symbol) + " " + KeyPathText.describe(item)
            }
            let more = change.keyPathChanges.count - changesPerArtifact
            if more > 0 { lines.append("# … \(more) more changes") }
            if change.unchangedKeys > 0 { lines.append(KeyPathText.hidden(change.unchangedKeys)) }
        }
        guard !lines.isEmpty else { return nil }
        lines += change.replaceReasons.map { "# forces replacement: \($0)" }
        let fenced = lines.map { $0.replacingOccurrences(of: "```", with: "ʼʼʼ") }
        return "<b>\(change.action.symbol) \(change.path)</b>\n\n```diff\n" + fenced.joined(separator: "\n") + "\n```\n\n"
    }

    /// The files under generated/ that differ from the recorded revision, which `apply` refuses to overwrite.
    /// At most `changesPerArtifact` files are named; the rest are counted.
    private static func driftSection(_ drift: [DriftedFile]) -> String {
        let more = drift.count - changesPerArtifact
        return "### ⚠️ Drift: generated/ changed outside Lakeform\n\n"
            + drift.prefix(changesPerArtifact).map { "- `generated/\($0.path)`: \($0.change.rawValue)\n" }.joined()
            + (more > 0 ? "- … and \(more) more (`lakeform drift` lists them)\n" : "")
            + "\n`lakeform apply` refuses to overwrite these until `--overwrite-drift`.\n\n"
    }

    private static func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
