@testable import ArtifactValidation
import Emitters
import LakeModel
import Testing
import TestSupport
@testable import LakeformCLI

/// The tree each emitter hands the validator is exactly what a YAML reader gets from the artifact's text, for every
/// manifest and values file of every bundled lake, and the validator is allowed to read it instead of the text.
@Suite struct EmittedTreeTests {
    @Test func everyBundledArtifactsTreeIsAParseOfItsText() throws {
        let resolution = try LakeResolution.run(paths: [RepositoryPaths.path("blueprints")], swift: SwiftBlueprintOptions.parse([]))
        #expect(resolution.lakes.count >= 7)
        var checked = 0
        for lake in resolution.lakes {
            for artifact in Emission(lake: lake).artifacts where artifact.kind == .manifest || artifact.kind == .helmValues {
                let tree = try #require(WrittenTree.value(of: artifact), "\(artifact.path): the validator would read the text")
                #expect(try JSONValue.documents(yaml: artifact.contents) == [tree], "\(artifact.path)")
                checked += 1
            }
        }
        #expect(checked > 500)
    }
}
