import LakeModel

extension SparkResolver {
    /// One scheduled run of a job: a DAG task, or a job that no DAG schedules.
    struct Run {
        let label: String
        let job: ResolvedSparkJob
        var after: [Int] = []
    }

    /// The runs the lake's DAGs schedule, each with the indices of the runs it waits for.
    static func runs(_ jobs: [ResolvedSparkJob], dags: [DAGSpec]) -> [Run] {
        let byName = Dictionary(jobs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var runs: [Run] = []
        for dag in dags {
            let tasks = dag.tasks.compactMap { task in byName[task.sparkJob].map { (task, $0) } }
            let offset = runs.count
            let index = Dictionary(tasks.enumerated().map { ($1.0.id, offset + $0) }, uniquingKeysWith: { first, _ in first })
            runs += tasks.map { task, job in Run(label: "\(dag.name).\(task.id)", job: job, after: task.after.compactMap { index[$0] }) }
        }
        let scheduled = Set(runs.map(\.job.name))
        return runs + jobs.filter { !scheduled.contains($0.name) }.map { Run(label: $0.name, job: $0) }
    }

    /// The most executors that run at once, recorded, and the pods of the runs that reach it.
    static func concurrentPods(_ jobs: [ResolvedSparkJob], _ ledger: Ledger) -> (executors: Int, pods: [PodGroup]) {
        let runs = runs(jobs, dags: ledger.lake.components.airflow?.dags ?? [])
        let peak = SparkConcurrencyRule.peak(executors: runs.map(\.job.executors), precedes: runs.map(\.after))
        let chosen = peak.members.map { runs[$0] }
        let executors = ledger.decide("spark.concurrentExecutors", .count, by: SparkConcurrencyRule.description,
                                      inputs: jobs.map { "spark.jobs.\($0.name).executors" }) {
            let order = runs.filter { !$0.after.isEmpty }.map { run in "\(run.label) after \(run.after.map { runs[$0].label }.joined(separator: ", "))" }
            let members = chosen.map { "\($0.label) \($0.job.executors)" }.joined(separator: " + ")
            return (peak.weight, (order.isEmpty ? "no dependencies" : order.joined(separator: "; "))
                + "; at once: \(members) = \(peak.weight) of \(runs.reduce(0) { $0 + $1.job.executors }) in all")
        }
        let counts = Dictionary(chosen.map { ($0.job.name, 1) }, uniquingKeysWith: +)
        let peakPods = jobs.filter { counts[$0.name] != nil }.flatMap { job in
            pods(job).map { group in
                var group = group
                group.replicas *= counts[job.name] ?? 1
                return group
            }
        }
        return (executors, peakPods)
    }
}
