import Foundation

/// One compiled JSON Schema node of the subset Lakeform checks (see README.md in this folder);
/// its subschemas compile when first reached (`LazySchema`).
///
/// Keywords: `type` (a name or a list), `properties`, `required`, `additionalProperties`
/// (boolean or schema), `items`, `enum`, `const`, `pattern`, `minimum`/`maximum` and their
/// exclusive forms, `minLength`/`maxLength`, `minItems`/`maxItems`,
/// `minProperties`/`maxProperties`, `allOf`/`anyOf`/`oneOf`/`not`, local `$ref`, OpenAPI
/// `nullable`, `x-kubernetes-int-or-string` and `x-kubernetes-preserve-unknown-fields`.
/// Annotations (`description`, `default`, `format`, `title`, other `x-` keys) are ignored.
final class JSONSchema: Sendable {
    /// `true` or `false` written in place of a schema; nil for an object schema.
    let verdict: Bool?
    /// Allowed types; nil allows every type.
    let types: Set<JSONType>?
    let properties: [String: LazySchema]
    let required: [String]
    /// nil: any further keys are allowed.
    let additionalProperties: LazySchema?
    let items: LazySchema?
    let enumValues: [JSONValue]?
    let constValue: JSONValue?
    let pattern: NSRegularExpression?
    let limits: Limits
    let allOf: [LazySchema]
    let anyOf: [LazySchema]
    let oneOf: [LazySchema]
    let not: LazySchema?
    /// A JSON pointer into the same document, such as `#/definitions/Container`.
    let ref: String?
    let nullable: Bool
    let intOrString: Bool
    let preservesUnknownFields: Bool

    /// Numeric bounds and size limits.
    struct Limits: Sendable {
        var minimum: Double?, maximum: Double?
        var exclusiveMinimum: Double?, exclusiveMaximum: Double?
        var minLength: Int?, maxLength: Int?
        var minItems: Int?, maxItems: Int?
        var minProperties: Int?, maxProperties: Int?
    }

    init(verdict: Bool) {
        self.verdict = verdict
        (types, properties, required, additionalProperties, items) = (nil, [:], [], nil, nil)
        (enumValues, constValue, pattern, limits) = (nil, nil, nil, Limits())
        (allOf, anyOf, oneOf, not, ref) = ([], [], [], nil, nil)
        (nullable, intOrString, preservesUnknownFields) = (false, false, false)
    }

    init(_ keywords: SchemaCompiler.Keywords) {
        verdict = nil
        types = keywords.types
        properties = keywords.properties
        required = keywords.required
        additionalProperties = keywords.additionalProperties
        items = keywords.items
        enumValues = keywords.enumValues
        constValue = keywords.constValue
        pattern = keywords.pattern
        limits = keywords.limits
        allOf = keywords.allOf
        anyOf = keywords.anyOf
        oneOf = keywords.oneOf
        not = keywords.not
        ref = keywords.ref
        nullable = keywords.nullable
        intOrString = keywords.intOrString
        preservesUnknownFields = keywords.preservesUnknownFields
    }

    /// Whether unknown keys are rejected here (`additionalProperties: false`, not overridden by
    /// `x-kubernetes-preserve-unknown-fields`).
    var forbidsUnknownKeys: Bool {
        additionalProperties?.verdict == false && !preservesUnknownFields
    }

    /// The types a value may have, with `nullable` and int-or-string folded in; nil for any.
    var admittedTypes: Set<JSONType>? {
        var admitted = types
        if intOrString { admitted = (admitted ?? []).union([.integer, .string]) }
        if nullable, admitted != nil { admitted?.insert(.null) }
        return admitted
    }
}
