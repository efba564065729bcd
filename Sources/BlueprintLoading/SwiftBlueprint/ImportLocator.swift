import Diagnostics
import Foundation

/// Where a blueprint imports a module: the `import` keyword in swiftc's parse tree (`-dump-parse`), else the
/// first place the module's name is written (an import inside `#if`, which the parse tree leaves out, or a
/// file with bare CR line endings, which swiftc counts as one line), else the file.
struct ImportLocator {
    let userPath: String
    let source: String
    /// The line and column of each `import` in the parse tree, by top-level module name.
    private let parsed: [String: (line: Int, column: Int)]

    init(main: String, userPath: String, source: String, compiler: SwiftCompiler, flags: [String],
         environment: [String: String]) {
        self.userPath = userPath
        self.source = source
        let bareCR = source.contains { $0 == "\r" }  // a CRLF is one Character, "\r\n"
        let tree = bareCR ? nil : try? compiler.parseTree(of: main, flags: flags, environment: environment)
        parsed = Self.imports(in: (tree?.stdout ?? "") + "\n" + (tree?.stderr ?? ""))
    }

    func location(of module: String) -> SourceLocation {
        if let found = parsed[module] ?? firstMention(of: module) {
            return SourceLocation(file: userPath, line: found.line, column: found.column)
        }
        return .file(userPath)
    }

    /// `(import_decl … range=[<file>:<line>:<column> - …] … module="Musl.FILE")` lines; the first one wins.
    static func imports(in tree: String) -> [String: (line: Int, column: Int)] {
        let declaration = /import_decl .*?range=\[.*?:(?<line>\d+):(?<column>\d+) - .*? module="(?<module>[^".]+)/
        var found: [String: (line: Int, column: Int)] = [:]
        for line in tree.split(separator: "\n") where line.contains("import_decl") {
            guard let match = line.firstMatch(of: declaration), let row = Int(match.line),
                  let column = Int(match.column), found[String(match.module)] == nil else { continue }
            found[String(match.module)] = (row, column)
        }
        return found
    }

    /// The first whole-word occurrence of `module` in the source that is not `canImport(<module>)`, else the
    /// first at all; columns count UTF-8 bytes, like swiftc's.
    private func firstMention(of module: String) -> (line: Int, column: Int)? {
        let name = Array(module.utf8)
        var mentions: [(line: Int, column: Int, inParentheses: Bool)] = []
        for (index, line) in source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let bytes = Array(line.utf8)
            guard bytes.count >= name.count else { continue }
            for start in 0...(bytes.count - name.count) where bytes[start..<(start + name.count)].elementsEqual(name) {
                let before = start == 0 ? nil : bytes[start - 1]
                let after = start + name.count < bytes.count ? bytes[start + name.count] : nil
                guard !SourceBytes.isIdentifier(before), !SourceBytes.isIdentifier(after) else { continue }
                mentions.append((index + 1, start + 1, before == UInt8(ascii: "(")))
            }
        }
        return (mentions.first { !$0.inParentheses } ?? mentions.first).map { ($0.line, $0.column) }
    }
}
