/// Cost limits that fail a plan when exceeded: `Guardrails(maxMonthlyCost: .dollars(30_000))`.
public struct Guardrails: Declaration {
    let maxMonthlyCost: Money?
    let maxCostPerTB: Money?
    let source: Wire.SourceLocation

    public init(
        maxMonthlyCost: Money? = nil, maxCostPerTB: Money? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.maxMonthlyCost = maxMonthlyCost
        self.maxCostPerTB = maxCostPerTB
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout LakeBlock) {
        let paths = [maxMonthlyCost.map { _ in "maxMonthlyCost" }, maxCostPerTB.map { _ in "maxCostPerTB" }]
        block.declareCost("Guardrails", paths: paths.compactMap { $0 }, at: source) { cost in
            cost.maxMonthlyCost = maxMonthlyCost
            cost.maxCostPerTB = maxCostPerTB
        }
    }
}
