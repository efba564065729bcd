@testable import BlueprintLoading
import LakeModel
import Testing
import Yams

/// The hand-written YAML 1.1 scalar types agree with Yams's default resolver, whose regular expressions they replace.
@Suite("YAML implicit types")
struct YAMLImplicitTypeTests {
    static let samples = [
        "medium", "lakes", "name", "yes", "Yes", "YES", "no", "NO", "on", "Off", "true", "FALSE", "null", "Null", "NULL",
        "nulls", "yess", "tru", "y", "n", "Y", "N", "o", "nO", "tRUE", "onn", "off-peak", "PB", "TiB", "eu-west-1",
        "1", "7", "12", "1000000", "99999999999999999999999", "0", "00", "012", "089", "0x1F", "1_000", "1.5", "1e3",
        "-3", "+4", "12:30", "2024-01-01", "~", "", "<<", "=", ".inf", ".nan", "5 PB", "3d", "50TB", "4Gi", "100m",
        "0x1g", "0b2", "0b101", "0b", "0x", "0o", "0o17", "0o8", "08", "0_", "-0", "+", "-", ".", "._", ".5", ".5e3", ".5e+3",
        "-.5", "+.inf", "-.INF", "-.nan", ".NaN", "1.", "1e", "1e+", "1E-07", "1_2.3_", "1:30.5", "1:3a", "1:60", "1:59",
        "190:20:30", "1:2:3.4", "2024-1-1", "2024-1-1T1:00:00", "2024-01-01 10:00:00", "2024-01-01t10:00:00.5 +01:00",
        "2024-01-01T10:00:00 ", "2024-01-01T10:00:00Z", "2024-01-01T10:00:00-5", "2024-01-01T10:00:00+05:3", "20245-01-01",
        "2024-01-01\t\t10:00:00", "2001-12-14t21:59:43.10-05:00", "=", "==", "<", "<<<", "~~", "1/2", "10%", "1h", "0Z",
    ]

    @Test("every hand-picked sample is typed as Resolver.default types it", arguments: samples)
    func matchesYams(text: String) {
        #expect(Self.tagName(YAMLImplicitType.of(text)) == Resolver.default.resolveTag(of: Node(text)), "\(text)")
    }

    @Test("random text over the patterns' alphabet is typed as Resolver.default types it")
    func matchesYamsOnRandomText() {
        let alphabet = Array("0123456789_:.+-eExXoObB aAfFtTzZ\tinINnNl~<=")
        var state: UInt64 = 0x5EED  // a fixed linear congruential sequence, so a failure names the same texts every run
        let next = { () -> Int in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        var mismatches: [String] = []
        for _ in 0..<20_000 {
            let length = next() % 11
            let text = String((0..<length).map { _ in alphabet[next() % alphabet.count] })
            if Self.tagName(YAMLImplicitType.of(text)) != Resolver.default.resolveTag(of: Node(text)) { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test("text beyond ASCII or with a line break is left to the resolver")
    func nonASCIIIsLeftAlone() {
        #expect(YAMLImplicitType.of("é") == nil && YAMLImplicitType.of("true\n") == nil && YAMLImplicitType.of("１") == nil)
    }

    @Test("a quoted or explicitly tagged scalar keeps its own tag")
    func quotedAndTaggedScalars() throws {
        let node = try #require(try Yams.compose(yaml: "a: \"12\"\nb: !!str 12\nc: 12\nd: yes\ne: 50TB\n"))
        #expect(ScalarReader.tag(try #require(node["a"])) == .str)
        #expect(ScalarReader.tag(try #require(node["b"])) == .str)
        #expect(ScalarReader.tag(try #require(node["c"])) == .int)
        #expect(ScalarReader.tag(try #require(node["d"])) == .bool)
        #expect(ScalarReader.tag(try #require(node["e"])) == .str)
    }

    static func tagName(_ type: YAMLImplicitType?) -> Yams.Tag.Name? {
        switch type {
        case .bool: .bool
        case .int: .int
        case .float: .float
        case .merge: .merge
        case .null: .null
        case .timestamp: .timestamp
        case .value: .value
        case .string: .str
        case nil: nil
        }
    }
}
