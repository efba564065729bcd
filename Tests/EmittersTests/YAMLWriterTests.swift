@testable import Emitters
import LakeModel
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
