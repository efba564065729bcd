/// How a blueprint name becomes a Kubernetes object name, shared by the emitters that name objects
/// and the mapper that checks the names before they are emitted.
public enum KubernetesName {
    /// A lowercase DNS-1123 name for `text`: other characters become `-`, ends trimmed; `unnamed` when nothing is left.
    /// ASCII text (without a carriage return, which makes one Character with a following line feed) is mapped byte by
    /// byte, as each byte is then one Character: comparing Characters against ranges cost 7,000 instructions a name.
    public static func dns(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else { return dnsByCharacter(text) }
        let mapped = text.utf8.map { byte -> UInt8 in
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            let kept = (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9"))
            return kept || lower == UInt8(ascii: "-") ? lower : UInt8(ascii: "-")
        }
        guard let first = mapped.firstIndex(where: { $0 != UInt8(ascii: "-") }), let last = mapped.lastIndex(where: { $0 != UInt8(ascii: "-") })
        else { return "unnamed" }
        return String(decoding: mapped[first...last], as: UTF8.self)
    }

    /// `dns` by Characters, for any text.
    static func dnsByCharacter(_ text: String) -> String {
        let mapped = String(text.lowercased().map { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" ? $0 : "-" })
        let trimmed = mapped.drop { $0 == "-" }.reversed().drop { $0 == "-" }.reversed()
        return trimmed.isEmpty ? "unnamed" : String(trimmed)
    }
}
