import Foundation
import Emitters
@testable import LakeformCLI
import LakeModel
import Planning
import TestSupport
import Testing

/// The artifact cache (`.lakeform/cache/artifacts.sqlite`) saves time and never changes output: a lake is read back
/// from generated/ only when its blueprint's bytes and the executable are unchanged and the files still hold the
/// recorded bytes.
@Suite struct ArtifactCacheTests {
    static func run(_ arguments: [String], in root: String) throws -> LakeformProcess.Result {
        try LakeformProcess.run(arguments, in: root, environment: ["NO_COLOR": "1"])
    }

    /// Every file under `folder`, by relative path.
    static func files(_ folder: String) throws -> [String: Data] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder)
        return Dictionary(uniqueKeysWithValues: paths.compactMap { path in
            FileManager.default.contents(atPath: "\(folder)/\(path)").map { (path, $0) }
        })
    }

    @Test func aCachedBuildWritesWhatAnUncachedBuildWrites() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try Self.run(["build"], in: root).status == 0)
        #expect(FileManager.default.fileExists(atPath: "\(root)/.lakeform/cache/\(ArtifactCache.fileName)"))
        #expect(try Self.run(["build", "--out", "cached"], in: root).status == 0)
        #expect(try Self.run(["build", "--out", "uncached", "--no-cache"], in: root).status == 0)
        #expect(try Self.files("\(root)/generated") == Self.files("\(root)/uncached"))
        #expect(try Self.files("\(root)/cached") == Self.files("\(root)/uncached"))
    }

    @Test func aHandEditedFileIsNeverReadBackAsOutput() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try Self.run(["build"], in: root).status == 0)
        let path = "\(root)/generated/startup/helm/trino.values.yaml"
        let original = try #require(FileManager.default.contents(atPath: path))
        try Data("# hand edit\n".utf8).write(to: URL(fileURLWithPath: path))
        let check = try Self.run(["build", "--check"], in: root)
        #expect(check.status == 1)
        #expect(check.stdout.contains("changed: generated/startup/helm/trino.values.yaml"))
        #expect(try Self.run(["build"], in: root).status == 0)
        #expect(FileManager.default.contents(atPath: path) == original)
    }

    @Test func aChangedBlueprintIsEmittedAgain() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try Self.run(["build"], in: root).status == 0)
        let blueprint = "\(root)/blueprints/startup.yaml"
        let text = try String(contentsOfFile: blueprint, encoding: .utf8)
        let grown = text.replacingOccurrences(of: "dataVolume: 50TB", with: "dataVolume: 80TB")
        try #require(grown != text, "the startup example no longer declares dataVolume: 50TB")
        try grown.write(toFile: blueprint, atomically: true, encoding: .utf8)
        let check = try Self.run(["build", "--check"], in: root)
        #expect(check.status == 1, "a stale cache entry was read back for a changed blueprint")
        #expect(try Self.run(["build"], in: root).status == 0)
        #expect(try Self.run(["build", "--out", "uncached", "--no-cache"], in: root).status == 0)
        #expect(try Self.files("\(root)/generated") == Self.files("\(root)/uncached"))
    }

    @Test func aDamagedCacheFileIsReplaced() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try Self.run(["build"], in: root).status == 0)
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: "\(root)/.lakeform/cache/\(ArtifactCache.fileName)"))
        let check = try Self.run(["build", "--check"], in: root)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stderr.isEmpty)
        let replaced = try #require(FileManager.default.contents(atPath: "\(root)/.lakeform/cache/\(ArtifactCache.fileName)"))
        #expect(replaced.starts(with: Data("SQLite format 3".utf8)))
    }

    @Test func aLakeIsReadBackOnlyWhileItsFilesHoldTheRecordedBytes() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let resolution = try LakeResolution.run(paths: ["\(root)/blueprints/startup.yaml"], swift: SwiftBlueprintOptions.parse([]))
        let lake = try #require(resolution.lakes.first)
        let generated = "\(root)/generated", directory = "\(root)/cache"
        let artifacts = Emission(lake: lake).artifacts
        for artifact in artifacts {
            let path = "\(generated)/\(artifact.path)"
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try artifact.contents.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let empty = try #require(CachedEmission(resolution, root: generated, directory: directory))
        #expect(empty.artifacts(lake) == nil)
        empty.record([(lake: lake, artifacts: artifacts)])
        #expect(try #require(CachedEmission(resolution, root: generated, directory: directory)).artifacts(lake) == artifacts)
        #expect(try #require(CachedEmission(resolution, root: "\(root)/elsewhere", directory: directory)).artifacts(lake) == nil)
        try "# hand edit\n".write(toFile: "\(generated)/\(artifacts[0].path)", atomically: true, encoding: .utf8)
        #expect(try #require(CachedEmission(resolution, root: generated, directory: directory)).artifacts(lake) == nil)
    }

    @Test func theKeyFollowsTheBlueprintBytesAndTheExecutable() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let blueprint = "\(root)/blueprints/startup.yaml"
        let first = try LakeResolution.run(paths: [blueprint], swift: SwiftBlueprintOptions.parse([]))
        let same = try LakeResolution.run(paths: [blueprint], swift: SwiftBlueprintOptions.parse([]))
        let key = try #require(CachedEmission.keys(first, identity: "a")["startup"])
        #expect(CachedEmission.keys(same, identity: "a")["startup"] == key)
        #expect(CachedEmission.keys(first, identity: "b")["startup"] != key)
        let text = try String(contentsOfFile: blueprint, encoding: .utf8)
        try text.replacingOccurrences(of: "dataVolume: 50TB", with: "dataVolume: 51TB").write(toFile: blueprint, atomically: true, encoding: .utf8)
        let changed = try LakeResolution.run(paths: [blueprint], swift: SwiftBlueprintOptions.parse([]))
        #expect(CachedEmission.keys(changed, identity: "a")["startup"] != key)
    }

    @Test func reportsReadBackPrintTheWarningsTheyWereRenderedWith() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let blueprint = "\(root)/blueprints/startup.yaml"
        let text = try String(contentsOfFile: blueprint, encoding: .utf8)
        try text.replacingOccurrences(of: "maxMonthlyCost: \"$5,000\"", with: "maxMonthlyCost: \"$10\"")
            .write(toFile: blueprint, atomically: true, encoding: .utf8)
        let first = try Self.run(["build"], in: root), second = try Self.run(["build"], in: root)
        #expect(first.stderr.contains("above its maxMonthlyCost of $10"))
        #expect(second.stderr == first.stderr)
        #expect(second.stdout == first.stdout)
    }

    @Test func aChangedPriceBookFileIsPricedAgain() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let blueprint = "\(root)/blueprints/startup.yaml", book = "\(root)/team-book.yaml"
        let seed = try String(contentsOfFile: RepositoryPaths.path("pricebooks/seed-2024.yaml"), encoding: .utf8)
        try seed.write(toFile: book, atomically: true, encoding: .utf8)
        let text = try String(contentsOfFile: blueprint, encoding: .utf8)
        try text.replacingOccurrences(of: "priceBook: seed-2024", with: "priceBook: ../team-book.yaml").write(toFile: blueprint, atomically: true, encoding: .utf8)
        #expect(try Self.run(["build"], in: root).status == 0)
        #expect(try Self.run(["build", "--check"], in: root).status == 0)
        let dearer = seed.replacingOccurrences(of: "        per: vcpu\n        price: 2.257", with: "        per: vcpu\n        price: 9.257")
        try #require(dearer != seed, "the seed book no longer prices a vCPU at 2.257")
        try dearer.write(toFile: book, atomically: true, encoding: .utf8)
        let check = try Self.run(["build", "--check"], in: root)
        #expect(check.status == 1, "reports rendered with the old book were read back")
        #expect(check.stdout.contains("changed: generated/startup/reports/cost.json"))
    }

    @Test func manifestsRoundTrip() {
        let artifacts = [Artifact(path: "startup/helm/a b.values.yaml", kind: .helmValues, contents: "a: 1\n"),
                         Artifact(path: "startup/reports/cost.json", kind: .json, contents: "{}\n")]
        let entries = ArtifactCache.decode(ArtifactCache.encode(artifacts))
        #expect(entries == artifacts.map { ArtifactCache.Entry(path: $0.path, kind: $0.kind, sha256: Planner.hash($0.contents)) })
        #expect(ArtifactCache.decode("nonsense line here\n") == nil)
        #expect(ArtifactCache.decode("") == [])
        #expect(ArtifactCache.decode("json abc\n") == nil, "a line without a path")
        #expect(ArtifactCache.decode("json abc \n") == nil, "a line with an empty path")
        #expect(ArtifactCache.decode(" abc p\n") == nil, "a line without a kind")
    }
}
