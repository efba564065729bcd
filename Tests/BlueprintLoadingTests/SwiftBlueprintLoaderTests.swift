@testable import BlueprintLoading
import Diagnostics
import Foundation
import Testing

/// End-to-end loads through swiftc; each compile costs 0.3–1 s, so keep this suite small.
@Suite("Swift blueprint loader")
struct SwiftBlueprintLoaderTests {
    static let smallLake = """
        import LakeformDSL

        print("hello from the blueprint")
        let blueprint = Blueprint {
            Lake("small", tier: "1 PB", namespace: "datalake") {
                Workload(dataVolume: .petabytes(1))
            }
        }

        """

    @Test("a valid blueprint loads, and loading it again uses the cache without running swiftc")
    func validBlueprintThenCacheHit() async throws {
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let (compiler, log) = scratch.countingCompiler()
        let cache = scratch.directory("corrupt-cache")
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: cache + "/" + BlueprintCache.fileName))
        let path = scratch.write(Self.smallLake, name: "small")
        func swiftcRuns() -> Int {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").count
        }

        let loader = SwiftBlueprintTestbed.loader(cacheDirectory: cache, compilerPath: compiler)
        let first = await SwiftBlueprintTestbed.load(path, with: loader)
        guard case .loaded(let blueprint, let warnings) = first.outcome else {
            Issue.record("expected to load: \(SwiftBlueprintTestbed.failures(first.outcome))")
            return
        }
        #expect(!first.cacheHit)
        #expect(blueprint.path == path)
        #expect(blueprint.document.lakes.map(\.name) == ["small"])
        #expect(blueprint.document.lakes.first?.workload.dataVolume.bytes == 1_000_000_000_000_000)
        #expect(blueprint.location(of: "lakes[0]")?.file == path)
        #expect(blueprint.location(of: "lakes[0]")?.line == 5)
        #expect(warnings.first("blueprint.output")?.notes == ["hello from the blueprint"])
        #expect(swiftcRuns() == 2, "the import list and the compile, and no swiftc --version")

        let second = await SwiftBlueprintTestbed.load(path, with: loader)
        #expect(second.cacheHit)
        #expect(swiftcRuns() == 2, "a cache hit must not run swiftc")
        guard case .loaded(let cached, let cachedWarnings) = second.outcome else {
            Issue.record("expected the cached load to succeed")
            return
        }
        #expect(cached == blueprint)
        #expect(cachedWarnings == warnings)
    }

    @Test("a compile error points at the user's path and line")
    func compileError() async {
        let source = """
            import LakeformDSL

            let brokers: Int = "three" // ERROR: blueprint.compile
            """
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let path = scratch.write(source, name: "typo")
        let errors = SwiftBlueprintTestbed.failures(await SwiftBlueprintTestbed.load(path).outcome)
        #expect(errors.map(\.id) == ["blueprint.compile"])
        #expect(errors.first?.source?.file == path)
        #expect(errors.first?.source?.line == SwiftBlueprintTestbed.markedLine(source))
        #expect(errors.first?.message.contains("String") == true)
    }

    @Test("errors the DSL finds come back as blueprint.dsl at the user's lines")
    func dslErrors() async {
        let source = """
            import LakeformDSL

            let blueprint = Blueprint {
                Lake("twin", tier: "1 PB", namespace: "a") { Workload(dataVolume: .petabytes(1)) }
                Lake("twin", tier: "1 PB", namespace: "b") { Workload(dataVolume: .petabytes(1)) } // ERROR: blueprint.dsl
            }
            """
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let path = scratch.write(source, name: "twins")
        let errors = SwiftBlueprintTestbed.failures(await SwiftBlueprintTestbed.load(path).outcome)
        #expect(errors.map(\.id) == ["blueprint.dsl"])
        #expect(errors.first?.source?.file == path)
        #expect(errors.first?.source?.line == SwiftBlueprintTestbed.markedLine(source))
    }

    @Test("fatalError gives blueprint.crashed at the line that stopped")
    func crash() async {
        let source = """
            import LakeformDSL

            fatalError("boom") // ERROR: blueprint.crashed
            """
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let path = scratch.write(source, name: "crash")
        let errors = SwiftBlueprintTestbed.failures(await SwiftBlueprintTestbed.load(path).outcome)
        #expect(errors.map(\.id) == ["blueprint.crashed"])
        #expect(errors.first?.message == "the blueprint stopped: Fatal error: boom")
        #expect(errors.first?.source == SourceLocation(file: path, line: SwiftBlueprintTestbed.markedLine(source) ?? 0, column: 1))
        #expect(errors.first?.notes.first?.hasPrefix("killed by signal") == true)
        #expect(errors.first?.notes.contains { $0.contains("stack trace") } == false)
    }

    @Test("an endless loop is killed after the time limit")
    func timeout() async {
        let source = """
            import LakeformDSL

            var spins = 0
            while spins >= 0 { spins = (spins &+ 1) & 0xFFFF }
            """
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let path = scratch.write(source, name: "spin")
        let started = ContinuousClock.now
        let errors = SwiftBlueprintTestbed.failures(
            await SwiftBlueprintTestbed.load(path, with: SwiftBlueprintTestbed.loader(timeout: .seconds(2))).outcome
        )
        #expect(errors.map(\.id) == ["blueprint.timeout"])
        #expect(errors.first?.message == "evaluation did not finish within 2 s; look for an endless loop")
        #expect(errors.first?.source == .file(path))
        // Compiling the blueprint takes most of this, and tens of seconds on a loaded 2-core machine; the point is that the load ends.
        #expect(ContinuousClock.now - started < .seconds(90))
    }
}
