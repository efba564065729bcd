/// Cost limits that fail a plan when exceeded: `Guardrails(maxMonthlyCost: .dollars(30_000))`.
///
/// Wire: `lakes[].cost`
///
/// ```swift
/// Guardrails(maxMonthlyCost: .dollars(30_000), maxCostPerTB: .dollars(5))
/// ```
public struct Guardrails: Declaration {
    let maxMonthlyCost: Money?
    let maxCostPerTB: Money?
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - maxMonthlyCost: The most the lake may cost per month; a plan above it fails. Unit: US dollars per month. Example: $30000
    ///   - maxCostPerTB: The most a stored TB may cost per month. Unit: US dollars per TB-month. Example: $5
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
