import ArtifactValidation
import Foundation

/// A bundled chart's defaults as Helm assembles them: the chart's `values.yaml` with each bundled
/// subchart's `values.yaml` under the subchart's key (its alias, else its name), the parent's values
/// for that key winning; plus each subchart's `condition` from `Chart.yaml` / `requirements.yaml`.
struct ChartWithSubcharts {
    /// The chart's folder name under `schemas/upstream/charts`.
    var name: String
    var values: JSONValue
    /// Subchart key → the value paths of its condition (`kubeStateMetrics.enabled`).
    var conditions: [String: [String]]

    init(name: String, values: JSONValue, conditions: [String: [String]] = [:]) {
        self.name = name
        self.values = values
        self.conditions = conditions
    }

    /// Reads `<folder>/values.yaml` and every `<folder>/subcharts/<dependency name>/values.yaml` that is bundled.
    init(folder: URL) throws {
        var values = try Self.yaml(folder.appendingPathComponent("values.yaml")).object ?? [:]
        var conditions: [String: [String]] = [:]
        for dependency in try Self.dependencies(folder) {
            guard let name = dependency["name"]?.text else { continue }
            let key = dependency["alias"]?.text ?? name
            let subchart = folder.appendingPathComponent("subcharts/\(name)/values.yaml")
            if FileManager.default.fileExists(atPath: subchart.path) {
                values[key] = HelmValues.coalesce(try Self.yaml(subchart), with: values[key] ?? .object([:]))
            }
            if let condition = dependency["condition"]?.text { conditions[key] = condition.split(separator: ",").map(String.init) }
        }
        self.init(name: folder.lastPathComponent, values: .object(values), conditions: conditions)
    }

    /// The subchart keys whose condition is false in `merged` (Helm skips a dependency whose first
    /// condition path that resolves to a boolean is false; a path that resolves to nothing is ignored).
    func disabledSubcharts(in merged: JSONValue) -> Set<String> {
        Set(conditions.compactMap { key, paths in
            let first = paths.lazy.compactMap { Self.flag($0, in: merged) }.first
            return first == .bool(false) ? key : nil
        })
    }

    /// The boolean at a dotted path such as `webhook.create`, or nil when the path holds none.
    static func flag(_ dotted: String, in value: JSONValue) -> JSONValue? {
        var current: JSONValue? = value
        for key in dotted.split(separator: ".") { current = current?.object?[String(key)] }
        guard case .bool? = current else { return nil }
        return current
    }

    private static func dependencies(_ folder: URL) throws -> [[String: JSONValue]] {
        try ["Chart.yaml", "requirements.yaml"].flatMap { file -> [[String: JSONValue]] in
            let url = folder.appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: url.path),
                  case .array(let items)? = try yaml(url).object?["dependencies"] else { return [] }
            return items.compactMap(\.object)
        }
    }

    private static func yaml(_ url: URL) throws -> JSONValue {
        let value = try JSONValue(yaml: String(contentsOf: url, encoding: .utf8))
        return value == .null ? .object([:]) : value
    }
}
