import Emitters
import Foundation
import LakeModel
import TestSupport
import Testing
@testable import Planning

/// The fast key-path diff of `YAMLWriter` text gives the Yams path's answer, and steps aside for other YAML.
@Suite struct BlockDiffTests {
    @Test func diffsEveryGeneratedFileAsYamsDoes() throws {
        let files = RepositoryPaths.generatedYAML
        #expect(files.count > 100)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let mutations = Mutations(text)
            var variants = [("identical", text)] + mutations.all
            variants.append(("all at once", mutations.combined))
            for (name, variant) in variants {
                let comment = "\(file.lastPathComponent), \(name)"
                #expect(BlockDiff.documents(before: text, after: variant) != nil, "\(comment) left the fast path")
                #expect(BlockDiff.documents(before: variant, after: text) != nil, "\(comment) reversed left the fast path")
                expectSameDiff(text, variant, comment)
                expectSameDiff(variant, text, comment + ", reversed")
            }
        }
    }

    @Test func diffsALargeValuesPairAsYamsDoes() throws {
        var before: [String: YAMLValue] = [:], after: [String: YAMLValue] = [:]
        for index in 0..<500 {
            let service = Self.service(index)
            before["svc-\(index)"] = service
            guard case .map(var changed) = service else { continue }
            switch index % 40 {
            case 0: changed["replicaCount"] = .int(9)
            case 10: changed["image"] = changed["image"]?.merging(["tag": "1.5.0"])
            case 20: changed["priorityClassName"] = "high"
            case 30: changed["nodeSelector"] = nil
            case 35: changed["command"] = .string("run\n\n  --port 9090\n--verbose\n")
            default: break
            }
            after["svc-\(index)"] = .map(changed)
        }
        let old = YAMLWriter.document(.map(["services": .map(before)])), new = YAMLWriter.document(.map(["services": .map(after)]))
        let fast = try #require(BlockDiff.documents(before: old, after: new))
        #expect(fast.changes.count == (0..<500).filter { [0, 10, 20, 30, 35].contains($0 % 40) }.count)
        expectSameDiff(old, new, "services")
    }

    @Test(arguments: [
        ("---\na: 1\nb: {c: 1}\n", "---\na: 2\nb: {c: 1}\n"),                  // flow map
        ("---\na: 1\nb: &x 1\nc: *x\n", "---\na: 2\nb: &x 1\nc: *x\n"),        // anchor and alias
        ("---\na: 1\n# note\nb: 2\n", "---\na: 2\n# note\nb: 2\n"),            // comment line in the body
        ("---\na: 1\nb:\n  c: 1 # note\n", "---\na: 2\nb:\n  c: 1 # note\n"),  // comment after a value
        ("---\na: 1\nb: one\n  two\n", "---\na: 2\nb: one\n  two\n"),          // multi-line plain scalar
        ("---\na: 1\n---\nb: 2\n", "---\na: 2\n---\nb: 2\n"),                  // a second document
        ("---\na: 1\nb:\n\tc: 1\n", "---\na: 2\nb:\n\tc: 1\n"),                // tab indentation
        ("---\na: 1\nb: 'x'\n", "---\na: 2\nb: 'x'\n"),                        // single quotes
        ("---\na: 1\na: 2\n", "---\na: 1\na: 3\n"),                            // a repeated key where maps are split
        ("---\na: 1\nb:\n  c: 1\n  c: 1\n", "---\na: 2\nb:\n  c: 1\n  c: 1\n"), // a repeated key in an unchanged entry
        ("---\na: 1\nb:\n  d: 1\n  c: 1\n", "---\na: 2\nb:\n  d: 1\n  c: 1\n"), // keys out of the writer's order
        ("a: 1\nb: 2\n", "a: 2\nb: 2\n"),                                      // no document marker
        ("---\na: 1\nb: x\r\n", "---\na: 2\nb: x\r\n"),                        // carriage return
        ("---\n- a\n", "---\n- b\n"),                                          // a list at the root
        ("---\na: 1\nb:\n  -  c: 1\n", "---\na: 2\nb:\n  -  c: 1\n"),          // an item indented past its dash
    ])
    func stepsAsideOutsideItsSubset(before: String, after: String) {
        #expect(BlockDiff.documents(before: before, after: after) == nil)
        expectSameDiff(before, after, before)
    }

    @Test func readsChangedEntriesWithYamsWhateverTheirSyntax() throws {
        let before = "---\nkind: A\na: [1, 2]\nb: 'x' # note\nc: &x {d: 1}\n", after = "---\nkind: B\na: [1, 3]\nb: 'y'\nc: &x {d: 2}\n"
        let fast = try #require(BlockDiff.documents(before: before, after: after))
        #expect(fast.changes.map(\.path) == ["a[1]", "b", "c.d", "kind"] && fast.kind == "B")
        expectSameDiff(before, after, "any YAML in changed entries")
    }

    /// Random written trees, changed and then edited as text: wherever the fast path answers, it answers as Yams.
    @Test func agreesWithYamsOnEditedText() throws {
        var random = SplitMix(seed: 8)
        let pieces = ["a", "kind", "metadata", "x y", "on", "-5", "a: b", "a #b", "\"q\"", "back\\slash", "tab\there", " lead",
                      "k:", "[x]", "*s", "|", "~", "<<", "one\ntwo", "one\n\n  three\n", "---", "..."]
        func tree(_ depth: Int) -> YAMLValue {
            switch random.next(depth > 2 ? 3 : 6) {
            case 0: .string(pieces[random.next(pieces.count)])
            case 1: .int(random.next(100) - 50)
            case 2: .null
            case 3: .list((0..<random.next(4)).map { _ in tree(depth + 1) })
            default: .map(Dictionary((0..<random.next(5)).map { _ in (pieces[random.next(pieces.count)], tree(depth + 1)) }) { $1 })
            }
        }
        let edits = ["", " ", "#", "&", "*", "- ", ": ", "\t", "'", "\"", "[", "{", "|", "?", "\\", "---", "é", "\r"]
        for _ in 0..<1000 {
            let before = YAMLWriter.document(.map(["a": tree(0), "b": tree(0), "c": tree(0)]))
            var lines = YAMLWriter.document(.map(["a": tree(0), "b": tree(0), "c": tree(0)])).split(separator: "\n").map(String.init)
            for _ in 0..<random.next(4) {
                let index = random.next(lines.count), edit = edits[random.next(edits.count)]
                switch random.next(4) {
                case 0: lines.insert(lines[index], at: index)
                case 1: lines[index] = edit + lines[index]
                case 2: lines[index] += edit
                default:
                    let offset = random.next(lines[index].count + 1)
                    lines[index].insert(contentsOf: edit, at: lines[index].index(lines[index].startIndex, offsetBy: offset))
                }
            }
            let after = lines.joined(separator: "\n") + "\n"
            for (old, new) in [(before, after), (after, before), (after, after), (after, after + "z: 1\n")] {
                guard let fast = BlockDiff.documents(before: old, after: new) else { continue }
                let composed = try #require(try? TreeDiff.composedDocuments(before: old, after: new), "Yams rejects\n\(old)\n\(new)")
                #expect(fast.changes == composed.changes && fast.unchanged == composed.unchanged && fast.kind == composed.kind, "\(old)\n\(new)")
            }
        }
    }

    /// `TreeDiff.documents` (fast path first) gives what Yams alone gives, or fails as it does.
    private func expectSameDiff(_ before: String, _ after: String, _ comment: String) {
        let composed = Result { try TreeDiff.composedDocuments(before: before, after: after) }
        let diff = Result { try TreeDiff.documents(before: before, after: after) }
        switch (composed, diff) {
        case (.success(let expected), .success(let found)):
            #expect(found.changes == expected.changes, "\(comment)")
            #expect(found.unchanged == expected.unchanged, "\(comment)")
            #expect(found.kind == expected.kind, "\(comment)")
        case (.failure, .failure): break
        default: Issue.record("\(comment): Yams gave \(composed), the diff gave \(diff)")
        }
    }

    /// One release's values, like the benchmark's.
    static func service(_ index: Int) -> YAMLValue {
        [
            "image": ["repository": .string("registry.example.com/platform/svc-\(index)"), "tag": "1.4.2", "pullPolicy": "IfNotPresent"],
            "replicaCount": .int(2 + index % 3),
            "resources": ["requests": ["cpu": "500m", "memory": "1Gi"], "limits": ["cpu": "2", "memory": "4Gi"]],
            "env": .list((0..<4).map { ["name": .string("FEATURE_\($0)"), "value": "enabled"] }),
            "command": .string("run\n\n  --port 8080\n--verbose\n"),
            "annotations": ["prometheus.io/scrape": "true", "\"quoted\"": "on"],
            "nodeSelector": ["kubernetes.io/arch": "amd64"],
        ]
    }
}

