/// A column of an Iceberg `Table`, with its type and whether it is required (non-null).
public struct Column: Declaration {
    let wire: Wire.Column
    let source: Wire.SourceLocation

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
