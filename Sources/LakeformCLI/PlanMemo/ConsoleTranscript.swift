import Foundation
import Synchronization

/// What `Console` wrote while a transcript was open, chunk by chunk in order, so a plan memo replays it exactly.
enum ConsoleTranscript {
    /// One write: to stdout (1) or stderr (2), and its bytes.
    struct Chunk: Equatable, Sendable {
        var descriptor: Int32
        var bytes: [UInt8]
    }

    /// The chunks so far and their size; nil when no transcript is open.
    private struct Recorded {
        let limit: Int
        var chunks: [Chunk] = []
        var size = 0
    }

    private static let recorded = Mutex<Recorded?>(nil)

    /// Starts recording (dropping anything recorded before) up to `limit` bytes; past it, nothing is kept (a plan of
    /// 1,000 lakes prints 20 MB, which were copied only to be thrown away).
    static func start(limit: Int) { recorded.withLock { $0 = Recorded(limit: limit) } }

    /// Stops recording and returns what was written since `start`, or nil when that passed the limit.
    static func stop() -> [Chunk]? {
        recorded.withLock { recorded in
            defer { recorded = nil }
            guard let recorded, recorded.size <= recorded.limit else { return nil }
            return recorded.chunks
        }
    }

    /// Records a write while a transcript is open and under its limit.
    static func note(_ descriptor: Int32, _ text: String, _ terminator: String = "\n") {
        recorded.withLock { recorded in
            guard recorded != nil else { return }
            recorded!.size += text.utf8.count + terminator.utf8.count
            guard recorded!.size <= recorded!.limit else { return recorded!.chunks = [] }
            recorded!.chunks.append(Chunk(descriptor: descriptor, bytes: Array(text.utf8) + Array(terminator.utf8)))
        }
    }

    /// The chunks as one blob: per chunk, the descriptor byte, the length as 4 bytes big-endian, then the bytes.
    static func encode(_ chunks: [Chunk]) -> Data {
        var data = Data()
        for chunk in chunks {
            data.append(UInt8(truncatingIfNeeded: chunk.descriptor))
            withUnsafeBytes(of: UInt32(chunk.bytes.count).bigEndian) { data.append(contentsOf: $0) }
            data.append(contentsOf: chunk.bytes)
        }
        return data
    }

    /// Reads `encode`'s blob; nil when it is damaged.
    static func decode(_ data: Data) -> [Chunk]? {
        let bytes = [UInt8](data)
        var chunks: [Chunk] = [], index = 0
        while index < bytes.count {
            guard index + 5 <= bytes.count, [1, 2].contains(bytes[index]) else { return nil }
            let length = bytes[(index + 1)..<(index + 5)].reduce(0) { $0 << 8 | Int($1) }
            guard index + 5 + length <= bytes.count else { return nil }
            chunks.append(Chunk(descriptor: Int32(bytes[index]), bytes: Array(bytes[(index + 5)..<(index + 5 + length)])))
            index += 5 + length
        }
        return chunks
    }

    /// Writes the chunks to their descriptors, in order; false when a write fails.
    static func replay(_ chunks: [Chunk]) -> Bool {
        for chunk in chunks {
            var offset = 0
            while offset < chunk.bytes.count {
                let written = chunk.bytes[offset...].withUnsafeBytes { write(chunk.descriptor, $0.baseAddress, $0.count) }
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
        }
        return true
    }
}
