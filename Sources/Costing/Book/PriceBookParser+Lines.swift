import Diagnostics
import LakeModel
import Yams

/// A line as read, with the nodes its covered components came from.
struct ParsedLine {
    var line: PriceLine
    var node: Node
    var covers: [(kind: ComponentKind, node: Node)]
}

extension PriceBookParser {
    static let lineKeys = ["name", "covers", "note", "items", "lump_sums"]
    static let itemKeys = ["name", "per", "of", "price", "period", "capex", "years", "source"]

    static func readLine(_ node: Node, tiers: [PriceTier], _ reader: BookReader) -> ParsedLine? {
        guard let fields = reader.fields(node, "a line", allowed: lineKeys, required: ["name"]),
              let name = reader.string(fields["name"], "a line's name") else { return nil }
        let covers = reader.components(fields["covers"], "covers") ?? []
        let items = (reader.list(fields["items"], "items") ?? []).compactMap {
            readItem($0, line: name, covers: covers.map(\.kind), reader)
        }
        let lumpSums = readLumpSums(fields["lump_sums"], tiers: tiers, reader)
        if fields["items"] == nil, fields["lump_sums"] == nil {
            reader.error("pricebook.missingKey", "the line '\(name)' needs 'items' or 'lump_sums'", at: node)
        }
        let note = fields["note"].flatMap { reader.string($0, "note") }
        return ParsedLine(line: PriceLine(name: name, covers: covers.map(\.kind), note: note, items: items, lumpSums: lumpSums),
                          node: node, covers: covers)
    }

    private static func readItem(_ node: Node, line: String, covers: [ComponentKind], _ reader: BookReader) -> PriceItem? {
        guard let fields = reader.fields(node, "an item of '\(line)'", allowed: itemKeys, required: ["name", "per"]),
              let name = reader.string(fields["name"], "an item's name"),
              let measureNode = fields["per"], let measureName = reader.string(measureNode, "per")
        else { return nil }
        guard let measure = Measure(rawValue: measureName) else {
            let near = Suggestion.closest(to: measureName, in: Measure.allCases.map(\.rawValue))
            reader.error("pricebook.unknownMeasure", "'\(measureName)' is not a measure", at: measureNode,
                         notes: [near.flatMap(Measure.init(rawValue:)).map { "did you mean '\($0.rawValue)' (\($0.meaning))?" }
                                 ?? "measures: \(Measure.allCases.map(\.rawValue).joined(separator: ", ")); docs/cost.md explains each"])
            return nil
        }
        let of = reader.components(fields["of"], "of")
        for (kind, kindNode) in of ?? [] where !covers.contains(kind) {
            reader.error("pricebook.measureScope", "'\(kind.rawValue)' is not among the components the line '\(line)' covers", at: kindNode,
                         notes: ["add it to the line's covers, or price it on its own line"])
        }
        let scope = of?.map(\.kind) ?? covers
        if let counted = measure.components, !counted.contains(where: scope.contains) {
            let what = counted.count == ComponentKind.allCases.count ? "the components an item applies to, and this one applies to none"
                : "\(counted.map(\.rawValue).sorted().joined(separator: " or ")), which the item does not apply to"
            reader.error("pricebook.measureScope", "'\(measureName)' counts \(what)", at: measureNode,
                         notes: ["list the component in the line's covers (or the item's of)"])
        }
        guard let charge = readCharge(fields, node: node, reader) else { return nil }
        let source = fields["source"].flatMap { reader.string($0, "source") }
        return PriceItem(name: name, measure: measure, scope: scope, charge: charge, source: source)
    }
}
