import Foundation
import GRDB

/// A disposable SQLite file in a cache folder (`.lakeform/cache`), shared by the blueprint cache and the CLI's
/// artifact cache: waits up to 5 s for another process's write, never fsyncs, migrates, and replaces a file that is not
/// a database.
public enum CacheDatabase {
    /// The migrated database `fileName` in `directory`, created with the folder when missing.
    public static func open(directory: String, fileName: String, migrator: DatabaseMigrator) throws -> DatabaseQueue {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + fileName
        do {
            return try migrated(path, migrator)
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            return try migrated(path, migrator)
        }
    }

    private static func migrated(_ path: String, _ migrator: DatabaseMigrator) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        // A cache is disposable: it may lose its last writes on a power cut (a corrupt file is replaced above), so it
        // never waits for the disk. With the default FULL, each commit fsyncs, which stalls for seconds on a busy runner.
        configuration.prepareDatabase { database in try database.execute(sql: "PRAGMA synchronous = OFF") }
        let database = try DatabaseQueue(path: path, configuration: configuration)
        try migrator.migrate(database)
        return database
    }
}
