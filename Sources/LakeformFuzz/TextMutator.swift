import Foundation

/// Byte-level mutations of a serialized blueprint: truncation, lost or repeated lines, stray bytes, broken indentation.
enum TextMutator {
    /// Bytes that parsers and terminals trip over: NUL, escape, a BOM, invalid UTF-8, line separators, tabs.
    static let strayBytes: [[UInt8]] = [
        [0x00], [0x1B, 0x5B, 0x32, 0x4A], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xC3], [0xE2, 0x80, 0xA8], [0x09], [0x0D],
        [0x26, 0x61, 0x20], [0x2A, 0x61], [0x3A, 0x20, 0x3A], [0x7B], [0x5B], [0x22], [0x27],
    ]

    /// `data` with one mutation; its label.
    static func mutate(_ data: Data, _ random: inout SplitMix) -> (Data, String) {
        var bytes = [UInt8](data)
        guard !bytes.isEmpty else { return (data, "empty") }
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let line = Int.random(in: 0..<lines.count, using: &random)
        let label: String
        switch Int.random(in: 0..<5, using: &random) {
        case 0:
            let cut = Int.random(in: 0..<bytes.count, using: &random)
            bytes = Array(bytes[..<cut])
            return (Data(bytes), "truncate@\(cut)")
        case 1:
            lines.remove(at: line)
            label = "dropLine \(line + 1)"
        case 2:
            lines.insert(lines[line], at: line)
            label = "repeatLine \(line + 1)"
        case 3:
            let stray = random.pick(strayBytes)
            let at = Int.random(in: 0...lines[line].count, using: &random)
            lines[line].insert(contentsOf: stray, at: at)
            label = "strayBytes line \(line + 1)"
        default:
            lines[line] = random.chance(50) ? [0x20] + lines[line] : Array(lines[line].drop { $0 == 0x20 })
            label = "indent line \(line + 1)"
        }
        return (Data(lines.joined(separator: [0x0A])), label)
    }
}
