import Diagnostics
import LakeModel

extension SwiftBlueprintLoader {
    /// The DSL runtime and the compiler, or why they could not be found.
    enum Toolchain {
        case found(DSLRuntime, SwiftCompiler)
        case missing(Diagnostic)
    }

    /// Looks up the runtime and the compiler once per loader; a miss is a `blueprint.noRuntime` or
    /// `blueprint.noCompiler` error (and is looked up again by the next load).
    func toolchain(path: String) -> Toolchain {
        session.toolchain.withLock { found in
            if let found { return .found(found.runtime, found.compiler) }
            let lookup = lookUpToolchain(path: path)
            if case .found(let runtime, let compiler) = lookup { found = (runtime, compiler) }
            return lookup
        }
    }

    private func lookUpToolchain(path: String) -> Toolchain {
        let executableDirectory = RunningExecutable.directory
        let lookup = DSLRuntime.locate(
            explicit: runtimeDirectory, environment: environment, executableDirectory: executableDirectory
        )
        guard let runtime = lookup.runtime else {
            return .missing(.error(
                "blueprint.noRuntime", "the LakeformDSL runtime that Swift blueprints compile against was not found",
                source: .file(path),
                notes: [
                    "looked in: \(lookup.searched.joined(separator: ", "))",
                    "run `swift build`, or set LAKEFORM_DSL_RUNTIME to a directory with Modules/LakeformDSL.swiftmodule",
                ]
            ))
        }
        guard let compiler = SwiftCompiler.locate(
            explicit: compilerPath, environment: environment, executableDirectory: executableDirectory
        ) else {
            return .missing(.error(
                "blueprint.noCompiler", "swiftc was not found", source: .file(path),
                notes: ["install a Swift toolchain, put swiftc on PATH, or set SWIFTC to its path"]
            ))
        }
        return .found(runtime, compiler)
    }

    /// The evaluation cache, opened once per loader, or nil with a `blueprint.cache` warning when it cannot
    /// be used; nil without a warning when caching is off.
    func openCache() -> (cache: BlueprintCache?, problem: Diagnostic?) {
        guard let cacheDirectory else { return (nil, nil) }
        return session.cache.withLock { opened in
            if let opened { return opened }
            let result = Self.open(cacheDirectory)
            opened = result
            return result
        }
    }

    private static func open(_ cacheDirectory: String) -> (cache: BlueprintCache?, problem: Diagnostic?) {
        do {
            return (try BlueprintCache.open(directory: cacheDirectory), nil)
        } catch {
            return (nil, .warning(
                "blueprint.cache", "the blueprint cache in \(cacheDirectory) cannot be used, so nothing is cached",
                notes: ["\(error)"]
            ))
        }
    }
}
