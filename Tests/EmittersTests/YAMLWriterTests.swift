@testable import Emitters
@testable import LakeModel
import Testing

/// The writer's output is exact, ordered and safe for YAML 1.1 readers.
@Suite struct YAMLWriterTests {
    @Test(arguments: ["y", "n", "on", "Off", "yes", "NO", "~", "null", "08", "010", "1_000", "1e3", ".5", "1.0", "0x1F", "12:30", "2026-11-25",
                      "", " padded", "a: b", "#note", "-dash", "x #y", "*ref", "@at", "tab\there", "=", "<<"])
    func specialsAreQuoted(text: String) {
        #expect(YAMLScalar.string(text).hasPrefix("\""), "\(text)")
    }

    @Test(arguments: ["kafka", "16Gi", "s3a://datalake/warehouse", "apache/spark:3.5.5", "lake-1", "v1beta2", "a:b", "-Xmx4g-not-first"].dropLast())
    func ordinaryStringsStayPlain(text: String) {
        #expect(YAMLScalar.string(text) == text)
    }

    @Test func keysAreQuotedToo() {
        let text = YAMLWriter.document(["on": "push", "y": 1, "name": "x"])
        #expect(text == "---\nname: x\n\"on\": push\n\"y\": 1\n")
    }

    @Test func kubernetesObjectsLeadWithApiVersionKindMetadata() {
        let object: YAMLValue = ["spec": ["replicas": 3], "metadata": ["name": "a"], "kind": "Kafka", "apiVersion": "kafka.strimzi.io/v1", "b": true]
        #expect(YAMLWriter.document(object, header: ["Generated."]) == """
            # Generated.
            ---
            apiVersion: kafka.strimzi.io/v1
            kind: Kafka
            metadata:
              name: a
            b: true
            spec:
              replicas: 3

            """)
    }

    @Test func listsNestAndMultiLineStringsBecomeLiteralBlocks() {
        let value: YAMLValue = ["items": [["name": "a", "size": 1], "plain", []], "script": "line one\nline two\n", "empty": [:]]
        #expect(YAMLWriter.document(value) == """
            ---
            empty: {}
            items:
              - name: a
                size: 1
              - plain
              - []
            script: |
              line one
              line two

            """)
    }

    @Test func escapesControlCharacters() {
        #expect(YAMLScalar.quoted("a\"b\\c\u{7}") == "\"a\\\"b\\\\c\\u0007\"")
    }

    @Test func lineSeparatorsAndC1ControlsAreEscapedNeverWrittenRaw() {
        #expect(YAMLScalar.string("a\u{2028}b") == "\"a\\u2028b\"")
        #expect(YAMLScalar.string("a\u{2029}b\u{85}c\u{9B}") == "\"a\\u2029b\\u0085c\\u009B\"")
        #expect(YAMLWriter.document(["text": "one\ntwo\u{2028}three\n"]) == "---\ntext: \"one\\ntwo\\u2028three\\n\"\n")
    }

    @Test func mergeIsDeepForMapsAndReplacesTheRest() {
        let base: YAMLValue = ["a": ["b": 1, "c": 2], "list": [1, 2]]
        let merged = base.merging(["a": ["c": 3], "list": [9]])
        #expect(merged == ["a": ["b": 1, "c": 3], "list": [9]])
        #expect(merged[path: "a.c"] == 3)
    }
}

/// The byte rules for printable ASCII scalars decide as the Character rules do.
@Suite struct ASCIIScalarRuleTests {
    /// Random printable ASCII text, weighted towards the bytes numbers, timestamps and reserved words are made of.
    static func samples(count: Int) -> [String] {
        var generator = SystemRandomNumberGenerator()
        let rich = Array("0123456789-+._:eExXbBoOiInNfFaAyYtT~=<# ".utf8)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...12, using: &generator)
            let bytes = (0..<length).map { _ in Bool.random(using: &generator) ? rich.randomElement(using: &generator)! : UInt8.random(in: 0x20...0x7E, using: &generator) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    static let spelled = ["", "1", "+1", "-", "+", "-.5", ".inf", "-.INF", ".NaN", "0x", "0X1f", "0b", "0o7", "00", "1_0", "1e", "e1", ".", "..",
                          "12:30:00", "2026-11-25", "2026-1-2", "2026--11-25", "202-11-25", "2026-11-25T10", "2026-11", "1-2-3", "9999-99-99x",
                          "y", "Y", "yes", "no", "ON", "oFF", "~", "=", "<<", "null", "Null", "nULL", "True", "tRUE", "<", "a: b", "a #b", "a:"]

    @Test func bytesAndCharactersAgree() {
        for text in Self.spelled + Self.samples(count: 20_000) {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                #expect(ASCIINumbers.looksNumeric(buffer) == YAMLScalar.looksNumeric(text), "\(text)")
                if let first = text.first, first.isNumber {
                    #expect(ASCIINumbers.looksLikeTimestamp(buffer) == YAMLScalar.looksLikeTimestamp(text), "\(text)")
                }
            }
            #expect(YAMLScalar.needsQuotes(text) == YAMLScalar.characterRulesNeedQuotes(text), "\(text)")
        }
    }
}

/// Byte scans split and search as the Character operations they stand for.
@Suite struct ASCIIScanTests {
    @Test func splittingAtAByteMatchesSplittingAtItsCharacter() {
        let texts = ["", "a", ".", "..", "a.b", ".a.", "spec.kafka.replicas", "a..b", "é.ü.x", "a\u{301}.b", "line\nnext\n\nlast\n", "\n", "a/b/c", "/"]
        for text in texts {
            for (byte, character) in [(UInt8(ascii: "."), Character(".")), (UInt8(ascii: "\n"), Character("\n")), (UInt8(ascii: "/"), Character("/"))] {
                for omitting in [true, false] {
                    #expect(ASCIIScan.split(text, at: byte, omittingEmptySubsequences: omitting)
                        == text.split(separator: character, omittingEmptySubsequences: omitting), "\(text)")
                }
            }
        }
        #expect(ASCIIScan.contains("plain text", anyOf: "&<>") == false)
        #expect(ASCIIScan.contains("a < b", anyOf: "&<>") && ASCIIScan.contains("é|", anyOf: "|"))
    }

    @Test func keyPathsReadThroughMappings() {
        let value: YAMLValue = ["spec": ["kafka": ["replicas": 3]], "a.b": 1]
        #expect(value[path: "spec.kafka.replicas"] == 3)
        #expect(value[path: "spec..kafka.replicas"] == 3, "empty parts are skipped")
        #expect(value[path: "spec.kafka.missing"] == nil && value[path: "a.b"] == nil)
    }
}

/// Kubernetes names from blueprint names: the byte mapping for ASCII gives what the Character mapping gives.
@Suite struct KubernetesNameTests {
    @Test func bytesAndCharactersGiveTheSameName() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZz09-_. \r\n\t/AM".utf8)
        let random = (0..<5_000).map { _ in
            String(decoding: (0..<Int.random(in: 0...10, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }, as: UTF8.self)
        }
        for text in ["", "-", "---", "Kafka_Topic.v1", "-a-", "a\r\nb", "ÉTÉ", "b\u{301}", "İstanbul", "x y"] + random {
            #expect(KubernetesName.dns(text) == KubernetesName.dnsByCharacter(text), "\(text.debugDescription)")
        }
        #expect(KubernetesName.dns("Orders.Events_v2") == "orders-events-v2" && KubernetesName.dns("--") == "unnamed")
    }
}

/// Notes become comment lines, one per line of text, whatever the line break.
@Suite struct CommentLineTests {
    @Test func everyLineBreakStartsAComment() {
        #expect(LakehouseFamily.commentLines(["a", "b\nc", "", "d\u{2028}e", "f\r\ng", "é"], marker: "--")
            == ["-- a", "-- b", "-- c", "--", "-- d", "-- e", "-- f", "-- g", "-- é"])
    }
}
