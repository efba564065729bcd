/// Compares the recorded and generated cost reports of every lake: monthly cost, cost lines and capacity.
enum CostDeltas {
    /// One delta per lake whose cost or capacity changed, sorted by lake.
    static func between(desired: [String: String], recorded: [String: String]) -> [LakeCostDelta] {
        // A report whose text did not change has nothing to compare.
        let changed = Set(desired.keys.filter { CostFigures.isCostReport($0) && desired[$0] != recorded[$0] })
            .union(recorded.keys.filter { CostFigures.isCostReport($0) && desired[$0] == nil })
        let before = lakes(recorded.filter { changed.contains($0.key) }), after = lakes(desired.filter { changed.contains($0.key) })
        return Set(before.keys).union(after.keys).sorted().compactMap { name in
            delta(name, before: before[name], after: after[name])
        }
    }

    private static func lakes(_ artifacts: [String: String]) -> [String: CostFigures.Lake] {
        var lakes: [String: CostFigures.Lake] = [:]
        let reports = artifacts.filter { CostFigures.isCostReport($0.key) }.sorted { $0.key < $1.key }.map { (path: $0.key, contents: $0.value) }
        for report in CostFigures.parseAll(reports) {
            for lake in report.figures?.lakes ?? [] { lakes[lake.lake] = lake }
        }
        return lakes
    }

    private static func delta(_ name: String, before: CostFigures.Lake?, after: CostFigures.Lake?) -> LakeCostDelta? {
        let names = ((before?.lines ?? []) + (after?.lines ?? [])).map(\.name)
        let lines = names.enumerated().filter { names.firstIndex(of: $0.element) == $0.offset }.compactMap { _, line in
            let old = before?.lines.first { $0.name == line }, new = after?.lines.first { $0.name == line }
            guard old?.monthlyCostCents != new?.monthlyCostCents else { return nil as CostLineDelta? }
            return CostLineDelta(name: line, components: (new ?? old)?.components ?? [],
                                 beforeCents: old?.monthlyCostCents, afterCents: new?.monthlyCostCents)
        }
        let paired = pairs(before: capacityFigures(before?.capacity), after: capacityFigures(after?.capacity))
        // A new or removed lake lists its lake-wide figures only; every component changed with it.
        let capacity = before == nil || after == nil ? paired.filter { $0.subject == "lake" } : paired
        guard before?.monthlyCostCents != after?.monthlyCostCents || !lines.isEmpty || !capacity.isEmpty else { return nil }
        let perTB = (before?.perUnit.dataTbCents, after?.perUnit.dataTbCents)
        return LakeCostDelta(
            lake: name, currency: (after ?? before)?.currency ?? "USD", beforeCents: before?.monthlyCostCents,
            afterCents: after?.monthlyCostCents,
            perDataTB: perTB.0 == perTB.1 ? nil : CostLineDelta(name: "per TB of data", components: [], beforeCents: perTB.0, afterCents: perTB.1),
            lines: lines, capacity: capacity)
    }

    /// Every figure a plan compares, keyed by subject and metric, in display order.
    private static func capacityFigures(_ capacity: CostFigures.Capacity?) -> [CapacityDelta] {
        guard let capacity else { return [] }
        var figures: [CapacityDelta] = []
        func add(_ subject: String, _ metric: String, _ unit: CapacityDelta.Unit, _ value: Int?) {
            guard let value else { return }
            figures.append(CapacityDelta(subject: subject, metric: metric, unit: unit, before: nil, after: value))
        }
        add("lake", "usable", .bytes, capacity.storage?.usableBytes)
        add("lake", "raw", .bytes, capacity.storage?.rawBytes)
        add("lake", "storage servers", .count, capacity.storage?.servers)
        add("lake", "drives", .count, capacity.storage?.drives)
        add("lake", "runway", .months, capacity.storage?.runwayMonths)
        add("lake", "kafka brokers", .count, capacity.kafka?.nodes)
        add("lake", "kafka disk", .bytes, capacity.kafka?.diskBytes)
        add("lake", "nodes", .count, capacity.totals.nodes)
        add("lake", "cpu", .millicores, capacity.totals.cpuMillicores)
        add("lake", "memory", .memoryBytes, capacity.totals.memoryBytes)
        for component in capacity.components {
            add(component.component, "pods", .count, component.pods)
            add(component.component, "cpu", .millicores, component.cpuMillicores)
            add(component.component, "memory", .memoryBytes, component.memoryBytes)
            add(component.component, "volumes", .bytes, component.volumeBytes)
        }
        return figures
    }

    /// Pairs the figures of both sides (each listed as `after`) into before/after deltas, keeping those that differ.
    private static func pairs(before: [CapacityDelta], after: [CapacityDelta]) -> [CapacityDelta] {
        var merged = before.map { CapacityDelta(subject: $0.subject, metric: $0.metric, unit: $0.unit, before: $0.after, after: nil) }
        for figure in after {
            if let index = merged.firstIndex(where: { $0.subject == figure.subject && $0.metric == figure.metric }) {
                merged[index].after = figure.after
            } else {
                merged.append(figure)
            }
        }
        return merged.filter { $0.before != $0.after }
    }
}
