import LakeModel

/// max_connections from the clients that connect directly plus the pooler's server connections, within what RAM allows.
enum PostgresConnectionsRule: SizingRule {
    static let reserved = 3
    static let airflow = 60
    static let catalog = 20
    static let floor = 100

    static let description = RuleDescription(
        id: "postgres.maxConnections",
        summary: "max_connections = 3 superuser slots + Airflow 60 (4 long-running processes × pool 5 + overflow 10) + a JDBC/Hive "
            + "Iceberg catalog 20 + the PgBouncer pooler's server connections; Hasura and FastAPI connect through the pooler, so "
            + "their replicas add none. At least PostgreSQL's default 100, at most the cap that keeps work_mem ≥ 4 MB under the "
            + "§10 guardrail: (RAM − shared_buffers − maintenance_work_mem) / (3 operations × 4 MB).",
        formula: "min(cap, max(100, 3 + 60·airflow + 20·catalog + pooler)); cap = (RAM − shared − maintenance) / (3 × 4 MB)",
        constants: [
            RuleConstant("superuser_reserved_connections", "3", "PostgreSQL default"),
            RuleConstant("Airflow", "60", "sql_alchemy_pool_size 5 + max_overflow 10 for scheduler, API server, triggerer, DAG processor"),
            RuleConstant("Iceberg catalog", "20", "rule of thumb: a Hive Metastore's two pools of 10, or JDBC catalog clients"),
            RuleConstant("work_mem floor", "4 MB", "PostgreSQL's default work_mem; the cap keeps the guardrail at or above it"),
        ],
        source: "https://www.postgresql.org/docs/current/runtime-config-connection.html ; https://airflow.apache.org/docs/apache-airflow/stable/configurations-ref.html ; "
            + "https://www.postgresql.org/docs/current/runtime-config-resource.html (work_mem) ; sizing-rules §10",
        evidence: .documented,
        examples: [
            RuleExample("Airflow, a JDBC catalog and the pooler's 60, 32 GiB", expect: "143 connections, cap 1,877") {
                describe(needed: needed(airflow: true, catalog: true, pooled: PostgresPoolerRule.maxDBConnections), memory: 32 << 30)
            },
            RuleExample("Airflow only, 8 GiB", expect: "100 connections, cap 469") {
                describe(needed: needed(airflow: true, catalog: false, pooled: 0), memory: 8 << 30)
            },
            RuleExample("Airflow, a catalog and the pooler, 1 GiB", expect: "58 connections, cap 58") {
                describe(needed: needed(airflow: true, catalog: true, pooled: PostgresPoolerRule.maxDBConnections), memory: 1 << 30)
            },
        ])

    /// What the clients need, never below PostgreSQL's default.
    static func needed(airflow usesAirflow: Bool, catalog usesCatalog: Bool, pooled: Int) -> Int {
        max(floor, reserved + (usesAirflow ? airflow : 0) + (usesCatalog ? catalog : 0) + pooled)
    }

    /// The most connections that keep work_mem at 4 MB or more within `memory`.
    static func cap(memory: Int) -> Int {
        max(1, PostgresSettingsRule.perConnectionMemory(memory: memory) / (PostgresSettingsRule.operationsPerConnection * PostgresSettingsRule.minimumWorkMem))
    }

    private static func describe(needed: Int, memory: Int) -> String {
        let cap = cap(memory: memory)
        return "\(min(needed, cap)) connections, cap \(QuantityUnit.count.format(cap))"
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
            RuleExample("a 50 TB lake", expect: "8 GiB, 2 cores, 53.68 GB volume") { describe(50_000_000_000_000) },
            RuleExample("a 5 PB lake", expect: "32 GiB, 8 cores, 214.74 GB volume") { describe(5_000_000_000_000_000) },
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
        return "\(Bytes(s.memory).memoryText), \(cores(memory: s.memory)) cores, \(Bytes(s.volume).storageText) volume"
    }
}
