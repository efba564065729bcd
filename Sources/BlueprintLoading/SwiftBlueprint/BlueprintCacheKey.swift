import Crypto
import Foundation
import LakeModel
import LakeformWire

/// The SHA-256 key of one Swift blueprint evaluation: everything that can change its result.
enum BlueprintCacheKey {
    static func make(
        source: Data, path: String, compiler: SwiftCompiler, compilerVersion: String, runtime: DSLRuntime
    ) -> String {
        var hasher = SHA256()
        func add(_ label: String, _ bytes: Data) {
            hasher.update(data: Data("\(label):\(bytes.count):".utf8))
            hasher.update(data: bytes)
        }
        add("source", source)
        add("path", Data(path.utf8))
        add("wireFormat", Data(String(Wire.formatVersion).utf8))
        add("lakeform", Data(LakeformVersion.current.utf8))
        add("swiftcVersion", Data(compilerVersion.utf8))
        add("swiftcBinary", Data(compiler.identity.utf8))
        add("runtime", Data(runtime.identity.utf8))
        return hasher.finalize().lowercaseHex
    }
}

/// Identifies a version of a file without reading it: resolved path, size and modification time (nanoseconds).
/// One `stat`, not `FileManager.attributesOfItem`: a warm plan stamps every file of the DSL runtime (issue 18).
enum FileStamp {
    static func of(_ path: String) -> String {
        stamp(canonicalPath(path) ?? URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
    }

    /// The stamps of files that mostly share folders (the DSL runtime's objects): each folder is resolved once, and
    /// a file that is no symlink itself resolves to its resolved folder and its name, as `realpath` would say.
    static func of(_ paths: [String]) -> [String] {
        var folders: [String: String] = [:]
        return paths.map { path in
            // Split by hand: bridging to NSString for its path methods cost 7 M instructions on first use.
            guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return of(path) }
            let folder = String(path[..<slash]), name = String(path[path.index(after: slash)...])
            var info = stat()
            guard !name.isEmpty, name != ".", name != "..", let resolved = folders[folder] ?? canonicalPath(folder) else { return of(path) }
            folders[folder] = resolved
            let file = resolved.hasSuffix("/") ? resolved + name : resolved + "/" + name
            guard lstat(file, &info) == 0, info.st_mode & S_IFMT != S_IFLNK else { return of(path) }
            return stamp(file)
        }
    }

    private static func stamp(_ resolved: String) -> String {
        var info = stat()
        guard stat(resolved, &info) == 0 else { return "\(resolved)|-1|0" }
        return "\(resolved)|\(info.st_size)|\(modificationNanoseconds(info))"
    }

    /// `realpath(3)`: one call instead of Foundation's component-by-component walk; nil when the file is missing.
    private static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

#if canImport(Darwin)
private func modificationNanoseconds(_ info: stat) -> Int64 {
    Int64(info.st_mtimespec.tv_sec) &* 1_000_000_000 &+ Int64(info.st_mtimespec.tv_nsec)
}
#else
private func modificationNanoseconds(_ info: stat) -> Int64 {
    Int64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_mtim.tv_nsec)
}
#endif
