import Foundation
import TestSupport
import Testing

/// `lakeform init`: a new blueprint repository that validates and plans as written, and no overwrites.
@Suite struct InitCommandTests {
    @Test func initScaffoldsARepositoryThatPlansWithItsSwiftBlueprint() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-init-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let created = try LakeformProcess.run(["init", "lake"], in: parent)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.hasSuffix("Next: cd lake && lakeform plan\n"))
        let root = "\(parent)/lake"
        for name in ["plan", "apply"] {
            let copied = try String(contentsOfFile: "\(root)/.github/workflows/lakeform-\(name).yml", encoding: .utf8)
            #expect(copied == (try String(contentsOfFile: RepositoryPaths.path("examples/github/\(name).yml"), encoding: .utf8)))
        }
        #expect(try String(contentsOfFile: "\(root)/.gitignore", encoding: .utf8).contains(".lakeform/\n"))

        let environment = ["NO_COLOR": "1", "LAKEFORM_STATE": ""]
        let validated = try LakeformProcess.run(["validate"], in: root, environment: environment)
        #expect(validated.status == 0 && validated.stdout.contains("Valid: 2 blueprints, 2 lakes: analytics (50 TB), events (50 TB)."),
                "\(validated.stdout)\(validated.stderr)")
        #expect(!validated.stderr.contains("warning"), "the templates are sized consistently: \(validated.stderr)")
        let plan = try LakeformProcess.run(["plan", "--detailed-exitcode"], in: "\(root)/blueprints", environment: environment)
        #expect(plan.status == 2, "\(plan.stderr)")
        #expect(plan.stdout.contains("+ events/manifests/Kafka."), "the Swift lake is planned")
        #expect(plan.stdout.contains("+ analytics/helm/trino.values.yaml"))
    }

    @Test func initRefusesToOverwriteAndWritesNothing() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "# mine\n".write(toFile: "\(root)/README.md", atomically: true, encoding: .utf8)
        let refused = try LakeformProcess.run(["init"], in: root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("already has blueprints, README.md; nothing was written [init.exists]"))
        #expect(try String(contentsOfFile: "\(root)/README.md", encoding: .utf8) == "# mine\n")
        #expect(!FileManager.default.fileExists(atPath: "\(root)/.gitignore") && !FileManager.default.fileExists(atPath: "\(root)/.github"))
    }
}
