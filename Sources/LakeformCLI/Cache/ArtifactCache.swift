import BlueprintLoading
import Foundation
import GRDB
import LakeModel
import Planning

/// The disposable record of what was last emitted and validated (per lake) and of the last rendered reports, each
/// under the key of its inputs: the path, kind and SHA-256 of every artifact. A hit is only used when the files under
/// the output folder still hold exactly those bytes, so a stale or damaged cache can cost time but never change
/// output. Every failure means "not cached".
struct ArtifactCache: Sendable {
    /// One artifact as recorded: enough to find it under the output folder and check its bytes.
    struct Entry: Equatable, Sendable {
        var path: String
        var kind: ArtifactKind
        var sha256: String
    }

    /// A file's SHA-256 as hashed, with its stamp then (`HashedFiles`).
    struct HashedFile: Equatable, Sendable {
        var stamp: FileStamp
        var sha256: String
    }

    static let fileName = "artifacts.sqlite"
    let database: DatabaseQueue

    /// The cache in `directory`, created when missing (`CacheDatabase`); nil when it cannot be opened (then nothing
    /// is cached).
    static func open(directory: String) -> ArtifactCache? {
        (try? CacheDatabase.open(directory: directory, fileName: fileName, migrator: migrator)).map { ArtifactCache(database: $0) }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "emission") { table in
                table.primaryKey("lake", .text)
                table.column("key", .text).notNull()
                table.column("manifest", .text).notNull()
            }
            // One row: the reports of the last set of lakes rendered, and the warnings printed with them.
            try db.create(table: "reports") { table in
                table.primaryKey("id", .integer).check { $0 == 1 }
                table.column("key", .text).notNull()
                table.column("manifest", .text).notNull()
                table.column("diagnostics", .blob).notNull()
            }
        }
        // The stamp of each file last hashed under an output folder, by path as read (`HashedFiles`).
        migrator.registerMigration("v2") { db in
            try db.create(table: "hashed") { table in
                table.primaryKey("path", .text)
                table.column("sha256", .text).notNull()
                for stat in ["device", "inode", "size", "modified", "changed"] { table.column(stat, .integer).notNull() }
            }
        }
        // What a plan printed and how it exited, by the key of everything it read (`PlanMemo`).
        migrator.registerMigration("v3") { db in
            try db.create(table: "plan_memo") { table in
                table.primaryKey("key", .text)
                table.column("output", .blob).notNull()
                table.column("status", .integer).notNull()
                table.column("stored_at", .integer).notNull()
            }
        }
        return migrator
    }

    /// The recorded stamps of hashed files, by path. Rows are read from a cursor, not copied: a warm plan reads one
    /// per generated file.
    func hashedFiles() -> [String: HashedFile] {
        (try? database.read { db in
            var files: [String: HashedFile] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, sha256, device, inode, size, modified, changed FROM hashed")
            while let row = try rows.next() {
                guard let path = row[0] as String?, let sha256 = row[1] as String?, let device = row[2] as Int64?,
                      let inode = row[3] as Int64?, let size = row[4] as Int64?, let modified = row[5] as Int64?,
                      let changed = row[6] as Int64? else { continue }
                files[path] = HashedFile(stamp: FileStamp(device: device, inode: inode, size: size, modified: modified, changed: changed),
                                         sha256: sha256)
            }
            return files
        }) ?? [:]
    }

    /// Records the stamps of files hashed in this run, replacing those recorded for the same paths, and deletes the
    /// `stale` ones; one transaction.
    func storeHashedFiles(_ files: [String: HashedFile], removing stale: [String] = []) {
        guard !files.isEmpty || !stale.isEmpty else { return }
        try? database.write { db in
            for path in stale { try db.execute(sql: "DELETE FROM hashed WHERE path = ?", arguments: [path]) }
            for (path, file) in files.sorted(by: { $0.key < $1.key }) {
                let stamp = file.stamp
                try db.execute(sql: "INSERT OR REPLACE INTO hashed (path, sha256, device, inode, size, modified, changed) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               arguments: [path, file.sha256, stamp.device, stamp.inode, stamp.size, stamp.modified, stamp.changed])
            }
        }
    }

    /// The recorded artifacts of each lake whose recorded input key is the given one (lake name → key).
    func entries(lakes keys: [String: String]) -> [String: [Entry]] {
        let rows = (try? database.read { db in try Row.fetchAll(db, sql: "SELECT lake, key, manifest FROM emission") }) ?? []
        var hits: [String: [Entry]] = [:]
        for row in rows {
            guard let lake = row["lake"] as String?, let key = row["key"] as String?, keys[lake] == key,
                  let manifest = row["manifest"] as String?, let entries = Self.decode(manifest) else { continue }
            hits[lake] = entries
        }
        return hits
    }

    /// Records each lake's key and artifacts, replacing what the lake had; one transaction. The manifests (a SHA-256
    /// of every artifact) are made one lake per core first: a cold plan of 1,000 lakes hashes 131,000 files here.
    func store(_ lakes: [(lake: String, key: String, artifacts: [Artifact])]) {
        guard !lakes.isEmpty else { return }
        let manifests = ParallelResults<String>(count: lakes.count)
        DispatchQueue.concurrentPerform(iterations: lakes.count) { manifests.set($0, Self.encode(lakes[$0].artifacts)) }
        try? database.write { db in
            for (lake, manifest) in zip(lakes, manifests.values) {
                try db.execute(sql: "INSERT OR REPLACE INTO emission (lake, key, manifest) VALUES (?, ?, ?)",
                               arguments: [lake.lake, lake.key, manifest])
            }
        }
    }

    /// The recorded reports and their diagnostics (JSON), when they were rendered from input `key`.
    func reports(key: String) -> (entries: [Entry], diagnostics: Data)? {
        let row = try? database.read { db in
            try Row.fetchOne(db, sql: "SELECT manifest, diagnostics FROM reports WHERE id = 1 AND key = ?", arguments: [key])
        }
        guard let row, let manifest = row["manifest"] as String?, let entries = Self.decode(manifest),
              let diagnostics = row["diagnostics"] as Data? else { return nil }
        return (entries, diagnostics)
    }

    /// Records the reports rendered from input `key`, replacing the previous ones.
    func storeReports(key: String, artifacts: [Artifact], diagnostics: Data) {
        try? database.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO reports (id, key, manifest, diagnostics) VALUES (1, ?, ?, ?)",
                           arguments: [key, Self.encode(artifacts), diagnostics])
        }
    }

    /// The recorded artifacts read back from `root`, or nil unless every one still has its recorded bytes.
    static func readBack(_ entries: [Entry], root: String, files: HashedFiles) -> [Artifact]? {
        var artifacts: [Artifact] = []
        for entry in entries {
            guard let contents = files.contents(atPath: "\(root)/\(entry.path)", sha256: entry.sha256) else { return nil }
            artifacts.append(Artifact(path: entry.path, kind: entry.kind, contents: contents))
        }
        return artifacts
    }

    /// One `kind sha256 path` line per artifact (paths never hold a newline; see GeneratedTree.checkContainment).
    static func encode(_ artifacts: [Artifact]) -> String {
        artifacts.map { "\($0.kind.rawValue) \(Planner.hash($0)) \($0.path)\n" }.joined()
    }

    /// Reads `encode`'s lines; scanned as bytes, since a warm plan decodes every lake's manifest (splitting by
    /// `Character` cost about 8% of it, generic `split` still 10 M instructions for 828 files).
    static func decode(_ manifest: String) -> [Entry]? {
        let bytes = Array(manifest.utf8)
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        var entries: [Entry] = []
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
            defer { start = end + 1 }
            guard end > start else { continue }
            guard let kindEnd = bytes[start..<end].firstIndex(of: space), kindEnd > start,
                  let hashEnd = bytes[(kindEnd + 1)..<end].firstIndex(of: space), hashEnd > kindEnd + 1, hashEnd + 1 < end,
                  let kind = ArtifactKind(rawValue: String(decoding: bytes[start..<kindEnd], as: UTF8.self)) else { return nil }
            entries.append(Entry(path: String(decoding: bytes[(hashEnd + 1)..<end], as: UTF8.self), kind: kind,
                                 sha256: String(decoding: bytes[(kindEnd + 1)..<hashEnd], as: UTF8.self)))
        }
        return entries
    }
}
