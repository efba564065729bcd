import Foundation
import GRDB

/// The disposable SQLite cache of successful Swift blueprint evaluations and of `swiftc --version`
/// outputs. Every failure here means "not cached", never a failed load.
struct BlueprintCache: Sendable {
    /// A cached evaluation: the wire JSON the blueprint wrote and the warnings it produced.
    struct Entry: Sendable {
        var result: Data
        var warnings: Data
    }

    static let fileName = "blueprints.sqlite"
    private let database: DatabaseQueue

    /// Opens (or creates) the cache in `directory`; a file that is not a database is replaced (`CacheDatabase`).
    static func open(directory: String) throws -> BlueprintCache {
        BlueprintCache(database: try CacheDatabase.open(directory: directory, fileName: fileName, migrator: migrator))
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "blueprint_cache") { table in
                table.primaryKey("key", .text)
                table.column("result", .blob).notNull()
                table.column("warnings", .blob).notNull()
                table.column("created_at", .datetime).notNull()
            }
            try db.create(table: "compiler_version") { table in
                table.primaryKey("identity", .text)
                table.column("version", .text).notNull()
            }
        }
        return migrator
    }

    func entry(forKey key: String) -> Entry? {
        let row = try? database.read { db in
            try Row.fetchOne(db, sql: "SELECT result, warnings FROM blueprint_cache WHERE key = ?", arguments: [key])
        }
        guard let row, let result = row["result"] as Data?, let warnings = row["warnings"] as Data? else { return nil }
        return Entry(result: result, warnings: warnings)
    }

    func store(_ entry: Entry, forKey key: String) {
        try? database.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO blueprint_cache (key, result, warnings, created_at) VALUES (?, ?, ?, ?)",
                arguments: [key, entry.result, entry.warnings, Date()]
            )
        }
    }

    /// The recorded `swiftc --version` output of the compiler binary with this identity.
    func compilerVersion(identity: String) -> String? {
        try? database.read { db in
            try String.fetchOne(db, sql: "SELECT version FROM compiler_version WHERE identity = ?", arguments: [identity])
        }
    }

    func storeCompilerVersion(_ version: String, identity: String) {
        try? database.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO compiler_version (identity, version) VALUES (?, ?)",
                arguments: [identity, version]
            )
        }
    }
}
