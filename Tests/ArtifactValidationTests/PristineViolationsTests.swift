import Foundation
import Testing
@testable import ArtifactValidation

/// Keeping the violations of the defaults a values file leaves alone changes no verdict, on the first file or later ones.
@Suite("Violations of untouched defaults")
struct PristineViolationsTests {
    static let overrides = [
        "{}",
        "{executor: 3}",
        "{executor: KubernetesExecutor, webserver: {replicas: two}}",
        "{scheduler: {replicas: 2, resources: {limits: {memory: 1Gi}}}, workers: null}",
        "{images: {airflow: {repository: x, tag: 1}}, unknownTopLevel: {a: 1}}",
        "{config: {core: {dags_folder: /opt/dags}}, postgresql: {enabled: false}, data: {metadataSecretName: db}}",
        "{webserver: null, triggerer: {enabled: notABool}}",
    ]

    @Test("the airflow chart's merged values give the same violations with and without the memo, twice over")
    func sameVerdicts() throws {
        let chart = try #require(try SchemaCatalog.loadDefault().chart("airflow"))
        let schema = try #require(chart.schema)
        let memo = PristineViolations()
        var anyViolation = false
        for _ in 0..<2 {
            for text in Self.overrides {
                let overrides = try JSONValue(yaml: text)
                let merged = HelmValues.coalesce(chart.values, with: overrides)
                let plain = try schema.violations(of: merged)
                let kept = try schema.violations(of: merged, overrides: overrides, pristine: memo)
                #expect(kept == plain, "\(text)")
                anyViolation = anyViolation || !plain.isEmpty
            }
        }
        #expect(anyViolation)
    }
}
