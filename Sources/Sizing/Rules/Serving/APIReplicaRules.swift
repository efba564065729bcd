import LakeModel

/// FastAPI replicas from the request rate, with an HPA ceiling for bursts.
enum FastAPIReplicasRule: SizingRule {
    /// Active users per request per second: each active user sends one request every 10 s.
    static let usersPerRequest = 10
    static let defaultPerReplica = 100
    static let minimumReplicas = 2
    static let burstFactor = 2
    static let cpu = 1_000
    static let memory = 1 << 30

    static let description = RuleDescription(
        id: "fastapi.replicas",
        summary: "Requests/s = the blueprint's rate, else one request per 10 s per active user; replicas = ⌈rate / 100 per replica⌉, "
            + "at least 2; the HPA may double them. 100 req/s per single-Uvicorn-process pod is conservative because every request "
            + "waits on one of the lake's stores (Trino, PostgreSQL, Milvus or Redis, whichever the lake has); the seed's 10,000+ "
            + "req/s is a hello-world benchmark.",
        formula: "rps = requestsPerSecond ?? ⌈users / 10⌉; replicas = max(2, ⌈rps / perReplica⌉); HPA = replicas…2 × replicas",
        constants: [
            RuleConstant("per active user", "0.1 req/s", "rule of thumb: a dashboard refresh or API call every 10 s"),
            RuleConstant("per replica", "100 req/s", "rule of thumb for I/O-bound handlers in one Uvicorn process (1 CPU, 1 GiB)"),
            RuleConstant("minimum", "2", "a rolling update keeps one pod serving"),
            RuleConstant("HPA ceiling", "2×", "rule of thumb: absorbs a burst twice the planned rate"),
        ],
        source: "https://fastapi.tiangolo.com/deployment/docker/ (one process per container on Kubernetes, replicate pods)",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("5,000 active users", expect: "500 req/s, 5 replicas, HPA 5–10") { describe(users: 5_000) },
            RuleExample("200 active users", expect: "20 req/s, 2 replicas, HPA 2–4") { describe(users: 200) },
        ])

    static func requestsPerSecond(given: Int?, users: Int?) -> Int { given ?? IntegerMath.ceilDiv(users ?? 0, usersPerRequest) }

    /// Why the default rate per replica holds in a lake with `components`: the stores of that lake its requests wait on.
    static func defaultReason(_ components: ComponentsSpec) -> String {
        let deployed = [("Trino", components.trino != nil), ("PostgreSQL", components.postgres != nil),
                        ("Milvus", components.milvus != nil), ("Redis", components.redis != nil)]
        let stores = deployed.filter(\.1).map(\.0)
        let waits = stores.count < 2 ? stores.first ?? "" : stores.dropLast().joined(separator: ", ") + " or " + stores[stores.count - 1]
        return "\(defaultPerReplica) req/s per single-process replica (conservative; "
            + (stores.isEmpty ? "rule of thumb for I/O-bound handlers)" : "requests wait on \(waits))")
    }
    static func replicas(requests: Int, perReplica: Int) -> Int { max(minimumReplicas, IntegerMath.ceilDiv(requests, max(1, perReplica))) }

    private static func describe(users: Int) -> String {
        let rps = requestsPerSecond(given: nil, users: users)
        let count = replicas(requests: rps, perReplica: defaultPerReplica)
        return "\(rps) req/s, \(count) replicas, HPA \(count)–\(count * burstFactor)"
    }
}

/// Hasura GraphQL Engine replicas from its own GraphQL request rate, not FastAPI's.
enum HasuraReplicasRule: SizingRule {
    /// Active users per GraphQL request per second: each active user's app sends one GraphQL operation every 30 s.
    static let usersPerRequest = 30
    static let perReplica = 500
    static let cpu = 4_000
    static let memory = 8 << 30

    static let description = RuleDescription(
        id: "hasura.replicas",
        summary: "GraphQL requests/s = one operation every 30 s per active user (Hasura's own rate; FastAPI's is separate); "
            + "replicas = ⌈rate / 500 req/s⌉, at least 2, each 4 CPU / 8 GiB as Hasura recommends for production; 500 req/s is "
            + "half the ~1,000 req/s Hasura's README quotes for simple queries. Live queries are multiplexed (100 per batch) "
            + "and add no request rate of their own.",
        formula: "rps = ⌈users / 30⌉; replicas = max(2, ⌈rps / 500⌉); resources = 4 CPU, 8 GiB",
        constants: [
            RuleConstant("per active user", "1 GraphQL operation / 30 s", "rule of thumb: a screen's query on navigation; "
                + "subscriptions refetch once a second per batch of 100 (HASURA_GRAPHQL_LIVE_QUERIES_MULTIPLEXED_BATCH_SIZE)"),
            RuleConstant("per replica", "500 req/s", "rule of thumb: half of the README's 1,000 req/s"),
            RuleConstant("resources", "4 CPU / 8 GiB", "Hasura: at least 4 cores and 8 GB RAM in production"),
        ],
        source: "https://hasura.io/docs/latest/enterprise/getting-started/start-using-hasura-ee/ ; https://github.com/hasura/graphql-engine ; "
            + "https://hasura.io/docs/latest/deployment/graphql-engine-flags/reference/ (live queries)",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("50,000 active users", expect: "1,667 req/s, 4 replicas") { describe(users: 50_000) },
            RuleExample("1,000,000 active users", expect: "33,334 req/s, 67 replicas") { describe(users: 1_000_000) },
            RuleExample("200 active users", expect: "7 req/s, 2 replicas") { describe(users: 200) },
        ])

    static func requestsPerSecond(users: Int?) -> Int { IntegerMath.ceilDiv(users ?? 0, usersPerRequest) }
    static func replicas(requests: Int) -> Int { max(FastAPIReplicasRule.minimumReplicas, IntegerMath.ceilDiv(requests, perReplica)) }

    private static func describe(users: Int) -> String {
        let rps = requestsPerSecond(users: users)
        return "\(QuantityUnit.count.format(rps)) req/s, \(replicas(requests: rps)) replicas"
    }
}
