@testable import BlueprintLoading
import Diagnostics
import Foundation
import Testing

/// A blueprint without `import LakeformDSL`, or with a misspelling of it, gets one `blueprint.missingImport` error
/// that says what to write, where to write it, and nothing from compiling it.
@Suite("Swift blueprint missing import")
struct SwiftBlueprintMissingImportTests {
    static let body = """
        let blueprint = Blueprint {
            Lake("small", tier: "1 PB", namespace: "datalake") {
                Workload(dataVolume: .petabytes(1))
            }
        }

        """

    @Test("no import at all is one error at the first line, saying what to add")
    func noImport() throws {
        let errors = try SwiftBlueprintImportTests.check("// the small lake\n" + Self.body)
        #expect(errors.map(\.id) == ["blueprint.missingImport"])
        #expect(errors.first?.message == "the blueprint does not import LakeformDSL; add `import LakeformDSL` at the top")
        #expect(errors.first?.source?.line == 1)
        #expect(errors.first?.source?.column == 1)
    }

    @Test("importing only the wire format or Foundation still misses the DSL")
    func onlyOtherAllowedModules() throws {
        let errors = try SwiftBlueprintImportTests.check("import Foundation\nimport LakeformWire\n" + Self.body)
        #expect(errors.map(\.id) == ["blueprint.missingImport"])
        #expect(errors.first?.source?.line == 1)
    }

    @Test("a misspelt DSL import is one error at that import, naming the right module",
          arguments: ["LakeFormDSL", "Lakeform", "LakeformDsl", "LakeformCLI"])
    func misspelt(_ module: String) throws {
        let errors = try SwiftBlueprintImportTests.check("// header\n\n@preconcurrency import \(module)\n" + Self.body)
        #expect(errors.map(\.id) == ["blueprint.missingImport"])
        #expect(errors.first?.message == "the blueprint imports '\(module)', not LakeformDSL; write `import LakeformDSL`")
        #expect(errors.first?.source?.line == 3)
        #expect(errors.first?.source?.column == 17)
        #expect(errors.first?.notes == ["did you mean 'LakeformDSL'?"])
    }

    @Test("beside the DSL import, a misspelt Foundation stays a forbidden import, with a suggestion")
    func misspeltFoundation() throws {
        let errors = try SwiftBlueprintImportTests.check("import LakeformDSL\nimport Fundation\n" + Self.body)
        #expect(errors.map(\.id) == ["blueprint.forbiddenImport"])
        #expect(errors.first?.notes.last == "did you mean 'Foundation'?")
    }

    @Test("through the loader, a missing import is the one error, not the errors of the compile beside the check")
    func loaderReportsOnlyTheCheck() async {
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let (compiler, log) = scratch.countingCompiler()
        let path = scratch.write(Self.body, name: "unimported")
        let loader = SwiftBlueprintTestbed.loader(cacheDirectory: scratch.directory("cache"), compilerPath: compiler)
        let errors = SwiftBlueprintTestbed.failures(await SwiftBlueprintTestbed.load(path, with: loader).outcome)
        #expect(errors.map(\.id) == ["blueprint.missingImport"])
        #expect(errors.first?.source == SourceLocation(file: path, line: 1, column: 1))
        let runs = ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n")
        #expect(runs.contains { $0.contains("-emit-imported-modules") })
    }
}
