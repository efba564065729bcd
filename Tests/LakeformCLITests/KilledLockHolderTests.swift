import Foundation
import TestSupport
import Testing

/// The SQLite state lock is an OS lock (`flock` on `STATE.lock`): a holder killed with SIGKILL leaves nothing that
/// blocks the next apply (issue 16, item 3).
@Suite struct KilledLockHolderTests {
    @Test func aKilledHolderReleasesTheLockAtOnce() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let state = "\(root)/.lakeform/state.db"
        let run = { (arguments: [String]) in
            try LakeformProcess.run(arguments + ["--state", state], in: root, environment: ["NO_COLOR": "1"])
        }
        let holder = try PausedApply(state: state, in: root)
        let blocked = try run(["apply", "--auto-approve", "--lock-timeout", "0s"])
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("the state is locked by "))
        #expect(blocked.stderr.contains("(pid \(holder.pid) on "), "the holder row names the paused apply: \(blocked.stderr)")
        #expect(blocked.stderr.contains(", for apply; lock id "))
        holder.kill()

        let next = try run(["apply", "--auto-approve", "--lock-timeout", "0s"])
        #expect(next.status == 0, "the dead holder's lock still blocks: \(next.stderr)")
        #expect(next.stdout.contains("Apply complete!"))
        #expect(FileManager.default.fileExists(atPath: "\(state).lock"))
    }
}
