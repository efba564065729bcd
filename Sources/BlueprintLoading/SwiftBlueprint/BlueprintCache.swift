import Foundation
import GRDB

/// The disposable SQLite cache of successful Swift blueprint evaluations. Every failure here means
/// "not cached", never a failed load.
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
        // Keys no longer hold `swiftc --version` (the compiler's file stamps replace it): old entries can never hit.
        migrator.registerMigration("v2") { db in
            try db.drop(table: "compiler_version")
            try db.execute(sql: "DELETE FROM blueprint_cache")
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
}
