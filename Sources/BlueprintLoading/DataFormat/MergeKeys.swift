/// Applies YAML merge keys (`<<: *defaults` or `<<: [*a, *b]`): a mapping's own pairs come
/// first, then the merged mappings' pairs it does not override, earlier merges winning.
enum MergeKeys {
    typealias Pair = (key: YAMLNode, value: YAMLNode)

    /// The merged pairs, without a work limit: for trees `SourceMapBuilder` has already bounded.
    static func pairs(of mapping: YAMLNode.Mapping) -> [Pair] {
        var work = Int.max
        return pairs(of: mapping, work: &work)
    }

    /// The merged pairs, counting each pair merged in (not the mapping's own) against `work`; merging
    /// stops when it runs out, since merges of merges of aliases can repeat the same pairs exponentially often.
    static func pairs(of mapping: YAMLNode.Mapping, work: inout Int) -> [Pair] {
        var result: [Pair] = []
        var sources: [YAMLNode.Mapping] = []
        for (key, value) in mapping {
            // Check the text first: resolving a tag runs the resolver's regular expressions.
            let isMerge = key.scalar?.string == "<<" && ScalarReader.tag(key) == .merge
            switch (isMerge, value) {
            case (true, .mapping(let source)):
                sources.append(source)
            case (true, .sequence(let list)) where list.allSatisfy({ $0.mapping != nil }):
                sources += list.compactMap(\.mapping)
            default:
                result.append((key, value))
            }
        }
        guard !sources.isEmpty else { return result }
        var seen = Set(result.compactMap { $0.key.scalar?.string })
        for source in sources where work > 0 {
            work -= source.count
            for pair in pairs(of: source, work: &work) {
                guard let name = pair.key.scalar?.string, seen.insert(name).inserted else { continue }
                result.append(pair)
            }
        }
        return result
    }
}
