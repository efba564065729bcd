import Diagnostics

/// Turns swiftc's errors about names the DSL does not have into diagnostics with a did-you-mean, at the mistaken
/// word: `blueprint.unknownName` ("cannot find 'ElasticSearch' in scope"), `blueprint.unknownLabel` ("incorrect
/// argument label", "extra argument"), `blueprint.unknownMember` ("type 'TimeSpan?' has no member 'secnds'") and
/// `blueprint.wrongBlock` ("cannot convert value of type 'ListBlock<Wire.SparkJob>' to expected argument type 'LakeBlock'").
/// Errors it cannot place, or that match nothing in the DSL, keep swiftc's message as `blueprint.compile`.
enum CompilerErrorMapper {
    /// `diagnostics` as `CompilerOutputParser` read them from compiling `source` (the user's bytes at `userPath`).
    static func map(_ diagnostics: [Diagnostic], source: [UInt8], userPath: String) -> [Diagnostic] {
        var mapped: [Diagnostic] = []
        var linesWithErrors: Set<Int> = []
        for diagnostic in diagnostics {
            guard diagnostic.severity == .error, diagnostic.id == "blueprint.compile", let place = diagnostic.source,
                  place.file == userPath, place.line > 0 else {
                mapped.append(diagnostic)
                continue
            }
            // swiftc's follow-on error once the call around `.gigabytes(5)` failed to resolve.
            if linesWithErrors.contains(place.line), diagnostic.message.hasPrefix("cannot infer contextual base") { continue }
            linesWithErrors.insert(place.line)
            let mistake = Mistake(source: source, place: place)
            mapped += mistake.diagnose(diagnostic.message) ?? [diagnostic]
        }
        return mapped
    }
}

extension CompilerErrorMapper {
    /// One swiftc error at `place` in `source`.
    private struct Mistake {
        let source: [UInt8]
        let place: SourceLocation

