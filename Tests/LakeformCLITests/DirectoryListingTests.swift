import Foundation
@testable import LakeformCLI
import Testing

/// `DirectoryListing` classifies every entry as listing the paths and asking `fileExists` of each did.
@Suite("Directory listing")
struct DirectoryListingTests {
    @Test func matchesFileManagerWithLinksAndHiddenFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = FileManager.default
        for folder in ["a/b", "empty", "deep/x/y/z"] { try files.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true) }
        for file in ["a/b/c.yaml", "a/.hidden", "top.json", "deep/x/y/z/leaf"] { files.createFile(atPath: "\(root)/\(file)", contents: Data("x".utf8)) }
        try files.createSymbolicLink(atPath: "\(root)/link-to-a", withDestinationPath: "\(root)/a")
        try files.createSymbolicLink(atPath: "\(root)/dangling", withDestinationPath: "\(root)/missing")
        try files.createSymbolicLink(atPath: "\(root)/a/file-link", withDestinationPath: "\(root)/top.json")
        #expect(mkfifo("\(root)/pipe", 0o600) == 0)

        var expectedFiles: [String] = [], expectedFolders: [String] = []
        for relative in try files.subpathsOfDirectory(atPath: root) {
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: "\(root)/\(relative)", isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue { expectedFolders.append(relative) } else { expectedFiles.append(relative) }
        }
        let listing = try #require(DirectoryListing.entries(under: root))
        #expect(listing.files.sorted() == expectedFiles.sorted())
        #expect(listing.folders.sorted() == expectedFolders.sorted())
        #expect(listing.folders.contains("link-to-a") && !listing.files.contains("link-to-a/b/c.yaml"))
        #expect(!listing.files.contains("dangling") && listing.files.contains("pipe") && listing.files.contains("a/.hidden"))
    }

    @Test func aMissingFolderHasNoListing() {
        #expect(DirectoryListing.entries(under: "/nonexistent-\(UUID().uuidString)") == nil)
    }
}
