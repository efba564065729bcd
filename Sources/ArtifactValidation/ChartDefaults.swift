import Foundation

/// What the catalog knows about one Helm chart: its default values, its values schema where
/// upstream ships one, and the top-level keys that belong to subcharts.
public struct ChartDefaults: Sendable {
    /// The chart's folder name in the catalog, such as `trino`.
    public let name: String
    /// `values.yaml` as Helm reads it.
    public let values: JSONValue
    /// `values.schema.json`, which Helm applies to the merged values.
    public let schema: SchemaDocument?
    /// The alias, or else the name, of every dependency in `Chart.yaml` or `requirements.yaml`:
    /// the values under these top-level keys go to a subchart whose defaults are not in the catalog.
    public let subcharts: Set<String>

    public init(name: String, values: JSONValue, schema: SchemaDocument? = nil, subcharts: Set<String> = []) {
        self.name = name
        self.values = values
        self.schema = schema
        self.subcharts = subcharts
    }

    /// Reads `values.yaml`, `values.schema.json` (optional), `Chart.yaml` and `requirements.yaml` (optional).
    init(name: String, folder: URL) throws {
        let values = try Self.yaml(folder.appendingPathComponent("values.yaml"))
        let schemaURL = folder.appendingPathComponent("values.schema.json")
        let schema = try FileManager.default.fileExists(atPath: schemaURL.path)
            ? SchemaCatalog.reading(schemaURL) { try SchemaDocument(data: Data(contentsOf: schemaURL)) } : nil
        var subcharts: Set<String> = []
        for file in ["Chart.yaml", "requirements.yaml"] {
            let url = folder.appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            guard case .array(let dependencies)? = try Self.yaml(url).object?["dependencies"] else { continue }
            for case .object(let dependency) in dependencies {
                if let key = (dependency["alias"] ?? dependency["name"])?.text { subcharts.insert(key) }
            }
        }
        self.init(name: name, values: values == .null ? .object([:]) : values, schema: schema, subcharts: subcharts)
    }

    private static func yaml(_ url: URL) throws -> JSONValue {
        try SchemaCatalog.reading(url) { try JSONValue(yaml: String(contentsOf: url, encoding: .utf8)) }
    }
}
