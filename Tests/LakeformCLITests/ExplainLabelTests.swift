import Foundation
import TestSupport
import Testing

/// `lakeform explain` labels a setting the blueprint writes as a blueprint input, even where it equals its default.
@Suite struct ExplainLabelTests {
    static func blueprint(opensearch: String, monitoring: String) -> String {
        """
        formatVersion: 1
        lakes:
          - name: labels
            tier: explain labels
            namespace: labels
            workload:
              dataVolume: 10TB
              logsPerDay: 100GB
            components:
              opensearch: \(opensearch)
              monitoring: \(monitoring)
        """
    }

    static func explain(_ yaml: String, _ address: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-labels-\(UUID().uuidString).yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try LakeformProcess.run(["explain", "labels", address, "-f", path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return result.stdout
    }

    @Test func writtenDefaultsAreBlueprintInputs() throws {
        let written = Self.blueprint(opensearch: "{ replicas: 1, retention: 30d }", monitoring: "{ retention: 15d }")
        #expect(try Self.explain(written, "opensearch.replicas").contains("opensearch.replicas = 1  [blueprint input]"))
        #expect(try Self.explain(written, "opensearch.retention").contains("opensearch.retention = 30d  [blueprint input]"))
        #expect(try Self.explain(written, "prometheus.retention").contains("prometheus.retention = 15d  [blueprint input]"))
    }

    @Test func unwrittenSettingsAreDefaults() throws {
        let unwritten = Self.blueprint(opensearch: "{}", monitoring: "{}")
        #expect(try Self.explain(unwritten, "opensearch.replicas").contains("opensearch.replicas = 1  [default]"))
        #expect(try Self.explain(unwritten, "prometheus.retention").contains("prometheus.retention = 15d  [default]"))
    }
}
