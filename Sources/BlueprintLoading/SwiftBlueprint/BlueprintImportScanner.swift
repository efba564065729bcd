import Diagnostics

/// Rejects imports other than the DSL, the wire format and Foundation with a cheap line scan, before
/// anything is compiled.
enum BlueprintImportScanner {
    static let allowedModules: Set = ["LakeformDSL", "LakeformWire", "Foundation"]

    static func diagnostics(source: String, userPath: String) -> [Diagnostic] {
        var statement: ImportStatement?
        var diagnostics: [Diagnostic] = []
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard mentionsImport(line), !isPlainAllowedImport(line) else { continue }
            let pattern = statement ?? importStatement()
            statement = pattern
            guard let match = line.prefixMatch(of: pattern), !allowedModules.contains(String(match.module)) else {
                continue
            }
            diagnostics.append(.error(
                "blueprint.forbiddenImport", "a blueprint cannot import '\(match.module)'",
                source: SourceLocation(file: userPath, line: index + 1, column: match.indent.count + 1),
                notes: ["blueprints may import only LakeformDSL, LakeformWire and Foundation"]
            ))
        }
        return diagnostics
    }

    typealias ImportStatement = Regex<(Substring, indent: Substring, module: Substring)>

    /// An import statement at the start of a line. Built only for lines that need it: building it costs
    /// more than scanning a whole blueprint.
    private static func importStatement() -> ImportStatement {
        #/
            ^ (?<indent> \s*) (?: @\w+ (?: \( [^)]* \) )? \s+ )*     # attributes: @testable, @_spi(X)
            import \s+ (?: (?: typealias|struct|class|enum|protocol|let|var|func ) \s+ )?
            (?<module> \w+)
            /#
    }

    /// Whether the line contains the bytes `import`; the pattern cannot match a line without them.
    private static func mentionsImport(_ line: Substring) -> Bool {
        var bytes = line.utf8[...]
        while let start = bytes.firstIndex(of: UInt8(ascii: "i")) {
            if bytes[start...].starts(with: "import".utf8) { return true }
            bytes = bytes[bytes.index(after: start)...]
        }
        return false
    }

    /// `import LakeformDSL` and the like, indented by spaces or not: lines the pattern would accept.
    private static func isPlainAllowedImport(_ line: Substring) -> Bool {
        let text = line.utf8.drop { $0 == UInt8(ascii: " ") }
        guard text.starts(with: "import ".utf8) else { return false }
        let module = text.dropFirst("import ".utf8.count)
        return allowedModules.contains { name in
            module.starts(with: name.utf8) && (module.count == name.utf8.count || !isWordByte(module[module.index(module.startIndex, offsetBy: name.utf8.count)]))
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte >= 0x80
    }
}
