import Foundation
import Testing
@testable import ArtifactValidation

/// The event reader for the catalog's chart defaults reads exactly what Yams composes, and steps aside for the rest.
@Suite struct ComposedYAMLReaderTests {
    @Test func readsEveryCatalogYAMLFileAsYamsDoes() throws {
        let folder = try Fixtures.validator.get().catalog.folder
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count > 30)
        var read = 0
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            guard let fast = ComposedYAMLReader.document(text) else { continue }
            read += 1
            #expect([fast] == (try JSONValue.composedDocuments(yaml: text)), "\(file)")
        }
        #expect(read == files.count, "every catalog file is read by the event reader")
    }

    @Test func typesScalarsAsYamsDoes() throws {
        let text = """
            # a comment
            a: 3
            b: "3"
            c: yes
            d: ~
            e: 0x1F
            f: 2.5
            g: [x, {k: v}]
            h: []
            i: {}
            j: |
              line one
              line two
            k: >-
              folded
              text
            l: 'single'
            m: &shared
              n: 1
            o: *shared
            p:
            q: 2024-01-02
            """
        let fast = try #require(ComposedYAMLReader.document(text))
        #expect([fast] == (try JSONValue.composedDocuments(yaml: text)))
        #expect(fast.object?["o"] == .object(["n": .int(1)]))
    }

    @Test func anEmptyStreamIsNull() {
        #expect(ComposedYAMLReader.document("") == .null)
        #expect(ComposedYAMLReader.document("# only a comment\n") == .null)
    }

    @Test(arguments: [
        "a: 1\na: 2\n",              // duplicate key: Yams reports it
        "a: 1\n---\nb: 2\n",         // a second document
        "a: !!int \"3\"\n",          // an explicit tag
        "? [x]\n: 1\n",              // a key that is not a scalar
        "a: *missing\n",             // an undefined alias
        "a: [1, 2\nb: 3\n",          // a syntax error: Yams says where
    ])
    func stepsAsideForYams(text: String) {
        #expect(ComposedYAMLReader.document(text) == nil)
    }

    @Test func errorsStillComeFromYams() {
        #expect(throws: (any Error).self) { try JSONValue(yaml: "a: 1\na: 2\n") }
        #expect(throws: (any Error).self) { try JSONValue(yaml: "a: [1, 2\nb: 3\n") }
    }
}
