import Foundation
import TestSupport
import Testing

/// Plan and apply end to end through the binary, in a scratch repository with one YAML blueprint, against every
/// state backend (PostgreSQL when a test server is configured; see `StateBackend`).
@Suite struct PlanApplyTests {
    /// Runs `lakeform` in `root` against a fresh state of `backend`, without colour.
    static func runner(_ root: String, _ backend: StateBackend) throws -> ([String]) throws -> LakeformProcess.Result {
        let state = try backend.freshLocation(in: URL(fileURLWithPath: root))
        return { arguments in
            try LakeformProcess.run(arguments, in: root, environment: ["NO_COLOR": "1", "LAKEFORM_STATE": state])
        }
    }

    @Test(arguments: StateBackend.available)
    func planApplyEditAndStalePlan(backend: StateBackend) throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = try Self.runner(root, backend)

        let first = try run(["plan", "--detailed-exitcode"])
        #expect(first.status == 2, "\(first.stderr)")
        #expect(first.stdout.contains("to add, 0 to change, 0 to destroy."))
        #expect(!first.stdout.contains("\u{1B}["))
        #expect(try run(["plan", "--detailed-exitcode", "--fail-on-destructive"]).status == 2, "creations destroy nothing")

        let apply = try run(["apply", "--auto-approve"])
        #expect(apply.status == 0, "\(apply.stderr)")
        #expect(apply.stdout.contains("Apply complete!"))
        #expect(FileManager.default.fileExists(atPath: "\(root)/generated/startup/helmfile.yaml"))

        let second = try run(["plan", "--detailed-exitcode"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("No changes. Generated artifacts match the blueprints."))

        let blueprint = "\(root)/blueprints/startup.yaml"
        let text = try String(contentsOfFile: blueprint, encoding: .utf8)
        try text.replacingOccurrences(of: "dataVolume: 50TB", with: "dataVolume: 80TB").write(toFile: blueprint, atomically: true, encoding: .utf8)
        let edited = try run(["plan", "--detailed-exitcode", "--out", "edit.plan"])
        #expect(edited.status == 2)
        // Growth adds a server pool beside the recorded one, which stays as created: nothing destructive (issue 14).
        #expect(edited.stdout.contains("+ tenant.pools[name=pool-1].servers: "))
        #expect(!edited.stdout.contains("tenant.pools[name=pool-0]"))
        #expect(!edited.stdout.contains("Destructive"))
        #expect(edited.stdout.contains("Cost and capacity changes:\n  startup: +$"))
        #expect(edited.stdout.contains("      usable: "))
        let markdown = try run(["plan", "--format", "markdown"])
        #expect(markdown.stdout.contains("#### Cost and capacity"))
        #expect(markdown.stdout.contains("Monthly cost will increase by **$"))

        let shown = try run(["show", "edit.plan"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Saved plan against state serial 1"))
        #expect(shown.stdout.contains("+ tenant.pools[name=pool-1].servers: "))
        #expect(try run(["show", "--format", "markdown", "edit.plan"]).stderr.hasPrefix("Saved plan"))
        let missing = try run(["show", "nothing.plan"])
        #expect(missing.status == 1 && missing.stderr.contains("[show.missing]"))

        let json = try run(["plan", "--format", "json"])
        #expect(json.stdout.contains("\"format_version\""))
        #expect(json.stdout.contains("\"update\""))

        #expect(try run(["apply", "--auto-approve"]).status == 0)
        let stale = try run(["apply", "edit.plan"])
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("Saved plan is stale"))

        let values = "\(root)/generated/startup/helm/trino.values.yaml"
        try (String(contentsOfFile: values, encoding: .utf8) + "# hand edit\n").write(toFile: values, atomically: true, encoding: .utf8)
        let drift = try run(["drift"])
        #expect(drift.status == 4)
        #expect(drift.stdout.contains("generated/startup/helm/trino.values.yaml (edited by hand)"))
        let refused = try run(["apply", "--auto-approve"])
        #expect(refused.status == 4)
        #expect(refused.stderr.contains("[apply.drift]"))
        #expect(try String(contentsOfFile: values, encoding: .utf8).hasSuffix("# hand edit\n"))
        #expect(try run(["apply", "--auto-approve", "--overwrite-drift"]).status == 0)
        #expect(try run(["drift"]).status == 0)

        let history = try run(["state", "history"])
        #expect(history.stdout.split(separator: "\n").count == 2)
        #expect(history.stdout.contains("Plan: "))

        let rollback = try run(["rollback", "--to", "1", "--auto-approve"])
        #expect(rollback.status == 0, "\(rollback.stderr)")
        #expect(rollback.stdout.contains("Rolling back from serial 2 to the artifacts of serial 1."))
        #expect(rollback.stdout.contains("- tenant.pools[name=pool-1].servers: "))
        #expect(rollback.stdout.contains("State serial 3."))
        #expect(try run(["state", "history"]).stdout.contains("Rollback to serial 1."))
        #expect(try run(["drift"]).status == 0)
        #expect(try String(contentsOfFile: "\(root)/generated/startup/helm/minio.values.yaml", encoding: .utf8).contains("volumesPerServer: 12"))
        #expect(try run(["plan", "--detailed-exitcode"]).status == 2, "the blueprint still asks for 80TB")
        let unknown = try run(["rollback", "--to", "9", "--auto-approve"])
        #expect(unknown.status == 1 && unknown.stderr.contains("[rollback.serial]"))
    }

    @Test(arguments: StateBackend.available)
    func aStorageShrinkLeadsTheDestructiveSection(backend: StateBackend) throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = try Self.runner(root, backend)
        #expect(try run(["apply", "--auto-approve"]).status == 0)
        #expect(try run(["plan", "--fail-on-destructive"]).status == 0, "nothing changed, nothing destroyed")
        let blueprint = "\(root)/blueprints/startup.yaml"
        let text = try String(contentsOfFile: blueprint, encoding: .utf8)
        // Sizing never shrinks a running broker's volume by itself (issue 14); a pin below it does, and is flagged.
        let pin = "    pins:\n      - key: kafka.brokerStorage\n        value: 600GiB\n        reason: a smaller disk class\n"
        try text.replacingOccurrences(of: "    pins:\n", with: pin).replacingOccurrences(of: "retention: 7d", with: "retention: 2d")
            .write(toFile: blueprint, atomically: true, encoding: .utf8)

        let plan = try run(["plan", "--detailed-exitcode"])
        #expect(plan.status == 2)
        let destructive = plan.stdout.components(separatedBy: "\n\nLakeform will perform")[0]
        #expect(destructive.hasPrefix("Destructive changes: these can lose data or availability\n"))
        #expect(destructive.contains("! startup/manifests/KafkaNodePool.broker.yaml: spec.storage.volumes[id=0].size shrinks 2576Gi → 600Gi"))
        #expect(!destructive.contains("reports/"), "reports describe the lake; they lose no data")
        let gate = try run(["plan", "--fail-on-destructive", "--detailed-exitcode", "--format", "json"])
        #expect(gate.status == 5, "\(gate.stderr)")
        #expect(gate.stdout.contains(#""destructive" : ["#))
        let markdown = try run(["plan", "--format", "markdown"])
        #expect(markdown.stdout.contains("#### ⚠️ Destructive changes: these can lose data or availability\n\n- `startup/manifests/KafkaNodePool.broker.yaml`: spec.storage.volumes[id=0].size shrinks"))
    }
}
