extension JSONValue {
    /// The value as JSON text, keys sorted by code point and non-ASCII text kept. Compact, or `pretty`: two-space
    /// indentation with `": "` after keys (Python's `json.dumps(indent=2, sort_keys=True, ensure_ascii=False)`).
    /// A number that is not finite has no JSON spelling and is written `null`.
    public func jsonText(pretty: Bool = false) -> String {
        var output = ""
        write(into: &output, indent: pretty ? 0 : nil)
        return output
    }

    private func write(into output: inout String, indent: Int?) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value): output += value.isFinite ? String(value) : "null"
        case .string(let text): Self.quote(text, into: &output)
        case .array(let items):
            writeContainer(into: &output, indent: indent, brackets: ("[", "]"), count: items.count) { index, output, inner in
                items[index].write(into: &output, indent: inner)
            }
        case .object(let entries):
            let keys = entries.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            writeContainer(into: &output, indent: indent, brackets: ("{", "}"), count: keys.count) { index, output, inner in
                Self.quote(keys[index], into: &output)
                output += inner == nil ? ":" : ": "
                entries[keys[index]]!.write(into: &output, indent: inner)
            }
        }
    }

    private func writeContainer(
        into output: inout String, indent: Int?, brackets: (open: String, close: String), count: Int,
        element: (Int, inout String, Int?) -> Void
    ) {
        guard count > 0 else { output += brackets.open + brackets.close; return }
        output += brackets.open
        let inner = indent.map { $0 + 2 }
        for index in 0..<count {
            if let inner { output += "\n" + String(repeating: " ", count: inner) }
            element(index, &output, inner)
            if index < count - 1 { output += "," }
        }
        if let indent { output += "\n" + String(repeating: " ", count: indent) }
        output += brackets.close
    }

    private static func quote(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
