/// Renders a plan as a pull-request comment a reviewer can act on without expanding it, as Infracost and Atlantis do.
/// Above the fold: a hidden marker naming the project (so a workflow updates its comment in place), the summary line,
/// the monthly cost delta, a table per lake with its counts and cost change, any notes, and the destructive and risky
/// changes. Inside the `<details>` fold: cost lines, each lake's artifacts and key-path diffs; generated reports get
/// one line per folder, never a diff. Truncation keeps every part above the fold and drops diffs first.
public enum PlanMarkdownRenderer {
    /// Key-path changes shown per artifact before the rest are counted.
    static let changesPerArtifact = 50
    /// GitHub's limit on a comment, in characters (counted here in UTF-8 bytes, which are never fewer).
    public static let gitHubLimit = 65_536
    /// Room kept for the truncation notice.
    static let noticeReserve = 400

    /// - Parameters:
    ///   - project: what the plan covers (the blueprint paths, or `blueprints`), named in the hidden marker.
    ///   - notes: lines shown under the table, such as why everything is to add against an empty state.
    public static func render(_ plan: Plan, project: String = "blueprints", notes: [String] = [], limit: Int = gitHubLimit) -> String {
        let noteText = notes.map { "> \(escape($0))\n" }.joined()
        let drift = plan.drift.isEmpty ? "" : "\n" + driftSection(plan.drift)
        guard !plan.isEmpty else { return marker(project) + PlanSummary.noChangesLine + "\n" + (noteText.isEmpty ? "" : "\n" + noteText) + drift }
        var pieces = head(plan, project: project, notes: noteText)
        pieces.append(Piece("<details><summary>Details: cost lines, artifacts and key-path diffs</summary>\n\n", .required))
        if !plan.costs.isEmpty { pieces += costLines(plan.costs) }
        let byLake = Dictionary(grouping: plan.changes, by: \.lake)
        for lake in byLake.keys.sorted() { pieces += artifacts(lake: lake, byLake[lake]!) }
        pieces.append(Piece("\n</details>\n", .required))
        return fit(pieces, limit: limit)
    }

    /// `<!-- lakeform-plan: blueprints -->`: what a workflow searches for to update its comment instead of adding one.
    public static func marker(_ project: String) -> String {
        var name = project.filter { !$0.isNewline && $0 != ">" && $0 != "<" }
        while name.contains("--") { name = name.replacingOccurrences(of: "--", with: "-") }
        return "<!-- lakeform-plan: \(name.trimmingCharacters(in: .whitespaces)) -->\n"
    }

    /// What a part of the comment is, in the order truncation gives them up (the required parts never).
    enum Kind: Int, Comparable, CaseIterable {
        case required, lake, flagged, artifact, cost, diff

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

        var label: String {
            switch self {
            case .required: ""
            case .lake: "lake rows"
            case .flagged: "destructive or risky entries"
            case .artifact: "artifact rows"
            case .cost: "cost rows"
            case .diff: "diffs"
            }
        }
    }

    /// A piece of the comment that truncation keeps or drops whole, so fences and tags stay balanced.
    struct Piece {
        var text: String
        var kind: Kind
        init(_ text: String, _ kind: Kind) {
            self.text = text
            self.kind = kind
        }
    }

    /// Keeps the required pieces, then the others by kind and position while they fit, and names what was left out.
    static func fit(_ pieces: [Piece], limit: Int) -> String {
        let budget = limit - noticeReserve
        var used = pieces.filter { $0.kind == .required }.reduce(0) { $0 + $1.text.utf8.count }
        var kept = Set(pieces.indices.filter { pieces[$0].kind == .required })
        for index in pieces.indices.sorted(by: { (pieces[$0].kind, $0) < (pieces[$1].kind, $1) }) where !kept.contains(index) {
            guard used + pieces[index].text.utf8.count < budget else { break }
            used += pieces[index].text.utf8.count
            kept.insert(index)
        }
        let dropped = Dictionary(grouping: pieces.indices.filter { !kept.contains($0) }) { pieces[$0].kind }
        let text = pieces.indices.filter(kept.contains).map { pieces[$0].text }.joined()
        guard !dropped.isEmpty else { return text }
        let counts = Kind.allCases.compactMap { kind in dropped[kind].map { "\($0.count) \(kind.label)" } }
        return text + "\n> **Truncated:** left out \(counts.joined(separator: ", ")) to stay under the comment limit "
            + "of \(limit) characters. Run `lakeform plan` for the full plan.\n"
    }

    /// The part above the fold.
    private static func head(_ plan: Plan, project: String, notes: String) -> [Piece] {
        var pieces = [Piece(marker(project) + "### Lakeform plan\n\n**\(plan.summary.line)**\n\n", .required)]
        // Lakes priced in different currencies have no total.
        let totalCost = PlanLakeRow.total(plan.costs)
        if let totalCost { pieces.append(Piece(costSentence(totalCost) + "\n\n", .required)) }
        let rows = PlanLakeRow.rows(plan)
        if !rows.isEmpty {
            pieces.append(Piece(PlanLakeRow.markdownHeader, .required))
            pieces += rows.map { Piece($0.markdown, .lake) }
            // A total when there are several lakes, or when repository-wide reports make the counts differ.
            if rows.count > 1 || rows[0].summary != plan.summary {
                let cost = totalCost == nil && !plan.costs.isEmpty ? (change: "—", after: "—") : PlanLakeRow.costCells(totalCost)
                let total = PlanLakeRow.markdown(name: "**Total**", summary: plan.summary, destructive: plan.destructive.count,
                                                 risky: plan.risky.count, cost: cost)
                pieces.append(Piece(total, .required))
            }
            pieces.append(Piece("\n", .required))
        }
        if !notes.isEmpty { pieces.append(Piece(notes + "\n", .required)) }
        if !plan.drift.isEmpty { pieces.append(Piece(driftSection(plan.drift), .required)) }
        pieces += flagged("#### ⚠️ Destructive changes: these can lose data or availability", plan.destructive)
        pieces += flagged("#### ❗ Risky changes: these keep the data but can break its users while they roll out", plan.risky)
        return pieces
    }

