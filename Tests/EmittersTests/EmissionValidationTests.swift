import ArtifactValidation
import Sizing
import Emitters
import LakeModel
import TestSupport
import Testing

/// Everything every family emits for full lakes passes the in-house CRD and chart checks, is
/// deterministic, and stays inside the lake's folder.
@Suite struct EmissionValidationTests {
    static let validator = Result { try ArtifactValidator.loadDefault() }

    @Test(arguments: [1_000, 5_000, 50_000])
    func everyArtifactValidates(terabytes: Int) throws {
        let lake = Resolver.resolve(SampleLakes.spec(data: terabytes * 1_000_000_000_000, ingest: terabytes * 10_000, name: "t\(terabytes)")).lake
        let emission = Emission(lake: lake)
        let diagnostics = try Self.validator.get().validate(
            emission.artifacts, charts: ArtifactValidator.chartFolders(lake: lake.name, releases: emission.releases))
        #expect(diagnostics.isEmpty, "\(diagnostics.items.map(\.message))")
        #expect(emission.artifacts.count > 40)
        #expect(emission.artifacts.allSatisfy { $0.path.hasPrefix("\(lake.name)/") && !$0.path.contains("..") })
    }

    @Test func aLakeKeepingOnlyTheDerivationsEmittersReadGivesTheSameBytes() {
        var trimmed = SampleLakes.resolved()
        #expect(trimmed.provenance.all.count > Emission.derivationsRead.count)
        trimmed.provenance = trimmed.provenance.keeping(Emission.derivationsRead)
        #expect(trimmed.provenance.all.map(\.address) == ["fastapi.maxReplicas"])
        #expect(Emission(lake: trimmed).artifacts == Emission(lake: SampleLakes.resolved()).artifacts)
    }

    @Test func theSameLakeGivesTheSameBytes() {
        #expect(Emission(lake: SampleLakes.resolved()).artifacts == Emission(lake: SampleLakes.resolved()).artifacts)
    }
}
