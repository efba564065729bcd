import ArtifactValidation
import Costing
import Foundation
import LakeModel
import TestSupport
import Testing

/// The books inside the binary are the files users copy, byte for byte, and every price is cited.
@Suite struct BundledPriceBooksTests {
    @Test(arguments: BundledPriceBooks.names)
    func bundledTextIsByteIdenticalToTheFile(name: String) throws {
        let file = try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.path("pricebooks/\(name).yaml")))
        let bundled = Data(try #require(BundledPriceBooks.text(named: name)).utf8)
        #expect(bundled == file, """
            pricebooks/\(name).yaml and its copy in Sources/Costing/BundledPriceBooks+*.swift differ; \
            paste the file between the #\"\"\" delimiters (docs/cost.md, Editing a bundled book)
            """)
    }

    @Test func everyFileInPricebooksIsBundled() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.path("pricebooks")).filter { $0.hasSuffix(".yaml") }
        #expect(Set(files) == Set(BundledPriceBooks.names.map { "\($0).yaml" }))
    }

    @Test(arguments: BundledPriceBooks.names)
    func bundledBookParsesCleanlyAndCitesEveryPrice(name: String) throws {
        let book = try CostingFixtures.book(name)
        #expect(book.name == name)
        for line in book.lines {
            for item in line.items {
                #expect(item.source?.isEmpty == false, "\(name): '\(line.name)' › '\(item.name)' has no source")
            }
        }
    }

    @Test(arguments: BundledPriceBooks.names)
    func bundledBookCoversEveryComponent(name: String) throws {
        let covered = Set(try CostingFixtures.book(name).lines.flatMap(\.covers))
        #expect(covered == Set(ComponentKind.allCases))
    }

    @Test func namesResolveToBundledBooksAndOtherwiseToFiles() throws {
        let onPrem = try #require(BundledPriceBooks.text(named: "on-prem"))
        #expect(PriceBookSource.resolve("on-prem", relativeTo: "blueprints") == .bundled(name: "on-prem", text: onPrem))
        #expect(PriceBookSource.resolve("my-dc.yaml", relativeTo: "blueprints") == .file(path: "blueprints/my-dc.yaml"))
        #expect(PriceBookSource.resolve("/etc/dc.yaml", relativeTo: "blueprints") == .file(path: "/etc/dc.yaml"))
        #expect(PriceBookSource.resolve("my-dc.yaml", relativeTo: "") == .file(path: "my-dc.yaml"))
        #expect(BundledPriceBooks.names.contains(BundledPriceBooks.defaultName))
    }

    /// `--pricebook` (from the working directory), else the blueprint's book (from its folder), else the default.
    @Test func aLakesBookIsTheOverrideElseItsBlueprintsElseTheDefault() throws {
        var spec = try CostingFixtures.tier("small").spec
        spec.blueprintPath = "blueprints/team/lake.yaml"
        spec.cost.priceBook = "dc.yaml"
        #expect(PriceBookSource.forLake(spec, override: nil) == .file(path: "blueprints/team/dc.yaml"))
        #expect(PriceBookSource.forLake(spec, override: "mine.yaml") == .file(path: "mine.yaml"))
        spec.cost.priceBook = nil
        #expect(PriceBookSource.forLake(spec, override: nil) == PriceBookSource.resolve(BundledPriceBooks.defaultName, relativeTo: ""))
    }
}

/// The JSON Schemas in schemas/ accept what Lakeform reads and writes, and list the same names.
@Suite struct CostSchemaTests {
    static func schema(_ name: String) throws -> SchemaDocument {
        try SchemaDocument(data: try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.path("schemas/\(name)"))))
    }

    @Test(arguments: BundledPriceBooks.names)
    func bundledBooksMatchThePriceBookSchema(name: String) throws {
        let book = try JSONValue(yaml: try #require(BundledPriceBooks.text(named: name)))
        #expect(try Self.schema("pricebook.schema.json").validate(book).map(\.description) == [])
    }

    @Test func schemaRejectsANegativePriceAndAnUnknownKey() throws {
        let book = try JSONValue(yaml: """
            format_version: 1
            name: x
            title: y
            lines:
              - {name: K, covers: [kafka], items: [{name: B, per: kafka-broker, price: -200, prise: 1}]}
            """)
        #expect(try Self.schema("pricebook.schema.json").validate(book).count >= 2)
    }

    @Test(arguments: BundledPriceBooks.names)
    func reportsMatchTheCostReportSchema(book: String) throws {
        let json = try CostJSON.render(try CostReportTests.reports(book))
        #expect(try Self.schema("cost-report.schema.json").validate(try JSONValue(json: Data(json.utf8))).map(\.description) == [])
    }

    @Test func schemasListEveryMeasureAndComponent() throws {
        for name in ["pricebook.schema.json", "cost-report.schema.json"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.path("schemas/\(name)")))
            let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let defs = try #require(root["$defs"] as? [String: Any])
            let components = (defs["component"] as? [String: Any])?["enum"] as? [String]
            #expect(components == ComponentKind.allCases.map(\.rawValue), "\(name)")
            let measures = (defs["measure"] as? [String: Any])?["enum"] as? [String]
            #expect(measures == Measure.allCases.map(\.rawValue), "\(name)")
        }
    }
}
