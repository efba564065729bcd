import LakeModel

/// Zalando's PgBouncer pooler for the APIs: a few server connections shared by every API replica.
enum PostgresPoolerRule: SizingRule {
    static let minimumInstances = 2
    /// Transactions a second one single-threaded PgBouncer pools with headroom.
    static let requestsPerInstance = 10_000
    static let maxDBConnections = 60
    static let cpu = 500
    static let cpuLimit = 1_000
    static let memory = 100 << 20
    /// PgBouncer's memory per client connection.
    static let perClientConnection = 2 << 10

    static let description = RuleDescription(
        id: "postgres.pooler",
        summary: "When Hasura or FastAPI use PostgreSQL they connect through the operator's PgBouncer pooler in transaction mode: "
            + "60 server connections shared by every instance (the operator divides them), each instance 0.5 CPU (limit 1) and 100 MiB, "
            + "the operator's defaults. PgBouncer runs on one core, so instances = the APIs' requests/s over 10,000 per instance, "
            + "at least the operator's 2. It needs about 2 kB per client connection, so 100 MiB holds 50,000 clients per instance; "
            + "60 server connections exceed the (2 × cores + spindles) that keep an 8-core server busy.",
        formula: "instances = max(2, ⌈(FastAPI + Hasura req/s) / 10,000⌉); maxDBConnections = 60; resources = 500m (limit 1), 100 MiB",
        constants: [
            RuleConstant("instances", "at least 2", "connection_pooler_number_of_instances default: one survives a restart"),
            RuleConstant("per instance", "10,000 req/s", "rule of thumb: PgBouncer is single-threaded; one core pools 10k–20k short transactions a second"),
            RuleConstant("maxDBConnections", "60", "connection_pooler_max_db_connections default"),
            RuleConstant("resources", "500m / 1 CPU, 100 MiB", "connection_pooler_default_* requests and limits"),
            RuleConstant("memory per client", "2 kB", "PgBouncer: low memory requirements (2 kB per connection by default)"),
        ],
        source: "https://github.com/zalando/postgres-operator/blob/master/docs/reference/operator_parameters.md (connection pooler) ; "
            + "https://www.pgbouncer.org/ ; https://wiki.postgresql.org/wiki/Number_Of_Database_Connections",
        evidence: .documented,
        examples: [
            RuleExample("APIs at 3,667 req/s", expect: "2 instances, 60 server connections, 51,200 clients each") {
                "\(instances(requests: 3_667)) instances, \(maxDBConnections) server connections, "
                    + "\(QuantityUnit.count.format(memory / perClientConnection)) clients each"
            },
            RuleExample("1 M users: FastAPI 100,000 and Hasura 33,334 req/s", expect: "14 instances") { "\(instances(requests: 133_334)) instances" },
        ])

    static func instances(requests: Int) -> Int { max(minimumInstances, IntegerMath.ceilDiv(requests, requestsPerInstance)) }

    static var resources: Resources { Resources(cpu: Millicores(cpu), memory: Bytes(memory), cpuLimit: Millicores(cpuLimit)) }
}
