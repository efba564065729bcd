import Diagnostics
import LakeModel
import LakeformWire

/// Checks pins: known keys, one pin per key, a declared component, and values above the floor.
enum PinMapper {
    static func map(_ pins: [Wire.Pin], components: ComponentsSpec, _ context: MappingContext) -> [PinSpec] {
        var seen: Set<String> = []
        return pins.enumerated().compactMap { index, pin in
            let path = "pins[\(index)]"
            guard let key = PinKey.named(pin.key) else {
                var notes: [String] = []
                if let suggestion = Suggestion.closest(to: pin.key, in: PinKey.all.map(\.name)) {
                    notes.append("did you mean '\(suggestion)'?")
                }
                notes.append("pinnable keys are listed by `lakeform validate --list-pins`")
                context.error("pin.unknownKey", "unknown pin key '\(pin.key)'", at: path, address: "pins.\(pin.key)", notes: notes)
                return nil
            }
            guard seen.insert(key.name).inserted else {
                context.error("pin.duplicate", "'\(key.name)' is pinned twice", at: path, address: key.name,
                              notes: ["keep one pin per key"])
                return nil
            }
            guard components.contains(key.component) else {
                context.error("pin.componentMissing", "'\(key.name)' is pinned but the lake does not deploy \(key.component.rawValue)",
                              at: path, address: key.name, notes: ["declare the component, or remove the pin"])
                return nil
            }
            let floor = effectiveFloor(key, components)
            guard pin.value.value >= floor.value else {
                context.error("pin.belowFloor",
                              "\(key.name) is pinned to \(format(pin.value.value, key.unit)), below the safe minimum of \(format(floor.value, key.unit))",
                              at: path, address: key.name, notes: [floor.reason])
                return nil
            }
            let bound = InputBounds.pinBound(key)
            guard pin.value.value <= bound.range.upperBound else {
                context.error("spec.outOfRange", "\(key.name) is pinned to \(bound.describe(pin.value.value)), above the largest pin of \(bound.describe(bound.range.upperBound))",
                              at: path, address: key.name,
                              notes: ["\(key.unit.rawValue) pins go up to \(bound.describe(bound.range.upperBound)) (schemas/blueprint.schema.json, $defs.pin)",
                                      "check the unit: a size such as 16TB pinned on a count key is read as bytes"])
                return nil
            }
            return PinSpec(key: key, value: pin.value.value, reason: pin.reason)
        }
    }

    /// The floor for `key`, raised where another setting demands more (brokers ≥ replication factor).
    private static func effectiveFloor(_ key: PinKey, _ components: ComponentsSpec) -> (value: Int, reason: String) {
        if key == .kafkaBrokers, let rf = components.kafka?.replicationFactor, rf > key.floor {
            return (rf, "replication factor \(rf) needs at least \(rf) brokers")
        }
        return (key.floor, key.floorReason)
    }

    private static func format(_ value: Int, _ unit: PinKey.Unit) -> String {
        switch unit {
        case .count: "\(value)"
        case .bytes: Bytes(value).storageText
        case .memory: Bytes(value).memoryText
        case .seconds: Seconds(value).description
        }
    }
}
