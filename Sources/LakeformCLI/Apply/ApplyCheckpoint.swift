import Foundation

/// Named points in an apply where tests can simulate a crash (`LAKEFORM_TEST_ABORT_AFTER=STEP` exits at once,
/// skipping every cleanup) or hold the apply (`LAKEFORM_TEST_PAUSE_AFTER=STEP` sleeps until killed).
/// Steps in order: `lock`, `journal`, `commit`, `scope` (after the first folder of generated/ is swapped), `write`.
enum ApplyCheckpoint {
    static let steps = ["lock", "journal", "commit", "scope", "write"]

    static func reached(_ step: String) {
        let environment = ProcessInfo.processInfo.environment
        if environment["LAKEFORM_TEST_ABORT_AFTER"] == step {
            FileHandle.standardError.write(Data("aborted after \(step)\n".utf8))
            _exit(86)
        }
        if environment["LAKEFORM_TEST_PAUSE_AFTER"] == step {
            FileHandle.standardError.write(Data("paused after \(step)\n".utf8))
            while true { Thread.sleep(forTimeInterval: 60) }
        }
    }
}
