import Foundation

/// Runs `swift-symbolgraph-extract` on the built `LakeformDSL` module and reads its graphs (the module's own and its
/// extensions of `LakeformWire`, where the unit constructors live).
public enum SymbolGraphExtractor {
    /// Failures with what to do about them.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Parameter modules: the build's `Modules` folder, such as `.build/debug/Modules`.
    public static func extract(modules: URL) throws -> [SymbolGraph] {
        guard FileManager.default.fileExists(atPath: modules.appendingPathComponent("LakeformDSL.swiftmodule").path) else {
            throw Failure(description: "no LakeformDSL module in \(modules.path): run `swift build` first")
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-dsl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift-symbolgraph-extract", "-module-name", "LakeformDSL", "-I", modules.path, "-target", targetTriple,
                             "-minimum-access-level", "public", "-output-dir", output.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "swift-symbolgraph-extract failed: \(String(decoding: message, as: UTF8.self))")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".symbols.json") }.sorted()
        return try files.map { try SymbolGraph.load(output.appendingPathComponent($0)) }
    }

    /// The triple the modules were built for.
    static var targetTriple: String {
        #if arch(arm64)
        let cpu = "aarch64"
        #else
        let cpu = "x86_64"
        #endif
        #if os(macOS)
        return "\(cpu == "aarch64" ? "arm64" : cpu)-apple-macosx13.0"
        #else
        return "\(cpu)-unknown-linux-gnu"
        #endif
    }
}
