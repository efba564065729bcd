/// What the reference cannot say yet: undocumented builders, members and arguments, numbers without a unit, and
/// wire keys the schema does not have. An empty list is the bar CI holds the DSL to.
public enum DSLReferenceAudit {
    /// Swift types whose arguments are numbers that need a unit to mean anything.
    static let bareNumbers: Set<String> = ["Int", "Int?", "Double", "Double?"]

    public static func problems(_ reference: DSLReference, schema: BlueprintSchema) -> [String] {
        var problems: [String] = []
        for builder in reference.builders {
            let at = "\(builder.category)/\(builder.name)"
            if builder.doc.summary.isEmpty { problems.append("\(at): the type has no doc comment") }
            if !builder.initializers.isEmpty, builder.kind == "struct", builder.doc.fields.wire == nil {
                problems.append("\(at): the doc comment names no `Wire:` key")
            }
            if let wire = builder.doc.fields.wire, wire != ".", schema.node(wire) == nil {
                problems.append("\(at): wire key `\(wire)` is not in schemas/blueprint.schema.json")
            }
            for member in builder.members where member.summary.isEmpty {
                problems.append("\(at)\(member.spelling): no doc comment")
            }
            for initializer in builder.initializers {
                for parameter in initializer.parameters {
                    let place = "\(at): \(initializer.signature) argument `\(parameter.name)`"
                    guard let doc = parameter.doc, !doc.meaning.isEmpty else {
                        problems.append("\(place) is not documented in `- Parameters:`")
                        continue
                    }
                    if bareNumbers.contains(parameter.type), doc.fields.unit == nil {
                        problems.append("\(place) is a number without `Unit:`")
                    }
                    if let wire = parameter.wire, schema.node(wire) == nil {
                        problems.append("\(place): wire key `\(wire)` is not in schemas/blueprint.schema.json")
                    }
                }
            }
        }
        return problems
    }
}
