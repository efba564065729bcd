import Diagnostics

/// The `blueprint.missingImport` error: a blueprint that does not import `LakeformDSL`, or imports a misspelling of
/// it, reported once at the place to fix instead of swiftc's dozens of errors about `Blueprint`, `Lake` and `Workload`.
enum MissingDSLImport {
    static let module = "LakeformDSL"
    static let fix = "add `import \(module)` at the top"

    /// Whether `imported` looks like a misspelling of the DSL module, such as `LakeFormDSL`, `Lakeform` or `LakeformDsl`.
    static func resemblesDSL(_ imported: String) -> Bool {
        imported.lowercased().hasPrefix("lakeform") || Suggestion.closest(to: imported, in: [module]) != nil
    }

    /// The error for a blueprint that imports no module like the DSL, at its first line.
    static func missing(in userPath: String) -> Diagnostic {
        .error(
            "blueprint.missingImport", "the blueprint does not import \(module); \(fix)",
            source: SourceLocation(file: userPath, line: 1, column: 1),
            notes: ["`\(module)` declares Blueprint, Lake, Workload and the components a blueprint is written with"]
        )
    }

    /// The error for `import <imported>` written where `import LakeformDSL` was meant, at that import.
    static func misspelt(_ imported: String, at location: SourceLocation) -> Diagnostic {
        .error(
            "blueprint.missingImport", "the blueprint imports '\(imported)', not \(module); write `import \(module)`",
            source: location, notes: ["did you mean '\(module)'?"]
        )
    }
}