        func diagnose(_ message: String) -> [Diagnostic]? {
            if let match = message.wholeMatch(of: /cannot find (?:type )?'(?<name>[^']+)' in scope/) {
                return unknownName(String(match.name)).map { [$0] }
            }
            if let match = message.wholeMatch(of: /incorrect argument labels? in call \(have '(?<have>[^']*)', expected '(?<expected>[^']*)'\)/) {
                return incorrectLabels(have: labels(match.have), expected: labels(match.expected))
            }
            if let match = message.wholeMatch(of: /extra argument '(?<label>[^']+)' in call/) {
                return extraArgument(String(match.label)).map { [$0] }
            }
            if let match = message.wholeMatch(of: /cannot convert value of type '(?<found>[^']+)' to expected argument type '(?<expected>[^']+)'/),
               let home = DSLVocabulary.owner(ofBlock: String(match.found)), let here = DSLVocabulary.owner(ofBlock: String(match.expected)) {
                return [wrongBlock(home: home, here: here)]
            }
            if let match = message.wholeMatch(of: /type '(?<type>[^']+)'(?: \(aka '[^']*'\))? has no member '(?<member>[^']+)'/) {
                return unknownMember(String(match.member), of: bareType(String(match.type))).map { [$0] }
            }
            return nil
        }

        private func unknownName(_ name: String) -> Diagnostic? {
            let hint: String
            if DSLVocabulary.isMember(name) {
                hint = "did you mean '.\(name)'? units, pin keys and options are written with a leading dot"
            } else if let suggestion = DSLVocabulary.suggestion(for: name, in: DSLVocabulary.typeNames) {
                hint = "did you mean '\(suggestion)'?"
            } else {
                return nil
            }
            return .error("blueprint.unknownName", "unknown name '\(name)'", source: place, notes: [hint])
        }

        /// A declaration written in a block that does not collect it, such as `SparkJob` directly in `Lake { … }`.
        private func wrongBlock(home: String, here: String) -> Diagnostic {
            let start = SourceBytes.offset(line: place.line, column: place.column, in: source) ?? source.count
            let name = String(decoding: source[start...].prefix(while: SourceBytes.isIdentifier), as: UTF8.self)
            return .error("blueprint.wrongBlock", "\(name.isEmpty ? "this declaration" : name) belongs in \(home) { … }, not in \(here) { … }",
                          source: place, notes: ["move it into the \(home) { … } block"])
        }

        /// One error per label that differs from the one swiftc expected, at that label.
        private func incorrectLabels(have: [String], expected: [String]) -> [Diagnostic]? {
            guard have.count == expected.count, have != expected,
                  let call = CallSite.enclosing(line: place.line, column: place.column, in: source) else { return nil }
            let callee = call.callee ?? "the call"
            return zip(have, expected).filter { $0 != $1 }.map { written, wanted in
                let location = labelLocation(written, after: call.openParenthesis) ?? place
                if written == "_" {
                    return .error("blueprint.unknownLabel", "\(callee) needs the label '\(wanted):' here", source: location,
                                  notes: ["write '\(wanted): ' before the value"])
                }
                if wanted == "_" {
                    return .error("blueprint.unknownLabel", "\(callee) takes this argument without a label", source: location,
                                  notes: ["remove '\(written):'"])
                }
                return .error("blueprint.unknownLabel", "\(callee) has no argument '\(written):'", source: location,
                              notes: ["did you mean '\(wanted):'?"])
            }
        }

        private func extraArgument(_ label: String) -> Diagnostic? {
            guard let call = CallSite.enclosing(line: place.line, column: place.column, in: source),
                  let callee = call.callee, let known = DSLVocabulary.labels[callee], !known.contains(label) else { return nil }
            let hint = DSLVocabulary.suggestion(for: label, in: known).map { "did you mean '\($0):'?" }
                ?? (known.isEmpty ? "\(callee) takes no labelled arguments" : "\(callee) takes " + known.map { "\($0):" }.joined(separator: ", "))
            return .error("blueprint.unknownLabel", "\(callee) has no argument '\(label):'", source: place, notes: [hint])
        }

        private func unknownMember(_ member: String, of type: String) -> Diagnostic? {
            guard let known = DSLVocabulary.members(of: type) else { return nil }
            let hint = DSLVocabulary.suggestion(for: member, in: known).map { "did you mean '.\($0)'?" }
                ?? "\(type) has " + known.map { ".\($0)" }.joined(separator: ", ")
            return .error("blueprint.unknownMember", "\(type) has no member '.\(member)'", source: place, notes: [hint])
        }

        /// `count:dimension:` as `["count", "dimension"]`.
        private func labels(_ signature: Substring) -> [String] {
            signature.split(separator: ":", omittingEmptySubsequences: false).dropLast().map(String.init)
        }

        /// `TimeSpan` for `TimeSpan?`, `Wire.DriveMedia?` or `PinKey<Int>`.
        private func bareType(_ spelled: String) -> String {
            var type = spelled
            while type.hasSuffix("?") || type.hasSuffix("!") { type.removeLast() }
            if let generic = type.firstIndex(of: "<") { type = String(type[..<generic]) }
            return type.split(separator: ".").last.map(String.init) ?? type
        }

        /// Where `label:` is written in the argument list opened at `openParenthesis`, if it is there.
        private func labelLocation(_ label: String, after openParenthesis: Int) -> SourceLocation? {
            let word = Array(label.utf8)
            guard label != "_", !word.isEmpty else { return nil }
            var index = openParenthesis + 1, depth = 0
            while index + word.count <= source.count, depth >= 0 {
                defer { index += 1 }
                switch source[index] {
                case UInt8(ascii: "("), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: ")"), UInt8(ascii: "]"): depth -= 1
                default: break
                }
                guard depth == 0, source[index..<(index + word.count)].elementsEqual(word),
                      !SourceBytes.isIdentifier(source[index - 1]) else { continue }
                var end = index + word.count
                while end < source.count, source[end] == UInt8(ascii: " ") { end += 1 }
                guard end < source.count, source[end] == UInt8(ascii: ":") else { continue }
                let found = SourceBytes.location(of: index, in: source)
                return SourceLocation(file: place.file, line: found.line, column: found.column)
            }
            return nil
        }
    }
}
