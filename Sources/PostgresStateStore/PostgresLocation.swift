import Foundation
import PostgresNIO
import StateStore

/// A parsed `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=NAME&sslmode=MODE]` state location.
/// A password the URL leaves out comes from `PGPASSWORD`; the schema (default `lakeform`) holds the state's tables.
public struct PostgresLocation: Sendable, Equatable {
    /// libpq's `sslmode` values: `prefer` (the default) and `require` encrypt without checking the certificate,
    /// `verify-ca` checks it against the system trust roots, `verify-full` also checks the host name.
    public enum SSLMode: String, Sendable, CaseIterable {
        case disable, prefer, require, verifyCA = "verify-ca", verifyFull = "verify-full"
    }

    public static let defaultSchema = "lakeform"
    static let expectedForm = "postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=NAME]"

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var schema: String
    public var sslMode: SSLMode
    /// The URL with its password masked, for messages.
    public var redacted: String

    /// Parses `url`; throws `.invalidLocation` naming what is missing or wrong (never the password).
    public init(url: String, environment: [String: String]) throws {
        redacted = StateLocation.postgres(url: url).description
        func invalid(_ problem: String) -> StateError {
            .invalidLocation("not a usable PostgreSQL URL: \(problem) (expected \(Self.expectedForm))")
        }
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme?.lowercased())
        else { throw invalid("it does not parse as a URL") }
        guard let host = components.host?.trimmingCharacters(in: CharacterSet(charactersIn: "[]")), !host.isEmpty
        else { throw invalid("no host") }
        guard let user = components.user, !user.isEmpty else { throw invalid("no user name") }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { throw invalid("no database name after the host") }
        self.host = host
        self.port = components.port ?? 5432
        self.user = user
        self.password = components.password ?? environment[StateLocation.passwordVariable]
        self.database = database
        self.schema = Self.defaultSchema
        self.sslMode = .prefer
        for item in components.queryItems ?? [] {
            switch (item.name, item.value ?? "") {
            case let ("schema", name):
                guard Self.isPlainIdentifier(name) else {
                    throw invalid("schema '\(name)' must be 1-63 lowercase letters, digits or _, not starting with a digit or pg_")
                }
                schema = name
            case let ("sslmode", mode):
                guard let parsed = SSLMode(rawValue: mode) else {
                    throw invalid("sslmode '\(mode)' is not one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                sslMode = parsed
            case let (name, _):
                throw invalid("unknown parameter '\(name)'; the parameters are schema and sslmode")
            }
        }
    }

    /// A name that needs no quoting in SQL, so it can be spliced into statements safely.
    static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 63, !name.hasPrefix("pg_") else { return false }
        let leading = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz_")
        let following = leading.union(CharacterSet(charactersIn: "0123456789"))
        return leading.contains(first) && name.unicodeScalars.allSatisfy(following.contains)
    }

    /// The connection settings: the schema first on the search path, so statements name tables unqualified.
    func configuration() throws -> PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: try tls())
        configuration.options.additionalStartupParameters = [("application_name", "lakeform"), ("search_path", schema)]
        return configuration
    }

    private func tls() throws -> PostgresConnection.Configuration.TLS {
        var settings = TLSConfiguration.makeClientConfiguration()
        switch sslMode {
        case .disable: return .disable
        case .prefer, .require: settings.certificateVerification = .none
        case .verifyCA: settings.certificateVerification = .noHostnameVerification
        case .verifyFull: break
        }
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: settings)
        } catch {
            throw StateError.connection("cannot set up TLS for sslmode=\(sslMode.rawValue): \(error)")
        }
        return sslMode == .prefer ? .prefer(context) : .require(context)
    }
}