/// A small deterministic random number generator (SplitMix64).
private struct SplitMix {
    var seed: UInt64

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        seed &+= 0x9E37_79B9_7F4A_7C15
        var mixed = (seed ^ (seed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
    }
}

/// Deterministic edits of a written YAML text that keep it in the writer's subset.
private struct Mutations {
    let lines: [String]
    /// The index of the `---` line.
    let marker: Int
    /// The indices of literal blocks' lines.
    let literal: Set<Int>

    init(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        marker = lines.firstIndex(of: "---") ?? 0
        var literal = Set<Int>(), index = marker + 1
        while index < lines.count {
            let header = lines[index]
            index += 1
            guard [": |", ": |-", "- |", "- |-"].contains(where: header.hasSuffix) else { continue }
            while index < lines.count, lines[index].isEmpty || Self.indent(lines[index]) > Self.indent(header) {
                literal.insert(index)
                index += 1
            }
        }
        self.lines = lines
        self.literal = literal
    }

    var all: [(String, String)] {
        [
            ("scalar changed", edit(scalarEntries, { [$0.prefix + $0.key + ": changed-value"] })),
            ("first scalar changed", edit(scalarEntries.prefix(1), { [$0.prefix + $0.key + ": \"quoted: value\""] })),
            ("key added", edit(scalarEntries, { [$0.line, String(repeating: " ", count: $0.column) + "zz-added: new"] })),
            ("key removed", edit(scalarEntries.filter { !$0.prefix.hasSuffix("- ") }, { _ in [] })),
            ("list item changed", edit(listItems, { [$0.prefix + "changed-item"] })),
            ("literal line changed", edit(literalLines, { [$0.line + " changed"] })),
            ("top-level entry added", text(lines + ["zz-top:", "  a: 1", "  b:", "    - x", "    - y: |-", "        z"])),
            ("top-level entry removed", text(topLevelStarts.count > 1 ? Array(lines[..<topLevelStarts.last!]) : lines + ["zz-top: {}"])),
            ("kind removed", text(lines.filter { !$0.hasPrefix("kind: ") })),
        ]
    }

