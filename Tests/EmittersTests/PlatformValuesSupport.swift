@testable import Emitters
import LakeModel
import Sizing
import TestSupport

/// Shared fixtures for the platform values tests: the sample lake and ways to look into its values.
enum PlatformValuesFixture {
    static let lake = SampleLakes.resolved()
    static let context = EmitContext(lake: lake, toolVersion: "test")

    /// The sample lake with a change to its spec, resolved again.
    static func context(_ change: (inout LakeSpec) -> Void) -> EmitContext {
        var spec = SampleLakes.spec(data: 5_000_000_000_000_000, ingest: 50_000_000, name: "sample")
        change(&spec)
        return EmitContext(lake: Resolver.resolve(spec).lake, toolVersion: "test")
    }

    static func entry(_ release: String, _ context: EmitContext = context) -> PlatformEntry? {
        PlatformValuesFamily.entries(context).first { $0.release.name == release }
    }

    static func values(_ release: String, _ context: EmitContext = context) -> YAMLValue {
        entry(release, context)?.values ?? .null
    }

    /// Every leaf of a values tree as a dotted path with `[]` for list items, with its value.
    static func leaves(_ value: YAMLValue, _ prefix: String = "") -> [(path: String, value: YAMLValue)] {
        switch value {
        case .map(let map) where !map.isEmpty:
            return map.keys.sorted().flatMap { key in leaves(map[key] ?? .null, prefix.isEmpty ? key : "\(prefix).\(key)") }
        case .list(let items) where !items.isEmpty:
            return items.flatMap { leaves($0, "\(prefix)[]") }
        default:
            return [(prefix, value)]
        }
    }
}
