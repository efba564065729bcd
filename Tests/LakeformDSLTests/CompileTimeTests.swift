import Foundation
import Testing

/// Type-checks blueprint snippets against the built LakeformDSL module, to prove that a
/// declaration in the wrong block or a misspelt pin key is a compile error, not a runtime one.
@Suite("Compile-time checks")
struct CompileTimeTests {
    @Test("a blueprint with every declaration in its block type-checks")
    func validBlueprint() throws {
        let outcome = try typecheck("""
            let blueprint = Blueprint {
                Lake("ok", tier: "1 PB", namespace: "ns") {
                    Workload(dataVolume: .petabytes(1)) { Ingest(rate: .megabytesPerSecond(5)) }
                    Iceberg(catalog: "c", type: .jdbc, warehouse: "w") {
                        Table("t", namespace: "db", partitionBy: [.bucket(16, "id")]) { Column("id", .string) }
                    }
                    Spark { SparkJob("j", language: .python, application: "a") }
                    Airflow { DAG("d", schedule: "@daily") { DAGTask("t", sparkJob: "j") } }
                    Pin(.kafkaBrokers, 6)
                    Pin(.kafkaBrokerMemory, .gibibytes(16))
                }
            }
            """)
        #expect(outcome.succeeded, "\(outcome.diagnostics)")
    }

    @Test("misplaced declarations and wrong pins do not compile", arguments: [
        ("SparkJob(\"j\", language: .python, application: \"a\")", "LakeBlock"),
        ("Ingest(rate: .megabytesPerSecond(5))", "LakeBlock"),
        ("Table(\"t\", namespace: \"db\") { Column(\"id\", .string) }", "LakeBlock"),
        ("Spark { Table(\"t\", namespace: \"db\") { Column(\"id\", .string) } }", "ListBlock<Wire.SparkJob>"),
        ("Iceberg(catalog: \"c\", type: .jdbc, warehouse: \"w\") { Column(\"id\", .string) }", "ListBlock<Wire.Table>"),
        ("Airflow { DAGTask(\"t\", sparkJob: \"j\") }", "ListBlock<Wire.DAG>"),
        ("Workload(dataVolume: .petabytes(1)) { Kafka() }", "WorkloadBlock"),
        ("Pin(.kafkaBroker, 6)", "type 'PinKey<Int>' has no member 'kafkaBroker'"),
        ("Pin(.kafkaBrokerMemory, 16)", "expected argument type 'ByteCount'"),
        ("Pin(.kafkaBrokers, .gibibytes(16))", "type 'Int' has no member 'gibibytes'"),
    ])
    func misplaced(declaration: String, expected: String) throws {
        let outcome = try typecheck("""
            let blueprint = Blueprint {
                Lake("bad", tier: "1 PB", namespace: "ns") {
                    Workload(dataVolume: .petabytes(1))
                    \(declaration)
                }
            }
            """)
        #expect(!outcome.succeeded)
        #expect(outcome.diagnostics.contains("main.swift:5:"), "\(outcome.diagnostics)")
        #expect(outcome.diagnostics.contains(expected), "\(outcome.diagnostics)")
    }

    /// Runs `swiftc -typecheck` on `import LakeformDSL` followed by `body`.
    private func typecheck(_ body: String) throws -> (succeeded: Bool, diagnostics: String) {
        let modules = try #require(Self.modulesDirectory(), "no Modules/LakeformDSL.swiftmodule above the test binary")
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("lakeform-dsl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("main.swift")
        try "import LakeformDSL\n\(body)\n".write(to: file, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc", "-typecheck", "-module-name", "Blueprint", "-I", modules.path, file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus == 0, String(decoding: data, as: UTF8.self))
    }

    /// The build's `Modules` directory, found by walking up from the test binary.
    private static func modulesDirectory() -> URL? {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var directory = executable.resolvingSymlinksInPath()
        for _ in 0..<6 {
            directory.deleteLastPathComponent()
            let modules = directory.appendingPathComponent("Modules")
            if FileManager.default.fileExists(atPath: modules.appendingPathComponent("LakeformDSL.swiftmodule").path) {
                return modules
            }
        }
        return nil
    }
}
