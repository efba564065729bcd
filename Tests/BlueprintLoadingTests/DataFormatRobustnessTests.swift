@testable import BlueprintLoading
import Diagnostics
import Testing

@Suite("DataFormat: hostile input fails with diagnostics, never crashes")
struct DataFormatRobustnessTests {
    static let hostile: [String] = [
        "\u{0}", "\t", "{", "[", "}", ":", "- - - -", "? [a]\n: b\n", "&a [*a]", "!!binary aGk=",
        "formatVersion: 1\nlakes: [\u{1}]\n", "\u{FEFF}formatVersion: 1\nlakes: 3\n",
        "formatVersion: 1\nlakes:\n  - ? [complex, key]\n    : value\n",
        "formatVersion: 1\nlakes: [{workload: {dataVolume: -}}]\n",
        "formatVersion: 1\nlakes: [{workload: {dataVolume: 99999999999999999999PB}}]\n",
        "formatVersion: 99999999999999999999999\nlakes: []\n",
        "formatVersion: 1\nlakes: !!map {a: 1}\n",
        "formatVersion: 1\nlakes: \(String(repeating: "[", count: 999))\(String(repeating: "]", count: 999))\n",
        "formatVersion: 1\nlakes: \(String(repeating: "[", count: 5000))\(String(repeating: "]", count: 5000))\n",
    ]

    @Test(arguments: hostile)
    func failsWithLocatedDiagnostics(text: String) {
        guard case .failed(let diagnostics) = DataBlueprintLoader.load(path: "x.yaml", contents: text) else {
            Issue.record("expected a failure for \(text.debugDescription)")
            return
        }
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.allSatisfy { $0.source?.file == "x.yaml" && ($0.source?.line ?? 0) >= 1 })
    }

    @Test func aliasExpansionIsBounded() throws {
        var text = "formatVersion: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            text += "a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", "))]\n"
        }
        let error = try #require(DataFormatLoad.error(text + "lakes: []\n"))
        #expect(error.id == "blueprint.syntax")
        #expect(error.message == "the blueprint is too large to read: it expands to more than 200000 keys and values")
    }

    @Test func mergeKeyExpansionIsBounded() throws {
        var text = "formatVersion: 1\nb0: &b0 {x0: 1}\nc0: &c0 {y0: 1}\n"
        for level in 1...40 {
            text += "b\(level): &b\(level) {<<: [*b\(level - 1), *c\(level - 1)], x\(level): 1}\n"
            text += "c\(level): &c\(level) {<<: [*b\(level - 1), *c\(level - 1)], y\(level): 1}\n"
        }
        let error = try #require(DataFormatLoad.error(text + "lakes: []\n"))
        #expect(error.id == "blueprint.syntax")
        #expect(error.message.hasPrefix("the blueprint is too large to read"))
    }
}
