/// The plain YAML scalars written most, typed without asking the resolver.
enum PlainScalar {
    /// `true`, `false`, `null` and decimal integers without a sign, leading zero or `_` that fit an `Int`
    /// (`-` allowed): the resolver's answer for the values written most, without asking it. Nil otherwise.
    static func commonValue(_ text: String) -> JSONValue? {
        switch text {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default: break
        }
        let digits = text.utf8.first == UInt8(ascii: "-") ? text.utf8.dropFirst() : Substring(text).utf8[...]
        guard let first = digits.first, digits.count <= 18, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              first != UInt8(ascii: "0") || text == "0" else { return nil }
        return Int(text).map(JSONValue.int)
    }
}
