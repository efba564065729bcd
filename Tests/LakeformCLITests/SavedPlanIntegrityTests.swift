import Foundation
import TestSupport
import Testing

/// A saved plan is applied only as it was saved (issue 16, item 3): a hand edit, a corrupted or truncated file, an
/// extra artifact or an older format is refused with exit 1 and nothing written; `show` lists every file with its digest.
@Suite struct SavedPlanIntegrityTests {
    /// A scratch repository with a plan saved as `saved.plan` against an empty SQLite state.
    private static func savedPlan() throws -> (root: String, run: ([String]) throws -> LakeformProcess.Result) {
        let root = try ScratchRepository.withStartupBlueprint()
        let run = { (arguments: [String]) in
            try LakeformProcess.run(arguments, in: root, environment: ["NO_COLOR": "1", "LAKEFORM_STATE": "\(root)/state.db"])
        }
        let plan = try run(["plan", "--out", "saved.plan"])
        try #require(plan.status == 0, "\(plan.stderr)")
        return (root, run)
    }

    private static func tampered(_ root: String, _ change: (Data) throws -> Data) throws {
        let path = "\(root)/saved.plan"
        try change(try Data(contentsOf: URL(fileURLWithPath: path))).write(to: URL(fileURLWithPath: path))
    }

    /// Every way of changing the file after it was saved.
    static let tamperings: [String] = ["hand edit", "dd", "truncated", "extra file", "older format", "replaced plan"]

    @Test(arguments: tamperings)
    func aChangedPlanFileIsRefusedAndNothingIsWritten(_ tampering: String) throws {
        let (root, run) = try Self.savedPlan()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let expectedID: String
        switch tampering {
        case "hand edit":
            expectedID = "planFile.integrity"
            try Self.tampered(root) { data in
                let text = String(decoding: data, as: UTF8.self)
                #expect(text.contains("replicas: "))
                return Data(text.replacingOccurrences(of: "replicas: ", with: "replicas: 9").utf8)
            }
        case "dd":
            expectedID = "planFile.integrity"
            // Overwrite bytes inside an artifact's contents, as `dd conv=notrunc` does, keeping the JSON valid.
            try Self.tampered(root) { data in
                var bytes = data
                let at = try #require(bytes.range(of: Data("apiVersion: ".utf8))).lowerBound
                bytes.replaceSubrange(at..<(at + 4), with: Data("XXXX".utf8))
                return bytes
            }
        case "truncated":
            expectedID = "planFile.corrupt"
            try Self.tampered(root) { $0.prefix($0.count / 2) }
        case "extra file":
            expectedID = "planFile.integrity"
            try Self.tampered(root) { data in
                var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
                var artifacts = try #require(object["artifacts"] as? [[String: Any]])
                artifacts.append(["path": "startup/manifests/KafkaTopic.junk.yaml", "kind": "manifest", "contents": "kind: KafkaTopic\n",
                                  "sha256": "b1e8c5f0cf1ad4a8a1e1cbc38e6c2ab8b0e5c1e0b8f2b4f1e7a5a0b2e1c3d4f5"])
                object["artifacts"] = artifacts
                return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            }
        case "older format":
            expectedID = "planFile.format"
            try Self.tampered(root) { data in
                Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"format_version\":\"2.0\"", with: "\"format_version\":\"1.2\"").utf8)
            }
        default:
            expectedID = "planFile.integrity"
            // A plan whose digest is recomputed after editing its changes still has to match its artifacts.
            try Self.tampered(root) { data in
                var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
                var plan = try #require(object["plan"] as? [String: Any])
                plan["changes"] = []
                object["plan"] = plan
                return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            }
        }
        let applied = try run(["apply", "saved.plan"])
        #expect(applied.status == 1, "\(applied.stdout)\(applied.stderr)")
        #expect(applied.stderr.contains("[\(expectedID)]"), "\(applied.stderr)")
        #expect(applied.stderr.contains("re-run `lakeform plan --out saved.plan`"))
        #expect(!applied.stdout.contains("Apply complete"))
        #expect(!FileManager.default.fileExists(atPath: "\(root)/generated"), "a refused plan wrote generated/")
        #expect(try run(["state", "history"]).stdout.isEmpty, "a refused plan recorded a revision")
        let shown = try run(["show", "saved.plan"])
        #expect(shown.status == 1 && shown.stderr.contains("[\(expectedID)]"))
    }

    @Test func showListsEveryFileWithItsDigestAndTheIntactPlanApplies() throws {
        let (root, run) = try Self.savedPlan()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let shown = try run(["show", "saved.plan"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Files apply writes under generated/ (SHA-256"))
        let listed = shown.stdout.split(separator: "\n").filter { $0.hasPrefix("  +   startup/") }
        #expect(listed.count > 20)
        #expect(listed.allSatisfy { $0.split(separator: " ").last?.count == 64 })
        #expect(try run(["apply", "saved.plan"]).status == 0)

        // A second lake applied and then removed: show names each deleted file with its recorded digest.
        let blueprint = try String(contentsOfFile: "\(root)/blueprints/startup.yaml", encoding: .utf8)
        try blueprint.replacingOccurrences(of: "  - name: startup\n", with: "  - name: second\n")
            .replacingOccurrences(of: "    namespace: datalake\n", with: "    namespace: second\n")
            .write(toFile: "\(root)/blueprints/second.yaml", atomically: true, encoding: .utf8)
        #expect(try run(["apply", "--auto-approve"]).status == 0)
        try FileManager.default.removeItem(atPath: "\(root)/blueprints/second.yaml")
        let removal = try run(["plan", "--out", "removal.plan"])
        #expect(removal.status == 0, "\(removal.stderr)")
        let deletions = try run(["show", "removal.plan"])
        #expect(deletions.stdout.contains("Files apply deletes (SHA-256 recorded in the state):\n  -   second/"))
        #expect(deletions.stdout.contains("\n  -   second/helmfile.yaml  "))
        #expect(try run(["apply", "removal.plan"]).status == 0)
    }
}