    /// `Monthly cost will increase by **$1,200** (+5.1%): $23,500 → $24,700.`
    private static func costSentence(_ total: LakeCostDelta) -> String {
        let before = total.beforeCents ?? 0, after = total.afterCents ?? 0
        let fromTo = "\(CostDeltaText.money(before, currency: total.currency)) → \(CostDeltaText.money(after, currency: total.currency))"
        guard after != before else { return "Monthly cost unchanged: \(CostDeltaText.money(after, currency: total.currency))." }
        let amount = CostDeltaText.money(Int((after - before).magnitude), currency: total.currency)
        let percent = CostDeltaText.percent(after - before, of: before).map { " (\($0))" } ?? ""
        return "Monthly cost will \(after > before ? "increase" : "decrease") by **\(amount)**\(percent): \(fromTo)."
    }

    private static func flagged(_ title: String, _ items: [FlaggedChange]) -> [Piece] {
        guard !items.isEmpty else { return [] }
        return [Piece("\(title)\n\n", .required)]
            + items.map { Piece("- `\(code($0.path))`: \(escape($0.message))\n", .flagged) }
            + [Piece("\n", .required)]
    }

    /// The cost lines and capacity figures that changed, one table for every lake.
    private static func costLines(_ costs: [LakeCostDelta]) -> [Piece] {
        var pieces = [Piece("#### Cost and capacity\n\n| Lake | Item | Before | After | Change |\n|---|---|--:|--:|--:|\n", .cost)]
        for lake in costs {
            let money = { (cents: Int?) in cents.map { CostDeltaText.money($0, currency: lake.currency) } ?? "—" }
            if let perTB = lake.perDataTB {
                pieces.append(Piece("| `\(lake.lake)` | \(perTB.name) | \(money(perTB.beforeCents)) | \(money(perTB.afterCents)) | |\n", .cost))
            }
            for line in lake.lines {
                let change = CostDeltaText.delta(before: line.beforeCents, after: line.afterCents, currency: lake.currency)
                let covers = line.components.isEmpty ? "" : " (\(line.components.joined(separator: ", ")))"
                pieces.append(Piece("| `\(lake.lake)` | \(escape(line.name))\(covers) | "
                                    + "\(money(line.beforeCents)) | \(money(line.afterCents)) | \(change) |\n", .cost))
            }
            for figure in lake.capacity {
                pieces.append(Piece("| `\(lake.lake)` | \(figure.label) | \(CostDeltaText.value(figure.before, figure.unit)) | "
                                    + "\(CostDeltaText.value(figure.after, figure.unit)) | |\n", .cost))
            }
        }
        return pieces + [Piece("\n", .cost)]
    }

    /// A lake's artifact table, one line per report folder, then the diffs of its other artifacts.
    private static func artifacts(lake: String, _ changes: [ArtifactChange]) -> [Piece] {
        let title = PlanLakeRow.repositoryWide.contains(lake) ? "Repository-wide `\(lake)/`" : "Lake `\(code(lake))`"
        let files = changes.filter { !ReportChanges.isReport($0.path) }
        var pieces = [Piece("#### \(title)\n\n", .artifact)]
        if !files.isEmpty {
            pieces.append(Piece("| Action | Artifact | Changes |\n|---|---|--:|\n", .artifact))
            pieces += files.map { Piece("| \($0.action.symbol) \($0.action.rawValue) | `\(code($0.path))` | \($0.changeCount) |\n", .artifact) }
            pieces.append(Piece("\n", .artifact))
        }
        pieces += ReportChanges.lines(changes).map { Piece("- Reports `\(code($0.folder))/`: \($0.text)\n", .artifact) }
        pieces.append(Piece("\n", .artifact))
        return pieces + files.compactMap(diffBlock)
    }

    private static func diffBlock(_ change: ArtifactChange) -> Piece? {
        var lines: [String]
        if let diff = change.textDiff {
            lines = diff.map(SensitiveValues.maskedLine)
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
        return Piece("<b>\(change.action.symbol) \(escape(change.path))</b>\n\n```diff\n" + fenced.joined(separator: "\n") + "\n```\n\n", .diff)
    }

    /// Text outside code spans: no table breaks, no HTML.
    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// Text inside a code span in a table: no backticks or table breaks.
    static func code(_ text: String) -> String {
        text.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "\\|")
    }

    /// The files under generated/ that differ from the recorded revision, which `apply` refuses to overwrite.
    /// At most `changesPerArtifact` files are named; the rest are counted.
    private static func driftSection(_ drift: [DriftedFile]) -> String {
        let more = drift.count - changesPerArtifact
        return "#### ⚠️ Drift: generated/ changed outside Lakeform\n\n"
            + drift.prefix(changesPerArtifact).map { "- `generated/\(code($0.path))`: \($0.change.rawValue)\n" }.joined()
            + (more > 0 ? "- … and \(more) more (`lakeform drift` lists them)\n" : "")
            + "\n`lakeform apply` refuses to overwrite these until `--overwrite-drift`.\n\n"
    }
}
