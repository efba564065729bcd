/// The rule "every key path a values file sets must exist in the chart's values.yaml (or a vendored
/// subchart's), unless the chart documents a free-form map there; a security context takes the
/// Kubernetes API's fields" (README.md in this folder spells it out).
struct ValuesKeyCheck {
    let chart: ChartDefaults
    let documented: [DocumentedFreeFormPath]
    /// The sections of subcharts that are not vendored, whose keys are not checked.
    private let unvendoredSubcharts: Set<String>

    init(chart: ChartDefaults) {
        self.chart = chart
        self.documented = DocumentedFreeFormPath.byChart[chart.name] ?? []
        unvendoredSubcharts = chart.subcharts.subtracting(chart.vendored)
    }

    /// The keys of `overrides` the chart does not know, as `additionalProperties` violations;
    /// throws `SchemaError` when a part of the chart's `values.schema.json` it reaches is malformed.
    func unknownKeys(in overrides: [String: JSONValue]) throws -> [SchemaViolation] {
        var found: [SchemaViolation] = []
        try walk(overrides, defaults: chart.values.object, path: .root, into: &found)
        return found
    }

    private func walk(_ overrides: [String: JSONValue], defaults: [String: JSONValue]?, path: ValuePath, into found: inout [SchemaViolation]) throws {
        if case .key(let parent)? = path.components.last, SecurityContextFields.isSecurityContext(parent) {
            for key in overrides.keys.sorted() where !SecurityContextFields.names.contains(key) && defaults?[key] == nil {
                var violation = SchemaEvaluator.unknownKey(key, known: SecurityContextFields.names, at: path.appending(key))
                violation.message = "unknown key `\(key)`: a Kubernetes security context has no such field"
                found.append(violation)
            }
            return
        }
        let schemaHere = try ValuesSchemaLookup(chart.schema, at: path)
        for (key, override) in overrides.sorted(by: { $0.key < $1.key }) {
            let childPath = path.appending(key)
            guard !isFreeForm(childPath) else { continue }
            let schemaChild = try schemaHere.child(key)
            let defaultChild = defaults?[key]
            guard defaultChild != nil || schemaChild.isDeclared || schemaHere.acceptsAnyKey else {
                let known = schemaHere.propertyNames.union(defaults.map { Array($0.keys) } ?? [])
                var violation = SchemaEvaluator.unknownKey(key, known: known, at: childPath)
                violation.message = "unknown key `\(key)`: the \(chart.name) chart's values.yaml has no such key"
                found.append(violation)
                continue
            }
            guard case .object(let nested) = override else { continue }
            switch defaultChild {
            case .object(let entries)? where !entries.isEmpty:
                try walk(nested, defaults: entries, path: childPath, into: &found)
            case nil where schemaChild.isDeclared && !schemaChild.acceptsAnyKey:
                try walk(nested, defaults: nil, path: childPath, into: &found)
            default:
                continue  // `{}`, null, a list or a scalar by default: the chart gives no keys below
            }
        }
    }

    /// `global`, sections of subcharts that are not vendored, and the chart's documented free-form places.
    private func isFreeForm(_ path: ValuePath) -> Bool {
        if case .key(let top)? = path.components.first, top == "global" || unvendoredSubcharts.contains(top) { return true }
        return documented.contains { path.isWithin($0.path) }
    }
}
