import Diagnostics
import LakeModel

/// Turns a `LakeSpec` into a `ResolvedLake` by running every component's sizing rules, then
/// checks the invariants. Pure: no I/O.
public enum Resolver {
    public static func resolve(_ spec: LakeSpec) -> (lake: ResolvedLake, diagnostics: Diagnostics) {
        let ledger = Ledger(lake: spec)
        var lake = ResolvedLake(spec: spec)
        let components = spec.components
        lake.minio = components.minio.map { MinIOResolver.resolve($0, ledger) }
        lake.kafka = components.kafka.map { KafkaResolver.resolve($0, ledger) }
        lake.nodePools = NodePoolResolver.resolve(lake.podGroups, ledger)
        lake.provenance = ledger.provenance
        Invariants.check(lake, ledger)
        return (lake, ledger.diagnostics)
    }
}
