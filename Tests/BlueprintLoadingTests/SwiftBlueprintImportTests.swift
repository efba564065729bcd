@testable import BlueprintLoading
import Diagnostics
import Foundation
import Testing

/// The import check reads imports as swiftc does: every way of writing an import that a line scan missed.
@Suite("Swift blueprint imports")
struct SwiftBlueprintImportTests {
    /// A blueprint's source and the forbidden import it hides, with where it is written.
    struct Bypass: CustomTestStringConvertible, Sendable {
        var name: String
        var source: String
        var module: String
        var line: Int
        var column: Int
        var testDescription: String { name }
    }

    static let bypasses: [Bypass] = [
        Bypass(name: "two imports on one line", source: "import LakeformDSL; import Glibc\n", module: "Glibc", line: 1, column: 21),
        Bypass(name: "a line break after import", source: "import LakeformDSL\nimport\n  Glibc\n", module: "Glibc", line: 2, column: 1),
        Bypass(name: "a comment before it", source: "/* setup */ import Glibc\n", module: "Glibc", line: 1, column: 13),
        Bypass(name: "a nested comment before it", source: "/* a /* b */ c */ import Glibc\n", module: "Glibc", line: 1, column: 19),
        Bypass(name: "CR line endings", source: "import LakeformDSL\rimport Glibc\r", module: "Glibc", line: 2, column: 8),
        Bypass(name: "CRLF line endings", source: "import LakeformDSL\r\nimport Glibc\r\n", module: "Glibc", line: 2, column: 1),
        Bypass(name: "backticks", source: "import `Glibc`\n", module: "Glibc", line: 1, column: 1),
        Bypass(name: "@testable", source: "@testable import Sizing\n", module: "Sizing", line: 1, column: 11),
        Bypass(name: "@_exported", source: "@_exported import Glibc\n", module: "Glibc", line: 1, column: 12),
        Bypass(name: "@_implementationOnly", source: "@_implementationOnly import Glibc\n", module: "Glibc", line: 1, column: 22),
        Bypass(name: "@preconcurrency", source: "@preconcurrency import Dispatch\n", module: "Dispatch", line: 1, column: 17),
        Bypass(name: "an import of one declaration", source: "import struct Glibc.FILE\n", module: "Glibc", line: 1, column: 1),
        Bypass(name: "an allowed module's name as a prefix", source: "import FoundationEssentials\n", module: "FoundationEssentials", line: 1, column: 1),
        Bypass(name: "inside #if canImport", source: "#if canImport(Glibc)\n  import Glibc\n#endif\n", module: "Glibc", line: 2, column: 10),
    ]

    @Test("a forbidden import is found however it is written", arguments: bypasses)
    func bypass(_ bypass: Bypass) throws {
        let errors = try Self.check(bypass.source)
        #expect(errors.map(\.id) == ["blueprint.forbiddenImport"])
        #expect(errors.first?.message == "a blueprint cannot import '\(bypass.module)'")
        #expect(errors.first?.source?.line == bypass.line)
        #expect(errors.first?.source?.column == bypass.column)
        #expect(errors.first?.notes == ["blueprints may import only LakeformDSL, LakeformWire and Foundation"])
    }

    @Test("imports in comments, strings and inactive #if branches are not imports; allowed ones pass")
    func notImports() throws {
        let source = #"""
            import LakeformDSL
            import struct LakeformWire.Lake
            @preconcurrency import Foundation
            // import Glibc
            /* outer /* import Glibc */ still a comment */
            let text = """
                import Glibc
                """
            let raw = #"import Glibc"#
            #if canImport(NoSuchModule)
            import NoSuchModule
            #endif
            """#
        #expect(try Self.check(source).isEmpty)
    }

    @Test("a file swiftc cannot parse fails with swiftc's errors, before anything is compiled")
    func unparsable() throws {
        let errors = try Self.check("import LakeformDSL\nlet x: Int = = 3\n")
        #expect(!errors.isEmpty && errors.allSatisfy { $0.id == "blueprint.compile" })
        #expect(errors.first?.source?.line == 2)
    }

    @Test("through the loader, a forbidden import stops the load at the user's line and the program never runs")
    func loaderNeverRunsForbidden() async {
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let (compiler, log) = scratch.countingCompiler()
        let marker = scratch.root + "/ran"
        let body = "import Foundation\ntry? \"ran\".write(toFile: \"\(marker)\", atomically: false, encoding: .utf8)\nlet blueprint = Blueprint {}\n"
        let path = scratch.write("import LakeformDSL\nimport\n  Glibc\n" + body, name: "sneaky")
        let loader = SwiftBlueprintTestbed.loader(cacheDirectory: scratch.directory("cache"), compilerPath: compiler)
        let errors = SwiftBlueprintTestbed.failures(await SwiftBlueprintTestbed.load(path, with: loader).outcome)
        #expect(errors.map(\.id) == ["blueprint.forbiddenImport"])
        #expect(errors.first?.source == SourceLocation(file: path, line: 2, column: 1))
        let runs = ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n")
        #expect(runs.contains { $0.contains("-emit-imported-modules") })
        #expect(!FileManager.default.fileExists(atPath: marker), "the compiled program ran")

        // The same program without the forbidden import runs, so the marker would have shown a run.
        _ = await SwiftBlueprintTestbed.load(scratch.write("import LakeformDSL\n" + body, name: "allowed"), with: loader)
        #expect(FileManager.default.fileExists(atPath: marker))
    }

    /// The check's diagnostics for `source`, written as the blueprint's file itself.
    static func check(_ source: String) throws -> [Diagnostic] {
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let path = scratch.write(source, name: "imports")
        let compiler = try #require(SwiftCompiler.locate(
            explicit: nil, environment: ProcessInfo.processInfo.environment, executableDirectory: nil
        ))
        let runtime = try #require(DSLRuntime.at(SwiftBlueprintTestbed.runtimeDirectory))
        return BlueprintImportCheck.diagnostics(
            main: path, userPath: path, source: source, compiler: compiler,
            flags: SwiftCompiler.moduleFlags(runtime: runtime, moduleCache: nil),
            environment: ChildEnvironment.allowed(ProcessInfo.processInfo.environment)
        )
    }
}
