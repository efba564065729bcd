import Diagnostics
import Foundation

extension SwiftBlueprintLoader {
    /// Compiles the blueprint as `main.swift` in a fresh temporary directory while checking its imports, then runs it there.
    func evaluate(source: Data, path: String, runtime: DSLRuntime, compiler: SwiftCompiler) -> BlueprintRunner.Run {
        let file = SourceLocation.file(path)
        func failed(_ diagnostics: [Diagnostic]) -> BlueprintRunner.Run {
            BlueprintRunner.Run(outcome: .failed(Diagnostics(diagnostics)), wire: nil)
        }
        let files = FileManager.default
        let work = files.temporaryDirectory.appendingPathComponent("lakeform-blueprint-\(UUID().uuidString)").path
        defer { try? files.removeItem(atPath: work) }
        let main = work + "/main.swift", binary = work + "/bp"
        do {
            try files.createDirectory(atPath: work, withIntermediateDirectories: true)
            // Like SwiftPM's manifest loader: diagnostics and #fileID then name the user's file and lines.
            let header = Data((BlueprintSourcePath.directive(path) + "\n").utf8)
            try (header + source).write(to: URL(fileURLWithPath: main))
        } catch {
            return failed([.error("blueprint.compile", "cannot prepare a temporary directory: \(error)", source: file)])
        }

        // The compile starts beside the import check; the check's verdict wins, and a rejected program never runs.
        let flags = SwiftCompiler.moduleFlags(runtime: runtime, moduleCache: moduleCacheDirectory)
        let environment = childEnvironment
        let compile = BackgroundRun { cancellation in
            try compiler.compile(
                sources: [main], output: binary, runtime: runtime, flags: flags, environment: environment,
                cancellation: cancellation
            )
        }
        let forbidden = BlueprintImportCheck.diagnostics(
            main: main, userPath: path, source: String(decoding: source, as: UTF8.self), compiler: compiler,
            flags: flags, environment: environment
        )
        guard forbidden.isEmpty else {
            compile.cancel()
            return failed(forbidden)
        }

        let compiled: ChildProcess.Result
        do {
            compiled = try compile.wait()
        } catch {
            return failed([.error("blueprint.noCompiler", "cannot run \(compiler.path): \(error)", source: file)])
        }
        let output = compiled.stderr + "\n" + compiled.stdout
        let compilerDiagnostics = CompilerErrorMapper.map(
            CompilerOutputParser.diagnostics(from: output, userPath: path, mainPath: main), source: Array(source), userPath: path
        )
        guard compiled.termination == .exited(0) else {
            guard compilerDiagnostics.contains(where: { $0.severity == .error }) else {
                return failed(compilerDiagnostics + [.error(
                    "blueprint.compile", "swiftc failed (\(CrashReport.describe(compiled.termination)))", source: file,
                    notes: output.split(separator: "\n").suffix(5).map(String.init)
                )])
            }
            return failed(compilerDiagnostics)
        }

        var run = BlueprintRunner.run(binary: binary, userPath: path, timeout: timeout, environment: childEnvironment)
        if case .loaded(let blueprint, let warnings) = run.outcome {
            run.outcome = .loaded(blueprint, warnings: Diagnostics(compilerDiagnostics + warnings.items))
        }
        return run
    }

    /// What swiftc and the blueprint see of `environment`: only the `ChildEnvironment` variables.
    var childEnvironment: [String: String] { ChildEnvironment.allowed(environment) }

    /// `<cacheDirectory>/module-cache`, when it can be created.
    var moduleCacheDirectory: String? {
        guard let cacheDirectory else { return nil }
        let directory = cacheDirectory + "/module-cache"
        let created = (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil
        return created ? directory : nil
    }
}
