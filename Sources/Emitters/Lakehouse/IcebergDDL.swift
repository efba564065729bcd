import LakeModel

/// Spark SQL DDL for the lake's Iceberg tables: `CREATE TABLE IF NOT EXISTS … USING iceberg`.
enum IcebergDDL {
    /// Table properties every table gets unless it sets them itself.
    static let defaultProperties = ["format-version": "2", "write.parquet.compression-codec": "zstd"]

    /// The statement for `table` in `catalog`, with sorted properties and the partition spec as Spark writes it.
    static func createTable(_ table: TableSpec, catalog: String) -> String {
        let columns = table.columns.map { column in
            "    \(identifier(column.name)) \(sparkType(column.type))\(column.required ? " NOT NULL" : "")"
        }
        var lines = ["CREATE TABLE IF NOT EXISTS \([catalog, table.namespace, table.name].map(identifier).joined(separator: ".")) ("]
        lines += columns.enumerated().map { $0.offset == columns.count - 1 ? $0.element : $0.element + "," }
        lines.append(")")
        lines.append("USING iceberg")
        if !table.partitionBy.isEmpty {
            lines.append("PARTITIONED BY (\(table.partitionBy.map(partition).joined(separator: ", ")))")
        }
        let properties = defaultProperties.merging(table.properties) { _, table in table }
        let entries = properties.keys.sorted().map { "    \(literal($0)) = \(literal(properties[$0] ?? ""))" }
        lines.append("TBLPROPERTIES (")
        lines += entries.enumerated().map { $0.offset == entries.count - 1 ? $0.element : $0.element + "," }
        lines.append(");")
        return lines.joined(separator: "\n")
    }

    /// A transform as Spark DDL writes it: identity is the bare column, the rest Iceberg's spelling.
    static func partition(_ transform: PartitionTransform) -> String {
        switch transform {
        case .identity(let column): identifier(column)
        case .years(let column): "years(\(identifier(column)))"
        case .months(let column): "months(\(identifier(column)))"
        case .days(let column): "days(\(identifier(column)))"
        case .hours(let column): "hours(\(identifier(column)))"
        case .bucket(let count, let column): "bucket(\(count), \(identifier(column)))"
        case .truncate(let width, let column): "truncate(\(width), \(identifier(column)))"
        }
    }

    /// Plain identifiers stay bare (as the seed writes `timestamp`); Spark's ANSI reserved words and
    /// anything else are back-quoted.
    static func identifier(_ name: String) -> String {
        let plain = name.first.map { $0.isASCII && ($0.isLetter || $0 == "_") } == true
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            && !reservedWords.contains(name.uppercased())
        return plain ? name : "`" + name.replacing("`", with: "``") + "`"
    }

    /// Spark SQL's reserved keywords under ANSI mode (`spark.sql.ansi.enforceReservedKeywords`).
    static let reservedWords: Set<String> = [
        "ALL", "AND", "ANY", "AS", "AUTHORIZATION", "BOTH", "CASE", "CAST", "CHECK", "COLLATE", "COLUMN", "CONSTRAINT", "CREATE",
        "CROSS", "CURRENT", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DISTINCT", "ELSE", "END", "ESCAPE",
        "EXCEPT", "FALSE", "FETCH", "FILTER", "FOR", "FOREIGN", "FROM", "FULL", "GRANT", "GROUP", "HAVING", "IN", "INNER", "INTERSECT",
        "INTO", "IS", "JOIN", "LATERAL", "LEADING", "LEFT", "NATURAL", "NOT", "NULL", "OFFSET", "ON", "ONLY", "OR", "ORDER", "OUTER",
        "OVERLAPS", "PRIMARY", "REFERENCES", "RIGHT", "SELECT", "SESSION_USER", "SOME", "TABLE", "THEN", "TIME", "TO", "TRAILING",
        "UNION", "UNIQUE", "UNKNOWN", "USER", "USING", "WHEN", "WHERE", "WITH",
    ]

    /// A single-quoted Spark SQL string literal: Spark reads backslash escapes in literals, so `\\` is doubled
    /// as well as `'`, and a line break is spelled `\\n` so that the statement stays on its lines.
    static func literal(_ text: String) -> String {
        guard ASCIIScan.contains(text, anyOf: "\\'\n\r\t") else { return "'\(text)'" }
        var result = "'"
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "'": result += "\\'"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\r\n": result += "\\r\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "'"
    }

    // MARK: Types

    /// The Spark SQL type for an Iceberg type. Iceberg `timestamp` has no zone, so it is Spark's
    /// `TIMESTAMP_NTZ`; Iceberg `timestamptz` is Spark's `TIMESTAMP` (Iceberg's Spark type mapping).
    /// `uuid` and `time` have no Spark type and read as `STRING`. Unparsable text is upper-cased.
    static func sparkType(_ iceberg: String) -> String {
        var parser = TypeParser(text: iceberg)
        guard let type = parser.parseType(), parser.atEnd else { return iceberg.uppercased() }
        return type
    }

    /// A small recursive-descent parser over Iceberg's type spelling that renders Spark types.
    private struct TypeParser {
        let characters: [Character]
        var index = 0

        init(text: String) { characters = Array(text) }

        var atEnd: Bool {
            mutating get {
                skipSpaces()
                return index == characters.count
            }
        }

        mutating func skipSpaces() {
            while index < characters.count, characters[index].isWhitespace { index += 1 }
        }

        mutating func word() -> String {
            skipSpaces()
            let start = index
            while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "_" {
                index += 1
            }
            return String(characters[start..<index])
        }

        mutating func expect(_ character: Character) -> Bool {
            skipSpaces()
            guard index < characters.count, characters[index] == character else { return false }
            index += 1
            return true
        }

        mutating func number() -> Int? { Int(word()) }

        mutating func parseType() -> String? {
            let name = word().lowercased()
            switch name {
            case "boolean": return "BOOLEAN"
            case "int", "integer": return "INT"
            case "long", "bigint": return "BIGINT"
            case "float": return "FLOAT"
            case "double": return "DOUBLE"
            case "date": return "DATE"
            case "time", "uuid", "string": return "STRING"
            case "timestamp": return "TIMESTAMP_NTZ"
            case "timestamptz": return "TIMESTAMP"
            case "binary": return "BINARY"
            case "decimal":
                guard expect("("), let precision = number(), expect(","), let scale = number(), expect(")") else { return nil }
                return "DECIMAL(\(precision), \(scale))"
            case "fixed":
                guard expect("["), number() != nil, expect("]") else { return nil }
                return "BINARY"
            case "list":
                guard expect("<"), let element = parseType(), expect(">") else { return nil }
                return "ARRAY<\(element)>"
            case "map":
                guard expect("<"), let key = parseType(), expect(","), let value = parseType(), expect(">") else { return nil }
                return "MAP<\(key), \(value)>"
            case "struct":
                guard expect("<") else { return nil }
                var fields: [String] = []
                repeat {
                    let field = word()
                    guard !field.isEmpty, expect(":"), let type = parseType() else { return nil }
                    fields.append("\(IcebergDDL.identifier(field)): \(type)")
                } while expect(",")
                guard expect(">") else { return nil }
                return "STRUCT<\(fields.joined(separator: ", "))>"
            default: return nil
            }
        }
    }
}
