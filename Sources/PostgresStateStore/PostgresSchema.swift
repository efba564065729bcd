import Crypto
import PostgresNIO
import StateStore

/// The PostgreSQL tables, the same shape as the SQLite ones, migrated by version and recorded in `schema_migration`.
/// Each open migrates in one transaction under `pg_advisory_xact_lock`, so concurrent first opens queue up instead
/// of colliding on CREATE; the later ones find nothing left to do.
enum PostgresSchema {
    /// Migrations by version, in order; each runs once. Append, never edit.
    static let migrations: [(version: Int, statements: [PostgresQuery])] = [
        (1, [
            "CREATE TABLE state (id integer PRIMARY KEY CHECK (id = 1), lineage text NOT NULL, serial bigint NOT NULL)",
            "INSERT INTO state (id, lineage, serial) VALUES (1, gen_random_uuid()::text, 0)",
            """
            CREATE TABLE revision (serial bigint PRIMARY KEY, created_at text NOT NULL, user_name text NOT NULL,
                host text NOT NULL, tool_version text NOT NULL, blueprint_hashes text NOT NULL, summary text NOT NULL)
            """,
            "CREATE TABLE blob (sha256 text PRIMARY KEY, contents bytea NOT NULL)",
            """
            CREATE TABLE revision_artifact (serial bigint NOT NULL REFERENCES revision, path text NOT NULL,
                kind text NOT NULL, sha256 text NOT NULL REFERENCES blob, PRIMARY KEY (serial, path))
            """,
            """
            CREATE TABLE lock (slot integer PRIMARY KEY CHECK (slot = 1), id text NOT NULL, holder text NOT NULL,
                pid bigint NOT NULL, host text NOT NULL, since text NOT NULL, operation text NOT NULL,
                backend_pid integer NOT NULL)
            """,
        ]),
        // What each revision deployed per lake; revisions recorded before version 2 have none.
        (2, [
            """
            CREATE TABLE revision_topology (serial bigint NOT NULL REFERENCES revision, lake text NOT NULL,
                topology text NOT NULL, PRIMARY KEY (serial, lake))
            """,
        ]),
    ]

    /// Creates the schema and its tables when missing and runs the migrations not yet applied, up to `version` (all
    /// of them unless a test builds an older schema). The session's search path is the schema (see
    /// `PostgresLocation.configuration()`), so table names need no qualifier.
    static func migrate(_ session: PostgresSession, _ location: PostgresLocation, upTo version: Int = .max) throws {
        try session.transaction {
            try session.query("SELECT pg_advisory_xact_lock(\(advisoryKey("schema-migration", location.schema)))")
            if try session.query("SELECT to_regclass('schema_migration') IS NULL").first?.decode(Bool.self) ?? true {
                if try session.query("SELECT 1 FROM pg_namespace WHERE nspname = \(location.schema)").isEmpty {
                    // A plain identifier (checked by PostgresLocation), so it is safe to splice in.
                    try session.query("CREATE SCHEMA \(unescaped: location.schema)")
                }
                try session.query("""
                    CREATE TABLE schema_migration (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                    """)
            }
            let applied = try session.query("SELECT coalesce(max(version), 0) FROM schema_migration").first?.decode(Int.self) ?? 0
            guard applied <= migrations.last?.version ?? 0 else { throw StateError.newerSchema(path: location.redacted) }
            for migration in migrations where migration.version > applied && migration.version <= version {
                for statement in migration.statements { try session.query(statement) }
                try session.query("INSERT INTO schema_migration (version) VALUES (\(migration.version))")
            }
        }
    }

    /// A 64-bit advisory lock key for `purpose` in `schema`: advisory locks are per database, so each schema gets
    /// its own keys and two states in one database never block each other.
    static func advisoryKey(_ purpose: String, _ schema: String) -> Int64 {
        let digest = SHA256.hash(data: Array("lakeform-\(purpose):\(schema)".utf8))
        return digest.prefix(8).reduce(Int64(0)) { $0 << 8 | Int64($1) }
    }
}
