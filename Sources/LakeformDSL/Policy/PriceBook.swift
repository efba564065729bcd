/// The price book that prices the lake: a bundled one by name (`seed-2024`, `opencost-default`,
/// `on-prem`) or a file by path.
///
/// Wire: `lakes[].cost.priceBook`
///
/// ```swift
/// PriceBook("seed-2024")
/// PriceBook(path: "pricebooks/on-prem.yaml")
/// ```
public struct PriceBook: Declaration {
    let reference: String
    let source: Wire.SourceLocation

    /// A price book bundled with lakeform.
    /// - Parameters:
    ///   - name: A bundled price book's name. Example: seed-2024. Wire: lakes[].cost.priceBook
    public init(_ name: String, file: String = #filePath, line: Int = #line, column: Int = #column) {
        reference = name
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    /// A price book file, relative to the working directory.
    /// - Parameters:
    ///   - path: A price book file inside the repository, relative to its root. Example: pricebooks/on-prem.yaml. Wire: lakes[].cost.priceBook
    public init(path: String, file: String = #filePath, line: Int = #line, column: Int = #column) {
        reference = path
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        block.declareCost("PriceBook", paths: ["priceBook"], at: source) { $0.priceBook = reference }
    }
}
