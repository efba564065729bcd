import Foundation

/// The state backends a test can run against, for `@Test(arguments: StateBackend.available)`. PostgreSQL needs a
/// server: `eval "$(scripts/test-postgres.sh start)"` sets `LAKEFORM_TEST_POSTGRES_URL`. Without it the postgres
/// cases are left out, unless `LAKEFORM_REQUIRE_POSTGRES=1` (as in CI), which makes them fail instead.
public enum StateBackend: String, CaseIterable, Sendable {
    case sqlite, postgres

    /// A PostgreSQL URL whose user may create schemas, such as `postgres://postgres@127.0.0.1:54329/postgres`.
    public static let urlVariable = "LAKEFORM_TEST_POSTGRES_URL"
    /// The same server as a role that must give its password (`scripts/test-postgres.sh` creates `lakeform`).
    public static let secureURLVariable = "LAKEFORM_TEST_POSTGRES_SECURE_URL"
    /// `1` turns a missing server URL into test failures rather than skipped cases.
    public static let requireVariable = "LAKEFORM_REQUIRE_POSTGRES"

    /// SQLite always; PostgreSQL when a server URL is set or required.
    public static var available: [StateBackend] {
        let environment = ProcessInfo.processInfo.environment
        return environment[urlVariable] != nil || environment[requireVariable] == "1" ? allCases : [.sqlite]
    }

    /// The server URL from the environment; throws (failing the test) when it is missing.
    public static func serverURL(_ variable: String = urlVariable) throws -> String {
        guard let url = ProcessInfo.processInfo.environment[variable], !url.isEmpty else {
            throw MissingServer(variable: variable)
        }
        return url
    }

    /// A `--state` value for a new, empty state: a file under `folder`, or a schema of its own on the test server.
    public func freshLocation(in folder: URL) throws -> String {
        switch self {
        case .sqlite:
            return folder.appendingPathComponent("state-\(UUID().uuidString.prefix(8)).db").path
        case .postgres:
            return try Self.freshSchema(of: Self.serverURL())
        }
    }

    /// `url` pointed at a new schema, `t_` and 16 random hex digits.
    public static func freshSchema(of url: String) -> String {
        let base = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        return "\(base)?schema=t_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16))"
    }

    /// The server URL is not set although a test needs it.
    public struct MissingServer: Error, CustomStringConvertible {
        public var variable: String
        public var description: String {
            "\(variable) is not set; run `eval \"$(scripts/test-postgres.sh start)\"` (see docs/state.md)"
        }
    }
}
