import Foundation

/// Where the state lives: a SQLite file (a plain path or `sqlite:PATH`) or a PostgreSQL database
/// (`postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=NAME]`, also `postgresql://`).
/// `--state` wins, then `LAKEFORM_STATE`, then `.lakeform/state.db`. The description masks the password.
public enum StateLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    /// The URL as given; the PostgresStateStore module reads its parts.
    case postgres(url: String)

    public static let defaultPath = ".lakeform/state.db"
    public static let environmentVariable = "LAKEFORM_STATE"
    /// The libpq variable for a password the URL leaves out; masked like the URL's own.
    public static let passwordVariable = "PGPASSWORD"

    /// The location text: --state, else $LAKEFORM_STATE, else the default path.
    public static func path(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        return defaultPath
    }

    /// Reads `postgres://…`/`postgresql://…` as PostgreSQL, `sqlite:PATH` and anything without a scheme as a
    /// SQLite path; any other `scheme://` is an error naming the supported ones.
    public init(parsing text: String) throws {
        if let schemeEnd = text.range(of: "://") {
            let scheme = text[..<schemeEnd.lowerBound].lowercased()
            guard scheme == "postgres" || scheme == "postgresql" else {
                throw StateError.invalidLocation(
                    "\(Self.maskingPassword(in: text)) is not a state location: unsupported scheme '\(scheme)'; use a file path, sqlite:PATH or postgres://…")
            }
            self = .postgres(url: text)
        } else if text.hasPrefix("sqlite:") {
            let path = String(text.dropFirst("sqlite:".count))
            guard !path.isEmpty else { throw StateError.invalidLocation("sqlite: needs a path, such as sqlite:.lakeform/state.db") }
            self = .sqlite(path: path)
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The path, or the URL with its password (if any) shown as `***`.
    public var description: String {
        switch self {
        case let .sqlite(path): path
        case let .postgres(url): Self.maskingPassword(in: url)
        }
    }

    /// `message` with the URL's password (as written and percent-decoded) and `PGPASSWORD` masked as `***`,
    /// for errors that might quote them. Use on every message that mentions a PostgreSQL location.
    public func redact(_ message: String, environment: [String: String]) -> String {
        guard case let .postgres(url) = self else { return message }
        var secrets = [environment[Self.passwordVariable]]
        if let password = Self.passwordRange(in: url).map({ String(url[$0]) }) {
            secrets += [password, password.removingPercentEncoding]
        }
        return secrets.compactMap { $0 }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
            .reduce(message) { $0.replacingOccurrences(of: $1, with: "***") }
    }

    /// `url` with the password of its user-info shown as `***`; works on malformed URLs too.
    static func maskingPassword(in url: String) -> String {
        guard let range = passwordRange(in: url) else { return url }
        return url.replacingCharacters(in: range, with: "***")
    }

    /// Where the password of `scheme://user:password@host…` is: after the first `:` of the user-info, which ends
    /// at the last `@` before the path.
    private static func passwordRange(in url: String) -> Range<String.Index>? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let authorityEnd = url[schemeEnd.upperBound...].firstIndex { "/?#".contains($0) } ?? url.endIndex
        let authority = url[schemeEnd.upperBound..<authorityEnd]
        guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else { return nil }
        let password = url.index(after: colon)..<at
        return password.isEmpty ? nil : password
    }
}
