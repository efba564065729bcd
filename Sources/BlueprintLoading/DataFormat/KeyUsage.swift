import Diagnostics

/// Which keys a type asked of one mapping, so keys it never asked for can be reported.
final class KeyUsage {
    let pairs: [(key: YAMLNode, value: YAMLNode)]
    let codingPath: [any CodingKey]
    /// Placeholders stand in for values already reported; they report nothing themselves.
    let isPlaceholder: Bool
    private(set) var asked: [String] = []
    private(set) var required: [String] = []
    private(set) var missing: [String] = []

    init(pairs: [(key: YAMLNode, value: YAMLNode)], codingPath: [any CodingKey], isPlaceholder: Bool) {
        self.pairs = pairs
        self.codingPath = codingPath
        self.isPlaceholder = isPlaceholder
    }

    var presentKeys: [String] { pairs.compactMap { $0.key.scalar?.string } }

    /// The value under `key`, recording that the type asked for it.
    func value(for key: String, required isRequired: Bool) -> YAMLNode? {
        if !asked.contains(key) { asked.append(key) }
        if isRequired, !required.contains(key) { required.append(key) }
        return pairs.first { $0.key.scalar?.string == key }?.value
    }

    func recordMissing(_ key: String) {
        if !isPlaceholder, !missing.contains(key) { missing.append(key) }
    }

    /// Unknown keys (only when the type decoded completely, so `asked` is the full list) and
    /// missing keys, except those an unknown key already suggests.
    func diagnostics(file: String, mappingLocation: SourceLocation, complete: Bool) -> [Diagnostic] {
        guard !isPlaceholder else { return [] }
        let place = DecodingProblem.describe(codingPath)
        var result: [Diagnostic] = []
        var suggested: Set<String> = []
        if complete {
            let present = Set(presentKeys)
            let candidates = asked.filter { !present.contains($0) }
            for (key, _) in pairs where !(key.scalar.map { asked.contains($0.string) } ?? false) {
                let name = key.scalar?.string ?? ScalarReader.describe(key)
                let suggestion = Suggestion.closest(to: name, in: candidates)
                if let suggestion { suggested.insert(suggestion) }
                let note = suggestion.map { "did you mean '\($0)'?" }
                    ?? "valid keys here: \(asked.joined(separator: ", "))"
                result.append(.error(
                    "blueprint.unknownKey", "unknown key '\(name)' in \(place)",
                    source: DecodingProblem.location(of: key, file: file), notes: [note]))
            }
        }
        for key in missing where !suggested.contains(key) {
            result.append(.error(
                "blueprint.missingKey", "missing required key '\(key)' in \(place)",
                source: mappingLocation,
                notes: ["add '\(key):'; required keys here: \(required.joined(separator: ", "))"]))
        }
        return result
    }
}

/// The keyed containers opened while decoding one value.
final class KeyUsageList {
    var items: [KeyUsage] = []
}
