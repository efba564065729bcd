import ArgumentParser
import BlueprintLoading
import Foundation

/// `lakeform-bench blueprint`: one Swift blueprint's evaluation in process, on a cache miss (compile and run,
/// with swiftc's module cache warm) and on a cache hit, without the command line's start-up.
struct BlueprintEvaluationBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blueprint", abstract: "Time Swift blueprint evaluation in process: cache miss (cold) and cache hit (warm).")

    @Argument(help: "Swift blueprints to evaluate.")
    var paths = ["blueprints/small.swift", "blueprints/medium.swift", "blueprints/large.swift"]

    @Option(help: "Timed cache-miss runs per blueprint.")
    var coldRuns = 5

    @Option(help: "Timed cache-hit runs per blueprint.")
    var warmRuns = 50

    func run() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-bench-\(ProcessInfo.processInfo.processIdentifier)").path
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let newLoader = { SwiftBlueprintLoader(cacheDirectory: cache) }
        var table = ResultTable()
        for path in paths {
            let emptyCache = { _ = try? FileManager.default.removeItem(atPath: cache + "/blueprints.sqlite") }
            let cold = try Stopwatch.measure(runs: coldRuns, warmup: 1, prepare: emptyCache) { try Self.load(path, newLoader(), expectHit: false) }
            table.add("`\(path)` cold: cache miss, module cache warm", cold, limit: 500)
            let warm = try Stopwatch.measure(runs: warmRuns, warmup: 2) { try Self.load(path, newLoader(), expectHit: true) }
            table.add("`\(path)` warm: cache hit, new loader (a command's first blueprint)", warm, limit: 5)
            let reused = newLoader()
            let again = try Stopwatch.measure(runs: warmRuns, warmup: 2) { try Self.load(path, reused, expectHit: true) }
            table.add("`\(path)` warm: cache hit, loader reused (its next blueprints)", again, limit: 5)
        }
        print(table.render())
    }

    static func load(_ path: String, _ loader: SwiftBlueprintLoader, expectHit: Bool) throws {
        let load = loader.loadReportingCache(path: path)
        guard case .loaded = load.outcome else { throw ValidationError("\(path) did not load: \(load.outcome)") }
        guard load.cacheHit == expectHit else { throw ValidationError("\(path): expected cache \(expectHit ? "hit" : "miss")") }
    }
}
