import LakeModel

/// The most executors that run at once: the heaviest set of Spark runs that no DAG dependency keeps apart.
enum SparkConcurrencyRule: SizingRule {
    static let description = RuleDescription(
        id: "spark.concurrentExecutors",
        summary: "Capacity holds the most executors that can run at once, not the sum of all jobs: a DAG task starts only after "
            + "its `after:` tasks finish, so tasks on one dependency chain never overlap. Tasks of different DAGs and jobs in no DAG "
            + "may overlap with anything. The peak is the heaviest set of runs no chain links (a maximum-weight antichain).",
        formula: "peak = max over sets S of runs with no dependency path between any two of Σ executors(S); "
            + "computed exactly as Σ executors − max flow of the order's bipartite split",
        constants: [
            RuleConstant("separate DAGs", "may overlap", "schedules meet (an @hourly run at midnight beside the @daily one) and runs are late"),
            RuleConstant("jobs in no DAG", "overlap with every run", "a job without a task can be submitted at any time"),
        ],
        source: "https://airflow.apache.org/docs/apache-airflow/stable/core-concepts/dags.html#task-dependencies ; "
            + "https://en.wikipedia.org/wiki/Dilworth%27s_theorem (weighted antichains by min cut) ; sizing-rules §3.3 (cap executors from the capacity plan)",
        evidence: .documented,
        examples: [
            RuleExample("bronze (29 executors) then silver (38) in one DAG", expect: "38 of 67") { describe([29, 38], [[], [0]]) },
            RuleExample("a diamond a (10) → b (20), c (15) → d (40)", expect: "40 of 85") { describe([10, 20, 15, 40], [[], [0], [0], [1, 2]]) },
            RuleExample("a diamond a (10) → b (30), c (25) → d (40)", expect: "55 of 105") { describe([10, 30, 25, 40], [[], [0], [0], [1, 2]]) },
            RuleExample("two jobs in no DAG (12 and 8)", expect: "20 of 20") { describe([12, 8], [[], []]) },
        ])

    static func peak(executors: [Int], precedes: [[Int]]) -> MaximumAntichain { MaximumAntichain(weights: executors, precedes: precedes) }

    private static func describe(_ executors: [Int], _ precedes: [[Int]]) -> String {
        "\(peak(executors: executors, precedes: precedes).weight) of \(executors.reduce(0, +))"
    }
}
