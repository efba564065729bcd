@testable import BlueprintLoading
import Diagnostics
import Foundation
import TestSupport
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
        #expect(error.message == "the blueprint is too large to read: its aliases and merge keys repeat more than 200000 keys and values")
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

    /// 2,000 copies of the example lake: more values written out than aliases may add, which do not count.
    @Test func aMonorepoOfHonestLakesLoads() throws {
        let startup = try String(contentsOfFile: RepositoryPaths.path("blueprints/examples/startup.yaml"), encoding: .utf8)
        let lake = startup[try #require(startup.range(of: "  - name: startup\n")).lowerBound...]
        var text = "formatVersion: 1\nlakes:\n"
        for index in 0..<2000 {
            text += lake.replacingOccurrences(of: "  - name: startup\n", with: "  - name: lake-\(index)\n")
        }
        let blueprint = try #require(DataFormatLoad.blueprint(text, path: "monorepo.yaml"))
        #expect(blueprint.document.lakes.count == 2000)
        #expect(blueprint.document.lakes.last?.name == "lake-1999")
        #expect(blueprint.sourceMap.count > SourceMapBuilder.expansionLimit, "more values are written out than aliases may add")
    }

    @Test func aThousandLakesSharingAnAnchorLoad() throws {
        var text = "formatVersion: 1\nlakes:\n"
        text += "  - {name: lake-0, tier: 50 TB, namespace: ns-0, components: {}, workload: &base {dataVolume: 50TB, activeUsers: 200}}\n"
        for index in 1..<1000 {
            text += "  - {name: lake-\(index), tier: 50 TB, namespace: ns-\(index), components: {}, workload: {<<: *base, yearlyGrowthPercent: 60}}\n"
        }
        let blueprint = try #require(DataFormatLoad.blueprint(text, path: "monorepo.yaml"))
        #expect(blueprint.document.lakes.count == 1000)
        #expect(blueprint.document.lakes.last?.workload.activeUsers == 200)
    }
}
