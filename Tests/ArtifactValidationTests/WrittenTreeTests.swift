@testable import ArtifactValidation
import Emitters
import LakeModel
import Testing

/// The validator reads an emitted artifact from its tree only when byte checks vouch that the text reads back as that
/// tree; otherwise it reads the text, whose errors it still finds.
@Suite struct WrittenTreeTests {
    /// The written KafkaNodePool, carrying the tree it was written from.
    static func withTree(_ tree: YAMLValue, header: [String] = ["test"], text: YAMLValue? = nil) throws -> Artifact {
        let written = try #require(EmittedManifestTests.nodePool().document)
        let body = text ?? written
        return Artifact(path: "sample/manifests/KafkaNodePool.broker.yaml", kind: .manifest,
                        contents: YAMLWriter.document(body, header: header), document: tree)
    }

    func messages(_ artifact: Artifact) throws -> [String] {
        try Fixtures.validator.get().validate([artifact]).map(\.message)
    }

    @Test func aVouchedTreeIsWhatTheTextReads() throws {
        let artifact = EmittedManifestTests.nodePool()
        let tree = try #require(WrittenTree.value(of: artifact))
        #expect(tree == (try JSONValue(yaml: artifact.contents)))
        #expect(try messages(artifact).isEmpty)
    }

    @Test func longIntegersAreLeftToTheTextAndOtherScalarsReadBack() throws {
        let tree: YAMLValue = ["plain": "1e3", "big": .int(Int.max), "text": "a\nb\n", "quoted": "yes"]
        let artifact = Artifact(path: "x.yaml", kind: .helmValues, contents: YAMLWriter.document(tree), document: tree)
        #expect(WrittenTree.value(of: artifact) == nil, "an integer of 19 digits is left to the text")
        var small = tree.mapping!
        small["big"] = 12
        let vouched = Artifact(path: "x.yaml", kind: .helmValues, contents: YAMLWriter.document(.map(small)), document: .map(small))
        #expect(try #require(WrittenTree.value(of: vouched)) == (try JSONValue(yaml: vouched.contents)))
    }

    @Test func aHeaderWithALineBreakIsReadFromTheText() throws {
        let tree = try #require(EmittedManifestTests.nodePool().document)
        let artifact = try Self.withTree(tree, header: ["a path with a line break\nspec: {}"])
        #expect(WrittenTree.value(of: artifact) == nil)
        #expect(try messages(artifact) == ["document 1: (root): a manifest needs string `apiVersion` and `kind`"])
    }

    @Test func onlyCommentLinesMayComeBeforeTheMarker() {
        for text in ["---\n", "# a\n---\nx: 1\n", "#\n# b\n---\n"] { #expect(WrittenTree.headerIsComments(text), "\(text)") }
        for text in ["", "#", "# a", "# a\n", "x: 1\n---\n", "# a\nx\n---\n", "--- \n", "---", " # a\n---\n", "# a\n--\n"] {
            #expect(!WrittenTree.headerIsComments(text), "\(text)")
        }
    }

    @Test func aTreeWithScalarsItCannotVouchForIsReadFromTheText() throws {
        let tree = try #require(EmittedManifestTests.nodePool().document)
        var broken = try #require(tree.mapping)
        broken["spec"] = broken["spec"]?.merging(["replicas": "3"])
        var unvouched = try #require(tree.mapping)
        unvouched["metadata"] = unvouched["metadata"]?.merging(["annotations": ["note": "café"]])
        let artifact = try Self.withTree(.map(unvouched), text: .map(broken))
        #expect(WrittenTree.value(of: artifact) == nil)
        #expect(try messages(artifact) == ["spec.replicas: expected integer, found string"])
    }

    @Test func changedBytesDropTheTree() throws {
        var artifact = EmittedManifestTests.nodePool()
        #expect(artifact.document != nil)
        artifact.contents += "# end\n"
        #expect(artifact.document == nil)
        #expect(artifact == artifact.withoutDocument)
    }
}
