/// A column of an Iceberg `Table`, with its type and whether it is required (non-null).
///
/// Wire: `lakes[].components.iceberg.tables[].columns[]`
///
/// ```swift
/// Column("ts", .timestamptz, required: true)
/// ```
public struct Column: Declaration {
    let wire: Wire.Column
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - name: The column's name. Example: ts
    ///   - type: The column's Iceberg type. Example: timestamptz
    ///   - required: Whether the column is NOT NULL. Default: false. Example: true
    public init(
        _ name: String, _ type: ColumnType, required: Bool? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.Column(name: name, type: type.description, required: required)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout ListBlock<Wire.Column>) {
        block.append(wire, at: source)
    }
}
