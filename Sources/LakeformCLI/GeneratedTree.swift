import Foundation
import LakeModel

/// The `generated/` folder: writes each lake's artifacts atomically and compares them with what
/// is on disk.
struct GeneratedTree {
    /// What differs between the artifacts and the folder.
    struct Difference: Equatable {
        enum Change: String { case missing, changed, extra }
        var change: Change
        var path: String
    }

    /// A problem writing the tree; nothing of the failing lake was replaced.
    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    let root: String
    private let files = FileManager.default

    /// Checks that every artifact stays inside its lake's folder; a bad path is a bug, never written.
    static func checkContainment(_ artifacts: [Artifact], lakes: [String]) throws {
        for artifact in artifacts {
            let parts = artifact.path.split(separator: "/", omittingEmptySubsequences: false)
            guard let first = parts.first, lakes.contains(String(first)), parts.count >= 2, !artifact.path.hasPrefix("/"),
                  !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
                throw WriteError(description: "refusing to write '\(artifact.path)': it is not inside a lake's folder under \("generated/")")
            }
        }
    }

    /// Replaces each lake's folder with exactly its artifacts. Every lake is staged in full first,
    /// then swapped in with renames, so an interrupted build leaves each lake old or new, never mixed.
    func write(_ artifacts: [Artifact], lakes: [String]) throws {
        try Self.checkContainment(artifacts, lakes: lakes)
        try files.createDirectory(atPath: root, withIntermediateDirectories: true)
        let staging = "\(root)/.lakeform-staging-\(ProcessInfo.processInfo.processIdentifier)"
        try? files.removeItem(atPath: staging)
        defer { try? files.removeItem(atPath: staging) }
        for artifact in artifacts {
            let path = "\(staging)/\(artifact.path)"
            try files.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            guard files.createFile(atPath: path, contents: Data(artifact.contents.utf8)) else {
                throw WriteError(description: "cannot write \(path)")
            }
        }
        for lake in lakes {
            let target = "\(root)/\(lake)", staged = "\(staging)/\(lake)", retired = "\(staging)/\(lake).previous"
            if !files.fileExists(atPath: staged) { try files.createDirectory(atPath: staged, withIntermediateDirectories: true) }
            if files.fileExists(atPath: target) { try files.moveItem(atPath: target, toPath: retired) }
            do {
                try files.moveItem(atPath: staged, toPath: target)
            } catch {
                if files.fileExists(atPath: retired) { try? files.moveItem(atPath: retired, toPath: target) }
                throw error
            }
        }
    }

    /// Missing, changed and extra files of the given lakes' folders.
    func differences(_ artifacts: [Artifact], lakes: [String]) -> [Difference] {
        var differences: [Difference] = []
        var expected: Set<String> = []
        for artifact in artifacts {
            expected.insert(artifact.path)
            guard let data = files.contents(atPath: "\(root)/\(artifact.path)") else {
                differences.append(Difference(change: .missing, path: artifact.path))
                continue
            }
            if data != Data(artifact.contents.utf8) { differences.append(Difference(change: .changed, path: artifact.path)) }
        }
        for lake in lakes {
            let present = (try? files.subpathsOfDirectory(atPath: "\(root)/\(lake)")) ?? []
            for relative in present.sorted() {
                var isDirectory: ObjCBool = false
                let path = "\(lake)/\(relative)"
                if files.fileExists(atPath: "\(root)/\(path)", isDirectory: &isDirectory), !isDirectory.boolValue, !expected.contains(path) {
                    differences.append(Difference(change: .extra, path: path))
                }
            }
        }
        return differences.sorted { ($0.path, $0.change.rawValue) < ($1.path, $1.change.rawValue) }
    }
}
