import Foundation
import Synchronization

/// The `swiftc` that compiles blueprints, identified by its binary so that a cache hit never runs it.
struct SwiftCompiler: Sendable {
    let path: String
    /// Resolved path, size and modification time of the binary.
    let identity: String

    init(path: String) {
        self.path = path
        identity = FileStamp.of(path)
    }

    /// `explicit`, else `$SWIFTC` (a path, or a name looked up on `$PATH`), else `swiftc` on `$PATH`,
    /// else `swiftc` next to the running executable.
    static func locate(explicit: String?, environment: [String: String], executableDirectory: String?) -> SwiftCompiler? {
        let chosen = explicit ?? environment["SWIFTC"].flatMap { $0.isEmpty ? nil : $0 }
        if let chosen, chosen.contains("/") {
            return FileManager.default.isExecutableFile(atPath: chosen) ? SwiftCompiler(path: chosen) : nil
        }
        var directories = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        if chosen == nil, let executableDirectory { directories.append(executableDirectory) }
        let name = chosen ?? "swiftc"
        return directories.map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
            .map(SwiftCompiler.init(path:))
    }

    private static let knownVersions = Mutex<[String: String]>([:])

    /// `swiftc --version`, remembered per process and in `cache` by binary identity, so it runs once per toolchain
    /// (the lock is held while it runs, so blueprints prepared in parallel wait for the first instead of running it too).
    func version(cache: BlueprintCache?, environment: [String: String]) -> String {
        Self.knownVersions.withLock { known in
            if let version = known[identity] { return version }
            if let stored = cache?.compilerVersion(identity: identity) {
                known[identity] = stored
                return stored
            }
            let run = try? ChildProcess.run(path, ["--version"], environment: environment, timeout: .seconds(60))
            guard let run, run.termination == .exited(0) else { return "unknown swiftc at \(identity)" }
            let version = run.stdout + run.stderr
            known[identity] = version
            cache?.storeCompilerVersion(version, identity: identity)
            return version
        }
    }

    /// The flags that every run on a blueprint shares, so that `#if canImport(…)` reads the same in all of them.
    static func moduleFlags(runtime: DSLRuntime, moduleCache: String?) -> [String] {
        let flags = ["-module-name", "Blueprint", "-swift-version", "6", "-I", runtime.modulesDirectory]
        return flags + (moduleCache.map { ["-module-cache-path", $0] } ?? [])
    }

    /// Compiles `sources` (a `main.swift` first) with `flags` (`moduleFlags`) against `runtime` into the
    /// executable `output`, staging the runtime's object files in `output`'s directory.
    func compile(
        sources: [String], output: String, runtime: DSLRuntime, flags: [String], environment: [String: String]
    ) throws -> ChildProcess.Result {
        let staging = URL(fileURLWithPath: output).deletingLastPathComponent().path + "/runtime"
        let arguments = try flags + runtime.linkArguments(staging: staging) + sources + ["-o", output]
        return try ChildProcess.run(path, arguments, environment: environment, timeout: .seconds(300))
    }

    /// `swiftc -emit-imported-modules`: the modules `sources` import, one a line on stdout, as the compile reads them.
    func importedModules(of sources: [String], flags: [String], environment: [String: String]) throws -> ChildProcess.Result {
        try ChildProcess.run(path, flags + ["-emit-imported-modules"] + sources + ["-o", "-"], environment: environment, timeout: .seconds(60))
    }

    /// `swiftc -dump-parse`: the syntax tree, with the line and column of every import outside `#if`.
    func parseTree(of source: String, flags: [String], environment: [String: String]) throws -> ChildProcess.Result {
        try ChildProcess.run(path, flags + ["-dump-parse", source], environment: environment, timeout: .seconds(60))
    }
}
