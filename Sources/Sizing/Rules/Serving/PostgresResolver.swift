import LakeModel

/// Resolves PostgreSQL: instances, memory, connections, memory settings and volume.
enum PostgresResolver {
    static func resolve(_ spec: PostgresSpec, hasura: ResolvedReplicated?, _ ledger: Ledger) -> ResolvedPostgres {
        let components = ledger.lake.components
        let data = ledger.input("workload.dataVolume", ledger.lake.workload.dataVolume.value, .bytes, reasonKey: "dataVolume")
        let tier = PostgresSizeRule.size(dataVolume: data)
        let instances = ledger.setting("postgres.instances", given: spec.instances, default: 2, .count,
                                       "a primary and one streaming replica (sizing-rules §10)")
        let memory = ledger.decide("postgres.memory", .bytes, by: PostgresSizeRule.description, inputs: ["workload.dataVolume"], pin: .postgresMemory) {
            if let given = spec.memory { return (given.value, "\(ServingUnits.gib(given.value)) from the blueprint") }
            return (tier.memory, "\(Bytes(data)) of data → \(ServingUnits.gib(tier.memory))")
        }
        let cpu = ledger.decide("postgres.cpu", .millicores, by: PostgresSizeRule.description, inputs: ["postgres.memory"]) {
            let value = PostgresSizeRule.cores(memory: memory)
            return (value * 1_000, "\(ServingUnits.gib(memory)) / 4 GiB = \(value) cores")
        }
        let volume = ledger.decide("postgres.volume", .bytes, by: PostgresSizeRule.description, inputs: ["workload.dataVolume"]) {
            if let given = spec.volume { return (given.value, "\(Bytes(given.value)) from the blueprint") }
            return (tier.volume, "\(Bytes(data)) of data → \(ServingUnits.gib(tier.volume))")
        }
        let catalog = components.iceberg.map { $0.type == .jdbc || $0.type == .hive } ?? false
        let hasuraReplicas = hasura?.replicas ?? 0
        let connections = ledger.decide("postgres.maxConnections", .count, by: PostgresConnectionsRule.description,
                                        inputs: hasura == nil ? [] : ["hasura.replicas"]) {
            if let given = spec.maxConnections { return (given, "\(given) from the blueprint") }
            let value = PostgresConnectionsRule.connections(airflow: components.airflow != nil, hasuraReplicas: hasuraReplicas, catalog: catalog)
            return (value, "max(100, 3 + Airflow \(components.airflow != nil ? 60 : 0) + Hasura 50 × \(hasuraReplicas) + catalog \(catalog ? 20 : 0)) = \(value)")
        }
        let s = PostgresSettingsRule.settings(memory: memory, connections: connections)
        let rule = PostgresSettingsRule.description
        let ram = ServingUnits.mib(memory)
        ledger.decide("postgres.sharedBuffers", .bytes, by: rule, inputs: ["postgres.memory"]) {
            (s.shared, "25% × \(ram) = \(ServingUnits.mib(s.shared))")
        }
        ledger.decide("postgres.effectiveCacheSize", .bytes, by: rule, inputs: ["postgres.memory"]) {
            (s.cache, "75% × \(ram) = \(ServingUnits.mib(s.cache))")
        }
        ledger.decide("postgres.maintenanceWorkMem", .bytes, by: rule, inputs: ["postgres.memory"]) {
            (s.maintenance, "clamp(\(ram) / 16, 64 MiB, 2 GiB) = \(ServingUnits.mib(s.maintenance))")
        }
        ledger.decide("postgres.workMem", .bytes, by: rule,
                      inputs: ["postgres.memory", "postgres.sharedBuffers", "postgres.maintenanceWorkMem", "postgres.maxConnections"]) {
            (s.workMem, "(\(ram) − \(ServingUnits.mib(s.shared)) − \(ServingUnits.mib(s.maintenance))) / (\(connections) × 3) "
                + "= \(QuantityUnit.count.format(s.workMem >> 10)) kB")
        }
        let resources = Resources(cpu: Millicores(cpu), memory: Bytes(memory))
        let pods = [PodGroup(name: "postgres", component: .postgres, replicas: instances, resources: resources, storagePerReplica: Bytes(volume), stateful: true)]
        return ResolvedPostgres(
            instances: instances, memory: Bytes(memory), sharedBuffers: Bytes(s.shared), effectiveCacheSize: Bytes(s.cache),
            workMem: Bytes(s.workMem), maintenanceWorkMem: Bytes(s.maintenance), maxConnections: connections, volume: Bytes(volume),
            resources: resources, pods: pods)
    }
}
