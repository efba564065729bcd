import Foundation

/// The upstream schemas and chart defaults in one folder (see `SchemaLocation`):
/// `schemas/<kind>-<version>.json` for custom resources and `charts/<chart>/` for Helm charts.
/// Each file is read on first use and then kept, its schema compiled node by node as instances reach it,
/// so one catalog serves many checks.
/// Sendable because the caches are only touched under `lock`.
public final class SchemaCatalog: @unchecked Sendable {
    public let folder: URL
    private let lock = NSLock()
    private var resourceSchemas: [String: SchemaDocument?] = [:]
    private var charts: [String: ChartDefaults?] = [:]

    public init(folder: URL) { self.folder = folder }

    /// The catalog at the default location.
    public static func loadDefault() throws -> SchemaCatalog { SchemaCatalog(folder: try SchemaLocation.find()) }

    /// The schema file name for a resource, kubeconform style: `kafka-v1.json`.
    public static func schemaFileName(kind: String, version: String) -> String { "\(kind.lowercased())-\(version).json" }

    /// The schema for a custom resource kind and API version; nil when the catalog has none.
    public func resourceSchema(kind: String, version: String) throws -> SchemaDocument? {
        let name = Self.schemaFileName(kind: kind, version: version)
        guard Self.isPlainName(name) else { return nil }
        return try cached(name, in: \.resourceSchemas) {
            let url = resourceSchemaURL(kind: kind, version: version)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            return try Self.reading(url) { try SchemaDocument(lazily: JSONValue(json: Data(contentsOf: url))) }
        }
    }

    /// Where the schema for a custom resource kind and API version is, or would be.
    func resourceSchemaURL(kind: String, version: String) -> URL {
        folder.appendingPathComponent("schemas").appendingPathComponent(Self.schemaFileName(kind: kind, version: version))
    }

    /// Where a chart's `values.schema.json` is, or would be.
    func chartSchemaURL(_ name: String) -> URL {
        folder.appendingPathComponent("charts").appendingPathComponent(name).appendingPathComponent("values.schema.json")
    }

    /// A chart's defaults by its folder name under `charts/` (`trino`, `minio-operator`); nil
    /// when the catalog does not have the chart.
    public func chart(_ name: String) throws -> ChartDefaults? {
        guard Self.isPlainName(name) else { return nil }
        return try cached(name, in: \.charts) {
            let chartFolder = folder.appendingPathComponent("charts").appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: chartFolder.appendingPathComponent("values.yaml").path) else { return nil }
            return try ChartDefaults(name: name, folder: chartFolder)
        }
    }

    /// Chart folders in the catalog, sorted.
    public func chartNames() -> [String] {
        let charts = folder.appendingPathComponent("charts").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: charts)) ?? []).filter(Self.isPlainName).sorted()
    }

    private func cached<Value>(
        _ key: String, in table: ReferenceWritableKeyPath<SchemaCatalog, [String: Value?]>, load: () throws -> Value?
    ) throws -> Value? {
        lock.lock()
        defer { lock.unlock() }
        if let known = self[keyPath: table][key] { return known }
        let loaded = try load()
        self[keyPath: table][key] = .some(loaded)
        return loaded
    }

    /// Runs `body`, turning any failure into `SchemaCatalogError.unreadable` for `url`.
    static func reading<Value>(_ url: URL, _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch {
            throw SchemaCatalogError.unreadable(path: url.path, reason: String(describing: error))
        }
    }

    /// A single path component without `/` or a leading dot, so names cannot leave the folder.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\\")
    }
}
