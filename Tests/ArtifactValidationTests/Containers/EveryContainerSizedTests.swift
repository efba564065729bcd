import ArtifactValidation
import Foundation
import TestSupport
import Testing

/// Every container of every Helm release Lakeform emits, for the bundled lakes and the sizing
/// fixtures, has CPU and memory requests and a memory limit, with requests within limits: the
/// emitted values overlaid on the pinned chart's defaults and its subcharts' (`schemas/upstream/charts`).
@Suite struct EveryContainerSizedTests {
    static let charts = RepositoryPaths.path("schemas/upstream/charts")

    @Test func everyContainerOfEveryReleaseHasRequestsAndAMemoryLimit() throws {
        let checked = try Self.buildAndCheck(["blueprints", "Tests/Fixtures/sizing"])
        #expect(checked.lakes >= 8, "bundled lakes and sizing fixtures")
        #expect(checked.releases > 80)
        #expect(checked.containers > 3 * checked.releases, "the check saw only \(checked.containers) containers")
    }

    /// The options no bundled lake uses: CeleryExecutor (its Redis and workers' log groomers) and a NiFi cluster.
    @Test func celeryAndANiFiClusterToo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-options-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var blueprint = try String(contentsOfFile: RepositoryPaths.path("blueprints/examples/startup.yaml"), encoding: .utf8)
        for (from, to) in [
            ("executor: KubernetesExecutor", "executor: CeleryExecutor"), ("      kafka:\n", "      nifi:\n        nodes: 3\n      kafka:\n"),
            ("maxMonthlyCost: \"$5,000\"", "maxMonthlyCost: \"$1,000,000\""),
        ] {
            #expect(blueprint.contains(from))
            blueprint = blueprint.replacingOccurrences(of: from, with: to)
        }
        let file = folder.appendingPathComponent("options.yaml")
        try blueprint.write(to: file, atomically: true, encoding: .utf8)
        let checked = try Self.buildAndCheck([file.path])
        #expect(checked.lakes == 1 && checked.releases >= 8)
    }

    /// Builds the blueprints at `paths` into a scratch folder and checks every release of every lake.
    static func buildAndCheck(_ paths: [String]) throws -> (lakes: Int, releases: Int, containers: Int) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-containers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let build = try LakeformProcess.run(["build"] + paths + ["--out", out.path])
        try #require(build.status == 0, "\(build.stderr)")
        let lakes = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
            .filter { FileManager.default.fileExists(atPath: out.appendingPathComponent("\($0)/helmfile.yaml").path) }
        var charts: [String: ChartWithSubcharts] = [:]
        var releases = 0, containers = 0
        for lake in lakes {
            for (chartName, valuesPath) in try Self.releases(out.appendingPathComponent(lake)) {
                let chart = try charts[chartName] ?? ChartWithSubcharts(folder: URL(fileURLWithPath: "\(Self.charts)/\(chartName)"))
                charts[chartName] = chart
                let emitted = try JSONValue(yaml: String(contentsOf: out.appendingPathComponent("\(lake)/\(valuesPath)"), encoding: .utf8))
                let found = ContainerResourceCheck.containers(chart: chart, emitted: emitted)
                let findings = found.filter { !$0.problems.isEmpty }
                releases += 1
                containers += found.count
                #expect(findings.isEmpty, "\(lake)/\(valuesPath): \(findings.map(\.description).joined(separator: "; "))")
            }
        }
        return (lakes.count, releases, containers)
    }

    /// The chart folder and values file of every release in a lake's helmfile.
    static func releases(_ lake: URL) throws -> [(chart: String, values: String)] {
        let helmfile = try JSONValue(yaml: String(contentsOf: lake.appendingPathComponent("helmfile.yaml"), encoding: .utf8))
        guard case .array(let releases)? = helmfile.object?["releases"] else { return [] }
        return releases.compactMap { release in
            guard let chart = release.object?["chart"]?.text, case .array(let values)? = release.object?["values"],
                  let path = values.first?.text else { return nil }
            return (ArtifactValidator.chartFolder(forChart: chart), path)
        }
    }
}
/// The check finds what it should and skips what the chart does not render.
@Suite struct ContainerResourceCheckTests {
    static func findings(_ defaults: String, _ emitted: String = "{}", conditions: [String: [String]] = [:]) throws -> [String] {
        let chart = ChartWithSubcharts(name: "test", values: try JSONValue(yaml: defaults), conditions: conditions)
        return ContainerResourceCheck.findings(chart: chart, emitted: try JSONValue(yaml: emitted)).map(\.description)
    }

    @Test func aContainerWithoutAMemoryLimitIsFound() throws {
        #expect(try Self.findings("operator:\n  resources:\n    requests: {cpu: 200m, memory: 256Mi}\n")
            == ["operator.resources: no memory limit"])
    }

    @Test func emittedValuesCompleteTheDefaults() throws {
        #expect(try Self.findings("operator:\n  resources: {}\n", "operator:\n  resources:\n    requests: {cpu: 1, memory: 1Gi}\n    limits: {memory: 1Gi}\n")
            .isEmpty)
    }

    @Test func requestsAboveLimitsAreFound() throws {
        let emitted = "resources:\n  requests: {cpu: 2, memory: 2Gi}\n  limits: {cpu: 1500m, memory: 1024Mi}\n"
        #expect(try Self.findings("resources: {}\n", emitted) == ["resources: cpu request above its limit, memory request above its limit"])
    }

    @Test func disabledComponentsAndSubchartsAreSkipped() throws {
        let defaults = "flower:\n  enabled: true\n  resources: {}\nkube-state-metrics:\n  resources: {}\nkubeStateMetrics:\n  enabled: true\n"
        let emitted = "flower:\n  enabled: false\nkubeStateMetrics:\n  enabled: false\n"
        #expect(try Self.findings(defaults, emitted, conditions: ["kube-state-metrics": ["kubeStateMetrics.enabled"]]).isEmpty)
        #expect(try Self.findings(defaults, conditions: ["kube-state-metrics": ["kubeStateMetrics.enabled"]]).count == 2)
    }

    @Test func bitnamiPresetsAndVolumeClaimsCount() throws {
        #expect(try Self.findings("master:\n  resourcesPreset: nano\n  resources: {}\n").isEmpty)
        #expect(try Self.findings("master:\n  resourcesPreset: none\n  resources: {}\n").count == 1)
        #expect(try Self.findings("volumeClaimTemplate:\n  resources:\n    requests: {storage: 30Gi}\n").isEmpty)
    }

    @Test func containersBehindAnotherSwitchCountOnlyWhenItIsOn() throws {
        let chart = ChartWithSubcharts(name: "airflow", values: try JSONValue(yaml: "createUserJob:\n  resources: {}\nwebserver:\n  defaultUser:\n    enabled: true\n"))
        #expect(ContainerResourceCheck.findings(chart: chart, emitted: .null).count == 1)
        let off = try JSONValue(yaml: "webserver:\n  defaultUser:\n    enabled: false\n")
        #expect(ContainerResourceCheck.findings(chart: chart, emitted: off).isEmpty)
    }

    @Test func nifiLogSidecarsAreContainersToo() throws {
        #expect(try Self.findings("logresources:\n  requests: {cpu: 10m}\n") == ["logresources: no memory request, no memory limit"])
    }
}
