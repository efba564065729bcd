/// How bad a diagnostic is. Only errors fail a command.
public enum Severity: String, Codable, Sendable, Comparable {
    case error, warning, note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A place in a user's file. Lines and columns are 1-based; line 0 means the whole file.
public struct SourceLocation: Codable, Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The whole of `file`, for problems such as a missing file that have no line.
    public static func file(_ file: String) -> SourceLocation { SourceLocation(file: file, line: 0, column: 0) }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A user-facing problem: a stable id, a message, where it is in the model and in the file.
///
/// Diagnostics are values returned by every layer; user mistakes are never thrown.
public struct Diagnostic: Codable, Hashable, Sendable {
    /// Stable identifier such as `blueprint.unknownKey`; users grep for it and docs list it.
    public var id: String
    public var severity: Severity
    public var message: String
    /// Model address such as `lake.medium.kafka.brokers`.
    public var address: String?
    public var source: SourceLocation?
    /// Follow-up lines: hints, "did you mean", what to do.
    public var notes: [String]

    public init(
        id: String, severity: Severity, message: String, address: String? = nil,
        source: SourceLocation? = nil, notes: [String] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.address = address
        self.source = source
        self.notes = notes
    }

    public static func error(
        _ id: String, _ message: String, address: String? = nil, source: SourceLocation? = nil, notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(id: id, severity: .error, message: message, address: address, source: source, notes: notes)
    }

    public static func warning(
        _ id: String, _ message: String, address: String? = nil, source: SourceLocation? = nil, notes: [String] = []
    ) -> Diagnostic {
        Diagnostic(id: id, severity: .warning, message: message, address: address, source: source, notes: notes)
    }
}

extension Diagnostic {
    /// `SourceLocation` by a name that cannot clash with Swift Testing's type of the same name.
    public typealias Location = SourceLocation
}
