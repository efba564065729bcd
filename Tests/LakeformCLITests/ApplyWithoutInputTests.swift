import Foundation
import TestSupport
import Testing

/// `apply` without `--auto-approve` and with standard input closed (a CI job) applies nothing and says what to do.
@Suite struct ApplyWithoutInputTests {
    @Test func closedInputIsAnErrorThatNamesTheWayOut() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try LakeformProcess.run(["apply"], in: root, environment: ["NO_COLOR": "1"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[apply.noInput]") && result.stderr.contains("--auto-approve"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(root)/generated/startup/helmfile.yaml"), "nothing was applied")
    }
}
