import Foundation
import TestSupport
import Testing

/// Eight `lakeform apply --auto-approve` processes against one state at once, on each backend. Each applies its own
/// variant of one lake (a different namespace), so every apply that gets the lock records a revision. The lock
/// timeout is long enough for all eight to wait their turn: the serials must be exactly 1…8, none lost.
/// (Failing after the timeout, naming the holder, is tested in PostgresStateCLITests and ApplyCrashTests.)
@Suite struct ConcurrentApplyTests {
    static let contenders = 8

    @Test(arguments: StateBackend.available)
    func eightAppliesAtOnceLoseNoRevision(_ backend: StateBackend) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-concurrent-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let blueprint = try String(contentsOfFile: RepositoryPaths.path("blueprints/examples/startup.yaml"), encoding: .utf8)
        for index in 0..<Self.contenders {
            let folder = root.appendingPathComponent("variants/\(index)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try blueprint.replacingOccurrences(of: "namespace: datalake", with: "namespace: datalake-\(index)")
                .write(to: folder.appendingPathComponent("startup.yaml"), atomically: true, encoding: .utf8)
        }
        let state = try backend.freshLocation(in: root)

        let results = try onThreads(Self.contenders) { index in
            try LakeformProcess.run(
                ["apply", "variants/\(index)/startup.yaml", "--auto-approve", "--state", state, "--lock-timeout", "300s"],
                in: root.path, environment: ["NO_COLOR": "1"])
        }.map { try $0.get() }

        var committed: [Int] = []
        for result in results {
            if result.status == 0, let serial = Self.committedSerial(result.stdout) {
                committed.append(serial)
            } else {
                #expect(result.status == 1, "\(result.stderr)")
                #expect(result.stderr.contains("the state is locked by "), "\(result.stderr)")
            }
        }
        #expect(committed.count == Self.contenders)
        #expect(committed.sorted() == Array(1..<committed.count + 1))
        let history = try LakeformProcess.run(["state", "history", "--state", state], in: root.path)
        #expect(history.status == 0, "\(history.stderr)")
        let recorded = history.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.flatMap { Int($0) } }
        #expect(recorded == committed.sorted())
    }

    /// The serial in `Apply complete! … State serial N.`
    static func committedSerial(_ stdout: String) -> Int? {
        guard let line = stdout.split(separator: "\n").first(where: { $0.hasPrefix("Apply complete!") }),
              let range = line.range(of: "State serial ") else { return nil }
        return Int(line[range.upperBound...].prefix { $0.isNumber })
    }
}
