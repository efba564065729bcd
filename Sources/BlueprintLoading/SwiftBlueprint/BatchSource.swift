import Foundation

/// A blueprint rewritten as one function of a batch program. Its leading imports move above the function
/// (their lines stay, blank, so every line keeps its number) and its code goes inside, behind a
/// `#sourceLocation` that names the path as the user gave it, so that diagnostics, `#filePath` and `#fileID`
/// read as when it is compiled alone. A blueprint that cannot be moved that way is evaluated alone.
struct BatchSource: Sendable {
    /// The generated file.
    let text: String

    /// `function`'s definition for the blueprint at `path`, or nil when the blueprint must be evaluated alone:
    /// it is not UTF-8, has a CR, imports nothing but allowed modules before its code, or does not import the DSL.
    init?(_ source: Data, path: String, function: String) {
        guard let text = String(data: source, encoding: .utf8), !text.contains("\r") else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var imports: [String] = [], importsDSL = false
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("//") { continue }
            guard let module = trimmed.wholeMatch(of: Self.importLine).map({ String($0.module) }) else { break }
            guard BlueprintImportCheck.allowedModules.contains(module) else { return nil }
            importsDSL = importsDSL || module == MissingDSLImport.module
            imports.append(trimmed)
            lines[index] = ""
        }
        guard importsDSL else { return nil }
        // Inside `defer`, a top-level `return` or `throw` is an error, as it is when compiled alone.
        // `blueprint` is a global when compiled alone; here it is a local that nothing else reads.
        self.text = imports.joined(separator: "\n") + "\nfunc \(function)() {\ndefer {\n"
            + BlueprintSourcePath.directive(path) + "\n" + lines.joined(separator: "\n")
            + "\n#sourceLocation()\n_ = blueprint\n}\n_ = ()\n}\n"
    }

    /// `import M` or `@preconcurrency import M`, with a trailing comment at most.
    private static var importLine: Regex<(Substring, module: Substring)> { /(?:@\w+\s+)*import\s+(?<module>\w+)\s*(?:\/\/.*)?/ }
}
