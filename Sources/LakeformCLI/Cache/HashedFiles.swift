import Foundation
import Planning

/// The SHA-256 of files under the output folder as last hashed, each trusted without hashing again while the file's
/// stamp (`FileStamp`) is the one recorded with it. Files hashed in this run are collected for `save`. A stamp is
/// only recorded when the file's modification time is older than the racy window before the run started, so a
/// rewrite can never keep a recorded stamp. Recorded stamps of files the run did not read back are `stale`.
final class HashedFiles: @unchecked Sendable {
    private let recorded: [String: ArtifactCache.HashedFile]
    private let started: Int64
    private let lock = NSLock()
    private var fresh: [String: ArtifactCache.HashedFile] = [:]
    private var readBack: Set<String> = []

    /// - Parameter started: when the run started, before any file is read (nanoseconds since 1970).
    init(recorded: [String: ArtifactCache.HashedFile], started: Int64 = FileStamp.now()) {
        self.recorded = recorded
        self.started = started
    }

    /// The text of the file at `path`, or nil unless it is there with SHA-256 `sha256`.
    func contents(atPath path: String, sha256: String) -> String? {
        guard let (stamp, bytes) = FileStamp.read(path) else { return nil }
        let contents = String(decoding: bytes, as: UTF8.self)
        if recorded[path] == ArtifactCache.HashedFile(stamp: stamp, sha256: sha256) {
            lock.withLock { _ = readBack.insert(path) }
            return contents
        }
        guard Planner.hash(contents) == sha256 else { return nil }
        lock.withLock {
            readBack.insert(path)
            if !stamp.isRacy(hashedAt: started) { fresh[path] = ArtifactCache.HashedFile(stamp: stamp, sha256: sha256) }
        }
        return contents
    }

    /// The files hashed in this run whose stamps may be trusted, by path.
    var hashed: [String: ArtifactCache.HashedFile] { lock.withLock { fresh } }

    /// Recorded paths under `root` that this run did not read back with their recorded bytes: files of lakes emitted
    /// again, edited, removed, or of lakes that are gone. Their stamps can no longer be trusted, so they are dropped.
    func stale(under root: String) -> [String] {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return lock.withLock { recorded.keys.filter { $0.hasPrefix(prefix) && !readBack.contains($0) }.sorted() }
    }
}
