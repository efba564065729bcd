/// An Iceberg partition transform over a column, rendered as in Spark DDL:
/// `identity(event_type)`, `days(ts)`, `bucket(16, user_id)`, `truncate(10, name)`.
public struct PartitionTransform: Sendable, Hashable, CustomStringConvertible {
    /// The transform as Iceberg spells it.
    public let description: String

    private init(_ spelling: String) {
        description = spelling
    }

    /// Partitions by the column's value itself.
    public static func identity(_ column: String) -> PartitionTransform { PartitionTransform("identity(\(column))") }
    /// Partitions a date or timestamp column by year.
    public static func years(_ column: String) -> PartitionTransform { PartitionTransform("years(\(column))") }
    /// Partitions a date or timestamp column by month.
    public static func months(_ column: String) -> PartitionTransform { PartitionTransform("months(\(column))") }
    /// Partitions a date or timestamp column by day.
    public static func days(_ column: String) -> PartitionTransform { PartitionTransform("days(\(column))") }
    /// Partitions a timestamp column by hour.
    public static func hours(_ column: String) -> PartitionTransform { PartitionTransform("hours(\(column))") }

    /// Hashes the column into `count` buckets.
    public static func bucket(_ count: Int, _ column: String) -> PartitionTransform {
        PartitionTransform("bucket(\(count), \(column))")
    }

    /// Truncates the column to `width` (characters for strings, a multiple for numbers).
    public static func truncate(_ width: Int, _ column: String) -> PartitionTransform {
        PartitionTransform("truncate(\(width), \(column))")
    }
}
