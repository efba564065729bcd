import Diagnostics
import LakeModel
import Yams

/// Parses price-book YAML text into a `PriceBook`. Pure: the caller reads the file. Every problem
/// (syntax, unknown key, negative price, unknown measure) is a diagnostic at its line and column.
public enum PriceBookParser {
    public static func parse(_ text: String, file: String) -> (book: PriceBook?, diagnostics: Diagnostics) {
        let reader = BookReader(file: file)
        let root: Node?
        do {
            // Every value is read as text (`BookReader`), so no scalar needs the default resolver's regular expressions.
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch {
            return (nil, Diagnostics([syntaxDiagnostic(error, file: file)]))
        }
        guard let root else {
            return (nil, Diagnostics([.error("pricebook.empty", "the price book is empty", source: SourceLocation(file: file, line: 1, column: 1),
                                             notes: ["start it with 'format_version: \(PriceBook.formatVersion)'; see docs/cost.md"])]))
        }
        let book = readBook(root, reader)
        return (reader.diagnostics.hasErrors ? nil : book, reader.diagnostics)
    }

    static let bookKeys = ["format_version", "name", "title", "currency", "hours_per_month", "tiers", "lines"]

    private static func readBook(_ root: Node, _ reader: BookReader) -> PriceBook? {
        guard let fields = reader.fields(root, "a price book", allowed: bookKeys, required: ["format_version", "name", "title", "lines"]) else {
            return nil
        }
        if let node = fields["format_version"], let version = reader.integer(node, "format_version", range: 0...Int.max),
           version != PriceBook.formatVersion {
            reader.error("pricebook.formatVersion", "price-book format \(version) is not one this Lakeform reads", at: node,
                         notes: ["this Lakeform reads format_version \(PriceBook.formatVersion)"])
        }
        if let node = fields["currency"], let currency = reader.string(node, "currency"), currency != "USD" {
            reader.error("pricebook.invalidValue", "currency '\(currency)' is not supported", at: node,
                         notes: ["prices are US dollars; write 'currency: USD' or leave it out"])
        }
        let hours = fields["hours_per_month"].map { reader.integer($0, "hours_per_month", range: 672...744) } ?? 730
        let tiers = readTiers(fields["tiers"], reader)
        let lines = (reader.list(fields["lines"], "lines") ?? []).compactMap { readLine($0, tiers: tiers, reader) }
        checkLines(lines, reader)
        guard let name = reader.string(fields["name"], "name"), let title = reader.string(fields["title"], "title"),
              let hours else { return nil }
        return PriceBook(name: name, title: title, hoursPerMonth: hours, tiers: tiers, lines: lines.map(\.line))
    }

    /// A second line with the same name, or a component covered by a second line, is an error there.
    private static func checkLines(_ lines: [ParsedLine], _ reader: BookReader) {
        var seen: [ComponentKind: String] = [:]
        for (index, line) in lines.enumerated() {
            if lines[..<index].contains(where: { $0.line.name == line.line.name }) {
                reader.error("pricebook.duplicateLine", "a line named '\(line.line.name)' comes earlier in the book", at: line.node,
                             notes: ["give each line its own name"])
            }
            for (kind, node) in line.covers {
                if let first = seen[kind] {
                    reader.error("pricebook.duplicateCover", "'\(kind.rawValue)' is already covered by the line '\(first)'", at: node,
                                 notes: ["each component belongs to one line, so no cost is counted twice"])
                } else {
                    seen[kind] = line.line.name
                }
            }
        }
    }

    private static func syntaxDiagnostic(_ error: any Error, file: String) -> Diagnostic {
        var message = "cannot read the price book: \(error)"
        var mark: Mark?
        if let yamlError = error as? YamlError {
            switch yamlError {
            case let .scanner(_, problem, at, _), let .parser(_, problem, at, _), let .composer(_, problem, at, _):
                (message, mark) = ("invalid YAML: \(problem)", at)
            case let .duplicatedKeysInMapping(duplicates, context):
                (message, mark) = ("the key '\(duplicates.joined(separator: "', '"))' appears twice in one mapping", context.mark)
            default:
                break
            }
        }
        return .error("pricebook.syntax", message, source: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1))
    }
}
