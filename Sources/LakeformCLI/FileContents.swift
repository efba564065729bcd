#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Compares a file with the bytes it should hold without copying either: drift reads every file of generated/
/// before a first apply, and `FileManager.contents` with a `Data` of the expected text cost two allocations and two
/// copies a file.
enum FileContents {
    /// Whether the file at `path` holds exactly `expected`'s UTF-8 bytes; false when it cannot be read. Opened
    /// without blocking, so a named pipe where a file should be reads as different instead of waiting for a writer.
    static func equal(_ path: String, _ expected: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var expected = expected
        return expected.withUTF8 { bytes in
            // One byte more than expected, so a longer file shows.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { buffer in
                guard let filled = readAll(descriptor, into: buffer), filled == bytes.count else { return false }
                return filled == 0 || memcmp(buffer.baseAddress!, bytes.baseAddress!, filled) == 0
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
