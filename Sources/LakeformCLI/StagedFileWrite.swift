import Foundation

/// Writes one file into a staging folder with plain `open`/`write`/`close`. Foundation's `createFile` writes a
/// temporary file, fsyncs it and renames it: inside a staging folder that is itself renamed into place, that fsync
/// buys nothing and, on a runner whose disk is busy, can stall a build for seconds per file.
enum StagedFileWrite {
    /// Writes `contents` to a new file at `path` (mode 0644); throws with the system's reason when it cannot.
    static func write(_ contents: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw GeneratedTree.WriteError(description: "cannot write \(path): \(reason())") }
        defer { close(descriptor) }
        var text = contents
        try text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw GeneratedTree.WriteError(description: "cannot write \(path): \(reason())")
                }
                offset += written
            }
        }
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
