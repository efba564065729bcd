@testable import BlueprintLoading
import Diagnostics
import Testing

/// swiftc's errors about names the DSL does not have become diagnostics with a did-you-mean at the mistaken word;
/// the others keep swiftc's message.
@Suite("Compiler error mapping")
struct CompilerErrorMapperTests {
    static let path = "blueprints/x.swift"

    /// `source`'s errors when swiftc reported `message` at `line`:`column`.
    static func map(_ message: String, line: Int, column: Int, in source: String) -> [Diagnostic] {
        let reported = Diagnostic.error("blueprint.compile", message, source: SourceLocation(file: path, line: line, column: column))
        return CompilerErrorMapper.map([reported], source: Array(source.utf8), userPath: path)
    }

    @Test("an unknown name close to a DSL type gets its spelling")
    func unknownName() {
        let errors = Self.map("cannot find 'ElasticSearch' in scope", line: 2, column: 5, in: "x\n    ElasticSearch(retention: .days(3))\n")
        #expect(errors.map(\.id) == ["blueprint.unknownName"])
        #expect(errors.first?.message == "unknown name 'ElasticSearch'")
        #expect(errors.first?.notes == ["did you mean 'Elasticsearch'?"])
        #expect(errors.first?.source == SourceLocation(file: Self.path, line: 2, column: 5))
    }

    @Test("a member written without its leading dot is told to take one")
    func memberWithoutDot() {
        let errors = Self.map("cannot find 'petabytes' in scope", line: 1, column: 22, in: "Workload(dataVolume: petabytes(1))\n")
        #expect(errors.map(\.id) == ["blueprint.unknownName"])
        #expect(errors.first?.notes == ["did you mean '.petabytes'? units, pin keys and options are written with a leading dot"])
    }

    @Test("an incorrect label is reported at that label, with the label swiftc expected")
    func incorrectLabel() {
        let source = "let lake = 1\n        Kafka(version: \"3.7\",\n              replicationFactr: 3)\n"
        let errors = Self.map(
            "incorrect argument labels in call (have 'version:replicationFactr:', expected 'version:replicationFactor:')",
            line: 2, column: 14, in: source)
        #expect(errors.map(\.id) == ["blueprint.unknownLabel"])
        #expect(errors.first?.message == "Kafka has no argument 'replicationFactr:'")
        #expect(errors.first?.notes == ["did you mean 'replicationFactor:'?"])
        #expect(errors.first?.source == SourceLocation(file: Self.path, line: 3, column: 15))
    }

    @Test("an extra argument is matched against the enclosing declaration's labels, past strings and nested calls")
    func extraArgument() {
        let source = "Redis(maxMemory: .gibibytes(8), note: \"x (y\", persist: false)\n"
        let column = Array(source.utf8).firstIndex(of: UInt8(ascii: "p"))! + 1
        let close = Self.map("extra argument 'persist' in call", line: 1, column: column, in: source)
        #expect(close.map(\.id) == ["blueprint.unknownLabel"])
        #expect(close.first?.message == "Redis has no argument 'persist:'")
        #expect(close.first?.notes == ["did you mean 'persistence:'?"])
        let far = Self.map("extra argument 'colour' in call", line: 1, column: 6, in: "NiFi(colour: 1)\n")
        #expect(far.first?.notes == ["NiFi takes nodes:"])
    }

    @Test("an unknown member of a DSL type or wire enum gets the closest member")
    func unknownMember() {
        let timeSpan = Self.map("type 'TimeSpan?' (aka 'Optional<Wire.TimeSpan>') has no member 'secnds'", line: 1, column: 1, in: "x\n")
        #expect(timeSpan.map(\.message) == ["TimeSpan has no member '.secnds'"])
        #expect(timeSpan.first?.notes == ["did you mean '.seconds'?"])
        let media = Self.map("type 'Wire.DriveMedia?' has no member 'nvmee'", line: 1, column: 1, in: "x\n")
        #expect(media.first?.notes == ["did you mean '.nvme'?"])
        let pin = Self.map("type 'PinKey<Int>' has no member 'zzz'", line: 1, column: 1, in: "x\n")
        #expect(pin.first?.notes.first?.hasPrefix("PinKey has .kafkaBrokers, .kafkaPartitions") == true)
    }

    @Test("a declaration in a block that does not collect it names the block it belongs in")
    func wrongBlock() {
        let errors = Self.map("cannot convert value of type 'ListBlock<Wire.SparkJob>' to expected argument type 'LakeBlock'",
                              line: 2, column: 9, in: "x\n        SparkJob(\"a\")\n")
        #expect(errors.map(\.id) == ["blueprint.wrongBlock"])
        #expect(errors.first?.message == "SparkJob belongs in Spark { … }, not in Lake { … }")
        let other = Self.map("cannot convert value of type 'Int' to expected argument type 'LakeBlock'", line: 1, column: 1, in: "x\n")
        #expect(other.map(\.id) == ["blueprint.compile"])
    }

    @Test("errors that match nothing in the DSL keep swiftc's message, and follow-on errors on a line are dropped")
    func unmatched() {
        let source = "let x: Int = \"three\"\nFrobnicate(1)\nWorkload(dataVolume: .petabytes(1)) { LogsPerDai(.gigabytes(5)) }\n"
        let reported: [Diagnostic] = [
            .error("blueprint.compile", "cannot convert value of type 'String' to specified type 'Int'", source: SourceLocation(file: Self.path, line: 1, column: 14)),
            .error("blueprint.compile", "cannot find 'Frobnicate' in scope", source: SourceLocation(file: Self.path, line: 2, column: 1)),
            .error("blueprint.compile", "cannot find 'LogsPerDai' in scope", source: SourceLocation(file: Self.path, line: 3, column: 39)),
            .error("blueprint.compile", "cannot infer contextual base in reference to member 'gigabytes'", source: SourceLocation(file: Self.path, line: 3, column: 51)),
        ]
        let mapped = CompilerErrorMapper.map(reported, source: Array(source.utf8), userPath: Self.path)
        #expect(mapped.map(\.id) == ["blueprint.compile", "blueprint.compile", "blueprint.unknownName"])
        #expect(mapped.map(\.message).prefix(2) == reported.map(\.message).prefix(2))
    }
}
