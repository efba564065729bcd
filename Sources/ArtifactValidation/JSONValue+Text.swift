import LakeModel

extension JSONValue {
    /// The value as JSON text, keys sorted by code point and non-ASCII text kept. Compact, or `pretty`: two-space
    /// indentation with `": "` after keys (Python's `json.dumps(indent=2, sort_keys=True, ensure_ascii=False)`).
    /// A number that is not finite has no JSON spelling and is written `null`.
    public func jsonText(pretty: Bool = false) -> String {
        var output: [UInt8] = []
        write(into: &output, indent: pretty ? 0 : nil)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(into output: inout [UInt8], indent: Int?) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let value): output.append(contentsOf: String(value).utf8)
        case .double(let value): output.append(contentsOf: (value.isFinite ? String(value) : "null").utf8)
        case .string(let text): JSONStringLiteral.append(text, to: &output)
        case .array(let items):
            writeContainer(into: &output, indent: indent, brackets: (UInt8(ascii: "["), UInt8(ascii: "]")), count: items.count) { index, output, inner in
                items[index].write(into: &output, indent: inner)
            }
        case .object(let entries):
            let keys = entries.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            writeContainer(into: &output, indent: indent, brackets: (UInt8(ascii: "{"), UInt8(ascii: "}")), count: keys.count) { index, output, inner in
                JSONStringLiteral.append(keys[index], to: &output)
                output.append(contentsOf: (inner == nil ? ":" : ": ").utf8)
                entries[keys[index]]!.write(into: &output, indent: inner)
            }
        }
    }

    private func writeContainer(
        into output: inout [UInt8], indent: Int?, brackets: (open: UInt8, close: UInt8), count: Int,
        element: (Int, inout [UInt8], Int?) -> Void
    ) {
        output.append(brackets.open)
        guard count > 0 else { return output.append(brackets.close) }
        let inner = indent.map { $0 + 2 }
        for index in 0..<count {
            if let inner { output.append(UInt8(ascii: "\n")); output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: inner)) }
            element(index, &output, inner)
            if index < count - 1 { output.append(UInt8(ascii: ",")) }
        }
        if let indent { output.append(UInt8(ascii: "\n")); output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent)) }
        output.append(brackets.close)
    }
}
