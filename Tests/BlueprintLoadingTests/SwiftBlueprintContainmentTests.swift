@testable import BlueprintLoading
import Diagnostics
import Foundation
import Testing

/// What a running blueprint cannot reach: the caller's environment, and life after its evaluation.
@Suite("Swift blueprint containment")
struct SwiftBlueprintContainmentTests {
    @Test("the blueprint sees only the allowlisted variables, never a secret set in the parent")
    func environmentAllowlist() async {
        let source = """
            import Foundation
            import LakeformDSL

            let environment = ProcessInfo.processInfo.environment
            print("secret: \\(environment["LAKEFORM_TEST_SECRET"] ?? "none")")
            print("variables: \\(environment.keys.sorted().joined(separator: " "))")
            let blueprint = Blueprint {
                Lake("small", tier: "1 PB", namespace: "datalake") { Workload(dataVolume: .petabytes(1)) }
            }
            """
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment["LAKEFORM_TEST_SECRET"] = "s3cr3t"
        environment["GITHUB_TOKEN"] = "ghp_test"
        environment["LC_ALL"] = "C.UTF-8"
        let loader = SwiftBlueprintTestbed.loader(cacheDirectory: scratch.directory("cache"), environment: environment)
        let loaded = await SwiftBlueprintTestbed.load(scratch.write(source, name: "environment"), with: loader)
        guard case .loaded(_, let warnings) = loaded.outcome else {
            Issue.record("expected to load: \(SwiftBlueprintTestbed.failures(loaded.outcome))")
            return
        }
        let printed = warnings.first("blueprint.output")?.notes ?? []
        #expect(printed.first == "secret: none")
        let seen = Set(printed.last?.split(separator: " ").dropFirst().map(String.init) ?? [])
        #expect(seen.contains("LC_ALL") && seen.contains("PATH"))
        #expect(seen.subtracting(ChildEnvironment.passed).subtracting(["LC_ALL", "LAKEFORM_WIRE_OUTPUT", "SWIFT_BACKTRACE"]).isEmpty)
    }

    /// How a blueprint that started a `sleep 1000` ends.
    enum Ending: String, CaseIterable, Sendable {
        case returns = "let blueprint = Blueprint {}"
        case timesOut = "while true { sleep(1) }"
    }

    @Test("a process the blueprint started through Foundation's Process dies with it", arguments: Ending.allCases)
    func grandchildKilled(_ ending: Ending) async throws {
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let pidFile = scratch.root + "/sleeper.pid"
        let source = """
            import Foundation
            import LakeformDSL

            let sleeper = Process()
            sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
            sleeper.arguments = ["1000"]
            try sleeper.run()
            try String(sleeper.processIdentifier).write(toFile: "\(pidFile)", atomically: true, encoding: .utf8)
            \(ending.rawValue)
            """
        let loader = SwiftBlueprintTestbed.loader(cacheDirectory: scratch.directory("cache"), timeout: .seconds(2))
        let started = ContinuousClock.now
        let loaded = await SwiftBlueprintTestbed.load(scratch.write(source, name: "sleeper"), with: loader)
        // Compiling takes most of this (tens of seconds on a loaded 2-core machine); a surviving sleeper would hold it for 1,000 s.
        #expect(ContinuousClock.now - started < .seconds(90))
        if ending == .timesOut {
            #expect(SwiftBlueprintTestbed.failures(loaded.outcome).map(\.id) == ["blueprint.timeout"])
        }
        let sleeper = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8)))
        #expect(try await Self.ends(sleeper), "the blueprint's sleep 1000 survived")
    }

    @Test("a child process gets exactly the given environment, and what it left running dies when it exits")
    func childProcess() async throws {
        let ran = try ChildProcess.run(
            "/bin/sh", ["-c", "sleep 1000 & echo $!; env"], environment: ["PATH": "/usr/bin:/bin", "ONLY": "1"],
            timeout: .seconds(30)
        )
        #expect(ran.termination == .exited(0))
        let lines = ran.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("ONLY=1") && !lines.contains { $0.hasPrefix("HOME=") })
        let sleeper = try #require(Int32(lines.first ?? ""))
        #expect(try await Self.ends(sleeper), "the child's background sleep survived")
    }

    /// Whether `pid` is gone (or a zombie) within 2 s; if not, it is killed here so that no test leaves it behind.
    static func ends(_ pid: Int32) async throws -> Bool {
        for _ in 0..<20 where isRunning(pid) {
            try await Task.sleep(for: .milliseconds(100))
        }
        guard isRunning(pid) else { return true }
        kill(pid, SIGKILL)
        return false
    }

    /// Whether `pid` is a live process (not gone, not a zombie).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let commandEnd = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: commandEnd)...].split(separator: " ").first != "Z"
    }
}
