import ArtifactValidation

/// Finds every container a chart renders by default in its merged values (chart defaults with the
/// subcharts' under their keys, overlaid with the emitted values) and what each one's resources lack:
/// a CPU request, a memory request, a memory limit, or requests within limits.
///
/// A container is a `resources` map anywhere in the merged values whose owning component is not
/// disabled: no map on its path says `enabled: false`, and it is not in a subchart whose condition
/// is false.
enum ContainerResourceCheck {
    /// Keys that hold a container's resources although they are not literally `resources`.
    /// NiFi (cetic chart): the log-tailing sidecars `app-log`, `bootstrap-log` and `user-log` take `logresources`.
    static let otherContainerKeys: Set<String> = ["logresources"]

    /// Containers that a chart's template renders only under a switch other than an `enabled` above them:
    /// chart folder → resources path (`*` stands for one list index or key) → the boolean value that must be
    /// true, or, after `!`, must not be.
    static let renderedOnlyWhen: [String: [String: String]] = [
        // templates/jobs/create-user-job.yaml is wrapped in `if .Values.webserver.defaultUser.enabled`.
        "airflow": ["createUserJob.resources": "webserver.defaultUser.enabled"],
        // The operator Deployment adds the webhook container when `flink-operator.webhook-enabled` (_helpers.tpl),
        // which is `webhook.create` when the values name no separate validator or mutator.
        "flink-kubernetes-operator": ["operatorPod.webhook.resources": "webhook.create"],
        // values.yaml: the kubectl container is "used by Sentinel to update the isMaster label", which only the
        // (experimental) master Service selects on.
        "redis": ["kubectl.resources": "sentinel.masterService.enabled"],
        // values.yaml: "The following will be effective only when tiers are enabled".
        "druid": ["historical.tierData.*.resources": "historical.tiers"],
        // values.yaml: `cluster.enabled` switches between cluster mode and the standalone deployment.
        "milvus": ["standalone.resources": "!cluster.enabled"],
    ]

    /// One container's resources map and what it lacks.
    struct Finding: Equatable, CustomStringConvertible {
        var path: String
        var problems: [String]
        var description: String { "\(path): \(problems.joined(separator: ", "))" }
    }

    /// The containers that lack something.
    static func findings(chart: ChartWithSubcharts, emitted: JSONValue) -> [Finding] {
        containers(chart: chart, emitted: emitted).filter { !$0.problems.isEmpty }
    }

    /// Every container the chart renders with these values, each with what it lacks (nothing, when sized).
    static func containers(chart: ChartWithSubcharts, emitted: JSONValue) -> [Finding] {
        let merged = HelmValues.coalesce(chart.values, with: emitted == .null ? .object([:]) : emitted)
        let skipped = chart.disabledSubcharts(in: merged)
        var found: [Finding] = []
        for (key, value) in merged.object ?? [:] where !skipped.contains(key) {
            walk(value, key: key, parent: merged.object ?? [:], path: [key], into: &found)
        }
        let switches = renderedOnlyWhen[chart.name] ?? [:]
        return found.filter { finding in
            guard let flag = switches.first(where: { matches($0.key, finding.path) })?.value else { return true }
            let negated = flag.hasPrefix("!")
            let on = ChartWithSubcharts.flag(String(flag.dropFirst(negated ? 1 : 0)), in: merged) == .bool(true)
            return negated ? !on : on
        }
        .sorted { $0.path < $1.path }
    }

    /// Whether a dotted `pattern`, with `*` for any one segment, names `path`.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        let wanted = pattern.split(separator: "."), actual = path.split(separator: ".")
        return wanted.count == actual.count && zip(wanted, actual).allSatisfy { $0 == "*" || $0 == $1 }
    }

    private static func walk(_ value: JSONValue, key: String, parent: [String: JSONValue], path: [String], into found: inout [Finding]) {
        if key == "resources" || otherContainerKeys.contains(key) {
            // A PersistentVolumeClaim's `resources` (storage requests) is not a container.
            if !path.contains("volumeClaimTemplate"), value == .null || value.object != nil {
                found.append(Finding(path: path.joined(separator: "."), problems: problems(value.object ?? [:], preset: parent["resourcesPreset"]?.text)))
            }
        }
        switch value {
        case .object(let entries):
            if entries["enabled"] == .bool(false) { return }
            for (child, item) in entries { walk(item, key: child, parent: entries, path: path + [child], into: &found) }
        case .array(let items):
            for (index, item) in items.enumerated() { walk(item, key: "", parent: [:], path: path + ["\(index)"], into: &found) }
        default:
            return
        }
    }

    /// What `resources` lacks. Bitnami charts size a container whose `resources` is empty from the
    /// sibling `resourcesPreset` (bitnami/common `_resources.tpl`: every preset but `none` sets CPU and
    /// memory requests and limits, requests below limits), so a preset other than `none` counts.
    static func problems(_ resources: [String: JSONValue], preset: String?) -> [String] {
        let requests = resources["requests"]?.object ?? [:], limits = resources["limits"]?.object ?? [:]
        if requests.isEmpty, limits.isEmpty, let preset, preset != "none" { return [] }
        var problems: [String] = []
        if requests["cpu"] == nil { problems.append("no cpu request") }
        if requests["memory"] == nil { problems.append("no memory request") }
        if limits["memory"] == nil { problems.append("no memory limit") }
        for resource in ["cpu", "memory"] {
            if let request = requests[resource].flatMap(ResourceQuantity.value), let limit = limits[resource].flatMap(ResourceQuantity.value),
               request > limit {
                problems.append("\(resource) request above its limit")
            }
        }
        return problems
    }
}
