import Foundation
import GRDB

/// The SQLite schema, migrated by version (GRDB records applied migrations in `grdb_migrations`).
/// Contents are stored once per distinct SHA-256; revisions point at them by path.
enum StateSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "state") { table in
                table.primaryKey("id", .integer).check { $0 == 1 }
                table.column("lineage", .text).notNull()
                table.column("serial", .integer).notNull()
            }
            try db.execute(sql: "INSERT INTO state (id, lineage, serial) VALUES (1, ?, 0)", arguments: [UUID().uuidString.lowercased()])
            try db.create(table: "revision") { table in
                table.primaryKey("serial", .integer)
                table.column("created_at", .text).notNull()
                table.column("user", .text).notNull()
                table.column("host", .text).notNull()
                table.column("tool_version", .text).notNull()
                table.column("blueprint_hashes", .text).notNull()
                table.column("summary", .text).notNull()
            }
            try db.create(table: "blob", options: .withoutRowID) { table in
                table.primaryKey("sha256", .text)
                table.column("contents", .blob).notNull()
            }
            try db.create(table: "revision_artifact", options: .withoutRowID) { table in
                table.column("serial", .integer).notNull().references("revision")
                table.column("path", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("sha256", .text).notNull().references("blob")
                table.primaryKey(["serial", "path"])
            }
            try db.create(table: "lock") { table in
                table.primaryKey("slot", .integer).check { $0 == 1 }
                table.column("id", .text).notNull()
                table.column("holder", .text).notNull()
                table.column("pid", .integer).notNull()
                table.column("host", .text).notNull()
                table.column("since", .text).notNull()
                table.column("operation", .text).notNull()
            }
        }
        migrator.registerMigration("v2") { db in
            // What each revision deployed per lake; revisions recorded before v2 have none.
            try db.create(table: "revision_topology", options: .withoutRowID) { table in
                table.column("serial", .integer).notNull().references("revision")
                table.column("lake", .text).notNull()
                table.column("topology", .text).notNull()
                table.primaryKey(["serial", "lake"])
            }
        }
        return migrator
    }
}
