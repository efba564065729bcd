import Foundation

/// An `Encodable` value as a tree of JSON values, built by `EncodedValue.encode(_:snakeCaseKeys:)` without
/// `JSONEncoder`'s dynamic casts (it asks every value whether it is a `Date`, `URL`, `Data`…) or its per-key case
/// conversion. `prettyJSON` prints what `JSONEncoder` prints with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`.
public indirect enum EncodedValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([EncodedValue])
    case object([String: EncodedValue])

    /// The tree of `value`; with `snakeCaseKeys`, keys are converted as `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase` does.
    public static func encode<T: Encodable>(_ value: T, snakeCaseKeys: Bool = false) throws -> EncodedValue {
        let encoder = TreeEncoder(codingPath: [], snakeCaseKeys: snakeCaseKeys)
        try value.encode(to: encoder)
        return encoder.slot.value
    }

    /// JSON text as `JSONEncoder` writes it with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`: two-space
    /// indentation, `"key" : value`, keys in Foundation's numeric, case-insensitive order, empty containers on two lines.
    /// For documents of integers, strings and booleans only: a `Double` is written as Swift describes it.
    public var prettyJSON: String {
        var output = ""
        write(into: &output, indent: 0)
        return output
    }

    private func write(into output: inout String, indent: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value): output += String(value)
        case .string(let text): Self.quote(text, into: &output)
        case .array(let items):
            Self.container(into: &output, indent: indent, brackets: ("[", "]"), count: items.count) { index, output in
                items[index].write(into: &output, indent: indent + 2)
            }
        case .object(let entries):
            let keys = entries.keys.sorted(by: Self.foundationOrder)
            Self.container(into: &output, indent: indent, brackets: ("{", "}"), count: keys.count) { index, output in
                Self.quote(keys[index], into: &output)
                output += " : "
                entries[keys[index]]!.write(into: &output, indent: indent + 2)
            }
        }
    }

    /// `JSONEncoder`'s `.sortedKeys` order: numeric, case-insensitive. For keys of lower-case ASCII letters and
    /// underscores, which report keys are, that is byte order, compared without Foundation.
    private static func foundationOrder(_ first: String, _ second: String) -> Bool {
        let plain = { (key: String) in key.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || $0 == UInt8(ascii: "_") } }
        if plain(first), plain(second) { return first < second }
        return first.compare(second, options: [.numeric, .caseInsensitive, .forcedOrdering]) == .orderedAscending
    }

    private static func container(
        into output: inout String, indent: Int, brackets: (open: String, close: String), count: Int, element: (Int, inout String) -> Void
    ) {
        let inner = String(repeating: " ", count: indent + 2)
        output += brackets.open + "\n"
        for index in 0..<count {
            output += inner
            element(index, &output)
            output += index < count - 1 ? ",\n" : "\n"
        }
        if count == 0 { output += "\n" }
        output += String(repeating: " ", count: indent) + brackets.close
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
