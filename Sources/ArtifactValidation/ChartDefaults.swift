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
    /// The violations of `values`' parts that a values file leaves alone, kept across the files checked.
    let pristine = PristineViolations()

    public init(name: String, values: JSONValue, schema: SchemaDocument? = nil, subcharts: Set<String> = [], vendored: Set<String> = []) {
        self.name = name
        self.values = values
        self.schema = schema
        self.subcharts = subcharts
        self.vendored = vendored
    }

    /// The chart as its source gives it; the values schema compiles its root now and the rest as values reach it.
    init(name: String, source: ChartSource) throws {
        self.init(name: name, values: source.values, schema: try source.schema.map { try SchemaDocument(lazily: $0) },
                  subcharts: source.subcharts, vendored: source.vendored)
    }
}

/// A chart's files as read, before its schema compiles: from the upstream folder, or from its digest
/// (`CatalogDigest`), which holds exactly this.
struct ChartSource {
    var values: JSONValue
    /// `values.schema.json` without its annotations (`JSONValue(schemaFile:)`), or its text in the digest.
    var schema: SchemaSource?
    var subcharts: Set<String>
    var vendored: Set<String>

    /// Reads `values.yaml`, `values.schema.json` (optional), `Chart.yaml`, `requirements.yaml` (optional)
    /// and the vendored subcharts' `subcharts/<name>/values.yaml`.
    init(folder: URL) throws {
        let values = try Self.yaml(folder.appendingPathComponent("values.yaml"))
        let schemaURL = folder.appendingPathComponent("values.schema.json")
        schema = try FileManager.default.fileExists(atPath: schemaURL.path)
            ? SchemaCatalog.reading(schemaURL) { .value(try JSONValue(schemaFile: Data(contentsOf: schemaURL))) } : nil
        subcharts = []
        vendored = []
        var merged = values.object ?? [:]
        for file in ["Chart.yaml", "requirements.yaml"] {
            let url = folder.appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            guard case .array(let dependencies)? = try Self.yaml(url).object?["dependencies"] else { continue }
            for case .object(let dependency) in dependencies {
                guard let key = (dependency["alias"] ?? dependency["name"])?.text else { continue }
                subcharts.insert(key)
                let vendoredValues = dependency["name"]?.text.map { folder.appendingPathComponent("subcharts/\($0)/values.yaml") }
                if let vendoredValues, FileManager.default.fileExists(atPath: vendoredValues.path) {
                    merged[key] = HelmValues.coalesce(try Self.yaml(vendoredValues), with: merged[key] ?? .object([:]))
                    vendored.insert(key)
                }
            }
        }
        self.values = values == .null && merged.isEmpty ? .object([:]) : .object(merged)
    }

    /// Reads the digest written from `digest` and `schemaDigest`: the values and keys are built, the schema stays text
    /// until compiled.
    init(digest: JSONValue, schema: JSONText?) throws {
        guard let entries = digest.object, let values = entries["values"] else { throw SchemaError.malformed("#/values") }
        func names(_ key: String) -> Set<String> {
            guard case .array(let items)? = entries[key] else { return [] }
            return Set(items.compactMap(\.text))
        }
        self.values = values
        self.schema = schema.map { .text($0, $0.whole) }
        subcharts = names("subcharts")
        vendored = names("vendored")
    }

    /// The digest's JSON: `values` and the sorted `subcharts` and `vendored` keys.
    var digest: JSONValue {
        .object([
            "values": values,
            "subcharts": .array(subcharts.sorted().map(JSONValue.string)),
            "vendored": .array(vendored.sorted().map(JSONValue.string)),
        ])
    }

    /// The values schema's digest, read apart from the values so that it stays text until compiled.
    func schemaDigest() throws -> JSONValue? { try schema?.parsed() }

    private static func yaml(_ url: URL) throws -> JSONValue {
        try SchemaCatalog.reading(url) { try JSONValue(yaml: String(contentsOf: url, encoding: .utf8)) }
    }
}
