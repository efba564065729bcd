import Foundation
import TestSupport
import Testing
@testable import ArtifactValidation

/// The fast reader for Lakeform's own YAML reads exactly what Yams reads, and steps aside for anything else.
@Suite struct WrittenYAMLReaderTests {
    @Test func readsEveryGeneratedFileAsYamsDoes() throws {
        let files = RepositoryPaths.generatedYAML
        #expect(files.count > 100)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let fast = try #require(WrittenYAMLReader.documents(text), "\(file.lastPathComponent) left the fast path")
            #expect(fast == (try JSONValue.composedDocuments(yaml: text)), "\(file.path)")
        }
    }

    @Test func typesScalarsAsYAML11Does() throws {
        let text = "---\na: 3\nb: \"3\"\nc: yes\nd: ~\ne: 0x1F\nf: 2.5\ng:\n  - x\n  - k: v\nh: []\ni: {}\nj: |\n  line one\n  line two\n"
        let fast = try #require(WrittenYAMLReader.documents(text))
        #expect(fast == (try JSONValue.composedDocuments(yaml: text)))
    }

    @Test(arguments: [
        "---\na: [1, 2]\n",            // flow collection
        "---\na: &x 1\nb: *x\n",       // anchor and alias
        "---\na: 'single'\n",          // single quotes
        "---\na: 1\na: 2\n",           // duplicate key
        "---\na: 1\n---\nb: 2\n",      // a second document
        "a: 1\n",                      // no document marker
        "---\na: 1",                   // no final newline
        "---\n-  c: 1\n",              // a space after the item's dash: Yams reads key `c`, not ` c`
    ])
    func stepsAsideOutsideItsSubset(text: String) {
        #expect(WrittenYAMLReader.documents(text) == nil)
    }
}
