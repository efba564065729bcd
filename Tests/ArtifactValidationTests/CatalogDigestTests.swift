import Foundation
import Testing
@testable import ArtifactValidation

/// The committed digest of `schemas/upstream` is current, and reads as the upstream files read.
@Suite("Catalog digest")
struct CatalogDigestTests {
    static let catalog = SchemaLocation.sourceCheckout
    static let digestFolder = catalog.appendingPathComponent(CatalogDigest.folderName)

    /// Digest files on disk, by path under the catalog folder.
    static func committed() throws -> [String: String] {
        var files: [String: String] = [:]
        for kind in ["schemas", "charts"] {
            let folder = digestFolder.appendingPathComponent(kind)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                files["\(CatalogDigest.folderName)/\(kind)/\(name)"] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            }
        }
        return files
    }

    @Test("the committed digest is what the upstream files give (LAKEFORM_RECORD_DIGESTS=1 writes it)")
    func digestIsCurrent() throws {
        let expected = try CatalogDigest.expected(catalog: Self.catalog)
        let environment = ProcessInfo.processInfo.environment
        if environment["LAKEFORM_RECORD_DIGESTS"] == "1", environment["CI"] == nil {
            try? FileManager.default.removeItem(at: Self.digestFolder)
            for (path, text) in expected {
                let url = Self.catalog.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        }
        let committed = try Self.committed()
        #expect(committed.keys.sorted() == expected.keys.sorted(), "run LAKEFORM_RECORD_DIGESTS=1 swift test --filter CatalogDigestTests")
        for (path, text) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(committed[path] == text, "\(path) is stale: run LAKEFORM_RECORD_DIGESTS=1 swift test --filter CatalogDigestTests")
        }
        #expect(expected.count > 20)
    }

    @Test("a chart's digest reads back as its upstream folder reads")
    func chartDigestsReadAsUpstream() throws {
        for chart in SchemaCatalog(folder: Self.catalog).chartNames() {
            let upstream = try ChartSource(folder: Self.catalog.appendingPathComponent("charts/\(chart)"))
            let schemaURL = CatalogDigest.chartSchemaURL(in: Self.catalog, chart: chart)
            let schema = FileManager.default.fileExists(atPath: schemaURL.path) ? JSONText(try Data(contentsOf: schemaURL)) : nil
            #expect((schema != nil) == (upstream.schema != nil), "\(chart)")
            let digest = try ChartSource(digest: JSONValue(json: Data(contentsOf: CatalogDigest.chartURL(in: Self.catalog, chart: chart))), schema: schema)
            #expect(digest.values == upstream.values && digest.subcharts == upstream.subcharts && digest.vendored == upstream.vendored, "\(chart)")
            #expect(try digest.schema?.parsed() == upstream.schema?.parsed(), "\(chart)")
        }
    }

    @Test("a CRD schema's digest reads back as the upstream file without its annotations")
    func schemaDigestsReadAsUpstream() throws {
        let schemas = Self.catalog.appendingPathComponent("schemas")
        for name in try FileManager.default.contentsOfDirectory(atPath: schemas.path) where name.hasSuffix(".json") {
            let upstream = try JSONValue(schemaFile: Data(contentsOf: schemas.appendingPathComponent(name)))
            let digest = try JSONValue(json: Data(contentsOf: CatalogDigest.schemaURL(in: Self.catalog, fileName: name)))
            #expect(digest == upstream, "\(name)")
        }
    }

    @Test("a catalog without a digest reads its upstream files, with the same verdicts")
    func upstreamOnlyCatalog() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for kind in ["schemas", "charts"] {
            try FileManager.default.copyItem(at: Self.catalog.appendingPathComponent(kind), to: copy.appendingPathComponent(kind))
        }
        let plain = SchemaCatalog(folder: copy), digested = SchemaCatalog(folder: Self.catalog)
        let airflow = try #require(try plain.chart("airflow")), airflowDigest = try #require(try digested.chart("airflow"))
        #expect(airflow.values == airflowDigest.values && airflow.subcharts == airflowDigest.subcharts)
        let bad: JSONValue = .object(["executor": .int(3)])
        #expect(airflow.schema?.validate(bad).map(\.description) == airflowDigest.schema?.validate(bad).map(\.description))
        #expect(try airflow.schema?.validate(bad).isEmpty == false)
        let kafka = try #require(try plain.resourceSchema(kind: "Kafka", version: "v1"))
        let kafkaDigest = try #require(try digested.resourceSchema(kind: "Kafka", version: "v1"))
        let instance: JSONValue = .object(["spec": .object(["kafka": .object(["replicas": .string("three")])])])
        #expect(kafka.validate(instance).map(\.description) == kafkaDigest.validate(instance).map(\.description))
        #expect(!kafka.validate(instance).isEmpty)
    }
}
