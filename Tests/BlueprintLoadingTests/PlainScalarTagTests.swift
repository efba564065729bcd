@testable import BlueprintLoading
import Testing
import Yams

/// The regex-free shortcut for plain scalars agrees with Yams's default resolver wherever it answers.
@Suite("Plain scalar tags")
struct PlainScalarTagTests {
    static let samples = [
        "medium", "lakes", "name", "yes", "Yes", "YES", "no", "NO", "on", "Off", "true", "FALSE", "null", "Null", "NULL",
        "nulls", "yess", "tru", "y", "n", "Y", "N", "o", "nO", "tRUE", "onn", "off-peak", "PB", "TiB", "eu-west-1",
        "1", "7", "12", "1000000", "99999999999999999999999", "0", "00", "012", "089", "0x1F", "1_000", "1.5", "1e3",
        "-3", "+4", "12:30", "2024-01-01", "~", "", "<<", "=", ".inf", ".nan", "é", "Émile", "5 PB", "3d",
        "50TB", "4Gi", "100m", "2048Mi", "0x1g", "0b2", "1e5", "1E+5", "0o17", "2024-01-01T10:00:00Z", "2024-01-01 10:00:00",
        "1_000_000", "1:30:00", "0.5", "9.", "3d6", "12ab", "1/2", "10%", "7 days", "1h", "0Z", "1T",
    ]

    @Test("every answer matches Resolver.default", arguments: samples)
    func matchesYams(text: String) {
        guard let shortcut = PlainScalarTag.common(text) else { return }
        #expect(shortcut == Resolver.default.resolveTag(of: Node(text)), "\(text)")
    }

    @Test("names and decimal counts skip the resolver")
    func commonShapesAreAnswered() {
        for text in ["medium", "yes", "null", "eu-west-1", "12", "1000000", "0", "50TB", "4Gi", "100m", "1/2"] {
            #expect(PlainScalarTag.common(text) != nil, "\(text)")
        }
        for text in ["012", "1_000", "1.5", "~", "", "<<", ".inf", "-3", "1e5", "2024-01-01", "0x1F"] {
            #expect(PlainScalarTag.common(text) == nil, "\(text)")
        }
    }

    @Test("a quoted or explicitly tagged scalar keeps its own tag")
    func quotedAndTaggedScalars() throws {
        let node = try #require(try Yams.compose(yaml: "a: \"12\"\nb: !!str 12\nc: 12\nd: yes\n"))
        #expect(ScalarReader.tag(try #require(node["a"])) == .str)
        #expect(ScalarReader.tag(try #require(node["b"])) == .str)
        #expect(ScalarReader.tag(try #require(node["c"])) == .int)
        #expect(ScalarReader.tag(try #require(node["d"])) == .bool)
    }
}
