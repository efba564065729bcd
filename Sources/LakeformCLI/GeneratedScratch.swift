import Foundation

/// Lakeform's own short-lived entries at the top of generated/: the apply journal, and the staging folders and
/// journal temporary files named with the pid of the process writing them. Drift never reports them; those of
/// processes that are gone are removed by the next command that writes or compares generated/.
enum GeneratedScratch {
    static let journalName = ".lakeform-apply.json"
    static let stagingPrefix = ".lakeform-staging-"

    /// `.lakeform-staging-PID`: where `GeneratedTree.write` stages folders before swapping them in.
    static func stagingName(pid: Int32) -> String { "\(stagingPrefix)\(pid)" }

    /// `.lakeform-apply.json.PID.tmp`: the journal while it is written, before its rename.
    static func journalTemporaryName(pid: Int32) -> String { "\(journalName).\(pid).tmp" }

    /// The pid that owns a staging folder or journal temporary file named `name`, or nil for any other name.
    static func owner(_ name: String) -> Int32? {
        if name.hasPrefix(stagingPrefix) { return Int32(name.dropFirst(stagingPrefix.count)) }
        let journalPrefix = journalName + "."
        guard name.hasPrefix(journalPrefix), name.hasSuffix(".tmp") else { return nil }
        return Int32(name.dropFirst(journalPrefix.count).dropLast(".tmp".count))
    }

    /// True for the journal and for every staging folder or temporary file.
    static func isScratch(_ name: String) -> Bool { name == journalName || owner(name) != nil }

    /// Removes the staging folders and journal temporary files whose process is no longer running.
    static func removeAbandoned(_ generated: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: generated)) ?? [] {
            guard let pid = owner(name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: "\(generated)/\(name)")
        }
    }
}
