import Foundation
import TestSupport
import Testing

/// Teammates sharing one state: a checkout whose generated/ equals an earlier revision is "behind" (pull), never
/// "edited by hand" and never exit 4 (issue 16, item 3).
@Suite struct BehindCheckoutTests {
    @Test(arguments: StateBackend.available)
    func eightCheckoutsEachBehindByOneRevisionArePointedToPull(_ backend: StateBackend) throws {
        let main = try ScratchRepository.withStartupBlueprint()
        var folders = [main]
        defer { for folder in folders { try? FileManager.default.removeItem(atPath: folder) } }
        let state = try backend.freshLocation(in: URL(fileURLWithPath: main))
        let run = { (folder: String, arguments: [String]) in
            try LakeformProcess.run(arguments, in: folder, environment: ["NO_COLOR": "1", "LAKEFORM_STATE": state])
        }
        try #require(try run(main, ["apply", "--auto-approve"]).status == 0)
        let blueprint = "\(main)/blueprints/startup.yaml"
        let original = try String(contentsOfFile: blueprint, encoding: .utf8)
        for teammate in 1...8 {
            // The teammate's checkout is at serial `teammate`; then main applies serial `teammate + 1`.
            let checkout = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-teammate-\(UUID().uuidString)").path
            folders.append(checkout)
            try FileManager.default.createDirectory(atPath: checkout, withIntermediateDirectories: true)
            for folder in ["blueprints", "generated"] {
                try FileManager.default.copyItem(atPath: "\(main)/\(folder)", toPath: "\(checkout)/\(folder)")
            }
            try original.replacingOccurrences(of: "dataVolume: 50TB", with: "dataVolume: \(50 + 10 * teammate)TB")
                .write(toFile: blueprint, atomically: true, encoding: .utf8)
            let applied = try run(main, ["apply", "--auto-approve"])
            try #require(applied.stdout.contains("State serial \(teammate + 1)."), "\(applied.stdout)\(applied.stderr)")

            let expected = "generated/ matches serial \(teammate), applied by "
            let pull = "the state is at serial \(teammate + 1): pull (git pull) before planning"
            let plan = try run(checkout, ["plan"])
            #expect(plan.status == 0, "\(plan.stderr)")
            #expect(plan.stdout.contains(expected) && plan.stdout.contains(pull), "teammate \(teammate): \(plan.stdout.prefix(600))")
            #expect(!plan.stdout.contains("edited by hand"))
            let drift = try run(checkout, ["drift"])
            #expect(drift.status == 0)
            #expect(drift.stdout.contains(expected) && !drift.stdout.contains("edited by hand"))
            let apply = try run(checkout, ["apply", "--auto-approve"])
            #expect(apply.status == 1, "teammate \(teammate) got exit \(apply.status): \(apply.stderr)")
            #expect(apply.stderr.contains(expected) && apply.stderr.contains("[apply.behind]"))
            #expect(!apply.stderr.contains("edited by hand"))
        }
        let handEdit = "\(main)/generated/startup/helmfile.yaml"
        try (String(contentsOfFile: handEdit, encoding: .utf8) + "# hand edit\n").write(toFile: handEdit, atomically: true, encoding: .utf8)
        let edited = try run(main, ["drift"])
        #expect(edited.status == 4, "a real hand edit is still drift")
        #expect(edited.stdout.contains("generated/startup/helmfile.yaml (edited by hand)"))
    }
}
