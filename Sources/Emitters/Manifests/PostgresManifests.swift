import LakeModel

/// Zalando postgres-operator (`acid.zalan.do/v1` `postgresql`): the lake's cluster with the resolved
/// instances, volume, resources and memory settings. Databases the blueprint lists are owned by a
/// role of the same name, or, with pgvector, prepared by the operator with the `vector` extension.
/// A JDBC Iceberg catalog gets its own `iceberg` database. When the lake deploys an API, the
/// operator's PgBouncer pooler (`enableConnectionPooler`, `connectionPooler`) runs in transaction
/// mode with the resolved instances, server connections and resources; the APIs connect to its
/// service, `<cluster>-pooler`, so their replicas never reach max_connections.
enum PostgresManifests {
    /// The schema the `vector` extension is created in.
    static let extensionSchema = "public"
    /// The database prepared for vectors when pgvector is on and the blueprint names none.
    static let vectorDatabase = "vectors"

    static func objects(_ context: EmitContext) -> [YAMLValue] {
        guard let postgres = context.lake.postgres, let spec = context.lake.spec.components.postgres else { return [] }
        var body: [String: YAMLValue] = [
            "teamId": .string(ManifestNames.postgresTeam),
            "numberOfInstances": .int(postgres.instances),
            "volume": ["size": Kubernetes.quantity(postgres.volume)],
            "resources": resources(postgres.resources),
            "postgresql": [
                "version": .string(spec.version),
                "parameters": [
                    "shared_buffers": .string(ManifestUnits.postgres(postgres.sharedBuffers)),
                    "effective_cache_size": .string(ManifestUnits.postgres(postgres.effectiveCacheSize)),
                    "work_mem": .string(ManifestUnits.postgres(postgres.workMem)),
                    "maintenance_work_mem": .string(ManifestUnits.postgres(postgres.maintenanceWorkMem)),
                    "max_connections": .string(String(postgres.maxConnections)),
                ],
            ],
        ]
        if let pooler = postgres.pooler {
            body["enableConnectionPooler"] = true
            body["connectionPooler"] = [
                "numberOfInstances": .int(pooler.instances),
                "mode": "transaction",
                "maxDBConnections": .int(pooler.maxDBConnections),
                "resources": resources(pooler.resources),
            ]
        }
        let owned = ownedDatabases(context)
        if !owned.isEmpty {
            body["users"] = map(owned) { _ in [] }
            body["databases"] = map(owned) { .string($0) }
        }
        let prepared = preparedDatabases(context, spec)
        if !prepared.isEmpty {
            body["preparedDatabases"] = map(prepared) { _ in ["defaultUsers": true, "extensions": ["vector": .string(extensionSchema)]] }
        }
        return [Kubernetes.object(
            apiVersion: "acid.zalan.do/v1", kind: "postgresql", name: ManifestNames.postgresCluster(context.name),
            namespace: context.namespace, labels: Kubernetes.labels(lake: context.name, component: "postgres"), body: ["spec": .map(body)])]
    }

    /// The pooler's service, which the APIs connect to: `<cluster>-pooler.<namespace>.svc`.
    static func poolerHost(_ context: EmitContext) -> String {
        "\(ManifestNames.postgresCluster(context.name))-pooler.\(context.namespace).svc"
    }

    /// Databases created with an owner role of the same name.
    static func ownedDatabases(_ context: EmitContext) -> [String] {
        let spec = context.lake.spec.components.postgres
        var names = spec?.pgvector == true ? [] : distinct(spec?.databases ?? [])
        if SparkConf.usesJDBCCatalog(context), !names.contains(ManifestNames.icebergDatabase) {
            names.append(ManifestNames.icebergDatabase)
        }
        return names
    }

    /// Databases the operator prepares with the `vector` extension and its default roles; the
    /// Iceberg catalog's database always keeps its plain owner role.
    static func preparedDatabases(_ context: EmitContext, _ spec: PostgresSpec) -> [String] {
        guard spec.pgvector else { return [] }
        let named = distinct(spec.databases).filter { !(SparkConf.usesJDBCCatalog(context) && $0 == ManifestNames.icebergDatabase) }
        return named.isEmpty ? [vectorDatabase] : named
    }

    /// A mapping keyed by database name.
    static func map(_ names: [String], _ value: (String) -> YAMLValue) -> YAMLValue {
        .map(Dictionary(uniqueKeysWithValues: names.map { ($0, value($0)) }))
    }

    /// `names` without repeats, in their first order.
    static func distinct(_ names: [String]) -> [String] {
        names.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// The CRD wants every quantity as a string, CPU included.
    static func resources(_ resources: Resources) -> YAMLValue {
        var limits: [String: YAMLValue] = ["memory": Kubernetes.quantity(resources.memoryLimit)]
        if let cpu = resources.cpuLimit { limits["cpu"] = .string(ManifestUnits.cpuString(cpu)) }
        return [
            "requests": ["cpu": .string(ManifestUnits.cpuString(resources.cpuRequest)), "memory": Kubernetes.quantity(resources.memoryRequest)],
            "limits": .map(limits),
        ]
    }
}
