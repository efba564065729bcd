import Foundation
import LakeModel
import Testing

/// `EncodedValue` writes what `JSONEncoder` writes with the reports' settings, for the shapes reports use.
@Suite struct EncodedValueTests {
    enum Kind: String, Encodable { case minio, kafkaConnect }

    struct Item: Encodable {
        var name: String
        var monthlyCostCents: Int
        var note: String?
        var years: Int?
        var kind: Kind
        var exceeded: Bool
    }

    struct Document: Encodable {
        var formatVersion = "1.1"
        var aURLValue = 2
        var cpu2Millicores = 3
        var already_snake = 4
        var items: [Item]
        var empty: [Item] = []
        var nested: [[Int]] = [[], [1, -2]]
        var text = "a/b \"q\" \\ tab\t line\n bell\u{7} é 名"
    }

    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func writesWhatJSONEncoderWrites() throws {
        let document = Document(items: [
            Item(name: "storage", monthlyCostCents: 123_456, note: nil, years: 5, kind: .minio, exceeded: false),
            Item(name: "connect", monthlyCostCents: -1, note: "lump sum", years: nil, kind: .kafkaConnect, exceeded: true),
        ])
        let written = try EncodedValue.encode(document, snakeCaseKeys: true).prettyJSON
        #expect(written == (try Self.foundation(document)))
        #expect(written.contains("\"a_url_value\" : 2") && !written.contains("\"note\" : null"))
    }

    @Test func keysKeepTheirSpellingWithoutSnakeCase() throws {
        let tree = try EncodedValue.encode(Item(name: "n", monthlyCostCents: 1, note: nil, years: nil, kind: .minio, exceeded: true))
        #expect(tree == .object(["name": .string("n"), "monthlyCostCents": .int(1), "kind": .string("minio"), "exceeded": .bool(true)]))
    }

    @Test func anIntegerBeyondIntIsAnError() {
        struct Big: Encodable { var value = UInt64.max }
        #expect(throws: EncodingError.self) { try EncodedValue.encode(Big()) }
    }
}
