import Foundation

/// An `Encodable` value as a tree of JSON values, built by `EncodedValue.encode(_:snakeCaseKeys:)` without
/// `JSONEncoder`'s dynamic casts (it asks every value whether it is a `Date`, `URL`, `Data`…) or its per-key case
/// conversion. `prettyJSON` prints what `JSONEncoder` prints with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`.
public enum EncodedValue: Equatable, Sendable {
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
        var output: [UInt8] = []
        write(into: &output, indent: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// Written as UTF-8 bytes: appending to a `String` part by part cost a report most of its rendering.
    private func write(into output: inout [UInt8], indent: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let value): output.append(contentsOf: String(value).utf8)
        case .double(let value): output.append(contentsOf: String(value).utf8)
        case .string(let text): JSONStringLiteral.append(text, to: &output)
        case .array(let items):
            Self.container(into: &output, indent: indent, brackets: (UInt8(ascii: "["), UInt8(ascii: "]")), count: items.count) { index, output in
                items[index].write(into: &output, indent: indent + 2)
            }
        case .object(let entries):
            let keys = Self.sortedKeys(entries.keys)
            Self.container(into: &output, indent: indent, brackets: (UInt8(ascii: "{"), UInt8(ascii: "}")), count: keys.count) { index, output in
                JSONStringLiteral.append(keys[index], to: &output)
                output.append(contentsOf: " : ".utf8)
                entries[keys[index]]!.write(into: &output, indent: indent + 2)
            }
        }
    }

    /// `JSONEncoder`'s `.sortedKeys` order: numeric, case-insensitive. For keys of lower-case ASCII letters and
    /// underscores, which report keys are, that is byte order, compared without Foundation.
    private static func sortedKeys(_ keys: some Collection<String>) -> [String] {
        let plain = keys.allSatisfy { $0.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || $0 == UInt8(ascii: "_") } }
        if plain { return keys.sorted() }
        return keys.sorted { $0.compare($1, options: [.numeric, .caseInsensitive, .forcedOrdering]) == .orderedAscending }
    }

    private static func container(
        into output: inout [UInt8], indent: Int, brackets: (open: UInt8, close: UInt8), count: Int, element: (Int, inout [UInt8]) -> Void
    ) {
        output.append(brackets.open)
        output.append(UInt8(ascii: "\n"))
        for index in 0..<count {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
            element(index, &output)
            if index < count - 1 { output.append(UInt8(ascii: ",")) }
            output.append(UInt8(ascii: "\n"))
        }
        if count == 0 { output.append(UInt8(ascii: "\n")) }
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        output.append(brackets.close)
    }
}
