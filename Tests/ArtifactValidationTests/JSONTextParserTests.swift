import Foundation
import Testing
@testable import ArtifactValidation

/// The catalog's JSON reader gives what `JSONSerialization` gives, and a located error for malformed text.
@Suite struct JSONTextParserTests {
    @Test func readsEveryCatalogSchemaAsFoundationDoes() throws {
        let folder = try Fixtures.validator.get().catalog.folder
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(files.count >= 15)
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            #expect(try JSONValue(json: data) == Self.foundation(JSONSerialization.jsonObject(with: data)), "\(file)")
        }
    }

    @Test func typesNumbersAndDecodesEscapes() throws {
        let text = #"{"i": -12, "big": 9223372036854775808, "d": 2.5, "e": 1E3, "z": 0, "s": "a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "l": [true, false, null], "k": "x", "k": "y"}"#
        #expect(try JSONValue(json: Data(text.utf8)) == .object([
            "i": .int(-12), "big": .double(9_223_372_036_854_775_808), "d": .double(2.5), "e": .double(1000), "z": .int(0),
            "s": .string("a\"\\/\u{08}\u{0C}\n\r\té😀"), "l": .array([.bool(true), .bool(false), .null]), "k": .string("y"),
        ]))
        #expect(try JSONValue(json: Data([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))) == .array([.int(1)]))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "line 1, column 9: expected a key in quotes"),
        ("{\n  \"a\": tru\n}", "line 2, column 8: expected a value"),
        ("[01]", "line 1, column 4: leading zero in a number"),
        ("\"\\ud800\"", "line 1, column 8: lone surrogate in \\u escape"),
        ("\"tab\there\"", "line 1, column 5: control character in a string"),
        ("[1] [2]", "line 1, column 5: unexpected text after the document"),
        ("\"open", "line 1, column 6: unterminated string"),
        ("", "line 1, column 1: unexpected end of text, expected a value"),
        ("[1e999]", "line 1, column 7: number out of range"),
        (String(repeating: "[", count: 600), "line 1, column 513: nested more than 512 levels deep"),
    ])
    func malformedTextIsALocatedError(text: String, message: String) {
        #expect(throws: JSONTextParser.Failure.self) { try JSONValue(json: Data(text.utf8)) }
        do {
            _ = try JSONValue(json: Data(text.utf8))
        } catch {
            #expect(String(describing: error) == message)
        }
    }

    @Test func invalidUTF8IsAnError() {
        #expect(throws: JSONTextParser.Failure.self) { try JSONValue(json: Data([0x22, 0xC3, 0x28, 0x22])) }
    }

    @Test("a schema file drops annotation strings, but not properties named like them or data in enum and default")
    func schemaFilesDropAnnotations() throws {
        let text = #"""
        {"description": "a \"quoted\" \u00e9 text", "title": "T", "$comment": "c", "type": "object",
         "properties": {"description": {"type": "string", "description": "the field"}, "title": {"title": "kept?"}},
         "enum": [{"description": "data"}], "default": {"title": "data"}, "examples": [{"$comment": "data"}],
         "x": {"description": 3}}
        """#
        let read = try JSONValue(schemaFile: Data(text.utf8))
        let whole = try JSONValue(json: Data(text.utf8))
        let object = try #require(read.object)
        #expect(object["description"] == nil && object["title"] == nil && object["$comment"] == nil)
        #expect(object["type"] == .string("object"))
        let properties = try #require(object["properties"]?.object)
        #expect(properties["description"] == .object(["type": .string("string")]))
        #expect(properties["title"] == .object([:]))
        for data in ["enum", "default", "examples"] { #expect(object[data] == whole.object?[data], "\(data)") }
        #expect(object["x"] == .object(["description": .int(3)]))
    }

    @Test("a malformed annotation string is still an error", arguments: [
        "{\"description\": \"open", "{\"description\": \"tab\there\"}", "{\"description\": \"\\ud800\"}",
    ])
    func malformedAnnotationsFail(text: String) {
        #expect(throws: JSONTextParser.Failure.self) { try JSONValue(schemaFile: Data(text.utf8)) }
    }

    /// The conversion the validator used before it read JSON itself: booleans told from numbers by their type code.
    private static func foundation(_ value: Any) -> JSONValue {
        if let entries = value as? [String: Any] { return .object(entries.mapValues(foundation)) }
        if let text = value as? String { return .string(text) }
        if let items = value as? [Any] { return .array(items.map(foundation)) }
        if let number = value as? NSNumber {
            switch String(cString: number.objCType) {
            case "c": return .bool(number.boolValue)
            case "d", "f": return .double(number.doubleValue)
            case "Q" where number.uint64Value > UInt64(Int.max): return .double(number.doubleValue)
            default: return .int(number.intValue)
            }
        }
        return .null
    }
}