    /// Every edit at once, with `kind` changed.
    var combined: String {
        var edited = lines.map { $0.hasPrefix("kind: ") ? "kind: Changed" : $0 }
        for (index, line) in edited.enumerated().reversed() where index % 7 == 3 {
            if let entry = scalarEntry(index, line) { edited[index] = entry.prefix + entry.key + ": changed-\(index)" }
        }
        return text(edited + ["zz-top: []"])
    }

    private struct Line {
        var index: Int
        var line: String
        /// Indentation and `- ` markers before the content.
        var prefix: String
        var column: Int { prefix.count }
        var key = ""
    }

    private var scalarEntries: [Line] { lines.indices.compactMap { scalarEntry($0, lines[$0]) } }

    private func scalarEntry(_ index: Int, _ line: String) -> Line? {
        guard index > marker, let item = split(index, line), let range = item.content.range(of: ": ") else { return nil }
        let value = item.content[range.upperBound...]
        guard !["|", "|-"].contains(value), !isLiteral(index) else { return nil }
        return Line(index: index, line: line, prefix: item.prefix, key: String(item.content[..<range.lowerBound]))
    }

    private var listItems: [Line] {
        lines.indices.compactMap { index in
            guard index > marker, let item = split(index, lines[index]), item.prefix.hasSuffix("- "), !item.content.contains(": "),
                  !item.content.hasSuffix(":"), !["|", "|-", "[]", "{}"].contains(item.content) else { return nil }
            return Line(index: index, line: lines[index], prefix: item.prefix)
        }
    }

    private var literalLines: [Line] {
        lines.indices.filter { isLiteral($0) && !lines[$0].isEmpty }.map { Line(index: $0, line: lines[$0], prefix: "") }
    }

    private var topLevelStarts: [Int] { lines.indices.filter { $0 > marker && !lines[$0].hasPrefix(" ") && !isLiteral($0) } }

    /// Whether the line is inside a literal block.
    private func isLiteral(_ index: Int) -> Bool { literal.contains(index) }

    private static func indent(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    private func split(_ index: Int, _ line: String) -> (prefix: String, content: Substring)? {
        guard !line.isEmpty, !isLiteral(index) else { return nil }
        var content = line.drop { $0 == " " }
        while content.hasPrefix("- ") { content = content.dropFirst(2) }
        return (String(line.prefix(line.count - content.count)), content)
    }

    /// The text with the middle candidate line replaced.
    private func edit(_ candidates: some Collection<Line>, _ replacement: (Line) -> [String]) -> String {
        guard !candidates.isEmpty else { return text(lines) }
        let chosen = Array(candidates)[candidates.count / 2]
        return text(Array(lines[..<chosen.index]) + replacement(chosen) + Array(lines[(chosen.index + 1)...]))
    }

    private func text(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }
}
