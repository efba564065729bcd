extension SchemaEvaluator {
    /// `anyOf`, `oneOf` and `not`.
    func combinatorViolations(
        of value: JSONValue, against schema: JSONSchema, at path: ValuePath, followed: Set<String>
    ) throws -> [SchemaViolation] {
        var found: [SchemaViolation] = []
        if !schema.anyOf.isEmpty {
            let alternatives = try schema.anyOf.map { try $0.schema() }
            let outcomes = try alternatives.map { try violations(of: value, against: $0, at: path, followed: followed) }
            if !outcomes.contains(where: \.isEmpty) {
                found += noMatch(outcomes, alternatives, keyword: "anyOf", value: value, path: path)
            }
        }
        if !schema.oneOf.isEmpty {
            let alternatives = try schema.oneOf.map { try $0.schema() }
            let outcomes = try alternatives.map { try violations(of: value, against: $0, at: path, followed: followed) }
            let matching = outcomes.indices.filter { outcomes[$0].isEmpty }
            if matching.isEmpty {
                found += noMatch(outcomes, alternatives, keyword: "oneOf", value: value, path: path)
            } else if matching.count > 1 {
                let forms = matching.map { String($0 + 1) }.joined(separator: ", ")
                found.append(SchemaViolation(
                    path: path, keyword: "oneOf",
                    message: "matches \(matching.count) of the \(outcomes.count) allowed forms (oneOf), expected exactly one",
                    notes: ["forms \(forms) all match"]))
            }
        }
        if let excluded = try schema.not?.schema(), try violations(of: value, against: excluded, at: path, followed: followed).isEmpty {
            found.append(notViolation(excluded, at: path))
        }
        return found
    }

    /// The clearest account of a value that fits none of the alternatives: one combined type
    /// message when every alternative only wants another type, the errors of the one alternative
    /// whose type fits, or else a summary with each alternative's first problem.
    private func noMatch(
        _ outcomes: [[SchemaViolation]], _ alternatives: [JSONSchema], keyword: String, value: JSONValue, path: ValuePath
    ) -> [SchemaViolation] {
        let isTypeProblemHere = { (violation: SchemaViolation) in violation.keyword == "type" && violation.path == path }
        if outcomes.allSatisfy({ $0.count == 1 && isTypeProblemHere($0[0]) }) {
            let types = alternatives.compactMap(\.admittedTypes)
            if types.count == alternatives.count {
                return [Self.typeViolation(value, admitted: types.reduce([], { $0.union($1) }), at: path)]
            }
        }
        let fitting = outcomes.filter { !$0.contains(where: isTypeProblemHere) }
        if fitting.count == 1 { return fitting[0] }
        let notes = outcomes.enumerated().compactMap { index, problems in problems.first.map { "form \(index + 1): \($0)" } }
        return [SchemaViolation(
            path: path, keyword: keyword, message: "matches none of the \(outcomes.count) allowed forms (\(keyword))", notes: notes)]
    }

    private func notViolation(_ excluded: JSONSchema, at path: ValuePath) -> SchemaViolation {
        let keys = excluded.required.map { "`\($0)`" }
        guard !keys.isEmpty, excluded.properties.isEmpty, excluded.admittedTypes == nil else {
            return SchemaViolation(path: path, keyword: "not", message: "matches a form that is not allowed here (not)")
        }
        let message = keys.count == 1 ? "must not set \(keys[0])" : "must not set \(keys.joined(separator: " and ")) together"
        return SchemaViolation(path: path, keyword: "not", message: message)
    }
}
