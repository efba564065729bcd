import Diagnostics
import LakeModel

/// Records every decision of one resolve: the value, its rule, formula, inputs and pins.
final class Ledger {
    let lake: LakeSpec
    private(set) var provenance = Provenance()
    private(set) var diagnostics = Diagnostics()

    init(lake: LakeSpec) { self.lake = lake }

    /// Records a blueprint input and returns it.
    @discardableResult
    func input(_ address: String, _ value: Int, _ unit: QuantityUnit, reasonKey: String? = nil) -> Int {
        let reason = reasonKey.flatMap { lake.workload.reasons[$0] }
        provenance.record(Derivation(address: address, value: value, unit: unit, origin: .input(reason: reason),
                                     formula: "blueprint input", calculation: unit.format(value)))
        return value
    }

    /// Records a documented default (a setting the blueprint left unset) and returns it.
    @discardableResult
    func defaulted(_ address: String, _ value: Int, _ unit: QuantityUnit, _ why: String) -> Int {
        provenance.record(Derivation(address: address, value: value, unit: unit, origin: .defaulted, formula: why,
                                     calculation: unit.format(value)))
        return value
    }

    /// Records a setting that is either given in the blueprint or defaulted.
    @discardableResult
    func setting(_ address: String, given: Int?, default fallback: Int, _ unit: QuantityUnit, _ why: String) -> Int {
        if let given { return input(address, given, unit) }
        return defaulted(address, fallback, unit, why)
    }

    /// Records a rule's decision for `address`. A pin for `pin` wins and is marked as pinned,
    /// keeping what the rule would have chosen.
    @discardableResult
    func decide(
        _ address: String, _ unit: QuantityUnit, by rule: RuleDescription, inputs: [String], pin: PinKey? = nil,
        _ compute: () -> (value: Int, calculation: String)
    ) -> Int {
        let computed = compute()
        if let pin, let pinned = lake.pin(pin) {
            provenance.record(Derivation(
                address: address, value: pinned.value, unit: unit,
                origin: .pinned(reason: pinned.reason, ruleValue: computed.value), rule: rule.id, formula: "pinned in the blueprint",
                calculation: "\(unit.format(pinned.value)) (the rule would choose \(unit.format(computed.value)))", inputs: inputs))
            return pinned.value
        }
        provenance.record(Derivation(
            address: address, value: computed.value, unit: unit, origin: .rule, rule: rule.id, formula: rule.formula,
            calculation: computed.calculation, inputs: inputs))
        return computed.value
    }

    /// Records a spec setting whose model default is `fallback`: an input when the blueprint wrote it or it differs from
    /// the default, else a default.
    @discardableResult
    func setting(_ address: String, _ value: Int, default fallback: Int, _ unit: QuantityUnit, _ why: String) -> Int {
        let given = value != fallback || lake.writtenSettings.contains(Self.writtenPaths[address] ?? address)
        return setting(address, given: given ? value : nil, default: fallback, unit, why)
    }

    /// The blueprint's model path of the settings explain names otherwise.
    static let writtenPaths = [
        "workload.ingest.peak": "workload.ingest.peakPercent",
        "prometheus.scrapeInterval": "monitoring.scrapeInterval",
        "prometheus.retention": "monitoring.retention",
    ]

    /// Reports a broken invariant or an unsatisfiable pin.
    func error(_ id: String, _ message: String, address: String, notes: [String] = []) {
        diagnostics.append(.error(id, message, address: "lake.\(lake.name).\(address)",
                                  source: SourceLocation(file: lake.blueprintPath, line: 0, column: 0), notes: notes))
    }

    func warning(_ id: String, _ message: String, address: String, notes: [String] = []) {
        diagnostics.append(.warning(id, message, address: "lake.\(lake.name).\(address)",
                                    source: SourceLocation(file: lake.blueprintPath, line: 0, column: 0), notes: notes))
    }
}
