import ArgumentParser

/// `lakeform schema`: prints the JSON Schema of YAML and JSON blueprints, with the DSL reference's descriptions.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the blueprint JSON Schema (for editors: point yaml-language-server at it)."
    )

    func run() {
        Console.out(BlueprintSchemaText.json)
    }
}
