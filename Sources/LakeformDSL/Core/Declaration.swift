/// Something a blueprint writes inside a block. `Block` is the block it belongs in, so a
/// declaration written in the wrong block (a `SparkJob` inside `Lake { … }`) does not compile.
public protocol Declaration<Block>: Sendable {
    /// What the enclosing block collects, such as `LakeBlock` or `ListBlock<Wire.SparkJob>`.
    associatedtype Block
    /// Adds this declaration to its block. The result builders call this; blueprints don't.
    func declare(in block: inout Block)
}

/// Declares `declarations` in `block`, in source order, and returns the filled block.
func collect<Block>(_ declarations: [any Declaration<Block>], into block: Block) -> Block {
    var block = block
    for declaration in declarations {
        declaration.declare(in: &block)
    }
    return block
}
