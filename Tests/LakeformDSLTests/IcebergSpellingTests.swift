@testable import LakeformDSL
import Testing

@Suite("Iceberg spellings")
struct IcebergSpellingTests {
    @Test("column types use Iceberg's names", arguments: [
        (ColumnType.string, "string"), (.int, "int"), (.long, "long"), (.float, "float"), (.double, "double"),
        (.boolean, "boolean"), (.date, "date"), (.time, "time"), (.timestamp, "timestamp"),
        (.timestamptz, "timestamptz"), (.uuid, "uuid"), (.binary, "binary"),
        (.decimal(10, 2), "decimal(10, 2)"), (.list(.long), "list<long>"),
        (.map(.string, .string), "map<string, string>"),
        (.map(.string, .list(.decimal(38, 9))), "map<string, list<decimal(38, 9)>>"),
    ])
    func columnTypes(type: ColumnType, spelling: String) {
        #expect(type.description == spelling)
    }

    @Test("partition transforms render as in Spark DDL", arguments: [
        (PartitionTransform.identity("event_type"), "identity(event_type)"),
        (.years("ts"), "years(ts)"), (.months("ts"), "months(ts)"), (.days("timestamp"), "days(timestamp)"),
        (.hours("ts"), "hours(ts)"), (.bucket(16, "user_id"), "bucket(16, user_id)"),
        (.truncate(10, "name"), "truncate(10, name)"),
    ])
    func partitionTransforms(transform: PartitionTransform, spelling: String) {
        #expect(transform.description == spelling)
    }
}
