import StateStore

/// Opening a store by location. It lives here, the one module that sees both backends.
extension StateLocation {
    /// The SQLite or PostgreSQL store at this location, created and migrated when missing. `environment` supplies
    /// `PGPASSWORD` when a PostgreSQL URL has no password.
    public func open(environment: [String: String]) throws -> any StateStore {
        switch self {
        case let .sqlite(path): try SQLiteStateStore(path: path)
        case let .postgres(url): try PostgresStateStore(location: PostgresLocation(url: url, environment: environment))
        }
    }
}
