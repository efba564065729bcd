/// An Iceberg column type, rendered in Iceberg's own spelling: `string`, `timestamptz`,
/// `decimal(10, 2)`, `list<string>`, `map<string, string>`.
public struct ColumnType: Sendable, Hashable, CustomStringConvertible {
    /// The type as Iceberg spells it.
    public let description: String

    private init(_ spelling: String) {
        description = spelling
    }

    public static let string = ColumnType("string")
    public static let int = ColumnType("int")
    public static let long = ColumnType("long")
    public static let float = ColumnType("float")
    public static let double = ColumnType("double")
    public static let boolean = ColumnType("boolean")
    public static let date = ColumnType("date")
    public static let time = ColumnType("time")
    /// A timestamp without time zone.
    public static let timestamp = ColumnType("timestamp")
    /// A timestamp with time zone, stored as UTC.
    public static let timestamptz = ColumnType("timestamptz")
    public static let uuid = ColumnType("uuid")
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
