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
            + "here waits on Trino or PostgreSQL; the seed's 10,000+ req/s is a hello-world benchmark.",
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
    static func replicas(requests: Int, perReplica: Int) -> Int { max(minimumReplicas, IntegerMath.ceilDiv(requests, max(1, perReplica))) }

    private static func describe(users: Int) -> String {
        let rps = requestsPerSecond(given: nil, users: users)
        let count = replicas(requests: rps, perReplica: defaultPerReplica)
        return "\(rps) req/s, \(count) replicas, HPA \(count)–\(count * burstFactor)"
    }
}

/// Hasura GraphQL Engine replicas from the same per-user request rate.
enum HasuraReplicasRule: SizingRule {
    static let perReplica = 500
    static let cpu = 4_000
    static let memory = 8 << 30

    static let description = RuleDescription(
        id: "hasura.replicas",
        summary: "Replicas = ⌈users / 10 req/s ÷ 500 req/s⌉, at least 2, each 4 CPU / 8 GiB as Hasura recommends for production; "
            + "500 req/s is half the ~1,000 req/s Hasura's README quotes for simple queries.",
        formula: "replicas = max(2, ⌈⌈users / 10⌉ / 500⌉); resources = 4 CPU, 8 GiB",
        constants: [
            RuleConstant("per replica", "500 req/s", "rule of thumb: half of the README's 1,000 req/s"),
            RuleConstant("resources", "4 CPU / 8 GiB", "Hasura: at least 4 cores and 8 GB RAM in production"),
        ],
        source: "https://hasura.io/docs/latest/enterprise/getting-started/start-using-hasura-ee/ ; https://github.com/hasura/graphql-engine",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("20,000 active users", expect: "4 replicas") { "\(replicas(users: 20_000)) replicas" },
            RuleExample("200 active users", expect: "2 replicas") { "\(replicas(users: 200)) replicas" },
        ])

    static func replicas(users: Int?) -> Int {
        let rps = FastAPIReplicasRule.requestsPerSecond(given: nil, users: users)
        return max(FastAPIReplicasRule.minimumReplicas, IntegerMath.ceilDiv(rps, perReplica))
    }
}
