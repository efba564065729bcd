/// An Iceberg partition transform, parsed from `days(ts)`, `bucket(16, user_id)`, ...
public enum PartitionTransform: Equatable, Sendable, CustomStringConvertible {
    case identity(String)
    case years(String), months(String), days(String), hours(String)
    case bucket(Int, String)
    case truncate(Int, String)

    /// The column the transform reads.
    public var column: String {
        switch self {
        case .identity(let c), .years(let c), .months(let c), .days(let c), .hours(let c): c
        case .bucket(_, let c), .truncate(_, let c): c
        }
    }

    /// Iceberg's spelling, as in Spark DDL: `days(ts)`, `bucket(16, user_id)`.
    public var description: String {
        switch self {
        case .identity(let c): "identity(\(c))"
        case .years(let c): "years(\(c))"
        case .months(let c): "months(\(c))"
        case .days(let c): "days(\(c))"
        case .hours(let c): "hours(\(c))"
        case .bucket(let n, let c): "bucket(\(n), \(c))"
        case .truncate(let w, let c): "truncate(\(w), \(c))"
        }
    }

    /// Parses a transform; nil when the text is not one of Iceberg's transforms.
    public init?(parsing text: String) {
        let trimmed = text.filter { !$0.isWhitespace }
        guard let open = trimmed.firstIndex(of: "("), trimmed.hasSuffix(")") else {
            guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
            self = .identity(trimmed)
            return
        }
        let function = String(trimmed[..<open]).lowercased()
        let arguments = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            .split(separator: ",").map(String.init)
        switch (function, arguments.count) {
        case ("identity", 1): self = .identity(arguments[0])
        case ("year", 1), ("years", 1): self = .years(arguments[0])
        case ("month", 1), ("months", 1): self = .months(arguments[0])
        case ("day", 1), ("days", 1): self = .days(arguments[0])
        case ("hour", 1), ("hours", 1): self = .hours(arguments[0])
        case ("bucket", 2):
            guard let count = Int(arguments[0]), count > 0 else { return nil }
            self = .bucket(count, arguments[1])
        case ("truncate", 2):
            guard let width = Int(arguments[0]), width > 0 else { return nil }
            self = .truncate(width, arguments[1])
        default: return nil
        }
        guard !column.isEmpty else { return nil }
    }
}
