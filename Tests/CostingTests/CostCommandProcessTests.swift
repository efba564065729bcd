import Foundation
import TestSupport
import Testing

/// `lakeform cost` end to end, as a user runs it (needs the subcommand registered in LakeformCommand).
@Suite struct CostCommandProcessTests {
    @Test func largeTierCostsItsSeedPriceAsJSON() throws {
        let result = try LakeformProcess.run(["cost", "blueprints/large.swift", "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("\"format_version\" : \"1.1\""))
        #expect(result.stdout.contains("\"monthly_cost_cents\" : 4269783"))
        #expect(result.stdout.contains("\"data_tb_cents\" : 427"))
    }

    @Test func exceededGuardrailExitsWithThreeAfterTheReport() throws {
        let blueprint = try GuardrailTests.startup(maxMonthlyCost: "$100")
        let result = try LakeformProcess.run(["cost", blueprint])
        #expect(result.status == 3)
        #expect(result.stdout.contains("OVERALL TOTAL"))
        #expect(result.stderr.contains("error: lake 'startup' costs $4,163.55 a month with price book seed-2024, above its maxMonthlyCost of $100"))
        #expect(result.stderr.contains("[cost.maxMonthlyCost]"))
    }

    @Test func pricebookOptionOverridesTheBlueprintAndReportsUnknownBooks() throws {
        let onPrem = try LakeformProcess.run(["cost", "blueprints/small.swift", "--pricebook", "on-prem", "--format", "markdown"])
        #expect(onPrem.stdout.contains("Price book `on-prem` (bundled): Self-hosted servers"))
        let missing = try LakeformProcess.run(["cost", "blueprints/small.swift", "--pricebook", "seed-2025"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("seed-2025: error: no bundled price book by this name and no such file [pricebook.missingFile]"))
        #expect(missing.stderr.contains("did you mean the bundled 'seed-2024'?"))
    }

    @Test func explainShowsACostLineDownToTheResolvedQuantities() throws {
        let result = try LakeformProcess.run(["explain", "medium", "cost.storage"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("cost.storage = $2,000.00  [rule pricebook.seed-2024]\n  formula: Σ items of line 'Storage'"))
        #expect(result.stdout.contains("because: 5,000 TB × $0.40 per TB-month = $2,000.00"))
        #expect(result.stdout.contains("source:  seed-2024: seed § Storage Layer › MinIO › Cost Analysis"))
        #expect(result.stdout.contains("workload.dataVolume = 5 PB  [blueprint input]"))
        let unknown = try LakeformProcess.run(["explain", "medium", "cost.nope"])
        #expect(unknown.status == 1 && unknown.stderr.contains("addresses nearby: cost.storage.storedData, cost.storage,"))
    }

    @Test func showPricebookPrintsTheBundledYAML() throws {
        let result = try LakeformProcess.run(["cost", "--show-pricebook", "on-prem"])
        #expect(result.status == 0)
        #expect(result.stdout == (try String(contentsOfFile: RepositoryPaths.path("pricebooks/on-prem.yaml"), encoding: .utf8)))
    }
}
