import LakeModel

/// Peak concurrent tasks from the DAGs, and the parallelism that admits them.
enum AirflowConcurrencyRule: SizingRule {
    /// `core.parallelism` default.
    static let defaultParallelism = 32

    static let description = RuleDescription(
        id: "airflow.parallelism",
        summary: "A DAG runs at most its widest level at once (tasks at one depth below their upstreams); DAGs on the same schedule "
            + "start together, so the peak is the largest per-schedule sum. core.parallelism (per scheduler) is at least the peak, "
            + "so one scheduler alone can run it.",
        formula: "width = max tasks at one depth; peak = max over schedules of Σ width; parallelism = max(32, peak)",
        constants: [RuleConstant("core.parallelism", "32", "Airflow's default for running task instances per scheduler")],
        source: "https://airflow.apache.org/docs/apache-airflow/stable/configurations-ref.html#parallelism ; sizing-rules §11",
        evidence: .documented,
        examples: [
            RuleExample("a → (b, c) → d", expect: "width 2") { "width \(width(diamond))" },
            RuleExample("@daily DAGs of widths 2 and 3, an @hourly DAG of width 4", expect: "peak 5, parallelism 32") {
                let dags = [diamond, fanOut("wide", 3, "@daily"), fanOut("hourly", 4, "@hourly")]
                return "peak \(peak(dags)), parallelism \(parallelism(peak: peak(dags)))"
            },
            RuleExample("a peak of 40 tasks", expect: "parallelism 40") { "parallelism \(parallelism(peak: 40))" },
        ])

    /// The most tasks at one depth, where a task's depth is one more than its deepest upstream.
    static func width(_ dag: DAGSpec) -> Int {
        let upstream = Dictionary(dag.tasks.map { ($0.id, $0.after) }, uniquingKeysWith: { first, _ in first })
        var depth: [String: Int] = [:]
        func level(_ id: String, path: Set<String>) -> Int {
            if let known = depth[id] { return known }
            let parents = (upstream[id] ?? []).filter { upstream[$0] != nil && !path.contains($0) }
            let value = parents.map { level($0, path: path.union([id])) + 1 }.max() ?? 0
            depth[id] = value
            return value
        }
        let levels = dag.tasks.map { level($0.id, path: [$0.id]) }
        return Dictionary(grouping: levels) { $0 }.values.map(\.count).max() ?? 0
    }

    /// The largest sum of widths over DAGs that share a schedule.
    static func peak(_ dags: [DAGSpec]) -> Int {
        Dictionary(grouping: dags, by: \.schedule).values.map { $0.reduce(0) { $0 + width($1) } }.max() ?? 0
    }

    static func parallelism(peak: Int) -> Int { max(defaultParallelism, peak) }

    private static var diamond: DAGSpec {
        var tasks = ["a", "b", "c", "d"].map { DAGTaskSpec(id: $0, sparkJob: $0) }
        tasks[1].after = ["a"]
        tasks[2].after = ["a"]
        tasks[3].after = ["b", "c"]
        return DAGSpec(name: "diamond", schedule: "@daily", tasks: tasks)
    }

    private static func fanOut(_ name: String, _ width: Int, _ schedule: String) -> DAGSpec {
        DAGSpec(name: name, schedule: schedule, tasks: (0..<width).map { DAGTaskSpec(id: "t\($0)", sparkJob: "job") })
    }
}
