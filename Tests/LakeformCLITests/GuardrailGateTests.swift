import Foundation
import TestSupport
import Testing

/// A breached cost guardrail makes `plan` exit 3 and `apply` refuse (exit 3, nothing recorded) unless
/// `--allow-guardrail-breach` (issue 16, item 3).
@Suite struct GuardrailGateTests {
    @Test func aBreachedGuardrailFailsPlanAndStopsApply() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = { (arguments: [String]) in
            try LakeformProcess.run(arguments, in: root, environment: ["NO_COLOR": "1", "LAKEFORM_STATE": "\(root)/state.db"])
        }
        let blueprint = "\(root)/blueprints/startup.yaml"
        let text = try String(contentsOfFile: blueprint, encoding: .utf8)
        #expect(text.contains("maxMonthlyCost: \"$5,000\""))
        try text.replacingOccurrences(of: "maxMonthlyCost: \"$5,000\"", with: "maxMonthlyCost: \"$1,000\"")
            .write(toFile: blueprint, atomically: true, encoding: .utf8)

        let plan = try run(["plan", "--detailed-exitcode", "--out", "breach.plan"])
        #expect(plan.status == 3, "\(plan.stderr)")
        #expect(plan.stderr.contains("error: lake 'startup' costs $"))
        #expect(plan.stderr.contains("against its maxMonthlyCost of $1,000.00 [plan.guardrail]"))
        #expect(try run(["plan", "--format", "json"]).status == 3)

        for arguments in [["apply", "--auto-approve"], ["apply", "breach.plan"]] {
            let refused = try run(arguments)
            #expect(refused.status == 3, "\(arguments): \(refused.stderr)")
            #expect(refused.stderr.contains("against its maxMonthlyCost of $1,000.00; nothing was applied [apply.guardrail]"))
            #expect(refused.stderr.contains("--allow-guardrail-breach"))
            #expect(!refused.stdout.contains("Apply complete"))
            #expect(try run(["state", "history"]).stdout.isEmpty, "a refused apply recorded a revision")
            #expect(!FileManager.default.fileExists(atPath: "\(root)/generated/startup"))
        }

        let allowed = try run(["apply", "breach.plan", "--allow-guardrail-breach"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stderr.contains("warning: applying although lake 'startup' costs $"))
        #expect(allowed.stdout.contains("Apply complete!"))
    }
}
