import LakeModel

/// Resolves Airflow: peak concurrent tasks, parallelism, schedulers, workers and the pods of each role.
enum AirflowResolver {
    static func resolve(_ spec: AirflowSpec, _ ledger: Ledger) -> ResolvedAirflow {
        let concurrency = AirflowConcurrencyRule.description, rule = AirflowWorkerRule.description
        let peak = ledger.decide("airflow.peakTasks", .count, by: concurrency, inputs: []) {
            let widths = spec.dags.map { "\($0.name) \(AirflowConcurrencyRule.width($0)) (\($0.schedule))" }
            let value = AirflowConcurrencyRule.peak(spec.dags)
            return (value, "largest per-schedule sum of widths [\(widths.joined(separator: ", "))] = \(value)")
        }
        let parallelism = ledger.decide("airflow.parallelism", .count, by: concurrency, inputs: ["airflow.peakTasks"]) {
            let value = AirflowConcurrencyRule.parallelism(peak: peak)
            return (value, "max(32, \(peak)) = \(value)")
        }
        let schedulers = ledger.decide("airflow.schedulers", .count, by: rule, inputs: []) {
            (AirflowWorkerRule.schedulers, "\(AirflowWorkerRule.schedulers) active-active schedulers")
        }
        let slots = ledger.decide("airflow.workerConcurrency", .count, by: rule, inputs: []) {
            (AirflowWorkerRule.workerConcurrency, "celery.worker_concurrency default")
        }
        let workers = ledger.decide("airflow.workers", .count, by: rule, inputs: ["airflow.peakTasks", "airflow.workerConcurrency"]) {
            let value = AirflowWorkerRule.workers(peak: peak, executor: spec.executor)
            return (value, spec.executor == .celery ? "max(1, ⌈\(peak) / \(slots)⌉) = \(value)" : "KubernetesExecutor runs a pod per task: 0")
        }
        var roles: [(name: String, replicas: Int, resources: Resources, ephemeral: Bool)] = [
            ("scheduler", schedulers, AirflowWorkerRule.scheduler, false), ("webserver", 1, AirflowWorkerRule.webserver, false),
        ]
        switch spec.executor {
        case .celery: roles.append(("worker", workers, AirflowWorkerRule.celeryWorker, false))
        case .kubernetes: roles.append(("task", peak, AirflowWorkerRule.taskPod, true))
        }
        let pods = roles.filter { $0.replicas > 0 }.map { role in
            let cpu = ledger.decide("airflow.\(role.name).cpu", .millicores, by: rule, inputs: []) {
                (role.resources.cpuRequest.value, "\(role.resources.cpuRequest) CPU per \(role.name) pod")
            }
            let memory = ledger.decide("airflow.\(role.name).memory", .memory, by: rule, inputs: []) {
                (role.resources.memoryLimit.value, "\(Bytes(role.resources.memoryLimit.value).memoryText) per \(role.name) pod")
            }
            return PodGroup(name: "airflow-\(role.name)", component: .airflow, replicas: role.replicas,
                            resources: Resources(cpu: Millicores(cpu), memory: Bytes(memory)), stateful: false, ephemeral: role.ephemeral)
        }
        return ResolvedAirflow(schedulers: schedulers, parallelism: parallelism, workers: workers, workerConcurrency: slots, pods: pods)
    }
}
