import Foundation

/// A DSL doc comment read by its conventions: a summary, `Wire:`, `Unit:`, `Default:` and `Example:` fields, a
/// `- Parameters:` list whose entries carry the same fields, and a fenced Swift example.
public struct DocComment: Equatable, Sendable {
    /// The prose before any field, joined into one paragraph.
    public var summary: String = ""
    public var fields: Fields = Fields()
    /// Documented parameters by internal name.
    public var parameters: [String: Parameter] = [:]
    /// The fenced code of the comment, without the fences.
    public var example: [String] = []

    /// The optional facts of a type or parameter.
    public struct Fields: Equatable, Sendable {
        public var wire: String?
        public var unit: String?
        public var defaultValue: String?
        public var example: String?
    }

    /// One documented parameter.
    public struct Parameter: Equatable, Sendable {
        public var meaning: String
        public var fields: Fields
    }

    static let fieldNames = ["Wire", "Unit", "Default", "Example"]

    public init(lines: [String]) {
        var prose: [String] = []
        var inCode = false
        var inParameters = false
        var current: (name: String, text: String)?
        func flush() {
            if let entry = current { parameters[entry.name] = Self.parameter(entry.text) }
            current = nil
        }
        for raw in lines {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("```") { inCode.toggle(); continue }
            if inCode { example.append(raw.hasPrefix(" ") ? String(raw.dropFirst()) : raw); continue }
            if line == "- Parameters:" { flush(); inParameters = true; continue }
            if line.hasPrefix("- Parameter "), let colon = line.firstIndex(of: ":") {
                flush()
                current = (String(line[line.index(line.startIndex, offsetBy: 12)..<colon]), String(line[line.index(after: colon)...]))
                continue
            }
            if inParameters, line.hasPrefix("- "), let colon = line.firstIndex(of: ":") {
                flush()
                current = (String(line[line.index(line.startIndex, offsetBy: 2)..<colon]), String(line[line.index(after: colon)...]))
                continue
            }
            if current != nil, !line.isEmpty { current!.text += " " + line; continue }
            if !line.isEmpty { prose.append(line) }
        }
        flush()
        let split = Self.split(prose.joined(separator: " "))
        summary = split.meaning
        fields = split.fields
    }

    static func parameter(_ text: String) -> Parameter {
        let split = split(text)
        return Parameter(meaning: split.meaning, fields: split.fields)
    }

    /// Splits `Meaning. Unit: x. Default: y.` into the meaning and its fields.
    static func split(_ text: String) -> (meaning: String, fields: Fields) {
        var fields = Fields()
        var marks: [(name: String, range: Range<String.Index>)] = []
        for name in fieldNames {
            var searchFrom = text.startIndex
            while let range = text.range(of: "\(name): ", range: searchFrom..<text.endIndex) {
                let atWordStart = range.lowerBound == text.startIndex || text[text.index(before: range.lowerBound)] == " "
                if atWordStart { marks.append((name, range)) }
                searchFrom = range.upperBound
            }
        }
        marks.sort { $0.range.lowerBound < $1.range.lowerBound }
        let meaning = text[..<(marks.first?.range.lowerBound ?? text.endIndex)]
        for (index, mark) in marks.enumerated() {
            let end = index + 1 < marks.count ? marks[index + 1].range.lowerBound : text.endIndex
            var value = text[mark.range.upperBound..<end].trimmingCharacters(in: .whitespaces)
            if value.hasSuffix(".") { value.removeLast() }
            value = value.trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            switch mark.name {
            case "Wire": fields.wire = value
            case "Unit": fields.unit = value
            case "Default": fields.defaultValue = value
            default: fields.example = value
            }
        }
        return (meaning.trimmingCharacters(in: .whitespaces), fields)
    }
}
