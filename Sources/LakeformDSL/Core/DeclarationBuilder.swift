/// Collects the declarations written in a block such as `Lake { … }` or `Spark { … }`.
///
/// You never call these methods yourself: Swift calls them for each line of a block, and for
/// `if`, `switch` and `for` inside it.
@resultBuilder
public enum DeclarationBuilder<Block> {
    public static func buildExpression(_ declaration: any Declaration<Block>) -> [any Declaration<Block>] {
        [declaration]
    }

    public static func buildBlock(_ parts: [any Declaration<Block>]...) -> [any Declaration<Block>] {
        parts.flatMap { $0 }
    }

    public static func buildOptional(_ part: [any Declaration<Block>]?) -> [any Declaration<Block>] {
        part ?? []
    }

    public static func buildEither(first part: [any Declaration<Block>]) -> [any Declaration<Block>] {
        part
    }

    public static func buildEither(second part: [any Declaration<Block>]) -> [any Declaration<Block>] {
        part
    }

    public static func buildArray(_ parts: [[any Declaration<Block>]]) -> [any Declaration<Block>] {
        parts.flatMap { $0 }
    }
}
