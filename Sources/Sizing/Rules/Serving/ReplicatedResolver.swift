import LakeModel

/// Resolves the components sized only by replicas and per-replica resources: FastAPI, Hasura and Atlas.
enum ReplicatedResolver {
    static func fastapi(_ spec: FastAPISpec, _ ledger: Ledger) -> ResolvedReplicated {
        let rule = FastAPIReplicasRule.description
        let users = ledger.lake.workload.activeUsers.map { ledger.input("workload.activeUsers", $0, .count, reasonKey: "activeUsers") }
        let rps = ledger.decide("fastapi.requestsPerSecond", .count, by: rule, inputs: users == nil ? [] : ["workload.activeUsers"]) {
            let value = FastAPIReplicasRule.requestsPerSecond(given: spec.requestsPerSecond, users: users)
            return (value, spec.requestsPerSecond == nil ? "⌈\(users ?? 0) users / 10⌉ = \(value) req/s" : "\(value) req/s from the blueprint")
        }
        let perReplica = ledger.setting("fastapi.requestsPerReplica", given: spec.requestsPerReplica, default: FastAPIReplicasRule.defaultPerReplica,
                                        .count, FastAPIReplicasRule.defaultReason(ledger.lake.components))
        let replicas = ledger.decide("fastapi.replicas", .count, by: rule, inputs: ["fastapi.requestsPerSecond", "fastapi.requestsPerReplica"],
                                     pin: .fastapiReplicas) {
            let value = FastAPIReplicasRule.replicas(requests: rps, perReplica: perReplica)
            return (value, "max(2, ⌈\(rps) / \(perReplica)⌉) = \(value)")
        }
        ledger.decide("fastapi.maxReplicas", .count, by: rule, inputs: ["fastapi.replicas"]) {
            (replicas * FastAPIReplicasRule.burstFactor, "HPA ceiling 2 × \(replicas) = \(replicas * FastAPIReplicasRule.burstFactor)")
        }
        return replicated(.fastapi, replicas: replicas, cpu: FastAPIReplicasRule.cpu, memory: FastAPIReplicasRule.memory, rule: rule, ledger)
    }

    static func hasura(_ spec: HasuraSpec, _ ledger: Ledger) -> ResolvedReplicated {
        let rule = HasuraReplicasRule.description
        let users = ledger.lake.workload.activeUsers.map { ledger.input("workload.activeUsers", $0, .count, reasonKey: "activeUsers") }
        let rps = ledger.decide("hasura.requestsPerSecond", .count, by: rule, inputs: users == nil ? [] : ["workload.activeUsers"]) {
            let value = HasuraReplicasRule.requestsPerSecond(users: users)
            return (value, "⌈\(users ?? 0) users / 30⌉ = \(value) req/s")
        }
        let needed = HasuraReplicasRule.replicas(requests: rps)
        let replicas = ledger.decide("hasura.replicas", .count, by: rule, inputs: ["hasura.requestsPerSecond"], pin: .hasuraReplicas) {
            if let given = spec.replicas { return (given, "\(given) from the blueprint") }
            return (needed, "max(2, ⌈\(rps) req/s / 500⌉) = \(needed)")
        }
        if replicas < needed {
            ledger.warning("hasura.replicasBelowRate",
                           "\(replicas) Hasura replicas serve about \(QuantityUnit.count.format(replicas * HasuraReplicasRule.perReplica)) req/s; "
                               + "\(QuantityUnit.count.format(users ?? 0)) active users send about \(QuantityUnit.count.format(rps))",
                           address: "hasura.replicas",
                           notes: ["the blueprint's Hasura replicas (or the hasura.replicas pin) are below the \(needed) the rate needs; raise them or remove the setting"])
        }
        return replicated(.hasura, replicas: replicas, cpu: HasuraReplicasRule.cpu, memory: HasuraReplicasRule.memory, rule: rule, ledger)
    }

    static func atlas(_ spec: AtlasSpec, _ ledger: Ledger) -> ResolvedReplicated {
        let rule = AtlasRule.description
        let replicas = ledger.decide("atlas.replicas", .count, by: rule, inputs: [], pin: .atlasReplicas) {
            if let given = spec.replicas { return (given, "\(given) from the blueprint") }
            return (AtlasRule.replicas, "an active and a passive server")
        }
        let heap = ledger.decide("atlas.heap", .memory, by: rule, inputs: []) { (AtlasRule.heap, "ATLAS_SERVER_HEAP -Xmx15360m") }
        var atlas = replicated(.atlas, replicas: replicas, cpu: AtlasRule.cpu, memory: AtlasRule.memory, rule: rule, ledger)
        atlas.heap = Bytes(heap)
        return atlas
    }

    /// Records per-replica CPU and memory under the kind's name and builds the pod group.
    private static func replicated(_ kind: ComponentKind, replicas: Int, cpu: Int, memory: Int, rule: RuleDescription, _ ledger: Ledger)
        -> ResolvedReplicated
    {
        let k = kind.rawValue
        ledger.decide("\(k).cpu", .millicores, by: rule, inputs: []) { (cpu, "\(Millicores(cpu)) CPU per replica") }
        ledger.decide("\(k).memory", .memory, by: rule, inputs: []) { (memory, "\(Bytes(memory).memoryText) per replica") }
        let resources = Resources(cpu: Millicores(cpu), memory: Bytes(memory))
        return ResolvedReplicated(replicas: replicas, resources: resources,
                                  pods: [PodGroup(name: k, component: kind, replicas: replicas, resources: resources, stateful: false)])
    }
}
