@testable import BlueprintLoading
import Diagnostics
import Foundation
import GRDB
import LakeformWire
import Testing

/// The pieces of the Swift blueprint loader that need no compiler.
@Suite("Swift blueprint loader parts")
struct SwiftBlueprintPartsTests {
    @Test("swiftc output becomes diagnostics at the user's lines, without excerpts or group tags")
    func compilerOutput() {
        let output = """
            blueprints/x.swift:5:21: error: cannot convert value of type 'String' to specified type 'Int' [#TypeMismatch]
            3 |
            4 | // comment
            5 | let brokers: Int = "three"
              |                     `- error: cannot convert value of type 'String' to specified type 'Int'
            /tmp/w/main.swift:2:1: warning: will never be executed
            blueprints/x.swift:1:5: note: 'brokers' declared here
            /usr/bin/ld.gold: undefined reference to 'foo'
            error: link command failed with exit code 1 (use -v to see invocation)
            """
        let diagnostics = CompilerOutputParser.diagnostics(
            from: output, userPath: "blueprints/x.swift", mainPath: "/tmp/w/main.swift"
        )
        #expect(diagnostics.map(\.severity) == [.error, .warning, .error])
        #expect(diagnostics.allSatisfy { $0.id == "blueprint.compile" })
        #expect(diagnostics[0].message == "cannot convert value of type 'String' to specified type 'Int'")
        #expect(diagnostics[0].source == SourceLocation(file: "blueprints/x.swift", line: 5, column: 21))
        #expect(diagnostics[1].source == SourceLocation(file: "blueprints/x.swift", line: 2, column: 1))
        #expect(diagnostics[1].notes == ["line 1: 'brokers' declared here"])
        #expect(diagnostics[2].source == .file("blueprints/x.swift"))
        #expect(diagnostics[2].notes == ["/usr/bin/ld.gold: undefined reference to 'foo'"])
    }

    @Test("a crash report keeps the fatal error and its location, never the stack trace")
    func crashReport() {
        let stderr = """
            loading lakes
            Blueprint/x.swift:7: Fatal error: boom
            Current stack trace:
            0    libswiftCore.so    0x00007efe3955f130 swift_reportError + 33
            """
        let located = CrashReport.diagnostic(stderr: stderr, termination: .signaled(4), userPath: "blueprints/x.swift")
        #expect(located.id == "blueprint.crashed")
        #expect(located.message == "the blueprint stopped: Fatal error: boom")
        #expect(located.source == SourceLocation(file: "blueprints/x.swift", line: 7, column: 1))
        #expect(located.notes == ["killed by signal 4 (SIGILL)", "loading lakes"])

        let stdlib = CrashReport.diagnostic(
            stderr: "Swift/ContiguousArrayBuffer.swift:691: Fatal error: Index out of range\n",
            termination: .signaled(5), userPath: "b.swift"
        )
        #expect(stdlib.source == .file("b.swift"))
        #expect(stdlib.message.hasSuffix("Index out of range"))

        let exited = CrashReport.diagnostic(stderr: "bad things\n", termination: .exited(3), userPath: "b.swift")
        #expect(exited.message == "the blueprint crashed (exited with status 3)")
        #expect(exited.notes == ["bad things"])
    }

    @Test("the wire output: format version first, then DSL errors and the source map at the user's path")
    func evaluationReader() throws {
        let newer = Data(#"{"formatVersion": 99, "document": "something new"}"#.utf8)
        #expect(SwiftBlueprintTestbed.failures(EvaluationReader.read(newer, userPath: "b.swift")).map(\.id)
            == ["blueprint.formatVersion"])
        #expect(SwiftBlueprintTestbed.failures(EvaluationReader.read(Data("{".utf8), userPath: "b.swift")).map(\.id)
            == ["blueprint.noOutput"])

        let failing = Wire.EvaluationResult(document: nil, errors: [
            Wire.EvaluationError(message: "two lakes are named small", source: .init(file: "Blueprint/b.swift", line: 9, column: 5)),
        ])
        let errors = SwiftBlueprintTestbed.failures(EvaluationReader.read(try JSONEncoder().encode(failing), userPath: "bp/b.swift"))
        #expect(errors.map(\.id) == ["blueprint.dsl"])
        #expect(errors.first?.source == SourceLocation(file: "bp/b.swift", line: 9, column: 5))

