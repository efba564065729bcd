@testable import LakeformDSL
import Testing

@Suite("Evaluation errors")
struct ErrorTests {
    @Test("a component declared twice is an error at the second, and the first one wins")
    func duplicateComponent() {
        let first = #line + 3
        let (result, lake) = evaluateLake {
            minimalWorkload
            Kafka(replicationFactor: 3)
            Kafka(replicationFactor: 1)
        }
        #expect(lake?.components.kafka?.replicationFactor == 3)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.source?.line == first + 1)
        #expect(result.errors.first?.message.contains("Kafka is declared twice in lake 'test'") == true)
        #expect(result.errors.first?.message.contains(":\(first):") == true)
        #expect(result.sourceMap["lakes[0].components.kafka"]?.line == first)
    }

    @Test("Elasticsearch and OpenSearch are different components")
    func searchClusters() {
        let (result, lake) = evaluateLake {
            minimalWorkload
            Elasticsearch(nodes: 3)
            OpenSearch(nodes: 5)
        }
        #expect(result.errors.isEmpty)
        #expect(lake?.components.elasticsearch?.nodes == 3)
        #expect(lake?.components.opensearch?.nodes == 5)
    }

    @Test("a second workload, workload input, price book or guardrail is an error")
    func onceOnlySettings() {
        let (result, lake) = evaluateLake {
            Workload(dataVolume: .petabytes(1)) {
                ActiveUsers(10)
                ActiveUsers(20)
            }
            Workload(dataVolume: .petabytes(2))
            PriceBook("seed-2024")
            PriceBook("on-prem")
            Guardrails(maxMonthlyCost: .dollars(1))
            Guardrails(maxCostPerTB: .dollars(2))
        }
        #expect(lake?.workload.dataVolume.bytes == 1_000_000_000_000_000)
        #expect(lake?.workload.activeUsers == 10)
        #expect(lake?.cost == Wire.CostPolicy(priceBook: "seed-2024", maxMonthlyCost: Wire.Money(cents: 100)))
        #expect(result.errors.map(\.message).map { $0.components(before: ";") } == [
            "ActiveUsers is declared twice in one workload",
            "Workload is declared twice in lake 'test'",
            "PriceBook is declared twice in lake 'test'",
            "Guardrails is declared twice in lake 'test'",
        ])
    }

    @Test("a lake without a workload is an error at the lake")
    func missingWorkload() {
        let line = #line + 2
        let result = Blueprint.evaluate {
            Lake("empty", tier: "t", namespace: "ns") {
                Kafka()
            }
        }
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.message.contains("lake 'empty' declares no `Workload") == true)
        #expect(result.errors.first?.source?.line == line)
    }

    @Test("two lakes with one name are an error at the second")
    func duplicateLakeNames() {
        let second = #line + 3
        let result = Blueprint.evaluate {
            Lake("same", tier: "t", namespace: "a") { minimalWorkload }
            Lake("same", tier: "t", namespace: "b") { minimalWorkload }
            Lake("other", tier: "t", namespace: "c") { minimalWorkload }
        }
        #expect(result.document?.lakes.map(\.namespace) == ["a", "b", "c"])
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.message.hasPrefix("two lakes are named 'same'; the first is declared at ") == true)
        #expect(result.errors.first?.source?.line == second)
        #expect(result.errors.first?.message.hasSuffix(":\(second - 1):17") == true)
    }

    @Test("a second Blueprint is an error; the first one's document is kept")
    func secondBlueprint() {
        let registry = BlueprintRegistry()
        let first = Blueprint.evaluate { Lake("first", tier: "t", namespace: "ns") { minimalWorkload } }
        let second = Blueprint.evaluate { Lake("second", tier: "t", namespace: "ns") { minimalWorkload } }
        let secondSource = Wire.SourceLocation(file: "blueprints/x.swift", line: 9, column: 17)
        registry.publish(first, at: Wire.SourceLocation(file: "blueprints/x.swift", line: 3, column: 17))
        registry.publish(second, at: secondSource)
        #expect(registry.result.document == first.document)
        #expect(registry.result.errors == [Wire.EvaluationError(
            message: "`Blueprint { … }` is constructed twice; the first is at blueprints/x.swift:3:17",
            source: secondSource)])
    }

    @Test("a program without a Blueprint reports that, with no document")
    func noBlueprint() {
        #expect(BlueprintRegistry().result == Wire.EvaluationResult(document: nil, errors: [
            Wire.EvaluationError(message: "the blueprint declares no `Blueprint { … }`", source: nil)
        ]))
    }
}

extension String {
    /// The text before the first `separator`, or all of it.
    fileprivate func components(before separator: Character) -> String {
        String(prefix { $0 != separator })
    }
}
