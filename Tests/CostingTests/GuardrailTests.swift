import ArgumentParser
import Costing
import Foundation
@testable import LakeformCLI
import LakeModel
import TestSupport
import Testing

/// A blueprint's maxMonthlyCost or maxCostPerTB, when exceeded, names the figure and exits with 3.
@Suite struct GuardrailTests {
    @Test func exceededGuardrailsNameTheFigureAndTheLimit() throws {
        var lake = try CostingFixtures.tier("large")
        lake.spec.cost = CostSpec(priceBook: "seed-2024", maxMonthlyCost: .dollars(40_000), maxCostPerTB: .dollars(4))
        let cost = CostModel.price(lake, with: try CostingFixtures.book("seed-2024"))
        let checks = Guardrails.check(cost, against: lake.spec.cost)
        #expect(checks.map(\.exceeded) == [true, true])
        let diagnostics = Guardrails.diagnostics(checks, cost: cost, blueprint: "blueprints/large.swift")
        #expect(diagnostics.errors.map(\.id) == ["cost.maxMonthlyCost", "cost.maxCostPerTB"])
        let monthly = try #require(diagnostics.errors.first)
        #expect(monthly.message == "lake 'large' costs $42,697.83 a month with price book seed-2024, above its maxMonthlyCost of $40,000.00 (over by $2,697.83)")
        #expect(monthly.notes.first == "largest lines: Compute (K8s) $19,582.83, Platform $19,115.00, Storage $4,000.00")
        #expect(diagnostics.errors.last?.message.contains("costs $4.27 per TB of data a month") == true)
        #expect(diagnostics.errors.last?.message.contains("maxCostPerTB of $4.00 ") == true)
    }

    @Test func guardrailsWithinLimitsReportNothing() throws {
        let lake = try CostingFixtures.tier("medium")
        let cost = CostModel.price(lake, with: try CostingFixtures.book("seed-2024"))
        #expect(Guardrails.diagnostics(Guardrails.check(cost, against: lake.spec.cost), cost: cost, blueprint: "b").isEmpty)
        #expect(Guardrails.check(cost, against: CostSpec()).isEmpty)
    }

    /// The command prints the report, then exits with the distinct guardrail code 3.
    @Test func costCommandExitsWithThreeWhenAGuardrailIsExceeded() throws {
        let blueprint = try Self.startup(maxMonthlyCost: "$100")
        var command = try CostCommand.parse([blueprint, "--format", "json"])
        #expect(Self.exitCode { try command.run() } == 3)
        command = try CostCommand.parse([try Self.startup(maxMonthlyCost: "$1,000,000")])
        #expect(Self.exitCode { try command.run() } == 0)
        command = try CostCommand.parse([blueprint, "--pricebook", "no-such-book"])
        #expect(Self.exitCode { try command.run() } == 1)
        #expect(ExitStatus.costGuardrail.rawValue == 3)
    }

    /// blueprints/examples/startup.yaml with another monthly guardrail, in a temporary folder.
    static func startup(maxMonthlyCost: String) throws -> String {
        let original = try String(contentsOfFile: RepositoryPaths.path("blueprints/examples/startup.yaml"), encoding: .utf8)
        let text = original.replacingOccurrences(of: "maxMonthlyCost: \"$5,000\"", with: "maxMonthlyCost: \"\(maxMonthlyCost)\"")
        #expect(text != original)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-cost-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("startup.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func exitCode(_ body: () throws -> Void) -> Int32 {
        do {
            try body()
            return 0
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            return -1
        }
    }
}
