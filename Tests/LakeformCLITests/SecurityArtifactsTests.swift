import Foundation
import TestSupport
import Testing

/// `lakeform build` writes each lake's security artifacts: `prerequisites.md` beside `secrets.md`,
/// the Namespace with its Pod Security labels, the NetworkPolicies and the flow diagram.
@Suite struct SecurityArtifactsTests {
    @Test func buildWritesPrerequisitesNamespacePoliciesAndTheDiagram() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-security-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let build = try LakeformProcess.run(["build", "blueprints/examples/startup.yaml", "--out", out])
        try #require(build.status == 0, "\(build.stderr)")
        let lake = "\(out)/startup"
        let prerequisites = try String(contentsOfFile: "\(lake)/prerequisites.md", encoding: .utf8)
        #expect(prerequisites.contains("# Prerequisites of lake `startup`"))
        #expect(prerequisites.contains("## Pod Security"))
        #expect(FileManager.default.fileExists(atPath: "\(lake)/secrets.md"))
        let manifests = try FileManager.default.contentsOfDirectory(atPath: "\(lake)/manifests")
        let namespace = try #require(manifests.first { $0.hasPrefix("Namespace.") })
        let labels = try String(contentsOfFile: "\(lake)/manifests/\(namespace)", encoding: .utf8)
        #expect(labels.contains("pod-security.kubernetes.io/warn: restricted"))
        #expect(labels.contains("pod-security.kubernetes.io/audit: restricted"))
        #expect(manifests.contains { $0.hasSuffix("-default-deny.yaml") && $0.hasPrefix("NetworkPolicy.") })
        let svg = try String(contentsOfFile: "\(lake)/network/data-flows.svg", encoding: .utf8)
        #expect(svg.hasPrefix("<svg ") && !svg.contains("<script"))
        #expect(try LakeformProcess.run(["build", "blueprints/examples/startup.yaml", "--out", out, "--check"]).status == 0, "deterministic")
    }
}
