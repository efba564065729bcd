import LakeModel
import Testing
@testable import Planning

/// The Markdown plan read as GitHub shows it: what sits above the first `<details>` is what a reviewer sees unexpanded.
@Suite struct PlanCommentTests {
    /// A growth change of `medium`: more brokers on smaller disks (destructive), a keyed topic repartitioned (risky),
    /// a higher monthly cost, and every report regenerated; plus `extra` updated values files spread over ten lakes.
    static func growth(extra: Int = 0) -> Plan {
        let pool = "medium/manifests/KafkaNodePool.broker.yaml", topic = "medium/manifests/KafkaTopic.orders-cdc.yaml"
        var desired = [
            PlanningFixtures.manifest(pool, PlanningFixtures.brokerPool.replacingOccurrences(of: "replicas: 9", with: "replicas: 12")
                .replacingOccurrences(of: "2000Gi", with: "1500Gi")),
            PlanningFixtures.manifest(topic, PlanningFixtures.topic(partitions: 24, keyed: true)),
            Artifact(path: "medium/reports/cost.json", kind: .json,
                     contents: CostDeltaTests.report(total: 2_470_000, kafka: 320_000, usable: 4_500_000_000_000_000, kafkaPods: 15)),
            Artifact(path: "medium/reports/cost.md", kind: .markdown, contents: "# Cost\n\nTotal: $24,700\n"),
            Artifact(path: "reports/index.html", kind: .html, contents: "<svg><rect width=\"24\"/></svg>\n"),
            Artifact(path: "reports/tiers.md", kind: .markdown, contents: "| medium | $24,700 |\n"),
        ]
        var recorded = [
            pool: PlanningFixtures.brokerPool, topic: PlanningFixtures.topic(partitions: 12, keyed: true),
            "medium/reports/cost.json": CostDeltaTests.report(total: 2_350_000, kafka: 200_000, usable: 3_750_000_000_000_000, kafkaPods: 12),
            "medium/reports/cost.md": "# Cost\n\nTotal: $23,500\n",
            "reports/index.html": "<svg><rect width=\"23\"/></svg>\n", "reports/tiers.md": "| medium | $23,500 |\n",
        ]
        for index in 0..<extra {
            let path = "lake\(index % 10)/helm/component-\(index).values.yaml"
            recorded[path] = (0..<20).map { "key\($0): old-value-\($0)" }.joined(separator: "\n")
            desired.append(PlanningFixtures.values(path, (0..<20).map { "key\($0): new-value-\($0)" }.joined(separator: "\n")))
        }
        return Planner.plan(desired: desired, recorded: recorded)
    }

    /// The comment split where GitHub folds it.
    static func aboveTheFold(_ markdown: String) throws -> Substring {
        let fold = try #require(markdown.range(of: "<details>"))
        return markdown[..<fold.lowerBound]
    }

