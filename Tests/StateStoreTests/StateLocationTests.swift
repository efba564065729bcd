import Foundation
import Testing
@testable import PostgresStateStore
@testable import StateStore

@Suite struct StateLocationTests {
    @Test func locationPrefersFlagThenEnvironmentThenDefault() {
        #expect(StateLocation.path(flag: "s.db", environment: ["LAKEFORM_STATE": "e.db"]) == "s.db")
        #expect(StateLocation.path(flag: nil, environment: ["LAKEFORM_STATE": "e.db"]) == "e.db")
        #expect(StateLocation.path(flag: nil, environment: [:]) == ".lakeform/state.db")
    }

    @Test func pathsAndSchemesChooseTheBackend() throws {
        #expect(try StateLocation(parsing: ".lakeform/state.db") == .sqlite(path: ".lakeform/state.db"))
        #expect(try StateLocation(parsing: "sqlite:/tmp/s.db") == .sqlite(path: "/tmp/s.db"))
        #expect(try StateLocation(parsing: "weird:name.db") == .sqlite(path: "weird:name.db"))
        #expect(try StateLocation(parsing: "postgres://u@h/d") == .postgres(url: "postgres://u@h/d"))
        #expect(try StateLocation(parsing: "postgresql://u@h/d") == .postgres(url: "postgresql://u@h/d"))
        #expect(throws: StateError.invalidLocation("sqlite: needs a path, such as sqlite:.lakeform/state.db")) {
            try StateLocation(parsing: "sqlite:")
        }
        let error = try #require(throws: StateError.self) { try StateLocation(parsing: "mysql://root:hunter2@db/lake") }
        #expect(error.description == "mysql://root:***@db/lake is not a state location: unsupported scheme 'mysql'; use a file path, sqlite:PATH or postgres://…")
    }

    @Test func descriptionAndRedactMaskEveryPassword() throws {
        let location = try StateLocation(parsing: "postgres://lakeform:p%40ss:w@127.0.0.1:54329/x?schema=y")
        #expect(location.description == "postgres://lakeform:***@127.0.0.1:54329/x?schema=y")
        let message = "p%40ss:w, p@ss:w and from-env in one line"
        #expect(location.redact(message, environment: ["PGPASSWORD": "from-env"]) == "***, *** and *** in one line")
        #expect(StateLocation.sqlite(path: "p@ss").redact("p@ss", environment: ["PGPASSWORD": "p@ss"]) == "p@ss")
        #expect(try StateLocation(parsing: "postgres://u@h/d").description == "postgres://u@h/d")
    }

    @Test func postgresURLPartsAndDefaults() throws {
        let full = try PostgresLocation(url: "postgres://lake%20user:p%40ss@db.example:6543/lake?schema=team_a&sslmode=disable", environment: [:])
        #expect(full.host == "db.example")
        #expect(full.port == 6543)
        #expect(full.user == "lake user")
        #expect(full.password == "p@ss")
        #expect(full.database == "lake")
        #expect(full.schema == "team_a")
        #expect(full.sslMode == .disable)
        #expect(full.redacted == "postgres://lake%20user:***@db.example:6543/lake?schema=team_a&sslmode=disable")
        let defaults = try PostgresLocation(url: "postgresql://u@[::1]/d", environment: ["PGPASSWORD": "env"])
        #expect(defaults.host == "::1")
        #expect(defaults.port == 5432)
        #expect(defaults.password == "env")
        #expect(defaults.schema == "lakeform")
        #expect(defaults.sslMode == .prefer)
    }

    @Test(arguments: [
        ("postgres://h/d", "no user name"),
        ("postgres://u@h", "no database name after the host"),
        ("postgres://u@/d", "no host"),
        ("postgres://u@h/d?schema=Team", "schema 'Team' must be"),
        ("postgres://u@h/d?schema=pg_x", "schema 'pg_x' must be"),
        ("postgres://u@h/d?schema=a;drop", "schema 'a;drop' must be"),
        ("postgres://u@h/d?sslmode=maybe", "sslmode 'maybe' is not one of disable, prefer, require, verify-ca, verify-full"),
        ("postgres://u@h/d?search_path=x", "unknown parameter 'search_path'"),
    ])
    func badPostgresURLsSayWhatIsWrong(_ url: String, _ problem: String) throws {
        let error = try #require(throws: StateError.self) { try PostgresLocation(url: url, environment: [:]) }
        guard case let .invalidLocation(message) = error else {
            Issue.record("expected .invalidLocation, got \(error)")
            return
        }
        #expect(message.contains(problem))
        #expect(message.hasPrefix("not a usable PostgreSQL URL: "))
    }
}
