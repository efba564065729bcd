import LakeModel

/// Concurrent Trino queries when the blueprint does not give them: a share of the active users, else a small default.
enum TrinoConcurrencyRule: SizingRule {
    /// Active users with a query running at the busiest moment, in percent.
    static let usersPercent = 1
    /// Concurrency of a lake that gives neither concurrent queries nor users.
    static let defaultConcurrency = 10

    static let description = RuleDescription(
        id: "trino.concurrency",
        summary: "Concurrent queries are an input (workload.concurrentQueries). Without it, 1% of the active users have a query "
            + "running at the busiest moment; without users either, 10 queries at once.",
        formula: "C = concurrentQueries ?? ⌈activeUsers × 1%⌉ ?? 10",
        constants: [
            RuleConstant("users querying at once", "1%", "rule of thumb for a lake whose users reach it mostly through dashboards and APIs; "
                             + "give workload.concurrentQueries when known"),
            RuleConstant("default concurrency", "10", "rule of thumb for a lake that gives no users"),
        ],
        source: "https://trino.io/docs/current/admin/resource-groups.html (concurrency is what resource groups admit) ; sizing-rules §5.2",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("300 analysts, no concurrency given", expect: "3 queries at once") { "\(concurrency(given: nil, users: 300)) queries at once" },
            RuleExample("1,000,000 users", expect: "10,000 queries at once") {
                "\(QuantityUnit.count.format(concurrency(given: nil, users: 1_000_000))) queries at once"
            },
            RuleExample("200 concurrent queries given", expect: "200 queries at once") { "\(concurrency(given: 200, users: 50_000)) queries at once" },
        ])

    static func concurrency(given: Int?, users: Int?) -> Int {
        if let given { return given }
        guard let users else { return defaultConcurrency }
        return max(1, IntegerMath.scaleUp(users, usersPercent, 100))
    }
}
