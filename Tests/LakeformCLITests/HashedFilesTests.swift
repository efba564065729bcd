import Foundation
@testable import LakeformCLI
import Planning
import TestSupport
import Testing

/// The artifact cache trusts a generated file's recorded SHA-256 while its stamp (device, inode, size, modification
/// and change times) is unchanged, as git's index does; a file written within the racy window is hashed every time.
@Suite struct HashedFilesTests {
    static func scratch() throws -> String {
        let folder = NSTemporaryDirectory() + "lakeform-hashed-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Sets the file's modification time an hour back: as if it had been written long before the run.
    static func backdate(_ path: String) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
    }

    /// Overwrites the file's first byte in place: same size, same inode.
    static func overwriteFirstByte(_ path: String, with byte: UInt8) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.write(contentsOf: [byte])
        try handle.close()
    }

    @Test func aFileWrittenWithinTheRacyWindowIsNotRecorded() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/a.yaml", text = "a: 1\n"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let now = HashedFiles(recorded: [:])
        #expect(now.contents(atPath: path, sha256: Planner.hash(text)) == text)
        #expect(now.hashed.isEmpty)
        let later = HashedFiles(recorded: [:], started: FileStamp.now() + FileStamp.racyWindow + 1_000_000_000)
        #expect(later.contents(atPath: path, sha256: Planner.hash(text)) == text)
        #expect(later.hashed[path] == ArtifactCache.HashedFile(stamp: try #require(FileStamp.of(path)), sha256: Planner.hash(text)))
    }

    @Test func aRecordedStampIsTrustedUntilTheFileIsWritten() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/a.yaml"
        try "a: 1\n".write(toFile: path, atomically: false, encoding: .utf8)
        try Self.backdate(path)
        let stamp = try #require(FileStamp.of(path))
        // A recorded digest that is not the file's is believed while the stamp matches: proof that nothing was hashed.
        let trusted = HashedFiles(recorded: [path: .init(stamp: stamp, sha256: "recorded")])
        #expect(trusted.contents(atPath: path, sha256: "recorded") == "a: 1\n")
        #expect(trusted.hashed.isEmpty)
        try Self.overwriteFirstByte(path, with: UInt8(ascii: "b"))
        #expect(try #require(FileStamp.of(path)).size == stamp.size)
        let edited = HashedFiles(recorded: [path: .init(stamp: stamp, sha256: "recorded")])
        #expect(edited.contents(atPath: path, sha256: "recorded") == nil, "an edit that kept the size was trusted")
        #expect(edited.contents(atPath: path, sha256: Planner.hash("b: 1\n")) == "b: 1\n")
    }

    @Test func aFileIsReadWithTheStampOfTheSameOpenFile() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = String(repeating: "key: value\n", count: 10_000), path = "\(folder)/a.yaml", empty = "\(folder)/empty.yaml"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try "".write(toFile: empty, atomically: false, encoding: .utf8)
        let read = try #require(FileStamp.read(path))
        #expect(read.bytes == Array(text.utf8))
        #expect(read.stamp == FileStamp.of(path))
        #expect(read.stamp.size == Int64(text.utf8.count))
        #expect(FileStamp.read(empty)?.bytes == [])
        #expect(FileStamp.read(folder) == nil, "a folder is not a regular file")
        #expect(FileStamp.read("\(folder)/missing.yaml") == nil)
    }

    @Test func anEditThatKeepsTheSizeIsSeenAfterTheStampsWereRecorded() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try ArtifactCacheTests.run(["build"], in: root).status == 0)
        let generated = "\(root)/generated"
        for relative in try FileManager.default.subpathsOfDirectory(atPath: generated) where FileStamp.of("\(generated)/\(relative)") != nil {
            try Self.backdate("\(generated)/\(relative)")
        }
        #expect(try ArtifactCacheTests.run(["build", "--check"], in: root).status == 0)
        let cache = try #require(ArtifactCache.open(directory: "\(root)/.lakeform/cache"))
        let path = "generated/startup/helm/trino.values.yaml"
        #expect(cache.hashedFiles()[path] != nil, "build --check recorded no stamp for \(path)")
        let original = try #require(FileManager.default.contents(atPath: "\(root)/\(path)"))
        try Self.overwriteFirstByte("\(root)/\(path)", with: original.first == UInt8(ascii: "#") ? UInt8(ascii: "x") : UInt8(ascii: "#"))
        #expect(FileManager.default.contents(atPath: "\(root)/\(path)")?.count == original.count)
        let check = try ArtifactCacheTests.run(["build", "--check"], in: root)
        #expect(check.status == 1)
        #expect(check.stdout.contains("changed: \(path)"))
        #expect(try ArtifactCacheTests.run(["build"], in: root).status == 0)
        #expect(FileManager.default.contents(atPath: "\(root)/\(path)") == original)
    }

    @Test func stampsOfFilesNotReadBackAreDroppedUnderTheOutputFolderOnly() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let kept = "\(folder)/generated/a.yaml", gone = "\(folder)/generated/gone.yaml", elsewhere = "\(folder)/other/b.yaml"
        try FileManager.default.createDirectory(atPath: "\(folder)/generated", withIntermediateDirectories: true)
        try "a: 1\n".write(toFile: kept, atomically: false, encoding: .utf8)
        try Self.backdate(kept)
        let stamp = try #require(FileStamp.of(kept))
        let recorded: [String: ArtifactCache.HashedFile] = [kept: .init(stamp: stamp, sha256: Planner.hash("a: 1\n")),
                                                            gone: .init(stamp: stamp, sha256: "x"), elsewhere: .init(stamp: stamp, sha256: "y")]
        let files = HashedFiles(recorded: recorded)
        #expect(files.contents(atPath: kept, sha256: Planner.hash("a: 1\n")) == "a: 1\n")
        #expect(files.stale(under: "\(folder)/generated") == [gone])
        let cache = try #require(ArtifactCache.open(directory: "\(folder)/.lakeform/cache"))
        cache.storeHashedFiles(recorded)
        cache.storeHashedFiles(files.hashed, removing: files.stale(under: "\(folder)/generated"))
        #expect(Set(cache.hashedFiles().keys) == [kept, elsewhere])
    }
}
