import ArgumentParser
import Foundation
import Synchronization

/// Seeded mutations of the bundled and fixture blueprints through `lakeform validate` and `lakeform build`, each case
/// under a time and memory bound; exits 1 when any case crashes, hangs, prints a stack trace or fails without a diagnostic.
@main
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lakeform-fuzz",
        abstract: "Fuzz lakeform validate and build with seeded mutations of the bundled blueprints.")

    @Option(help: "How many cases to run.") var cases = 2_000
    @Option(help: "The seed (default: a fresh random one). The same seed gives the same cases.") var seed: UInt64?
    @Option(help: "Run only this case of the seed, keeping it in the findings folder.") var only: Int?
    @Flag(help: "With --only: print the case's label and text instead of running it.") var show = false
    @Option(help: "Cases run in parallel.") var jobs = 2
    @Option(help: "Seconds each command may run.") var timeout = 10.0
    @Option(help: "Address-space bound of each child, in MB.") var memoryMB = 1_024
    @Option(help: "The lakeform binary.") var lakeform = ".build/debug/lakeform"
    @Option(help: "The repository whose blueprints seed the cases.") var root = "."
    @Flag(inversion: .prefixedNo, help: "Also seed from the Swift tiers in blueprints/, dumped to wire JSON (needs swiftc).")
    var swiftSeeds = true
    @Option(help: "Where crash, hang and stack-trace cases are written.") var findings = ".build/fuzz-findings"

    func run() throws {
        let seed = seed ?? UInt64.random(in: 0...UInt64.max)
        say("fuzz seed \(seed)")
        let binary = URL(fileURLWithPath: lakeform).standardizedFileURL.path
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw FuzzError("no lakeform binary at \(binary); run swift build first") }
        let seeds = try SeedCorpus.load(root: root, lakeform: swiftSeeds ? binary : nil)
        try MemoryBound.check()
        if show, let only {
            let fuzzCase = FuzzCase.make(index: only, seed: seed, seeds: seeds)
            say("# \(fuzzCase.label)\n" + String(decoding: fuzzCase.data, as: UTF8.self))
            return
        }
        let indices = only.map { [$0] } ?? Array(0..<cases)
        let start = Date()
        let reports = try runAll(indices, seed: seed, seeds: seeds, binary: binary)
        let summary = FuzzSummary(reports: reports, seconds: Date().timeIntervalSince(start))
        say(summary.text(seed: seed, cases: cases))
        let kept = try summary.writeFindings(to: findings, seed: seed)
        if !kept.isEmpty { say("findings written to \(findings)/: \(kept.joined(separator: ", "))") }
        if summary.hasFindings { throw ExitCode(1) }
    }

    private func runAll(_ indices: [Int], seed: UInt64, seeds: [SeedBlueprint], binary: String) throws -> [CaseReport] {
        let scratchRoot = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-fuzz-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratchRoot) }
        let reports = Mutex<[CaseReport]>([])
        let workers = max(1, min(jobs, indices.count))
        let (timeout, total, memory) = (timeout, indices.count, MemoryBound(megabytes: memoryMB))
        let finished = DispatchGroup()
        for worker in 0..<workers {
            finished.enter()
            // Threads of their own with a deep stack: serializing a case nested hundreds of levels deep recurses.
            let thread = Thread {
                defer { finished.leave() }
                let scratch = scratchRoot + "/worker-\(worker)"
                try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
                let runner = FuzzWorker(lakeform: binary, scratch: scratch, timeout: timeout, memory: memory)
                for position in stride(from: worker, to: indices.count, by: workers) {
                    let report = runner.run(FuzzCase.make(index: indices[position], seed: seed, seeds: seeds))
                    let done = reports.withLock { reports in
                        reports.append(report)
                        return reports.count
                    }
                    if report.outcome.isFinding { say("case \(report.index): \(report.outcome.rawValue) in \(report.finding?.command ?? "?"): \(report.label)") }
                    if done.isMultiple(of: 500), done < total { say("\(done)/\(total) cases") }
                }
            }
            thread.stackSize = 256 << 20
            thread.start()
        }
        finished.wait()
        return reports.withLock { $0 }.sorted { $0.index < $1.index }
    }
}
