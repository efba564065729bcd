import Foundation
import Synchronization

/// The upstream schemas and chart defaults in one folder (see `SchemaLocation`):
/// `schemas/<kind>-<version>.json` for custom resources and `charts/<chart>/` for Helm charts.
/// Each file is read on first use and then kept, its schema compiled node by node as instances reach it,
/// so one catalog serves many checks. Where the folder has a digest of a file (`CatalogDigest`), the digest is read
/// instead: the same values, without the text validation never reads.
/// Sendable because the caches are only touched under `lock`.
public final class SchemaCatalog: @unchecked Sendable {
    public let folder: URL
    private let lock = NSLock()
    private var resourceSchemas: [String: CatalogEntry<SchemaDocument>] = [:]
    private var charts: [String: CatalogEntry<ChartDefaults>] = [:]

    public init(folder: URL) { self.folder = folder }

    /// The catalog at the default location, one per folder for the life of the process: what a command has
    /// read and compiled serves its later checks, and the parsed schemas are never torn down at exit.
    public static func loadDefault() throws -> SchemaCatalog { shared(folder: try SchemaLocation.find()) }

    private static let processCatalogs = Mutex<[String: SchemaCatalog]>([:])

    /// The process's catalog for `folder`, made on first use.
    static func shared(folder: URL) -> SchemaCatalog {
        processCatalogs.withLock { catalogs in
            if let known = catalogs[folder.path] { return known }
            let catalog = SchemaCatalog(folder: folder)
            catalogs[folder.path] = catalog
            return catalog
        }
    }

    /// The schema file name for a resource, kubeconform style: `kafka-v1.json`.
    public static func schemaFileName(kind: String, version: String) -> String { "\(kind.lowercased())-\(version).json" }

    /// The schema for a custom resource kind and API version; nil when the catalog has none.
    public func resourceSchema(kind: String, version: String) throws -> SchemaDocument? {
        let name = Self.schemaFileName(kind: kind, version: version)
        guard Self.isPlainName(name) else { return nil }
        return try cached(name, in: \.resourceSchemas) {
            let digest = CatalogDigest.schemaURL(in: folder, fileName: name)
            if FileManager.default.fileExists(atPath: digest.path) {
                return try Self.reading(digest) {
                    let text = JSONText(try Data(contentsOf: digest))
                    return try SchemaDocument(lazily: .text(text, text.whole))
                }
            }
            let url = resourceSchemaURL(kind: kind, version: version)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            return try Self.reading(url) { try SchemaDocument(lazily: JSONValue(schemaFile: Data(contentsOf: url))) }
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
            let digest = CatalogDigest.chartURL(in: folder, chart: name)
            if FileManager.default.fileExists(atPath: digest.path) {
                let schema = CatalogDigest.chartSchemaURL(in: folder, chart: name)
                return try Self.reading(digest) {
                    let text = FileManager.default.fileExists(atPath: schema.path) ? JSONText(try Data(contentsOf: schema)) : nil
                    return try ChartDefaults(name: name, source: ChartSource(digest: JSONValue(json: Data(contentsOf: digest)), schema: text))
                }
            }
            let chartFolder = folder.appendingPathComponent("charts").appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: chartFolder.appendingPathComponent("values.yaml").path) else { return nil }
            let source = try ChartSource(folder: chartFolder)
            return try Self.reading(chartSchemaURL(name)) { try ChartDefaults(name: name, source: source) }
        }
    }

    /// Chart folders in the catalog, sorted.
    public func chartNames() -> [String] {
        let charts = folder.appendingPathComponent("charts").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: charts)) ?? []).filter(Self.isPlainName).sorted()
    }

    /// The entry for `key`, loaded once: the table's lock is held only to find or add the entry, and each entry
    /// loads under its own lock, so two threads read two different files at the same time.
    private func cached<Value>(
        _ key: String, in table: ReferenceWritableKeyPath<SchemaCatalog, [String: CatalogEntry<Value>]>, load: () throws -> Value?
    ) throws -> Value? {
        let entry = lock.withLock {
            if let known = self[keyPath: table][key] { return known }
            let entry = CatalogEntry<Value>()
            self[keyPath: table][key] = entry
            return entry
        }
        return try entry.value(load)
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
        !name.isEmpty && !name.hasPrefix(".") && !name.utf8.contains(UInt8(ascii: "/")) && !name.utf8.contains(UInt8(ascii: "\\"))
    }
}

/// One file of the catalog: nil until loaded, then what it held (nil when the catalog has no such file).
/// A load that throws is not kept, so the next check reports the same error again.
/// The lock is an `NSLock`, which sleeps: a thread that waits for another's load of a large file should not spin
/// (`Mutex` on Linux is a priority-inheritance futex, and the kernel spins its waiters while the holder runs).
/// Sendable because `loaded` is only touched under `lock`.
private final class CatalogEntry<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: Value??

    func value(_ load: () throws -> Value?) throws -> Value? {
        try lock.withLock {
            if let known = loaded { return known }
            let value = try load()
            loaded = .some(value)
            return value
        }
    }
}
