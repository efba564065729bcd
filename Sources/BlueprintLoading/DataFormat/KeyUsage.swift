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

    /// Each pair's key as text (nil for a key that is not a scalar), read once: a type asks a mapping for every key it knows.
    private let names: [String?]

    init(pairs: [(key: YAMLNode, value: YAMLNode)], codingPath: [any CodingKey], isPlaceholder: Bool) {
        self.pairs = pairs
        self.codingPath = codingPath
        self.isPlaceholder = isPlaceholder
        names = pairs.map { $0.key.scalar?.string }
    }

    var presentKeys: [String] { names.compactMap { $0 } }

    /// The value under `key`, recording that the type asked for it.
    func value(for key: String, required isRequired: Bool) -> YAMLNode? {
        if !asked.contains(key) { asked.append(key) }
        if isRequired, !required.contains(key) { required.append(key) }
        return names.firstIndex(of: key).map { pairs[$0].value }
    }

    func recordMissing(_ key: String) {
        if !isPlaceholder, !missing.contains(key) { missing.append(key) }
    }

    /// Unknown keys (only when the type decoded completely, so `asked` is the full list) and
    /// missing keys, except those an unknown key already suggests.
    /// `mappingLocation` is only asked for when a key is missing.
    func diagnostics(file: String, mappingLocation: @autoclosure () -> SourceLocation, complete: Bool) -> [Diagnostic] {
        guard !isPlaceholder else { return [] }
        var unknown: [YAMLNode] = []
        for (pair, name) in zip(pairs, names) where complete && !(name.map(asked.contains) ?? false) { unknown.append(pair.key) }
        // Most mappings have neither: the place and the candidates are only described for a diagnostic.
        guard !unknown.isEmpty || !missing.isEmpty else { return [] }
        let place = DecodingProblem.describe(codingPath)
        var result: [Diagnostic] = []
        var suggested: Set<String> = []
        if !unknown.isEmpty {
            let present = Set(presentKeys)
            let candidates = asked.filter { !present.contains($0) }
            for key in unknown {
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
                source: mappingLocation(),
                notes: ["add '\(key):'; required keys here: \(required.joined(separator: ", "))"]))
        }
        return result
    }
}

/// The keyed containers opened while decoding one value.
final class KeyUsageList {
    var items: [KeyUsage] = []
}
