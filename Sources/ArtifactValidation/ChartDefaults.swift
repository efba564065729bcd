import Foundation

/// What the catalog knows about one Helm chart: its default values, its values schema where
/// upstream ships one, and the top-level keys that belong to subcharts.
public struct ChartDefaults: Sendable {
    /// The chart's folder name in the catalog, such as `trino`.
    public let name: String
    /// `values.yaml` as Helm reads it, with each vendored subchart's `values.yaml`
    /// (`subcharts/<name>/values.yaml`) under the subchart's key, the parent's values winning.
    public let values: JSONValue
    /// `values.schema.json`, which Helm applies to the merged values.
    public let schema: SchemaDocument?
    /// The alias, or else the name, of every dependency in `Chart.yaml` or `requirements.yaml`:
    /// the values under these top-level keys go to a subchart.
    public let subcharts: Set<String>
    /// The subchart keys whose defaults are vendored (`subcharts/<name>/values.yaml`) and merged into `values`.
    public let vendored: Set<String>

    public init(name: String, values: JSONValue, schema: SchemaDocument? = nil, subcharts: Set<String> = [], vendored: Set<String> = []) {
        self.name = name
        self.values = values
        self.schema = schema
        self.subcharts = subcharts
        self.vendored = vendored
    }

    /// Reads `values.yaml`, `values.schema.json` (optional), `Chart.yaml`, `requirements.yaml` (optional)
    /// and the vendored subcharts' `subcharts/<name>/values.yaml`.
    init(name: String, folder: URL) throws {
        let values = try Self.yaml(folder.appendingPathComponent("values.yaml"))
        let schemaURL = folder.appendingPathComponent("values.schema.json")
        let schema = try FileManager.default.fileExists(atPath: schemaURL.path)
            ? SchemaCatalog.reading(schemaURL) { try SchemaDocument(lazily: JSONValue(json: Data(contentsOf: schemaURL))) } : nil
        var subcharts: Set<String> = []
        var vendoredKeys: Set<String> = []
        var merged = values.object ?? [:]
        for file in ["Chart.yaml", "requirements.yaml"] {
            let url = folder.appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            guard case .array(let dependencies)? = try Self.yaml(url).object?["dependencies"] else { continue }
            for case .object(let dependency) in dependencies {
                guard let key = (dependency["alias"] ?? dependency["name"])?.text else { continue }
                subcharts.insert(key)
                let vendored = dependency["name"]?.text.map { folder.appendingPathComponent("subcharts/\($0)/values.yaml") }
                if let vendored, FileManager.default.fileExists(atPath: vendored.path) {
                    merged[key] = HelmValues.coalesce(try Self.yaml(vendored), with: merged[key] ?? .object([:]))
                    vendoredKeys.insert(key)
                }
            }
        }
        self.init(name: name, values: values == .null && merged.isEmpty ? .object([:]) : .object(merged), schema: schema, subcharts: subcharts,
                  vendored: vendoredKeys)
    }

    private static func yaml(_ url: URL) throws -> JSONValue {
        try SchemaCatalog.reading(url) { try JSONValue(yaml: String(contentsOf: url, encoding: .utf8)) }
    }
}
