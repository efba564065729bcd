import LakeModel

/// max_connections from the components that keep pools open against the metadata database.
enum PostgresConnectionsRule: SizingRule {
    static let reserved = 3
    static let airflow = 60
    static let perHasuraReplica = 50
    static let catalog = 20
    static let floor = 100

    static let description = RuleDescription(
        id: "postgres.maxConnections",
        summary: "max_connections = 3 superuser slots + Airflow 60 (4 long-running processes × pool 5 + overflow 10) + Hasura 50 per "
            + "replica + a JDBC/Hive Iceberg catalog 20, never below PostgreSQL's default 100. Prefer PgBouncer to raising it.",
        formula: "max(100, 3 + 60·airflow + 50 × hasura replicas + 20·catalog)",
        constants: [
            RuleConstant("superuser_reserved_connections", "3", "PostgreSQL default"),
            RuleConstant("Airflow", "60", "sql_alchemy_pool_size 5 + max_overflow 10 for scheduler, API server, triggerer, DAG processor"),
            RuleConstant("Hasura", "50 per replica", "HASURA_GRAPHQL_PG_CONNECTIONS default"),
            RuleConstant("Iceberg catalog", "20", "rule of thumb: a Hive Metastore's two pools of 10, or JDBC catalog clients"),
        ],
        source: "https://www.postgresql.org/docs/current/runtime-config-connection.html ; https://airflow.apache.org/docs/apache-airflow/stable/configurations-ref.html ; "
            + "https://hasura.io/docs/latest/deployment/graphql-engine-flags/reference/",
        evidence: .documented,
        examples: [
            RuleExample("Airflow, 2 Hasura replicas and a JDBC catalog", expect: "183 connections") {
                "\(connections(airflow: true, hasuraReplicas: 2, catalog: true)) connections"
            },
            RuleExample("Airflow only", expect: "100 connections") { "\(connections(airflow: true, hasuraReplicas: 0, catalog: false)) connections" },
        ])

    static func connections(airflow usesAirflow: Bool, hasuraReplicas: Int, catalog usesCatalog: Bool) -> Int {
        max(floor, reserved + (usesAirflow ? airflow : 0) + hasuraReplicas * perHasuraReplica + (usesCatalog ? catalog : 0))
    }
}

/// Server memory and volume for the lake's metadata database, by the lake's size.
enum PostgresSizeRule: SizingRule {
    static let description = RuleDescription(
        id: "postgres.size",
        summary: "Metadata databases stay small (2–8 vCPU) but grow with the lake's tables, partitions and DAG runs: 8 GiB and a "
            + "50 GiB volume up to 100 TB of data, 16 GiB / 100 GiB up to 1 PB, 32 GiB / 200 GiB above; 4 GiB per vCPU.",
        formula: "memory, volume = 8 GiB, 50 GiB (≤ 100 TB) | 16 GiB, 100 GiB (≤ 1 PB) | 32 GiB, 200 GiB; cpu = memory / 4 GiB",
        constants: [RuleConstant("tiers", "8 / 16 / 32 GiB", "rule of thumb within §10's 2–8 vCPU at 4 GiB per vCPU")],
        source: "https://wiki.postgresql.org/wiki/Tuning_Your_PostgreSQL_Server ; sizing-rules §10",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("a 50 TB lake", expect: "8 GiB, 2 cores, 50 GiB volume") { describe(50_000_000_000_000) },
            RuleExample("a 5 PB lake", expect: "32 GiB, 8 cores, 200 GiB volume") { describe(5_000_000_000_000_000) },
        ])

    static func size(dataVolume: Int) -> (memory: Int, volume: Int) {
        switch dataVolume {
        case ...100_000_000_000_000: (8 << 30, 50 << 30)
        case ...1_000_000_000_000_000: (16 << 30, 100 << 30)
        default: (32 << 30, 200 << 30)
        }
    }

    static func cores(memory: Int) -> Int { max(1, memory / (4 << 30)) }

    private static func describe(_ data: Int) -> String {
        let s = size(dataVolume: data)
        return "\(ServingUnits.gib(s.memory)), \(cores(memory: s.memory)) cores, \(ServingUnits.gib(s.volume)) volume"
    }
}
