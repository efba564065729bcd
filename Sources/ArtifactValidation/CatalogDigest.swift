import Foundation

/// The catalog's digest (`digest/` beside `schemas/` and `charts/`): each upstream file as validation reads it,
/// in compact JSON, so that a command parses a fraction of the bytes and no YAML.
/// - `digest/schemas/<kind>-<version>.json`: the CRD schema without its `description`, `title` and `$comment`
///   strings (`JSONValue(schemaFile:)`).
/// - `digest/charts/<chart>.json`: the chart's `ChartSource`: its merged default values and its subchart keys;
///   `digest/charts/<chart>.schema.json`: its values schema, likewise pruned, where the chart ships one.
///
/// The digest is derived, never edited: `CatalogDigestTests` fails when it differs from what the upstream files
/// give, and `LAKEFORM_RECORD_DIGESTS=1 swift test --filter CatalogDigestTests` writes it again.
enum CatalogDigest {
    static let folderName = "digest"

    static func schemaURL(in catalog: URL, fileName: String) -> URL {
        catalog.appendingPathComponent("\(folderName)/schemas").appendingPathComponent(fileName)
    }

    static func chartURL(in catalog: URL, chart: String) -> URL {
        catalog.appendingPathComponent("\(folderName)/charts").appendingPathComponent("\(chart).json")
    }

    static func chartSchemaURL(in catalog: URL, chart: String) -> URL {
        catalog.appendingPathComponent("\(folderName)/charts").appendingPathComponent("\(chart).schema.json")
    }

    /// Every digest file the upstream files of `catalog` give, by path under `catalog`.
    static func expected(catalog: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        let schemas = catalog.appendingPathComponent("schemas")
        for name in try FileManager.default.contentsOfDirectory(atPath: schemas.path) where name.hasSuffix(".json") {
            let url = schemas.appendingPathComponent(name)
            let schema = try SchemaCatalog.reading(url) { try JSONValue(schemaFile: Data(contentsOf: url)) }
            files["\(folderName)/schemas/\(name)"] = schema.jsonText() + "\n"
        }
        for chart in SchemaCatalog(folder: catalog).chartNames() {
            let folder = catalog.appendingPathComponent("charts").appendingPathComponent(chart)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("values.yaml").path) else { continue }
            let source = try ChartSource(folder: folder)
            files["\(folderName)/charts/\(chart).json"] = source.digest.jsonText() + "\n"
            if let schema = try source.schemaDigest() { files["\(folderName)/charts/\(chart).schema.json"] = schema.jsonText() + "\n" }
        }
        return files
    }
}
