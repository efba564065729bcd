import Diagnostics
import LakeModel

/// Collects diagnostics while one wire lake is mapped, locating each at its wire path.
final class MappingContext {
    let blueprint: LoadedBlueprint
    let lakeIndex: Int
    let lakeName: String
    private(set) var diagnostics = Diagnostics()
    /// The model paths of the bounded settings the blueprint wrote, valid ones only.
    private(set) var writtenSettings: Set<String> = []

    init(blueprint: LoadedBlueprint, lakeIndex: Int, lakeName: String) {
        self.blueprint = blueprint
        self.lakeIndex = lakeIndex
        self.lakeName = lakeName
    }

    /// `lakes[0].components.kafka` for the relative path `components.kafka`.
    func wirePath(_ relative: String) -> String {
        relative.isEmpty ? "lakes[\(lakeIndex)]" : "lakes[\(lakeIndex)].\(relative)"
    }

    /// `lake.medium.kafka.brokers` for the model path `kafka.brokers`.
    func address(_ modelPath: String) -> String {
        modelPath.isEmpty ? "lake.\(lakeName)" : "lake.\(lakeName).\(modelPath)"
    }

    func error(_ id: String, _ message: String, at relativePath: String, address modelPath: String, notes: [String] = []) {
        diagnostics.append(
            .error(
                id, message, address: address(modelPath), source: blueprint.location(of: wirePath(relativePath)),
                notes: notes))
    }

    func warning(_ id: String, _ message: String, at relativePath: String, address modelPath: String, notes: [String] = []) {
        diagnostics.append(
            .warning(
                id, message, address: address(modelPath), source: blueprint.location(of: wirePath(relativePath)),
                notes: notes))
    }

    /// Reports a value that must be above zero; returns it only when it is.
    func positive(_ value: Int, _ what: String, at path: String, address modelPath: String) -> Int? {
        guard value > 0 else {
            error(
                "spec.nonPositive", "\(what) must be greater than zero, but it is \(value)", at: path, address: modelPath,
                notes: ["give a positive value, or remove the setting to let sizing choose it"])
            return nil
        }
        return value
    }

    /// Reports a value outside its documented bound (`InputBounds`); returns it only when it is inside. A volume or
    /// count at or below zero where the bound starts at one gets the plainer `spec.nonPositive` unless `rangeBelowOne`.
    func bounded(
        _ value: Int, _ bound: InputBound, _ what: String, at path: String, address modelPath: String, notes: [String] = [],
        rangeBelowOne: Bool = false
    ) -> Int? {
        if bound.range.lowerBound == 1, value <= 0, !rangeBelowOne { return positive(value, what, at: path, address: modelPath) }
        guard bound.range.contains(value) else {
            error(
                "spec.outOfRange", "\(what) must be \(bound.allowed), but it is \(bound.describe(value))", at: path,
                address: modelPath,
                notes: notes + ["the bounds of every input are documented in schemas/blueprint.schema.json ($defs.\(bound.definition).\(bound.property))"])
            return nil
        }
        writtenSettings.insert(modelPath)
        return value
    }

    /// Reports a reference to a name that is not among `known`, with a suggestion.
    func requireKnown(_ name: String, in known: [String], kind: String, at path: String, address modelPath: String) {
        guard !known.contains(name) else { return }
        var notes: [String] = []
        if let suggestion = Suggestion.closest(to: name, in: known) {
            notes.append("did you mean '\(suggestion)'?")
        } else if !known.isEmpty {
            notes.append("declared \(kind)s: \(known.joined(separator: ", "))")
        } else {
            notes.append("declare the \(kind) first")
        }
        error("spec.unknownReference", "unknown \(kind) '\(name)'", at: path, address: modelPath, notes: notes)
    }
}
