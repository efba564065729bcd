import Diagnostics
import LakeModel
import LakeformWire

/// Maps Spark jobs, Flink jobs and Airflow DAGs, checking the names they refer to.
enum PipelineMapper {
    static func mapSpark(_ wire: Wire.Spark, _ context: MappingContext) -> SparkSpec {
        context.requireUnique(wire.jobs.enumerated().map { ($0.element.name, "components.spark.jobs[\($0.offset)]") },
                              kind: "Spark job", address: "spark.jobs", folding: .kubernetes)
        var spec = SparkSpec(jobs: wire.jobs.enumerated().map { index, job in
            let path = "components.spark.jobs[\(index)]"
            var spec = SparkJobSpec(name: job.name, language: .init(rawValue: job.language.rawValue) ?? .python,
                                    application: job.application)
            if let share = job.inputSharePercent,
               let valid = context.bounded(share, InputBounds.sparkInputShare, "inputSharePercent", at: "\(path).inputSharePercent",
                                           address: "spark.jobs.\(job.name).inputShare") {
                spec.inputSharePercent = valid
            }
            if let duration = job.targetDuration,
               let valid = context.bounded(duration.seconds, InputBounds.sparkTargetDuration, "targetDuration", at: "\(path).targetDuration",
                                            address: "spark.jobs.\(job.name).targetDuration") {
                spec.targetDuration = Seconds(valid)
            }
            spec.schedule = job.schedule
            return spec
        })
        spec.version = wire.version ?? spec.version
        spec.image = wire.image
        return spec
    }

    static func mapFlink(_ wire: Wire.Flink, streams: [String], _ context: MappingContext) -> FlinkSpec {
        context.requireUnique(wire.jobs.enumerated().map { ($0.element.name, "components.flink.jobs[\($0.offset)]") },
                              kind: "Flink job", address: "flink.jobs", folding: .kubernetes)
        var spec = FlinkSpec(jobs: wire.jobs.enumerated().map { index, job in
            let path = "components.flink.jobs[\(index)]"
            var spec = FlinkJobSpec(name: job.name, sources: flinkSources(job, path: path, streams: streams, context), jarURI: job.jarURI)
            if let parallelism = job.parallelism {
                spec.parallelism = context.bounded(parallelism, InputBounds.flinkParallelism, "parallelism", at: "\(path).parallelism",
                                                    address: "flink.jobs.\(job.name).parallelism")
            }
            if let backend = job.stateBackend { spec.stateBackend = .init(rawValue: backend.rawValue) ?? .rocksdb }
            return spec
        })
        spec.version = wire.version ?? spec.version
        spec.image = wire.image
        return spec
    }

    /// The streams a Flink job reads, from `sources` or format 1's `source` (never both), each a declared stream.
    private static func flinkSources(_ job: Wire.FlinkJob, path: String, streams: [String], _ context: MappingContext) -> [String] {
        let address = "flink.jobs.\(job.name).sources"
        if job.source != nil, job.sources != nil {
            context.error("flink.sourceAmbiguous", "Flink job '\(job.name)' gives both source and sources", at: "\(path).sources",
                          address: address, notes: ["keep 'sources: [...]' and remove 'source'"])
            return []
        }
        let named: [(name: String, path: String)] = job.sources.map { list in
            list.enumerated().map { ($0.element, "\(path).sources[\($0.offset)]") }
        } ?? job.source.map { [($0, "\(path).source")] } ?? []
        guard !named.isEmpty else {
            context.error("flink.noSource", "Flink job '\(job.name)' reads no stream", at: path, address: address,
                          notes: ["add 'sources: [stream, ...]' naming the streams it reads" + (streams.isEmpty ? "" : ", from: \(streams.joined(separator: ", "))")])
            return []
        }
        context.requireUnique(named, kind: "source of Flink job '\(job.name)'", address: address)
        for source in named {
            context.requireKnown(source.name, in: streams, kind: "stream", at: source.path, address: address)
        }
        return named.map(\.name)
    }

    static func mapAirflow(_ wire: Wire.Airflow, sparkJobs: [String], _ context: MappingContext) -> AirflowSpec {
        var spec = AirflowSpec()
        if let executor = wire.executor { spec.executor = .init(rawValue: executor.rawValue) ?? .kubernetes }
        let dags = wire.dags ?? []
        context.requireUnique(dags.enumerated().map { ($0.element.name, "components.airflow.dags[\($0.offset)]") },
                              kind: "DAG", address: "airflow.dags", folding: .caseInsensitive)
        spec.dags = dags.enumerated().map { index, dag in
            mapDAG(dag, path: "components.airflow.dags[\(index)]", sparkJobs: sparkJobs, context)
        }
        return spec
    }

    private static func mapDAG(_ dag: Wire.DAG, path: String, sparkJobs: [String], _ context: MappingContext) -> DAGSpec {
        let address = "airflow.dags.\(dag.name)"
        let taskIDs = dag.tasks.map(\.id)
        context.requireUnique(dag.tasks.enumerated().map { ($0.element.id, "\(path).tasks[\($0.offset)]") }, kind: "task",
                              address: "\(address).tasks")
        var spec = DAGSpec(name: dag.name, schedule: dag.schedule, tasks: dag.tasks.enumerated().map { index, task in
            let taskPath = "\(path).tasks[\(index)]"
            context.requireKnown(task.sparkJob, in: sparkJobs, kind: "Spark job", at: "\(taskPath).sparkJob",
                                 address: "\(address).tasks.\(task.id)")
            for (position, upstream) in (task.after ?? []).enumerated() {
                context.requireKnown(upstream, in: taskIDs, kind: "task", at: "\(taskPath).after[\(position)]",
                                     address: "\(address).tasks.\(task.id).after")
            }
            var spec = DAGTaskSpec(id: task.id, sparkJob: task.sparkJob)
            spec.after = task.after ?? []
            return spec
        })
        if let retries = dag.retries,
           let valid = context.bounded(retries, InputBounds.dagRetries, "retries", at: "\(path).retries", address: "\(address).retries") {
            spec.retries = valid
        }
        if let cycle = firstCycle(in: spec.tasks) {
            context.error("airflow.cycle", "DAG '\(dag.name)' has a dependency cycle: \(cycle.joined(separator: " → "))",
                          at: path, address: address, notes: ["remove one of the 'after' edges"])
        }
        return spec
    }

    /// The task ids of one dependency cycle, or nil when the tasks form a DAG.
    static func firstCycle(in tasks: [DAGTaskSpec]) -> [String]? {
        let upstream = Dictionary(tasks.map { ($0.id, $0.after) }, uniquingKeysWith: { first, _ in first })
        var state: [String: Bool] = [:]  // false = on the stack, true = done
        var stack: [String] = []
        func visit(_ id: String) -> [String]? {
            if state[id] == true { return nil }
            if state[id] == false, let start = stack.firstIndex(of: id) { return Array(stack[start...]) + [id] }
            state[id] = false
            stack.append(id)
            for next in upstream[id] ?? [] where upstream[next] != nil {
                if let cycle = visit(next) { return cycle }
            }
            stack.removeLast()
            state[id] = true
            return nil
        }
        for task in tasks {
            if let cycle = visit(task.id) { return cycle }
        }
        return nil
    }
}
