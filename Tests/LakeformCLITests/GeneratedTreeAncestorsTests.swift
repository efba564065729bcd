@testable import LakeformCLI
import Testing

/// The folders above a generated path, as drift checks account for them (`GeneratedTree.strays`).
@Suite struct GeneratedTreeAncestorsTests {
    /// The definition: split at `/` skipping empty parts, drop the last part, join each prefix.
    static func splitAndJoined(_ path: String) -> [String] {
        let parts = path.split(separator: "/").dropLast()
        return parts.indices.map { parts[parts.startIndex...$0].joined(separator: "/") }
    }

    @Test(arguments: ["medium/helm/trino.values.yaml", "reports/cost.md", "a", "", "a/", "a/b/", "a/b//", "/", "//",
                      "/a/b", "a//b/c", "a/b//c.yaml", "lake/ünïcode/ファイル.yaml"])
    func ancestorsAreThePrefixesOfTheSplitPath(path: String) {
        #expect(GeneratedTree.ancestors(of: path) == Self.splitAndJoined(path))
    }
}
