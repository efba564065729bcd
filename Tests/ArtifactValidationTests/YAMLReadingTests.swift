import ArtifactValidation
import Testing

@Suite("Reading YAML into JSON values")
struct YAMLReadingTests {
    @Test func scalarsAsKubernetesReadsThem() throws {
        let value = try JSONValue(yaml: "i: 3\ns: \"3\"\nf: 2.5\nb: yes\nq: \"yes\"\nn: ~\nh: 0x1F\nt: 2024-01-02")
        #expect(value == .object([
            "i": .int(3), "s": .string("3"), "f": .double(2.5), "b": .bool(true), "q": .string("yes"), "n": .null,
            "h": .int(31), "t": .string("2024-01-02"),
        ]))
    }

    @Test func everyDocumentOfAStream() throws {
        #expect(try JSONValue.documents(yaml: "# header\n---\na: 1\n---\nb: 2\n") == [.object(["a": .int(1)]), .object(["b": .int(2)])])
    }

    @Test func badYAMLThrows() {
        #expect(throws: (any Error).self) { try JSONValue.documents(yaml: "a: [1, 2\nb: 3") }
        #expect(throws: (any Error).self) { try JSONValue(yaml: "a: 1\na: 2") }
    }

    @Test func pathsQuoteKeysWithDots() {
        let path = ValuePath(keys: ["metadata", "labels", "app.kubernetes.io/name"])
        #expect(path.description == #"metadata.labels["app.kubernetes.io/name"]"#)
        #expect(ValuePath.root.description == "(root)")
        #expect(ValuePath(keys: ["spec"]).appending(index: 0).appending("port").description == "spec[0].port")
    }
}
