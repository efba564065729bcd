/// The contents of a block that lists one kind of item: the jobs of `Spark { … }`, the tables of
/// `Iceberg { … }`, the lakes of `Blueprint { … }`.
public struct ListBlock<Item: Sendable>: Sendable {
    var items: [Item] = []
    var sourceMap = SourceMap()
    var errors: [Wire.EvaluationError] = []

    init() {}

    /// Appends `item`, recording it at `[index]` and its own source map beneath that.
    mutating func append(
        _ item: Item, at source: Wire.SourceLocation, sourceMap children: SourceMap = SourceMap(),
        errors childErrors: [Wire.EvaluationError] = []
    ) {
        let path = "[\(items.count)]"
        items.append(item)
        sourceMap.record(path, source)
        sourceMap.merge(children, under: path)
        errors += childErrors
    }

    /// The items' source map re-rooted under `key`, the parent's name for the list.
    func sourceMap(under key: String) -> SourceMap {
        var rooted = SourceMap()
        rooted.merge(sourceMap, under: key)
        return rooted
    }

    /// The items, or nil when there are none, so that an omitted YAML list encodes the same.
    var itemsOrNil: [Item]? { items.isEmpty ? nil : items }
}
