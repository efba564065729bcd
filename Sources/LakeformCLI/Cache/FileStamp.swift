import Foundation
#if canImport(Darwin)
import Darwin

private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { Darwin.read(descriptor, buffer, count) }
private func modificationTimes(_ info: stat) -> (modified: timespec, changed: timespec) { (info.st_mtimespec, info.st_ctimespec) }
#else
import Glibc

private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { Glibc.read(descriptor, buffer, count) }
private func modificationTimes(_ info: stat) -> (modified: timespec, changed: timespec) { (info.st_mtim, info.st_ctim) }
#endif

/// The `stat` fields of a file that change when its bytes are rewritten (device, inode, size, modification and
/// status-change times in nanoseconds), recorded as git's index records them to skip hashing unchanged files.
struct FileStamp: Equatable, Sendable {
    var device: Int64
    var inode: Int64
    var size: Int64
    var modified: Int64
    var changed: Int64

    /// A file whose modification time is this close to the moment it was hashed may be rewritten again within the
    /// same timestamp (filesystems tick from nanoseconds to 2 s), so its stamp is not recorded: git's racy entries.
    static let racyWindow: Int64 = 3_000_000_000

    /// The stamp of the regular file at `path`, or nil when there is none.
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return regular(info)
    }

    /// The bytes of the regular file at `path` with its stamp taken from the same open file before reading, so a
    /// write during the read leaves a stamp that no longer matches; nil when it cannot be read. Reads the size the
    /// stamp records, as `FileManager` does, without a read to see the end. Opened without blocking: a named pipe
    /// in its place is not a regular file, and gives nil instead of waiting for a writer.
    static func read(_ path: String) -> (stamp: FileStamp, bytes: [UInt8])? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, let stamp = regular(info) else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(max(info.st_size, 0)))
        var count = 0
        while count < bytes.count {
            let received = bytes.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress! + count, $0.count - count) }
            if received == 0 { break }
            if received < 0 {
                if errno == EINTR { continue }
                return nil
            }
            count += received
        }
        bytes.removeSubrange(count...)
        return (stamp, bytes)
    }

    private static func regular(_ info: stat) -> FileStamp? {
        guard info.st_mode & S_IFMT == S_IFREG else { return nil }
        let times = times(info)
        return FileStamp(device: Int64(truncatingIfNeeded: info.st_dev), inode: Int64(truncatingIfNeeded: info.st_ino),
                         size: Int64(info.st_size), modified: times.modified, changed: times.changed)
    }

    /// The modification and status-change times of `info`, in nanoseconds since 1970.
    static func times(_ info: stat) -> (modified: Int64, changed: Int64) {
        let times = modificationTimes(info)
        return (nanoseconds(times.modified), nanoseconds(times.changed))
    }

    /// Whether the file may still change without a new stamp after being hashed at `time` (nanoseconds since 1970).
    func isRacy(hashedAt time: Int64) -> Bool { modified > time - Self.racyWindow }

    /// The wall clock, in nanoseconds since 1970.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time)
    }

    /// Wraps rather than traps for times past 2262: a stamp is only compared for equality, and a wrapped time is racy.
    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
    }
}
