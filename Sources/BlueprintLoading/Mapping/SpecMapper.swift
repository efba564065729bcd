import Foundation
import Diagnostics
import LakeModel
import LakeformWire

/// The one mapper both front-ends meet at: wire lakes become validated `LakeSpec`s, and every
/// problem becomes a diagnostic with the user's file and line.
public enum SpecMapper {
    /// Maps every lake of a loaded blueprint. Lakes with errors are left out of the result.
    public static func map(_ blueprint: LoadedBlueprint) -> (lakes: [LakeSpec], diagnostics: Diagnostics) {
        var lakes: [LakeSpec] = []
        var diagnostics = Diagnostics()
        if blueprint.document.lakes.isEmpty {
            diagnostics.append(
                .error(
                    "blueprint.noLakes", "the blueprint declares no lake", source: blueprint.location(of: "lakes"),
                    notes: ["add at least one lake with a name, tier, namespace and workload"]))
        }
        for (index, wire) in blueprint.document.lakes.enumerated() {
            let context = MappingContext(blueprint: blueprint, lakeIndex: index, lakeName: wire.name)
            let lake = mapLake(wire, context)
            diagnostics.append(contentsOf: context.diagnostics)
            if let lake, !context.diagnostics.hasErrors { lakes.append(lake) }
        }
        return (lakes, diagnostics)
    }

    /// Reports lakes that share a name, within one file or across files.
    public static func checkUniqueLakeNames(_ blueprints: [LoadedBlueprint]) -> Diagnostics {
        var diagnostics = Diagnostics()
        var firstSeen: [String: SourceLocation] = [:]
        for blueprint in blueprints {
            for (index, lake) in blueprint.document.lakes.enumerated() {
                let location = blueprint.location(of: "lakes[\(index)]")
                if let first = firstSeen[lake.name] {
                    diagnostics.append(
                        .error(
                            "lake.duplicateName", "lake '\(lake.name)' is declared more than once",
                            address: "lake.\(lake.name)", source: location,
                            notes: ["first declared at \(first.file):\(first.line)", "give every lake a unique name"]))
                } else if let location {
                    firstSeen[lake.name] = location
                }
            }
        }
        return diagnostics
    }

    static func mapLake(_ wire: Wire.Lake, _ context: MappingContext) -> LakeSpec? {
        if let problem = NameRules.labelProblem(wire.name, maxLength: NameRules.maxLakeNameLength) {
            context.error(
                "lake.invalidName", "lake name '\(wire.name)' \(problem)", at: "name", address: "",
                notes: [
                    "a lake name is a DNS-1123 label of at most \(NameRules.maxLakeNameLength) characters",
                    "try '\(NameRules.suggestion(for: wire.name, maxLength: NameRules.maxLakeNameLength))'",
                ])
        }
        if let problem = NameRules.labelProblem(wire.namespace, maxLength: NameRules.maxLabelLength) {
            context.error(
                "lake.invalidNamespace", "namespace '\(wire.namespace)' \(problem)", at: "namespace", address: "namespace",
                notes: ["a Kubernetes namespace is a DNS-1123 label of at most 63 characters"])
        }
        if wire.tier.trimmingCharacters(in: .whitespaces).isEmpty {
            context.error("lake.emptyTier", "the tier label is empty", at: "tier", address: "tier",
                          notes: ["name the tier, for example \"5 PB, 50k users\""])
        }
        let strings = BlueprintStrings.all(wire)
        BlueprintStrings.checkCharacters(strings, context)
        NameChecks.check(wire, context)
        CredentialCheck.check(wire, strings: strings, context)
        let workload = WorkloadMapper.map(wire.workload, cdcSources: wire.components.debezium?.sources.map(\.name) ?? [], context)
        let components = ComponentMapper.map(wire.components, workload: workload, streams: wire.workload.streams?.map(\.name) ?? [], context)
        WorkloadConsumers.check(wire, context)
        let pins = PinMapper.map(wire.pins ?? [], components: components, context)
        let cost = mapCost(wire.cost, context)
        guard let workload else { return nil }
        var lake = LakeSpec(
            name: wire.name, tier: wire.tier, namespace: wire.namespace, blueprintPath: context.blueprint.path,
            workload: workload, components: components, pins: pins, cost: cost)
        lake.writtenSettings = context.writtenSettings
        return lake
    }

    static func mapCost(_ wire: Wire.CostPolicy?, _ context: MappingContext) -> CostSpec {
        guard let wire else { return CostSpec() }
        var cost = CostSpec(priceBook: wire.priceBook)
        if let book = wire.priceBook, book.trimmingCharacters(in: .whitespaces).isEmpty {
            context.error("cost.emptyPriceBook", "the price book name is empty", at: "cost.priceBook", address: "cost.priceBook",
                          notes: ["name a bundled book (seed-2024, opencost-default, on-prem) or a file"])
            cost.priceBook = nil
        }
        if let money = wire.maxMonthlyCost {
            cost.maxMonthlyCost = context.bounded(money.cents, InputBounds.maxMonthlyCost, "maxMonthlyCost", at: "cost.maxMonthlyCost",
                                                   address: "cost.maxMonthlyCost").map(Cents.init)
        }
        if let money = wire.maxCostPerTB {
            cost.maxCostPerTB = context.bounded(money.cents, InputBounds.maxCostPerTB, "maxCostPerTB", at: "cost.maxCostPerTB",
                                                 address: "cost.maxCostPerTB").map(Cents.init)
        }
        return cost
    }
}
