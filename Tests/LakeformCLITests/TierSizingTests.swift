import Foundation
import LakeModel
import Sizing
import TestSupport
import Testing

/// The bundled tiers and the sizing edge cases resolve with every invariant holding, and every
/// resolved number of the tiers explains down to blueprint inputs and defaults.
@Suite struct TierSizingTests {
    static func derivations(_ lake: String, _ path: String? = nil) throws -> [Derivation] {
        let result = try LakeformProcess.run(["explain", lake, "--json"] + (path.map { ["-f", $0] } ?? []))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return try JSONDecoder().decode([Derivation].self, from: Data(result.stdout.utf8))
    }

    @Test func bundledBlueprintsAndEdgeCasesValidate() throws {
        let tiers = try LakeformProcess.run(["validate"])
        #expect(tiers.status == 0, "\(tiers.stderr)")
        let edges = try LakeformProcess.run(["validate", "Tests/Fixtures/sizing"])
        #expect(edges.status == 0, "\(edges.stderr)")
        #expect(!edges.stderr.contains("error:"))
    }

    @Test(arguments: ["small", "medium", "large"])
    func everyResolvedNumberExplainsDownToInputs(tier: String) throws {
        var provenance = Provenance()
        for derivation in try Self.derivations(tier) { provenance.record(derivation) }
        #expect(provenance.all.count > 40)
        for derivation in provenance.all {
            let explanation = try #require(Explanation(address: derivation.address, in: provenance))
            for step in explanation.steps {
                for input in step.derivation.inputs {
                    #expect(provenance[input] != nil, "\(tier): \(step.derivation.address) uses \(input), which was never resolved")
                }
                if case .rule = step.derivation.origin {
                    #expect(step.source?.contains("://") == true, "\(step.derivation.address) has no rule source")
                }
            }
        }
    }

    @Test func explainPrintsTheChainWithSources() throws {
        let result = try LakeformProcess.run(["explain", "medium", "kafka.brokers"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("kafka.brokers = "))
        #expect(result.stdout.contains("source:  https://"))
        #expect(result.stdout.contains("workload.ingest = 50 MB/s  [blueprint input]"))
    }

    @Test func unknownAddressesSuggestNearbyOnes() throws {
        let result = try LakeformProcess.run(["explain", "small", "kafka.brokerz"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[explain.unknownAddress]"))
        #expect(result.stderr.contains("kafka.brokers"))
    }
}

/// Generated references and twins stay in sync with the code.
@Suite struct GeneratedDocumentTests {
    @Test func rulesReferenceIsCurrent() throws {
        let result = try LakeformProcess.run(["rules", "--markdown"])
        let committed = try String(contentsOfFile: RepositoryPaths.path("docs/rules.md"), encoding: .utf8)
        #expect(result.stdout == committed, "docs/rules.md is stale: run `swift run lakeform rules --markdown > docs/rules.md`")
    }

    /// The Swift twin is compared with the YAML by ExampleBlueprintTests, with every example's.
    @Test func yamlAndJSONTwinsDumpIdenticalJSON() throws {
        let yaml = try LakeformProcess.run(["dump-blueprint", "blueprints/examples/startup.yaml"])
        let json = try LakeformProcess.run(["dump-blueprint", "Tests/Fixtures/startup.json"])
        #expect(yaml.status == 0 && json.status == 0, "\(yaml.stderr)\(json.stderr)")
        #expect(yaml.stdout == json.stdout)
        #expect(yaml.stdout.contains("\"name\" : \"startup\""))
    }
}
