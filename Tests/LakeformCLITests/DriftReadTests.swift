import Foundation
import LakeModel
@testable import LakeformCLI
import Testing

/// Drift's reading of generated/: comparing a file with the bytes it should hold, and finding an artifact by path.
@Suite("Drift reads")
struct DriftReadTests {
    @Test func aFileEqualsExactlyItsBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drift-read-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = "apiVersion: v1\nkind: ConfigMap\nname: \"é\"\n"
        let large = String(repeating: "0123456789abcdef", count: 70_000)
        for (name, contents) in ["same": text, "empty": "", "large": large, "longer": text + "x", "shorter": String(text.dropLast())] {
            FileManager.default.createFile(atPath: "\(folder)/\(name)", contents: Data(contents.utf8))
        }
        #expect(FileContents.equal("\(folder)/same", text))
        #expect(FileContents.equal("\(folder)/empty", ""))
        #expect(FileContents.equal("\(folder)/large", large))
        #expect(!FileContents.equal("\(folder)/large", large.replacingOccurrences(of: "f0", with: "F0")))
        #expect(!FileContents.equal("\(folder)/longer", text))
        #expect(!FileContents.equal("\(folder)/shorter", text))
        #expect(!FileContents.equal("\(folder)/same", ""))
        #expect(!FileContents.equal("\(folder)/missing", text))
        #expect(!FileContents.equal(folder, text), "a folder does not read as a file")
        #expect(mkfifo("\(folder)/pipe", 0o600) == 0)
        #expect(!FileContents.equal("\(folder)/pipe", text), "a named pipe with no writer reads as different, without waiting")
        #expect(FileContents.compare("\(folder)/same", text) == .same && FileContents.compare("\(folder)/longer", text) == .different)
        #expect(FileContents.compare("\(folder)/pipe", text) == .different)
        #expect(FileContents.compare("\(folder)/missing", text) == .unreadable && FileContents.compare(folder, text) == .unreadable,
                "what FileManager gives no data for is unreadable (drift calls it deleted)")
        #expect(FileStamp.read("\(folder)/pipe") == nil && FileStamp.read("\(folder)/same")?.bytes == Array(text.utf8),
                "the cache's reader neither waits on a pipe nor takes it for a file")
    }

    @Test func lookupFindsTheFirstArtifactAtAPathInAnyOrder() {
        let artifacts = ["b/x.yaml", "a/y.yaml", "c/z.yaml", "a/y.yaml"].enumerated().map {
            Artifact(path: $0.element, kind: .manifest, contents: "\($0.offset)")
        }
        let lookup = ArtifactLookup(artifacts)
        #expect(lookup.contents(of: "a/y.yaml") == "1")
        #expect(lookup.contents(of: "b/x.yaml") == "0")
        #expect(lookup.contents(of: "c/z.yaml") == "2")
        for absent in ["", "a", "a/y.yam", "c/z.yaml0", "d"] { #expect(lookup.contents(of: absent) == nil) }
        #expect(ArtifactLookup([]).contents(of: "a") == nil)
    }

    @Test func aBackgroundValueIsTheBodysResult() {
        let value = BackgroundValue { (1...1_000).reduce(0, +) }
        #expect(value.value == 500_500)
        #expect(value.value == 500_500, "read twice")
        #expect(BackgroundValue(ready: "now").value == "now")
    }
}
