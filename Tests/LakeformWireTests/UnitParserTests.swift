import Foundation
import LakeformWire
import Testing

@Suite struct UnitParserTests {
    @Test(arguments: [
        ("10PB", 10_000_000_000_000_000), ("1.5 TB", 1_500_000_000_000), ("512GiB", 512 << 30), ("100Mi", 100 << 20),
        ("2048", 2_048), ("1_000B", 1_000), ("0.5KB", 500),
    ])
    func bytesParseExactly(text: String, bytes: Int) {
        #expect(Wire.UnitParser.bytes(text) == bytes)
    }

    @Test(arguments: ["10 parsecs", "", "1.0001KB", "PB", "99999999999PB"])
    func badSizesAreRejected(text: String) {
        #expect(Wire.UnitParser.bytes(text) == nil)
    }

    @Test(arguments: ["9223.5PB", "9223372036854775807PB", "99999999999999999999", "9223.50000000000000000000PB", "1000000000000000000d",
                      "$92233720368547758.08"])
    func quantitiesBeyond64BitsAreTooLargeNotATrap(text: String) {
        #expect(Wire.UnitParser.bytes(text) == nil && Wire.UnitParser.duration(text) == nil && Wire.UnitParser.money(text) == nil)
        #expect(Wire.UnitParser.isTooLarge(text))
    }

    @Test func theLargestQuantitiesStillParseAndMalformedOnesAreNotTooLarge() {
        #expect(Wire.UnitParser.bytes("9223.372036854775807PB") == Int.max)
        #expect(Wire.UnitParser.bytes("9223PB") == 9_223_000_000_000_000_000)
        #expect(Wire.UnitParser.bytes("-1.5KB") == -1_500)
        #expect(Wire.UnitParser.money("$92233720368547758.07") == Int.max)
        #expect(!Wire.UnitParser.isTooLarge("10 parsecs") && !Wire.UnitParser.isTooLarge("1.0001KB") && !Wire.UnitParser.isTooLarge("--5"))
    }

    @Test func ratesDurationsAndMoney() {
        #expect(Wire.UnitParser.rate("500MB/s") == 500_000_000)
        #expect(Wire.UnitParser.rate("500MB") == nil)
        #expect(Wire.UnitParser.duration("7d") == 604_800)
        #expect(Wire.UnitParser.duration("90m") == 5_400)
        #expect(Wire.UnitParser.duration("90") == nil)
        #expect(Wire.UnitParser.money("$30,000") == 3_000_000)
        #expect(Wire.UnitParser.money("4.27") == 427)
        #expect(Wire.UnitParser.money("$0.431") == nil)
    }

    @Test func quantitiesDecodeFromIntegersAndStringsAndEncodeAsIntegers() throws {
        struct Box: Codable { var size: Wire.ByteCount; var span: Wire.TimeSpan; var price: Wire.Money }
        let decoded = try JSONDecoder().decode(Box.self, from: Data(#"{"size":"2TB","span":3600,"price":"$4.27"}"#.utf8))
        #expect(decoded.size.bytes == 2_000_000_000_000)
        #expect(decoded.span.seconds == 3_600)
        #expect(decoded.price.cents == 427)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(decoded), as: UTF8.self)
        #expect(text == #"{"price":"$4.27","size":2000000000000,"span":3600}"#)
    }

    @Test func badUnitStringsFailDecodingWithAHelpfulMessage() {
        struct Box: Codable { var size: Wire.ByteCount }
        #expect {
            _ = try JSONDecoder().decode(Box.self, from: Data(#"{"size":"lots"}"#.utf8))
        } throws: { error in
            "\(error)".contains("a size such as")
        }
    }
}
