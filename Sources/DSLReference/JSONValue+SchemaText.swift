import ArtifactValidation

extension JSONValue {
    /// The value as the schema file spells it: pretty JSON text (`jsonText(pretty: true)`) and a final newline.
    public var schemaText: String { jsonText(pretty: true) + "\n" }
}
