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

/// Identifies a version of a file without reading it: resolved path, size and modification time.
enum FileStamp {
    static func of(_ path: String) -> String {
        let resolved = canonicalPath(path) ?? URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let attributes = (try? FileManager.default.attributesOfItem(atPath: resolved)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(resolved)|\(size)|\(modified)"
    }

    /// `realpath(3)`: one call instead of Foundation's component-by-component walk; nil when the file is missing.
    private static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
