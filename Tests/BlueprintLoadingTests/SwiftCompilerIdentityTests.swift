@testable import BlueprintLoading
import Foundation
import Testing

/// The compiler's identity in cache keys is a `stat` of its files (no `swiftc --version`), and lld links when it is there.
@Suite("Swift compiler identity")
struct SwiftCompilerIdentityTests {
    /// A fake toolchain: `<root>/toolchain/bin` with the files written by `write`, and `<root>/usr-bin/swiftc` linking to its driver.
    struct Toolchain {
        let scratch = SwiftBlueprintScratch()
        var bin: String { scratch.directory("toolchain/bin") }
        var swiftc: String { scratch.root + "/usr-bin/swiftc" }

        init() throws {
            write("swift-driver", "driver")
            write("swift-frontend", "frontend")
            _ = scratch.directory("usr-bin")
            try FileManager.default.createSymbolicLink(atPath: swiftc, withDestinationPath: bin + "/swift-driver")
        }

        func write(_ name: String, _ text: String) {
            _ = FileManager.default.createFile(atPath: bin + "/" + name, contents: Data(text.utf8), attributes: [.posixPermissions: 0o755])
        }

        /// The cache key of one fixed blueprint with the compiler as it is now.
        func key() -> String {
            let runtime = DSLRuntime(directory: bin, objects: [], identityFiles: [])
            return BlueprintCacheKey.make(source: Data("import LakeformDSL\n".utf8), path: "a.swift", compiler: SwiftCompiler(path: swiftc), runtime: runtime)
        }
    }

    @Test("the cache key changes with the driver's or swift-frontend's stamp, read through symlinks")
    func keyFollowsCompilerFiles() throws {
        let toolchain = try Toolchain()
        defer { toolchain.scratch.remove() }
        let first = toolchain.key()
        #expect(toolchain.key() == first)
        #expect(SwiftCompiler(path: toolchain.swiftc).identity == SwiftCompiler(path: toolchain.bin + "/swift-driver").identity)
        toolchain.write("swift-frontend", "a newer frontend")
        let second = toolchain.key()
        #expect(second != first)
        toolchain.write("swift-driver", "a newer driver")
        #expect(toolchain.key() != second)
    }

    @Test("blueprints link with lld only when ld.lld is beside the resolved driver")
    func lldBesideDriver() throws {
        let toolchain = try Toolchain()
        defer { toolchain.scratch.remove() }
        #expect(SwiftCompiler(path: toolchain.swiftc).linkerFlags.isEmpty)
        toolchain.write("ld.lld", "")
        #expect(SwiftCompiler(path: toolchain.swiftc).linkerFlags == ["-use-ld=lld"])
    }
}
