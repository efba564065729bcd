import Foundation

/// The `swiftc` that compiles blueprints, identified by its files so that a cache hit never runs it.
struct SwiftCompiler: Sendable {
    let path: String
    /// The stamps (`FileStamp`) of the driver and of the `swift-frontend` beside it, symlinks resolved.
    let identity: String
    /// `-use-ld=lld` when `ld.lld` is beside the driver (it links faster than the system's `ld`), else nothing.
    let linkerFlags: [String]

    init(path: String) {
        self.path = path
        let driver = FileStamp.canonicalPath(path) ?? path
        let directory = URL(fileURLWithPath: driver).deletingLastPathComponent().path
        identity = [driver, directory + "/swift-frontend"].map(FileStamp.of).joined(separator: "\n")
        linkerFlags = FileManager.default.isExecutableFile(atPath: directory + "/ld.lld") ? ["-use-ld=lld"] : []
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

    /// The flags that every run on a blueprint shares, so that `#if canImport(…)` reads the same in all of them.
    static func moduleFlags(runtime: DSLRuntime, moduleCache: String?) -> [String] {
        let flags = ["-module-name", "Blueprint", "-swift-version", "6", "-I", runtime.modulesDirectory]
        return flags + (moduleCache.map { ["-module-cache-path", $0] } ?? [])
    }

    /// Compiles `sources` (a `main.swift` first) with `flags` (`moduleFlags`) against `runtime` into the
    /// executable `output`, staging the runtime's object files in `output`'s directory; `cancellation` can kill it.
    func compile(
        sources: [String], output: String, runtime: DSLRuntime, flags: [String], environment: [String: String],
        cancellation: ChildCancellation? = nil
    ) throws -> ChildProcess.Result {
        let staging = URL(fileURLWithPath: output).deletingLastPathComponent().path + "/runtime"
        let arguments = try flags + linkerFlags + runtime.linkArguments(staging: staging) + sources + ["-o", output]
        return try ChildProcess.run(path, arguments, environment: environment, timeout: .seconds(300), cancellation: cancellation)
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
