import Foundation

extension SchemaCompiler {
    /// The keywords of one schema object, gathered before the node is built.
    struct Keywords {
        var types: Set<JSONType>?
        var properties: [String: LazySchema] = [:]
        var required: [String] = []
        var additionalProperties: LazySchema?
        var items: LazySchema?
        var enumValues: [JSONValue]?
        var constValue: JSONValue?
        var pattern: NSRegularExpression?
        var limits = JSONSchema.Limits()
        var allOf: [LazySchema] = []
        var anyOf: [LazySchema] = []
        var oneOf: [LazySchema] = []
        var not: LazySchema?
        var ref: String?
        var nullable = false
        var intOrString = false
        var preservesUnknownFields = false
        /// OpenAPI 3.0 writes `exclusiveMinimum: true` next to `minimum` (likewise for maximum).
        var exclusiveFlags: (minimum: Bool, maximum: Bool) = (false, false)
    }

    /// Reads a size or numeric limit; other keywords (annotations) are ignored.
    func readLimit(_ name: String, _ value: JSONValue, into limits: inout JSONSchema.Limits, at pointer: @autoclosure () -> String) throws {
        func count() throws -> Int {
            guard case .int(let count) = value else { throw SchemaError.malformed(pointer()) }
            return count
        }
        func bound() throws -> Double {
            guard let number = value.number else { throw SchemaError.malformed(pointer()) }
            return number
        }
        switch name {
        case "minLength": limits.minLength = try count()
        case "maxLength": limits.maxLength = try count()
        case "minItems": limits.minItems = try count()
        case "maxItems": limits.maxItems = try count()
        case "minProperties": limits.minProperties = try count()
        case "maxProperties": limits.maxProperties = try count()
        case "minimum": limits.minimum = try bound()
        case "maximum": limits.maximum = try bound()
        case "exclusiveMinimum": limits.exclusiveMinimum = try bound()
        case "exclusiveMaximum": limits.exclusiveMaximum = try bound()
        default: break
        }
    }
}
