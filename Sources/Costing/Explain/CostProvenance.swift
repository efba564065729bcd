import Foundation
import LakeModel

/// A priced lake's figures as derivations for `lakeform explain LAKE cost.…`: an item is its
/// quantity in the resolved lake × the book's unit price, a line the sum of its items (or the
/// book's lump sum), `cost.total` the sum of the lines, and `cost.horizon.total` the same bill on
/// the data stored at the planning horizon.
public struct CostProvenance: Sendable {
    public private(set) var derivations: [Derivation] = []
    /// Where each item's unit price comes from (the book's `source`), by the item's address.
    public private(set) var sources: [String: String] = [:]

    public init(cost: LakeCost, lake: ResolvedLake) {
        let rule = "pricebook.\(cost.book)"
        var lineAddresses: [String] = []
        for line in cost.lines {
            let address = "cost." + Self.key(line.name)
            var itemAddresses: [String] = []
            for item in line.items {
                let itemAddress = address + "." + Self.key(item.name)
                itemAddresses.append(itemAddress)
                if let source = item.source { sources[itemAddress] = "\(cost.book): \(source)" }
                derivations.append(Derivation(
                    address: itemAddress, value: item.cost.value, unit: .cents, origin: .rule, rule: rule,
                    formula: "\(item.measure.meaning) × \(item.charge.text(unit: item.measure.unit))",
                    calculation: "\(Amounts.quantity(item.quantityMicros)) \(item.unit) × \(item.charge.text(unit: item.measure.unit)) = \(Amounts.money(item.cost))",
                    inputs: Self.quantityInputs(item, lake: lake)))
            }
            let calculation = line.lumpSum.map { "lump sum for tier \($0.tier): \($0.note)" }
                ?? (line.items.map { "\($0.name) \(Amounts.money($0.cost))" } + ["\(Amounts.money(line.cost))"]).joined(separator: " + ")
                    .replacingLast(" + ", with: " = ")
            lineAddresses.append(address)
            derivations.append(Derivation(address: address, value: line.cost.value, unit: .cents, origin: .rule, rule: rule,
                                          formula: line.lumpSum == nil ? "Σ items of line '\(line.name)'" : "the book's lump sum for the tier",
                                          calculation: calculation, inputs: itemAddresses))
        }
        derivations.append(Derivation(
            address: "cost.total", value: cost.total.value, unit: .cents, origin: .rule, rule: rule,
            formula: "Σ lines of price book \(cost.book) at month 0",
            calculation: (cost.lines.map { "\($0.name) \(Amounts.money($0.cost))" } + ["\(Amounts.money(cost.total))"]).joined(separator: " + ")
                .replacingLast(" + ", with: " = "),
            inputs: lineAddresses))
        derivations += Self.horizon(cost, lake: lake, rule: rule)
    }

    /// The data at the horizon, the total and cost per TB at the horizon month, and per TB today.
    private static func horizon(_ cost: LakeCost, lake: ResolvedLake, rule: String) -> [Derivation] {
        guard let today = cost.months.first, let horizon = cost.months.last else { return [] }
        let workload = lake.spec.workload
        var derivations: [Derivation] = []
        if lake.provenance["workload.horizon"] == nil {
            let defaulted = workload.horizonMonths == WorkloadSpec.defaultHorizonMonths
            derivations.append(Derivation(address: "workload.horizon", value: workload.horizonMonths, unit: .count,
                                          origin: defaulted ? .defaulted : .input(reason: workload.reasons["horizon"]),
                                          formula: defaulted ? "months ahead the lake is sized for: a year unless the blueprint sets horizon" : ""))
        }
        derivations.append(Derivation(
            address: "cost.horizon.dataVolume", value: horizon.data.value, unit: .bytes, origin: .rule, rule: rule,
            formula: "D × (1 + g)^(H / 12), compounded monthly",
            calculation: "\(today.data) × (1 + \(workload.yearlyGrowthPercent)%)^(\(horizon.month) / 12) = \(horizon.data)",
            inputs: ["workload.dataVolume", "workload.yearlyGrowth", "workload.horizon"]))
        derivations.append(Derivation(
            address: "cost.horizon.total", value: horizon.total.value, unit: .cents, origin: .rule, rule: rule,
            formula: "the month-0 bill with the data stored at month H (the lake is already sized for it)",
            calculation: "\(Amounts.money(today.total)) with \(today.data) stored → \(Amounts.money(horizon.total)) with \(horizon.data) stored at month \(horizon.month)",
            inputs: ["cost.total", "cost.horizon.dataVolume"]))
        for (month, prefix, inputs) in [(today, "cost", ["cost.total", "workload.dataVolume"]),
                                        (horizon, "cost.horizon", ["cost.horizon.total", "cost.horizon.dataVolume"])] {
            guard let perTB = month.perDataTB else { continue }
            derivations.append(Derivation(
                address: "\(prefix).perDataTB", value: perTB.value, unit: .cents, origin: .rule, rule: rule,
                formula: "monthly cost / TB of data stored at month \(month.month)",
                calculation: "\(Amounts.money(month.total)) / \(month.data) = \(Amounts.money(perTB)) per TB", inputs: inputs))
        }
        return derivations
    }

    /// `Compute (K8s)` → `computeK8s`, `Stored data` → `storedData`: a line or item name as an address part.
    public static func key(_ name: String) -> String {
        let words = name.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let first = words.first else { return "line" }
        return first.lowercased() + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The resolved numbers an item's quantity counts, as addresses in the lake's provenance.
    static func quantityInputs(_ item: ItemCost, lake: ResolvedLake) -> [String] {
        let scope = Set(item.scope)
        let candidates: [String] = switch item.measure {
        case .lake, .deployment: []
        case .dataTB: ["workload.dataVolume"]
        case .rawTB, .rawTBNVMe, .rawTBSSD, .rawTBHDD: ["minio.rawCapacity"]
        case .usableTB: ["minio.usableCapacity"]
        case .drive: ["minio.nodes", "minio.drivesPerNode"]
        case .storageServer: ["minio.nodes"]
        case .kubernetesNode: lake.provenance.order.filter { $0.hasPrefix("nodePools.") && $0.hasSuffix(".nodes") }
        case .kafkaBroker: ["kafka.brokers"]
        case .sparkExecutor: lake.provenance.order.filter { $0.hasPrefix("spark.jobs.") && $0.hasSuffix(".executors") }
        case .flinkTaskManager: lake.provenance.order.filter { $0.hasPrefix("flink.jobs.") && $0.hasSuffix(".taskManagers") }
        case .trinoWorker: ["trino.workers"]
        case .searchNode: ["pods.elasticsearch-data", "pods.opensearch-data"]
        case .apiReplica: ["fastapi.replicas"]
        case .nifiNode: ["nifi.replicas"]
        case .vcpu, .memoryGiB, .volumeGB, .volumeGiB: lake.podGroups.filter { scope.contains($0.component) }.map { "pods.\($0.name)" }
        }
        return candidates.filter { lake.provenance[$0] != nil }
    }
}

private extension String {
    /// The string with its last `separator` replaced.
    func replacingLast(_ separator: String, with replacement: String) -> String {
        guard let range = range(of: separator, options: .backwards) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