        let lake = Wire.Lake(name: "small", tier: "1 PB", namespace: "datalake", workload: .init(dataVolume: .init(bytes: 1)))
        let result = Wire.EvaluationResult(
            document: Wire.Document(lakes: [lake]),
            sourceMap: ["lakes[0]": .init(file: "bp/b.swift", line: 3, column: 5)]
        )
        guard case .loaded(let blueprint, _) = EvaluationReader.read(try JSONEncoder().encode(result), userPath: "bp/b.swift") else {
            Issue.record("expected to load")
            return
        }
        #expect(blueprint.location(of: "lakes[0].workload") == SourceLocation(file: "bp/b.swift", line: 3, column: 5))
    }

    @Test("the runtime is found in a build directory's object files or an installed library")
    func runtimeLayouts() throws {
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let build = scratch.directory("build")
        let files = FileManager.default
        for target in DSLRuntime.targets {
            try files.createDirectory(atPath: "\(build)/\(target).build", withIntermediateDirectories: true)
            _ = files.createFile(atPath: "\(build)/\(target).build/A.swift.o", contents: Data())
        }
        #expect(DSLRuntime.at(build) == nil, "no modules yet")
        try files.createDirectory(atPath: build + "/Modules", withIntermediateDirectories: true)
        for target in DSLRuntime.targets {
            _ = files.createFile(atPath: "\(build)/Modules/\(target).swiftmodule", contents: Data())
        }
        _ = files.createFile(atPath: build + "/libLakeformDSL.a", contents: Data())
        let objects = try #require(DSLRuntime.at(build))
        #expect(objects.objects == DSLRuntime.targets.map { "\(build)/\($0).build/A.swift.o" })
        let staged = try objects.linkArguments(staging: scratch.directory("staging"))
        #expect(staged.map { URL(fileURLWithPath: $0).lastPathComponent } == ["0-A.swift.o", "1-A.swift.o"])
        #expect(try staged.map(files.destinationOfSymbolicLink(atPath:)) == objects.objects)

        for target in DSLRuntime.targets { try files.removeItem(atPath: "\(build)/\(target).build") }
        let library = scratch.directory("library")
        #expect(try DSLRuntime.at(build)?.linkArguments(staging: library) == [library + "/libLakeformDSL.a", "-L", build, "-lLakeformDSL"])
        #expect(try files.destinationOfSymbolicLink(atPath: library + "/libLakeformDSL.a") == build + "/libLakeformDSL.a")

        let lookup = DSLRuntime.locate(explicit: nil, environment: ["LAKEFORM_DSL_RUNTIME": "/nowhere"], executableDirectory: build)
        #expect(lookup.runtime == nil && lookup.searched == ["/nowhere"])
        let beside = DSLRuntime.locate(explicit: nil, environment: [:], executableDirectory: "/opt/lakeform/bin")
        #expect(beside.searched == ["/opt/lakeform/bin", "/opt/lakeform/lib/lakeform"])
    }

    @Test("a file that is not a cache database is replaced, entries round-trip, and an unusable cache is a warning")
    func cacheRecovers() throws {
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let directory = scratch.directory("cache")
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: directory + "/" + BlueprintCache.fileName))
        let cache = try BlueprintCache.open(directory: directory)
        #expect(cache.entry(forKey: "k") == nil)
        cache.store(BlueprintCache.Entry(result: Data("r".utf8), warnings: Data("w".utf8)), forKey: "k")
        let reopened = try BlueprintCache.open(directory: directory)
        #expect(reopened.entry(forKey: "k")?.result == Data("r".utf8))

        let blocker = directory + "/plain-file"
        _ = FileManager.default.createFile(atPath: blocker, contents: Data())
        let unusable = SwiftBlueprintLoader(cacheDirectory: blocker + "/cache").openCache()
        #expect(unusable.cache == nil && unusable.problem?.id == "blueprint.cache")
        #expect(unusable.problem?.severity == .warning)
    }

    @Test("a cache database never waits for the disk: its connections run with synchronous OFF")
    func cacheSkipsFsync() throws {
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let database = try CacheDatabase.open(directory: scratch.directory("cache"), fileName: "any.sqlite", migrator: DatabaseMigrator())
        #expect(try database.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 0)
    }

    @Test("missing files and a missing runtime fail before anything is compiled")
    func earlyFailures() {
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let loader = SwiftBlueprintLoader(
            cacheDirectory: nil, runtimeDirectory: scratch.directory("empty-runtime"),
            compilerPath: "/nonexistent/swiftc"
        )
        let missing = SwiftBlueprintTestbed.failures(loader.load(path: "blueprints/nope.swift"))
        #expect(missing.map(\.id) == ["blueprint.missingFile"])
        #expect(missing.first?.source == .file("blueprints/nope.swift"))

        let plain = scratch.write("import LakeformDSL\n", name: "plain")
        #expect(SwiftBlueprintTestbed.failures(loader.load(path: plain)).map(\.id) == ["blueprint.noRuntime"])
    }

    @Test("LAKEFORM_BLUEPRINT_TIMEOUT sets the time limit; a bad value is a warning")
    func timeoutSetting() {
        #expect(SwiftBlueprintLoader(environment: ["LAKEFORM_BLUEPRINT_TIMEOUT": "2.5"]).timeout == .milliseconds(2500))
        #expect(SwiftBlueprintLoader(timeout: .seconds(7), environment: ["LAKEFORM_BLUEPRINT_TIMEOUT": "2"]).timeout == .seconds(7))
        let loader = SwiftBlueprintLoader(cacheDirectory: nil, environment: ["LAKEFORM_BLUEPRINT_TIMEOUT": "soon"])
        #expect(loader.timeout == SwiftBlueprintLoader.defaultTimeout)
        let outcome = loader.load(path: "blueprints/nope.swift")
        #expect(SwiftBlueprintTestbed.failures(outcome).map(\.id) == ["blueprint.timeoutSetting", "blueprint.missingFile"])
    }

    @Test("the cache key changes with the source and the path")
    func cacheKey() {
        let compiler = SwiftCompiler(path: "/nonexistent/swiftc")
        let runtime = DSLRuntime(directory: "/rt", objects: [], identityFiles: [])
        func key(_ source: String, _ path: String) -> String {
            BlueprintCacheKey.make(source: Data(source.utf8), path: path, compiler: compiler, runtime: runtime)
        }
        #expect(key("a", "x.swift") == key("a", "x.swift"))
        #expect(key("a", "x.swift") != key("b", "x.swift"))
        #expect(key("a", "x.swift") != key("a", "./x.swift"))
        #expect(key("a", "x.swift").count == 64)
    }
}
