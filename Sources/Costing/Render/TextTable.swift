/// A plain-text table with left- and right-aligned columns, padded to the widest cell.
struct TextTable {
    /// How a column's cells are padded.
    enum Alignment { case left, right }

    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ alignments: [Alignment]) { self.alignments = alignments }

    mutating func add(_ cells: String...) { rows.append(cells) }
    mutating func add(cells: [String]) { rows.append(cells) }
    /// A blank line inside the table.
    mutating func gap() { rows.append([]) }

    func render(indent: String = " ") -> [String] {
        let widths = alignments.indices.map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            guard !row.isEmpty else { return "" }
            let cells = row.indices.map { column in
                let cell = row[column], pad = String(repeating: " ", count: widths[column] - cell.count)
                return alignments[column] == .left ? cell + pad : pad + cell
            }
            var line = indent + cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
