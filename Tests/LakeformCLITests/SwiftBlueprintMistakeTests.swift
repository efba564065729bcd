import Foundation
import TestSupport
import Testing

/// The Swift mistakes a new user makes get one clear diagnostic each at the line to fix, not swiftc's noise:
/// `lakeform validate` on blueprints whose `// ERROR: <id>` markers name what each must print, and where.
@Suite struct SwiftBlueprintMistakeTests {
    static let lake = """
        let blueprint = Blueprint {
            Lake("small", tier: "1 PB", namespace: "datalake") {
                Workload(dataVolume: .petabytes(1)) {
                    LogsPerDay(.gigabytes(50))
                }
        """

    static let mistakes: [String: String] = [
        "unimported": "// ERROR: blueprint.missingImport\n" + lake + "\n        Elasticsearch()\n    }\n}\n",
        "misspelt-import": "// a lake\nimport LakeFormDSL // ERROR: blueprint.missingImport\n" + lake + "\n        Elasticsearch()\n    }\n}\n",
        "unknown-name": "import LakeformDSL\n" + lake + "\n        ElasticSearch(retention: .days(3)) // ERROR: blueprint.unknownName\n    }\n}\n",
        "unknown-label": "import LakeformDSL\n" + lake + "\n        Elasticsearch()\n        Kafka(version: \"3.7\",\n"
            + "              replicationFactr: 3) // ERROR: blueprint.unknownLabel\n    }\n}\n",
    ]

    @Test func eachMistakeIsOneDiagnosticAtItsLine() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/blueprints", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        var expected: [PrintedDiagnostic] = []
        for (name, source) in Self.mistakes {
            let path = "blueprints/\(name).swift"
            try source.write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
            for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard let marker = line.range(of: "// ERROR: ") else { continue }
                expected.append(PrintedDiagnostic(file: path, line: index + 1, id: String(line[marker.upperBound...])))
            }
        }
        let result = try LakeformProcess.run(["validate"] + Self.mistakes.keys.sorted().map { "blueprints/\($0).swift" },
                                             in: root, environment: ["NO_COLOR": "1"])
        #expect(result.status == 1)
        let order = { (a: PrintedDiagnostic, b: PrintedDiagnostic) in (a.file, a.line) < (b.file, b.line) }
        #expect(PrintedDiagnostic.errors(in: result.stderr).sorted(by: order) == expected.sorted(by: order), "stderr was:\n\(result.stderr)")
        #expect(result.stderr.contains("note: did you mean 'Elasticsearch'?"))
        #expect(result.stderr.contains("note: did you mean 'replicationFactor:'?"))
        #expect(result.stderr.contains("add `import LakeformDSL` at the top"))
        #expect(!result.stderr.contains("module<Blueprint>"))
    }

    @Test func inputsWithoutTheirComponentIsAWarningAtTheInputsLine() throws {
        let source = """
            import LakeformDSL

            let blueprint = Blueprint {
                Lake("small", tier: "1 PB", namespace: "datalake") {
                    Workload(dataVolume: .petabytes(1)) {
                        Vectors(count: 1_000_000, dimensions: 768)
                        LogsPerDay(.gigabytes(50))
                    }
                    OpenSearch()
                }
            }

            """
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try source.write(toFile: root + "/lake.swift", atomically: true, encoding: .utf8)
        let result = try LakeformProcess.run(["validate", "lake.swift"], in: root, environment: ["NO_COLOR": "1"])
        #expect(result.status == 0, "stderr was:\n\(result.stderr)")
        let warned = result.stderr.split(separator: "\n").filter { $0.hasSuffix("[workload.missingConsumer]") }
        #expect(warned.count == 1)
        #expect(warned.first?.hasPrefix("lake.swift:6:") == true)
        #expect(warned.first?.contains("Vectors is declared, but lake 'small' has no Milvus to serve them") == true)
    }
}
