import Foundation
import PostgresNIO
import StateStore

/// Turns postgres-nio and NIO errors into one-line `StateError`s. `PSQLError`'s own description hides every detail
/// on purpose; here the server's message and SQLSTATE are kept. No message ever includes the password: the server
/// never sends it back, and locations are shown redacted.
enum PostgresFailure {
    /// SQLSTATEs a server sends while refusing a session: wrong credentials or no pg_hba.conf entry (class 28),
    /// a missing database, a server starting up or shutting down, too many connections.
    private static let refusedSession: Set<String> = ["28000", "28P01", "3D000", "57P03", "53300"]

    static func stateError(_ error: any Error, at location: PostgresLocation) -> StateError {
        let server = "\(location.host):\(location.port)"
        switch error {
        case let error as StateError:
            return error
        case let error as PSQLError where error.code == .server:
            let state = error.serverInfo?[.sqlState] ?? "?"
            let message = error.serverInfo?[.message] ?? "the server reported an error"
            return refusedSession.contains(state) ? .connection(message) : .database("\(message) (SQLSTATE \(state))")
        case let error as PSQLError where error.code == .connectionError:
            return .connection(describe(connecting: error.underlying, to: server))
        case let error where sessionEnded(error):
            return .database("the connection to \(server) was closed")
        case let error as PSQLError where error.code == .sslUnsupported:
            return .connection("the server at \(server) does not offer TLS, which sslmode=\(location.sslMode.rawValue) needs")
        case let error as PSQLError where error.code == .authMechanismRequiresPassword:
            return .connection("the server asks for a password for user \(location.user); give it in the URL or PGPASSWORD")
        case let error as PSQLError:
            return .database("\(error.code) talking to \(server)")
        case let error as PostgresDecodingError:
            return .corrupt("column \(error.columnName) holds \(error.postgresType), not a \(error.targetType)")
        default:
            return .database("\(error)")
        }
    }

    /// Whether `error` means the server ended the session: closed, or terminated by `pg_terminate_backend`.
    static func sessionEnded(_ error: any Error) -> Bool {
        if error is PostgresSession.Closed { return true }
        guard let error = error as? PSQLError else { return false }
        return [.serverClosedConnection, .uncleanShutdown, .clientClosedConnection].contains(error.code)
            || error.serverInfo?[.sqlState] == "57P01"
    }

    /// `connection refused (nothing accepts connections on HOST:PORT; is PostgreSQL running there?)` and the like.
    private static func describe(connecting underlying: (any Error)?, to server: String) -> String {
        switch underlying {
        case let error as NIOConnectionError:
            if let dns = error.dnsAError ?? error.dnsAAAAError { return "cannot resolve the host of \(server) (\(dns))" }
            return describe(connecting: error.connectionErrors.first?.error, to: server)
        case let error as IOError where error.errnoCode == ECONNREFUSED:
            return "connection refused (nothing accepts connections on \(server); is PostgreSQL running there?)"
        case let error as IOError:
            return "cannot connect to \(server): \(String(cString: strerror(error.errnoCode)).lowercased())"
        case let error as ChannelError:
            if case .connectTimeout = error { return "timed out connecting to \(server)" }
            return "cannot connect to \(server): \(error)"
        case let error?:
            return "cannot connect to \(server): \(error)"
        case nil:
            return "cannot connect to \(server)"
        }
    }
}
