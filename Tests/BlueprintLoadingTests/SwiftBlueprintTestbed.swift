@testable import BlueprintLoading
import Diagnostics
import Foundation
import LakeModel
import TestSupport

/// The DSL runtime, loaders and assertion helpers for the Swift blueprint suites.
enum SwiftBlueprintTestbed {
    /// The SwiftPM build directory this test process runs from: `swift test` builds `LakeformDSL` there,
    /// whatever the scratch path. `LAKEFORM_DSL_RUNTIME` overrides it.
    static let runtimeDirectory: String = {
        let environment = ProcessInfo.processInfo.environment
        if let chosen = environment["LAKEFORM_DSL_RUNTIME"], !chosen.isEmpty { return chosen }
        let candidates = [RunningExecutable.directory, RepositoryPaths.path(".build/debug")].compactMap { $0 }
        return candidates.first { DSLRuntime.at($0) != nil } ?? candidates[0]
    }()

    /// One cache directory for all test runs, so that swiftc's module cache stays warm. Tests that
    /// share it load only blueprints that fail, and failures are never cached.
    static let sharedCacheDirectory = FileManager.default.temporaryDirectory
        .appendingPathComponent("lakeform-tests-swift-blueprint-cache").path

    static func loader(
        cacheDirectory: String? = sharedCacheDirectory, timeout: Duration = .seconds(60), compilerPath: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> SwiftBlueprintLoader {
        SwiftBlueprintLoader(
            cacheDirectory: cacheDirectory, timeout: timeout, runtimeDirectory: runtimeDirectory, compilerPath: compilerPath,
            environment: environment
        )
    }

    /// Loads on a thread of its own, so that the waits for swiftc and the blueprint never block Swift
    /// Testing's cooperative threads or Dispatch's global pool (two threads on a 2-core machine).
    static func load(_ path: String, with loader: SwiftBlueprintLoader = loader()) async -> SwiftBlueprintLoad {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: loader.loadReportingCache(path: path)) }
        }
    }

    /// The 1-based line that carries a `// ERROR:` marker.
    static func markedLine(_ source: String) -> Int? {
        source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("// ERROR:") }.map { $0 + 1 }
    }

    /// The diagnostics of a failed load, or an empty list when it loaded.
    static func failures(_ outcome: LoadOutcome) -> [Diagnostic] {
        guard case .failed(let diagnostics) = outcome else { return [] }
        return diagnostics.items
    }
}
