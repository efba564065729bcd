import LakeModel

/// Resolves PostgreSQL: instances, memory, the APIs' pooler, connections, memory settings and volume.
enum PostgresResolver {
    static func resolve(_ spec: PostgresSpec, _ ledger: Ledger) -> ResolvedPostgres {
        let components = ledger.lake.components
        let data = ledger.input("workload.dataVolume", ledger.lake.workload.dataVolume.value, .bytes, reasonKey: "dataVolume")
        let tier = PostgresSizeRule.size(dataVolume: data)
        let instances = ledger.setting("postgres.instances", given: spec.instances, default: 2, .count,
                                       "a primary and one streaming replica (sizing-rules §10)")
        let memory = ledger.decide("postgres.memory", .memory, by: PostgresSizeRule.description, inputs: ["workload.dataVolume"], pin: .postgresMemory) {
            if let given = spec.memory { return (given.value, "\(Bytes(given.value).memoryText) from the blueprint") }
            return (tier.memory, "\(Bytes(data)) of data → \(Bytes(tier.memory).memoryText)")
        }
        let cpu = ledger.decide("postgres.cpu", .millicores, by: PostgresSizeRule.description, inputs: ["postgres.memory"]) {
            let value = PostgresSizeRule.cores(memory: memory)
            return (value * 1_000, "\(Bytes(memory).memoryText) / 4 GiB = \(value) cores")
        }
        let volume = ledger.decide("postgres.volume", .bytes, by: PostgresSizeRule.description, inputs: ["workload.dataVolume"]) {
            if let given = spec.volume { return (given.value, "\(Bytes(given.value)) from the blueprint") }
            return Recorded.atLeast((tier.volume, "\(Bytes(data)) of data → \(Bytes(tier.volume).storageText)"),
                                    recorded: Recorded.group("postgres", ledger)?.volume?.value, .bytes, what: "per instance")
        }
        let catalog = components.iceberg.map { $0.type == .jdbc || $0.type == .hive } ?? false
        let pooler = pooler(ledger)
        let connections = maxConnections(spec, memory: memory, catalog: catalog, pooled: pooler?.maxDBConnections ?? 0, ledger)
        let s = PostgresSettingsRule.settings(memory: memory, connections: connections)
        let rule = PostgresSettingsRule.description
        let ram = Bytes(memory).memoryText
        ledger.decide("postgres.sharedBuffers", .memory, by: rule, inputs: ["postgres.memory"]) {
            (s.shared, "25% × \(ram) = \(Bytes(s.shared).memoryText)")
        }
        ledger.decide("postgres.effectiveCacheSize", .memory, by: rule, inputs: ["postgres.memory"]) {
            (s.cache, "75% × \(ram) = \(Bytes(s.cache).memoryText)")
        }
        ledger.decide("postgres.maintenanceWorkMem", .memory, by: rule, inputs: ["postgres.memory"]) {
            (s.maintenance, "clamp(\(ram) / 16, 64 MiB, 2 GiB) = \(Bytes(s.maintenance).memoryText)")
        }
        ledger.decide("postgres.workMem", .memory, by: rule,
                      inputs: ["postgres.memory", "postgres.sharedBuffers", "postgres.maintenanceWorkMem", "postgres.maxConnections"]) {
            (s.workMem, "(\(ram) − \(Bytes(s.shared).memoryText) − \(Bytes(s.maintenance).memoryText)) / (\(connections) × 3) "
                + "= \(QuantityUnit.count.format(s.workMem >> 10)) kB")
        }
        let resources = Resources(cpu: Millicores(cpu), memory: Bytes(memory))
        var pods = [PodGroup(name: "postgres", component: .postgres, replicas: instances, resources: resources, storagePerReplica: Bytes(volume), stateful: true)]
        if let pooler {
            pods.append(PodGroup(name: "postgres-pooler", component: .postgres, replicas: pooler.instances, resources: pooler.resources, stateful: false))
        }
        return ResolvedPostgres(
            instances: instances, memory: Bytes(memory), sharedBuffers: Bytes(s.shared), effectiveCacheSize: Bytes(s.cache),
            workMem: Bytes(s.workMem), maintenanceWorkMem: Bytes(s.maintenance), maxConnections: connections, volume: Bytes(volume),
            resources: resources, pooler: pooler, pods: pods)
    }

    /// The PgBouncer pooler, when Hasura or FastAPI connect to the database; its instances follow the request rates
    /// the APIs recorded, which the Resolver resolves before PostgreSQL.
    static func pooler(_ ledger: Ledger) -> ResolvedPostgresPooler? {
        let components = ledger.lake.components
        guard components.hasura != nil || components.fastapi != nil else { return nil }
        let rule = PostgresPoolerRule.description
        let apis = ["fastapi.requestsPerSecond", "hasura.requestsPerSecond"].filter { ledger.provenance[$0] != nil }
        let requests = apis.reduce(0) { $0 + (ledger.provenance[$1]?.value ?? 0) }
        let instances = ledger.decide("postgres.pooler.instances", .count, by: rule, inputs: apis) {
            let value = PostgresPoolerRule.instances(requests: requests)
            return (value, "max(2, ⌈\(requests) req/s / 10,000⌉) = \(value)")
        }
        let server = ledger.decide("postgres.pooler.maxDBConnections", .count, by: rule, inputs: []) {
            (PostgresPoolerRule.maxDBConnections, "the operator's default \(PostgresPoolerRule.maxDBConnections), shared by the API replicas")
        }
        return ResolvedPostgresPooler(instances: instances, maxDBConnections: server, resources: PostgresPoolerRule.resources)
    }

    /// max_connections from the direct clients and the pooler, capped where work_mem would fall below 4 MB.
    static func maxConnections(_ spec: PostgresSpec, memory: Int, catalog: Bool, pooled: Int, _ ledger: Ledger) -> Int {
        let airflow = ledger.lake.components.airflow != nil
        let cap = PostgresConnectionsRule.cap(memory: memory)
        let needed = spec.maxConnections ?? PostgresConnectionsRule.needed(airflow: airflow, catalog: catalog, pooled: pooled)
        if needed > cap {
            ledger.warning("postgres.connectionsCapped",
                           "PostgreSQL needs \(needed) connections but \(Bytes(memory).memoryText) of RAM keeps work_mem ≥ 4 MB for only \(cap)",
                           address: "postgres.maxConnections",
                           notes: [spec.maxConnections == nil ? "raise postgres.memory (pin postgres.memory)"
                               : "the blueprint's maxConnections \(needed) is above the cap; lower it and connect clients through the pooler, or raise postgres.memory"])
        }
        return ledger.decide("postgres.maxConnections", .count, by: PostgresConnectionsRule.description,
                             inputs: ["postgres.memory"] + (pooled > 0 ? ["postgres.pooler.maxDBConnections"] : [])) {
            let value = min(needed, cap)
            if let given = spec.maxConnections { return (value, "min(\(given) from the blueprint, cap \(cap)) = \(value)") }
            return (value, "min(cap \(cap), max(100, 3 + Airflow \(airflow ? 60 : 0) + catalog \(catalog ? 20 : 0) + pooler \(pooled))) = \(value)")
        }
    }
}