    /// The cells of the summary table's row for `lake`, as GitHub's table parser splits them.
    static func row(_ lake: String, in text: Substring) -> [String]? {
        text.split(separator: "\n").first { $0.hasPrefix("| \(lake) |") }.map { line in
            line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    @Test func aReviewerSeesTheSummaryCostAndFlaggedCountsWithoutExpanding() throws {
        let plan = Self.growth()
        #expect(plan.destructive.count == 1 && plan.risky.count == 1)
        let markdown = PlanMarkdownRenderer.render(plan, project: "blueprints/medium.swift")
        let visible = try Self.aboveTheFold(markdown)
        #expect(visible.hasPrefix("<!-- lakeform-plan: blueprints/medium.swift -->\n"))
        #expect(visible.contains("**Plan: 0 to add, 6 to change, 0 to destroy.**"))
        #expect(visible.contains("Monthly cost will increase by **$1,200.00** (+5.1%): $23,500.00 → $24,700.00."))
        let header = try #require(Self.row("Lake", in: visible))
        let medium = try #require(Self.row("`medium`", in: visible))
        let cells = Dictionary(uniqueKeysWithValues: zip(header, medium))
        #expect(cells["Change"] == "4" && cells["Destructive"] == "⚠️ 1" && cells["Risky"] == "❗ 1")
        #expect(cells["Monthly cost change"] == "+$1,200.00 (+5.1%)" && cells["New monthly cost"] == "$24,700.00")
        #expect(Self.row("`reports`", in: visible) == nil, "the repository-wide reports are not a lake")
        #expect(visible.contains("- `medium/manifests/KafkaNodePool.broker.yaml`: spec.storage.volumes[id=0].size shrinks"))
        #expect(visible.contains("- `medium/manifests/KafkaTopic.orders-cdc.yaml`: keyed topic repartitioned 12 → 24"))
    }

    @Test func reportsGetOneLineEachAndNeverADiff() {
        let markdown = PlanMarkdownRenderer.render(Self.growth())
        #expect(markdown.contains("- Reports `medium/reports/`: cost.json, cost.md: updated\n"))
        #expect(markdown.contains("- Reports `reports/`: index.html, tiers.md: updated\n"))
        #expect(!markdown.contains("rect width") && !markdown.contains("monthly_cost_cents") && !markdown.contains("Total: $"))
        #expect(!markdown.contains("| `medium/reports/"), "reports get no artifact row either")
        #expect(markdown.contains("```diff\n! spec.replicas: 9 → 12\n"), "other artifacts keep their key-path diffs")
    }

    @Test func aHugeDiffStaysUnderGitHubsLimitWithEveryLakeNamedAboveTheFold() throws {
        let plan = Self.growth(extra: 2_000)
        let markdown = PlanMarkdownRenderer.render(plan)
        #expect(markdown.utf8.count <= PlanMarkdownRenderer.gitHubLimit)
        let visible = try Self.aboveTheFold(markdown)
        for lake in ["medium"] + (0..<10).map({ "lake\($0)" }) {
            #expect(Self.row("`\(lake)`", in: visible) != nil, "\(lake) has its summary row")
        }
        #expect(visible.contains("**Plan: 0 to add, 2006 to change, 0 to destroy.**"))
        #expect(visible.contains("⚠️ 1") && visible.contains("Monthly cost will increase by **$1,200.00**"))
        #expect(markdown.contains("**Truncated:** left out ") && markdown.contains(" diffs to stay under the comment limit"))
        #expect(!markdown.contains("Truncated:** left out 0"))
        #expect(markdown.components(separatedBy: "```").count % 2 == 1, "every fence is closed")
        #expect(markdown.components(separatedBy: "<details>").count == markdown.components(separatedBy: "</details>").count)
    }

    @Test func truncationDropsDiffsBeforeArtifactRows() {
        let markdown = PlanMarkdownRenderer.render(Self.growth(extra: 40), limit: 6_000)
        #expect(markdown.utf8.count <= 6_000)
        #expect(markdown.contains("| ~ update | `lake9/helm/component-39.values.yaml` | 20 |"))
        #expect(!markdown.contains("component-39.values.yaml</b>"))
    }

    @Test func lakesPricedInDifferentCurrenciesHaveNoTotal() throws {
        var plan = Self.growth()
        plan.costs.append(LakeCostDelta(lake: "euro", currency: "EUR", beforeCents: 100_000, afterCents: 150_000, lines: [], capacity: []))
        let visible = try Self.aboveTheFold(PlanMarkdownRenderer.render(plan))
        #expect(!visible.contains("Monthly cost will"))
        #expect(Self.row("`euro`", in: visible)?.suffix(2) == ["+€500.00 (+50%)", "€1,500.00"])
        #expect(Self.row("**Total**", in: visible)?.suffix(2) == ["—", "—"])
    }

    @Test func theMarkerCannotCloseTheCommentEarly() {
        #expect(PlanMarkdownRenderer.marker("a --> b\n<c>") == "<!-- lakeform-plan: a - bc -->\n")
    }

    @Test func anEmptyStateIsExplainedAboveTheFold() throws {
        let plan = Planner.plan(desired: [PlanningFixtures.manifest("small/a.yaml", "a: 1")], recorded: [:])
        let markdown = PlanMarkdownRenderer.render(plan, notes: [PlanSummary.emptyStateNote])
        #expect(try Self.aboveTheFold(markdown).contains("> The state is empty: every artifact is new to it"))
        #expect(PlanTextRenderer.render(plan, color: false, notes: [PlanSummary.emptyStateNote])
            .hasSuffix("Note: The state is empty: every artifact is new to it, including files already committed under generated/. "
                       + "Apply records them.\nPlan: 1 to add, 0 to change, 0 to destroy.\n"))
    }

    @Test func percentagesRoundToATenthWithoutFloatingPoint() {
        #expect(CostDeltaText.percent(120_000, of: 2_350_000) == "+5.1%")
        #expect(CostDeltaText.percent(-1, of: 3) == "-33.3%")
        #expect(CostDeltaText.percent(1, of: 2_000) == "+0.1%", "0.05% rounds half away from zero")
        #expect(CostDeltaText.percent(0, of: 5) == "±0%")
        #expect(CostDeltaText.percent(5, of: 0) == nil)
        #expect(CostDeltaText.percent(Int.max, of: 1) == nil)
        #expect(CostDeltaText.delta(before: nil, after: 500, currency: "USD") == "+$5.00 (new)")
    }
}
