import Crypto
import Foundation
import LakeModel
import LakeformWire

/// The SHA-256 key of one Swift blueprint evaluation: everything that can change its result.
enum BlueprintCacheKey {
    static func make(source: Data, path: String, compiler: SwiftCompiler, runtime: DSLRuntime) -> String {
        var hasher = SHA256()
        func add(_ label: String, _ bytes: Data) {
            hasher.update(data: Data("\(label):\(bytes.count):".utf8))
            hasher.update(data: bytes)
        }
        add("source", source)
        add("path", Data(path.utf8))
        add("wireFormat", Data(String(Wire.formatVersion).utf8))
        add("lakeform", Data(LakeformVersion.current.utf8))
        add("swiftcStamps", Data(compiler.identity.utf8))
        add("runtime", Data(runtime.identity.utf8))
        return hasher.finalize().lowercaseHex
    }
}
