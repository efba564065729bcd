#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Compares a file with the bytes it should hold without copying either: drift reads every file of generated/
/// before a first apply, and `FileManager.contents` with a `Data` of the expected text cost two allocations and two
/// copies a file. Files are opened without blocking, so a named pipe where a file should be reads as different
/// instead of waiting for a writer.
enum FileContents {
    /// How a file compares with the bytes it should hold.
    enum Comparison {
        case same, different
        /// It cannot be opened or read (missing, unreadable, a folder), as `FileManager.contents` gives no data.
        case unreadable
    }

    /// Whether the file at `path` holds exactly `expected`'s UTF-8 bytes; false when it cannot be read.
    static func equal(_ path: String, _ expected: String) -> Bool { compare(path, expected) == .same }

    /// The file at `path` against `expected`'s UTF-8 bytes.
    static func compare(_ path: String, _ expected: String) -> Comparison {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .unreadable }
        defer { close(descriptor) }
        var expected = expected
        return expected.withUTF8 { bytes in
            // One byte more than expected, so a longer file shows.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { buffer in
                guard let filled = readAll(descriptor, into: buffer) else { return .unreadable }
                return filled == bytes.count && (filled == 0 || memcmp(buffer.baseAddress!, bytes.baseAddress!, filled) == 0) ? .same : .different
            }
        }
    }

    /// Reads until `buffer` is full or the file ends; the byte count, or nil on a read error.
    private static func readAll(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var filled = 0
        while filled < buffer.count {
            let count = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            filled += count
        }
        return filled
    }
}
