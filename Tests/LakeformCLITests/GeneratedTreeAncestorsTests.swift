@testable import LakeformCLI
import LakeModel
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

    /// The scope of a path: the longest scope that is a folder above it, as testing every scope as a prefix finds it.
    @Test(arguments: ["medium/helm/trino.values.yaml", "medium/reports/cost.json", "reports/cost.md", "mediumx/a.yaml",
                      "medium", "small/deep/er/file", "other/file", "medium/reports", "/medium/a", ""])
    func scopeIsTheLongestFolderAbove(path: String) {
        let scopes: Set<String> = ["medium", "medium/reports", "reports", "small", "small/deep/er"]
        let byPrefix = scopes.filter { path.hasPrefix($0 + "/") }.max { $0.count < $1.count }
        #expect(GeneratedTree.scope(of: path, in: scopes) == byPrefix)
    }

    /// A path that leaves its lake's folder, or names none, is refused before anything is written.
    @Test(arguments: ["medium/../x.yaml", "medium//x.yaml", "medium/./x.yaml", "/medium/x.yaml", "x.yaml", "other/x.yaml",
                      "medium/", "medium/a/..", "medium/."])
    func pathsOutsideTheScopesAreRefused(path: String) {
        let artifact = Artifact(path: path, kind: .manifest, contents: "")
        #expect(throws: (any Error).self) { try GeneratedTree.checkContainment([artifact], scopes: ["medium", "reports"]) }
    }

    @Test func pathsInsideTheScopesPass() throws {
        let artifacts = ["medium/a.yaml", "medium/helm/b.values.yaml", "reports/cost.md", "medium/..a/c", "medium/.hidden"]
            .map { Artifact(path: $0, kind: .manifest, contents: "") }
        try GeneratedTree.checkContainment(artifacts, scopes: ["medium", "reports"])
    }
}
