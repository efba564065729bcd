import Diagnostics
import Foundation

/// Rejects imports other than the DSL, the wire format and Foundation as the compiler itself reads them
/// (`swiftc -emit-imported-modules` with the flags of the real compile, so `#if canImport(…)` reads the
/// same), before anything is compiled: no comment, line break, `;`, backtick or attribute hides an import.
enum BlueprintImportCheck {
    static let allowedModules: Set = ["LakeformDSL", "LakeformWire", "Foundation"]

    /// Errors for the forbidden imports of `main` (the blueprint behind its `#sourceLocation` line), a
    /// `blueprint.missingImport` when it does not import the DSL, the compiler's errors when it could not read the
    /// file, or nothing when the blueprint may be compiled.
    static func diagnostics(
        main: String, userPath: String, source: String, compiler: SwiftCompiler, flags: [String],
        environment: [String: String]
    ) -> [Diagnostic] {
        let listed: ChildProcess.Result
        do {
            listed = try compiler.importedModules(of: [main], flags: flags, environment: environment)
        } catch {
            return [.error("blueprint.noCompiler", "cannot run \(compiler.path): \(error)", source: .file(userPath))]
        }
        var seen: Set<String> = []
        let imported = listed.stdout.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
        let importsDSL = imported.contains(MissingDSLImport.module)
        let forbidden = imported.filter { !allowedModules.contains($0) }
        guard forbidden.isEmpty else {
            let locations = ImportLocator(main: main, userPath: userPath, source: source, compiler: compiler,
                                          flags: flags, environment: environment)
            let misspelt = importsDSL ? nil : forbidden.first(where: MissingDSLImport.resemblesDSL)
            return forbidden.map { module in
                module == misspelt
                    ? MissingDSLImport.misspelt(module, at: locations.location(of: module))
                    : forbiddenImport(module, at: locations.location(of: module))
            }
        }
        guard listed.termination != .exited(0) else {
            return importsDSL ? [] : [MissingDSLImport.missing(in: userPath)]
        }
        let output = listed.stderr + "\n" + listed.stdout
        let errors = CompilerOutputParser.diagnostics(from: output, userPath: userPath, mainPath: main)
        guard errors.contains(where: { $0.severity == .error }) else {
            return errors + [.error(
                "blueprint.compile", "swiftc could not list the imports (\(CrashReport.describe(listed.termination)))",
                source: .file(userPath), notes: output.split(separator: "\n").suffix(5).map(String.init)
            )]
        }
        return errors
    }

    private static func forbiddenImport(_ module: String, at location: SourceLocation) -> Diagnostic {
        let suggestion = Suggestion.closest(to: module, in: allowedModules.sorted()).map { "did you mean '\($0)'?" }
        return .error(
            "blueprint.forbiddenImport", "a blueprint cannot import '\(module)'", source: location,
            notes: ["blueprints may import only LakeformDSL, LakeformWire and Foundation"] + (suggestion.map { [$0] } ?? [])
        )
    }
}
