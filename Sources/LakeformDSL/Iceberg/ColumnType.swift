/// An Iceberg column type, rendered in Iceberg's own spelling: `string`, `timestamptz`,
/// `decimal(10, 2)`, `list<string>`, `map<string, string>`.
public struct ColumnType: Sendable, Hashable, CustomStringConvertible {
    /// The type as Iceberg spells it.
    public let description: String

    private init(_ spelling: String) {
        description = spelling
    }

    /// UTF-8 text.
    public static let string = ColumnType("string")
    /// A 32-bit signed integer.
    public static let int = ColumnType("int")
    /// A 64-bit signed integer.
    public static let long = ColumnType("long")
    /// A 32-bit IEEE 754 float.
    public static let float = ColumnType("float")
    /// A 64-bit IEEE 754 float.
    public static let double = ColumnType("double")
    /// True or false.
    public static let boolean = ColumnType("boolean")
    /// A calendar date without time or zone.
    public static let date = ColumnType("date")
    /// A time of day without date or zone, in microseconds.
    public static let time = ColumnType("time")
    /// A timestamp without time zone.
    public static let timestamp = ColumnType("timestamp")
    /// A timestamp with time zone, stored as UTC.
    public static let timestamptz = ColumnType("timestamptz")
    /// A universally unique identifier.
    public static let uuid = ColumnType("uuid")
    /// Bytes of any length.
    public static let binary = ColumnType("binary")

    /// A fixed-point decimal: `precision` digits, `scale` of them after the point.
    public static func decimal(_ precision: Int, _ scale: Int) -> ColumnType {
        ColumnType("decimal(\(precision), \(scale))")
    }

    /// A list of `element` values.
    public static func list(_ element: ColumnType) -> ColumnType {
        ColumnType("list<\(element)>")
    }

    /// A map from `key` to `value`.
    public static func map(_ key: ColumnType, _ value: ColumnType) -> ColumnType {
        ColumnType("map<\(key), \(value)>")
    }
}
