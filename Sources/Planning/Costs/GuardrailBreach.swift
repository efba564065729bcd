import Foundation
import LakeModel

/// A cost guardrail (`maxMonthlyCost`, `maxCostPerTB`) that a lake's cost report (`<lake>/reports/cost.json`) says
/// is exceeded. Read from the artifacts themselves, so a saved plan is checked exactly as it will be applied.
public struct GuardrailBreach: Equatable, Sendable {
    public var lake: String
    /// The blueprint setting, as named in the blueprint.
    public var name: String
    public var limit: Cents
    public var actual: Cents

    /// Every exceeded guardrail in the cost reports among `artifacts`, by lake and name; the reports are read one per core.
    public static func find(in artifacts: [Artifact]) -> [GuardrailBreach] {
        let reports = artifacts.indices.filter { CostFigures.isCostReport(artifacts[$0].path) }.map { artifacts[$0].contents }
        return CostFigures.decodeAll(Report.self, reports).flatMap { report in
            (report?.lakes ?? []).flatMap { lake in
                (lake.guardrails ?? []).filter(\.exceeded).map {
                    GuardrailBreach(lake: lake.lake, name: $0.name, limit: Cents($0.limitCents), actual: Cents($0.actualCents))
                }
            }
        }.sorted { ($0.lake, $0.name) < ($1.lake, $1.name) }
    }

    /// `lake 'startup' costs $6,100 against its maxMonthlyCost of $5,000`.
    public var description: String {
        "lake '\(lake)' costs \(actual) against its \(name) of \(limit)"
    }

    /// The parts of a cost report a guardrail check reads.
    private struct Report: Decodable, Sendable {
        struct Lake: Decodable, Sendable {
            var lake: String
            var guardrails: [Guardrail]?
        }

        struct Guardrail: Decodable, Sendable {
            var name: String
            var limitCents: Int
            var actualCents: Int
            var exceeded: Bool

            enum CodingKeys: String, CodingKey { case name, limitCents = "limit_cents", actualCents = "actual_cents", exceeded }
        }

        var lakes: [Lake]
    }
}
