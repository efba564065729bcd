@testable import BlueprintLoading
import Diagnostics
import Foundation
import LakeModel
import LakeformWire
import Testing

/// Every numeric input has one documented bound: the schema carries it, YAML and Swift blueprints get it at their line.
@Suite struct InputBoundsTests {
    let definitions: [String: Any]

    init() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../schemas/blueprint.schema.json")
        let schema = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        definitions = try #require(schema["$defs"] as? [String: Any])
    }

    /// The schema node that carries `minimum`/`maximum` for a property: the property, or its integer branch.
    func boundedNode(_ definition: String, _ property: String) -> [String: Any]? {
        let properties = (definitions[definition] as? [String: Any])?["properties"] as? [String: Any]
        guard let node = properties?[property] as? [String: Any] else { return nil }
        if node["minimum"] != nil { return node }
        return (node["oneOf"] as? [[String: Any]])?.first { $0["type"] as? String == "integer" }
    }

    @Test func theSchemaCarriesEveryBoundOfTheTable() throws {
        #expect(InputBounds.all.count > 50)
        for bound in InputBounds.all {
            let node = try #require(boundedNode(bound.definition, bound.property), "\(bound.definition).\(bound.property)")
            // Money is written in dollars and mapped to cents.
            let scale = bound.unit == .cents ? 0.01 : 1
            let minimum = (node["minimum"] as? NSNumber)?.doubleValue
            let maximum = (node["maximum"] as? NSNumber)?.doubleValue
            #expect(minimum == Double(bound.range.lowerBound) * scale, "minimum of \(bound.definition).\(bound.property)")
            #expect(maximum == Double(bound.range.upperBound) * scale, "maximum of \(bound.definition).\(bound.property)")
        }
    }

    @Test func theSchemaCarriesEveryPinMaximum() throws {
        let rules = try #require((definitions["pin"] as? [String: Any])?["allOf"] as? [[String: Any]])
        var maximumByKey: [String: Int] = [:]
        for rule in rules {
            let keyNode = ((rule["if"] as? [String: Any])?["properties"] as? [String: Any])?["key"] as? [String: Any]
            let valueNode = ((rule["then"] as? [String: Any])?["properties"] as? [String: Any])?["value"] as? [String: Any]
            let maximum = try #require(valueNode?["maximum"] as? Int)
            for key in keyNode?["enum"] as? [String] ?? [] { maximumByKey[key] = maximum }
        }
        for key in PinKey.all {
            #expect(maximumByKey[key.name] == InputBounds.pinRange(key).upperBound, "maximum of pin \(key.name)")
        }
    }

    static func mapped(_ text: String) -> [Diagnostic] {
        switch DataBlueprintLoader.load(path: "lake.yaml", contents: text) {
        case .loaded(let blueprint, _): SpecMapper.map(blueprint).diagnostics.sorted
        case .failed(let diagnostics): diagnostics.sorted
        }
    }

    @Test(arguments: [
        ("dataVolume: 2000PB", "dataVolume must be between 1 B and 1 EB, but it is 2 EB", "dataVolume"),
        ("dataVolume: 1TB\nvectors: {count: 2000000000000, dimensions: 768}", "vector count must be between 1 and 1,000,000,000,000",
         "vectors.count"),
        ("dataVolume: 1TB\ningest: {eventsPerSecond: 1000000000, averageEventSize: 1MB}",
         "eventsPerSecond × averageEventSize must be between 1 B/s and 1 TB/s, but it is 1 PB/s", "ingest"),
    ])
    func aWorkloadBeyondItsBoundIsAnErrorAtItsLine(workload: String, message: String, key: String) throws {
        let text = DataFormatLoad.lake(workload: workload)
        let error = try #require(Self.mapped(text).first { $0.severity == .error })
        #expect(error.id == "spec.outOfRange")
        #expect(error.message.hasPrefix(message), "\(error.message)")
        let needle = key.split(separator: ".").first.map(String.init) ?? key
        #expect(error.source?.line == DataFormatLoad.position(of: needle, in: text)?.line)
    }

    @Test func aFlinkParallelismOfABillionIsAnErrorNamingTheRange() throws {
        let text = DataFormatLoad.lake(
            workload: "dataVolume: 1TB\ningest: {rate: 1MB/s}\nstreams: [{name: events, retention: 7d}]",
            components: "kafka: {}\nflink:\n  jobs: [{name: enrich, source: events, jarURI: 'local:///opt/enrich.jar', parallelism: 1000000000}]")
        let error = try #require(Self.mapped(text).first { $0.severity == .error })
        #expect(error.id == "spec.outOfRange")
        #expect(error.message == "parallelism must be between 1 and 100,000, but it is 1,000,000,000")
        #expect(error.address == "lake.analytics.flink.jobs.enrich.parallelism")
        #expect(error.notes.contains { $0.contains("$defs.flinkJob.parallelism") })
    }

    @Test func aSizePinnedOnACountKeyIsAnErrorNotATrap() throws {
        let text = DataFormatLoad.lake(components: "trino: {}") + "\n    pins: [{key: trino.workers, value: 16TB}]\n"
        let error = try #require(Self.mapped(text).first { $0.severity == .error })
        #expect(error.id == "spec.outOfRange")
        #expect(error.message.contains("trino.workers is pinned to 16,000,000,000,000, above the largest pin of 10,000"))
    }

    @Test(arguments: ["9223.5PB", "9223372036854775807PB", "99999999999999999999", "9223.50000000000000000000PB"])
    func aSizeBeyond64BitsIsADiagnosticAtParse(size: String) throws {
        let error = try #require(DataFormatLoad.error(DataFormatLoad.lake(workload: "dataVolume: \(size)")))
        #expect(error.id == "blueprint.invalidValue")
        #expect(error.message.contains("too large"), "\(error.message)")
        #expect(error.source?.line == 7)
    }

    @Test func aSwiftBlueprintGetsTheSameBound() async throws {
        let source = """
            import LakeformDSL

            let blueprint = Blueprint {
                Lake("vast", tier: "vast", namespace: "datalake") {
                    Workload(dataVolume: .petabytes(5_000)) // ERROR: spec.outOfRange
                }
            }
            """
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let path = scratch.write(source, name: "vast")
        guard case .loaded(let blueprint, _) = await SwiftBlueprintTestbed.load(path).outcome else {
            Issue.record("the blueprint should load; the bound is the mapper's")
            return
        }
        let error = try #require(SpecMapper.map(blueprint).diagnostics.errors.first)
        #expect(error.id == "spec.outOfRange")
        #expect(error.message == "dataVolume must be between 1 B and 1 EB, but it is 5 EB")
        #expect(error.source?.file == path)
        #expect(error.source?.line == SwiftBlueprintTestbed.markedLine(source))
    }
}
