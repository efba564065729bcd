import Foundation
import LakeModel

/// The `generated/` folder: replaces whole scopes (a lake's folder, `reports`, or a lake's
/// `reports` folder) atomically and compares them with what is on disk.
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

    /// Checks that every artifact stays inside one of the scopes; a bad path is a bug, never written.
    static func checkContainment(_ artifacts: [Artifact], scopes: [String]) throws {
        let scopes = Set(scopes)
        for artifact in artifacts {
            let parts = artifact.path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            let badPart = { (part: Substring.UTF8View) in part.isEmpty || part.elementsEqual("..".utf8) || part.elementsEqual(".".utf8) }
            guard parts.count >= 2, !artifact.path.hasPrefix("/"), !parts.contains(where: badPart),
                  scope(of: artifact.path, in: scopes) != nil else {
                throw WriteError(description: "refusing to write '\(artifact.path)': it is not inside a lake's folder under generated/")
            }
        }
    }

    /// The scope `path` lies in: the longest of `scopes` (a lake, `reports`, or a nested one such as `medium/reports`)
    /// that is a folder above it.
    /// Asks the set about each folder above `path`, deepest first, rather than testing every scope as a prefix:
    /// a build of 1,000 lakes writes 131,000 files into 1,001 scopes.
    static func scope(of path: String, in scopes: Set<String>) -> String? {
        let bytes = path.utf8
        var end = bytes.endIndex
        while let slash = bytes[..<end].lastIndex(of: UInt8(ascii: "/")) {
            let folder = String(Substring(bytes[..<slash]))
            if scopes.contains(folder) { return folder }
            end = slash
        }
        return nil
    }

    /// Replaces each scope folder with exactly its artifacts. Every scope is staged in full first,
    /// then swapped in with renames, so an interrupted build leaves each scope old or new, never mixed.
    /// A scope whose folder already holds exactly its artifacts is left alone. `afterEachScope` runs once each
    /// scope is in place.
    func write(_ artifacts: [Artifact], scopes allScopes: [String], afterEachScope: () -> Void = {}) throws {
        try Self.checkContainment(artifacts, scopes: allScopes)
        let scopeSet = Set(allScopes)
        let byScope = Dictionary(grouping: artifacts) { Self.scope(of: $0.path, in: scopeSet) ?? "" }
        let stale = ParallelResults<Bool>(count: allScopes.count)
        DispatchQueue.concurrentPerform(iterations: allScopes.count) { index in
            stale.set(index, !differences(byScope[allScopes[index]] ?? [], scopes: [allScopes[index]]).isEmpty)
        }
        let scopes = zip(allScopes, stale.values).filter(\.1).map(\.0)
        let artifacts = scopes.flatMap { byScope[$0] ?? [] }
        try files.createDirectory(atPath: root, withIntermediateDirectories: true)
        GeneratedScratch.removeAbandoned(root)
        let staging = "\(root)/\(GeneratedScratch.stagingName(pid: getpid()))"
        try? files.removeItem(atPath: staging)
        defer { try? files.removeItem(atPath: staging) }
        var madeFolders: Set<Substring> = []
        for artifact in artifacts {
            let path = "\(staging)/\(artifact.path)"
            // Each folder is made once; `NSString.deletingLastPathComponent` cost about 50,000 instructions a file.
            let folder = Substring(path.utf8[..<(path.utf8.lastIndex(of: UInt8(ascii: "/")) ?? path.utf8.startIndex)])
            if madeFolders.insert(folder).inserted { try files.createDirectory(atPath: String(folder), withIntermediateDirectories: true) }
            try StagedFileWrite.write(artifact.contents, to: path)
        }
        for scope in scopes {
            let target = "\(root)/\(scope)", staged = "\(staging)/\(scope)", retired = "\(staging)/\(scope).previous"
            if !files.fileExists(atPath: staged) { try files.createDirectory(atPath: staged, withIntermediateDirectories: true) }
            try files.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if files.fileExists(atPath: target) { try files.moveItem(atPath: target, toPath: retired) }
            do {
                try files.moveItem(atPath: staged, toPath: target)
            } catch {
                if files.fileExists(atPath: retired) { try? files.moveItem(atPath: retired, toPath: target) }
                throw error
            }
            afterEachScope()
        }
    }

    /// Missing, changed and extra files of the given scope folders.
    func differences(_ artifacts: [Artifact], scopes: [String]) -> [Difference] {
        var differences: [Difference] = []
        var expected: Set<String> = []
        for artifact in artifacts {
            expected.insert(artifact.path)
            switch FileContents.compare("\(root)/\(artifact.path)", artifact.contents) {
            case .same: break
            case .different: differences.append(Difference(change: .changed, path: artifact.path))
            case .unreadable: differences.append(Difference(change: .missing, path: artifact.path))
            }
        }
        for scope in scopes {
            for relative in DirectoryListing.entries(under: "\(root)/\(scope)")?.files ?? [] where !expected.contains("\(scope)/\(relative)") {
                differences.append(Difference(change: .extra, path: "\(scope)/\(relative)"))
            }
        }
        return differences.sorted { ($0.path, $0.change.rawValue) < ($1.path, $1.change.rawValue) }
    }
}
