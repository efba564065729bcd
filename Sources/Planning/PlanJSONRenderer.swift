import Foundation

/// Renders a plan as JSON for tools: sorted keys, `format_version` "1.3" (with `drift`), Terraform-style `actions` arrays.
/// The shape is `schemas/plan.schema.json`.
public enum PlanJSONRenderer {
    public static func render(_ plan: Plan) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(plan), as: UTF8.self) + "\n"
    }
}
