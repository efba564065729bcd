@testable import Emitters
import Testing

/// Whole files for three representative manifests, compared byte for byte with reviewed goldens.
@Suite struct ManifestSnapshotTests {
    /// A fixed tool version keeps the header stable across releases.
    let artifacts = ManifestFamily.artifacts(EmitContext(lake: ManifestFixture.lake, toolVersion: "snapshot"))

    @Test(arguments: ["KafkaNodePool.broker.yaml", "FlinkDeployment.enrich.yaml", "PrometheusRule.sample-capacity.yaml"])
    func matchesTheGolden(file: String) throws {
        let artifact = try #require(artifacts.first { $0.path == "sample/manifests/\(file)" })
        try ManifestSnapshot.assertMatches(artifact.contents, named: file)
    }
}
