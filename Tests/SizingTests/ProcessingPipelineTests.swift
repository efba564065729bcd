import LakeModel
@testable import Sizing
import Testing

/// Airflow, Kafka Connect and NiFi sizing.
@Suite struct ProcessingPipelineTests {
    private func dag(_ name: String, _ schedule: String, _ edges: [(String, [String])]) -> DAGSpec {
        DAGSpec(name: name, schedule: schedule, tasks: edges.map {
            var task = DAGTaskSpec(id: $0.0, sparkJob: "etl")
            task.after = $0.1
            return task
        })
    }

    @Test func widthIsTheWidestLevelAndSurvivesCycles() {
        let chain = dag("chain", "@daily", [("a", []), ("b", ["a"]), ("c", ["b"])])
        let fan = dag("fan", "@daily", [("a", []), ("b", ["a"]), ("c", ["a"]), ("d", ["a"]), ("e", ["b", "c", "d"])])
        let cycle = dag("cycle", "@daily", [("a", ["b"]), ("b", ["a"]), ("c", ["missing"])])
        #expect(AirflowConcurrencyRule.width(chain) == 1)
        #expect(AirflowConcurrencyRule.width(fan) == 3)
        #expect(AirflowConcurrencyRule.width(cycle) >= 1)
        #expect(AirflowConcurrencyRule.peak([chain, fan]) == 4)
    }

    @Test func celeryGetsWorkersAndKubernetesGetsTaskPods() {
        var spec = AirflowSpec()
        spec.dags = [dag("wide", "@daily", (0..<40).map { ("t\($0)", []) })]
        spec.executor = .celery
        let celery = AirflowResolver.resolve(spec, ProcessingLake.ledger())
        #expect(celery.workers == 3 && celery.parallelism == 40 && celery.schedulers == 2 && celery.workerConcurrency == 16)
        #expect(celery.pods.map(\.name) == ["airflow-scheduler", "airflow-webserver", "airflow-worker"])
        spec.executor = .kubernetes
        let kubernetes = AirflowResolver.resolve(spec, ProcessingLake.ledger())
        #expect(kubernetes.workers == 0)
        #expect(kubernetes.pods.last?.name == "airflow-task" && kubernetes.pods.last?.replicas == 40 && kubernetes.pods.last?.ephemeral == true)
    }

    @Test func connectWorkersFollowTheConnectorsUnlessGiven() {
        let source = CDCSourceSpec(name: "orders", database: .postgres, host: "db", port: 5432, databaseName: "shop",
                                   tables: ["public.orders"], credentialsSecret: "orders-db")
        var spec = DebeziumSpec(sources: Array(repeating: source, count: 9))
        let sized = ConnectResolver.resolve(spec, ProcessingLake.ledger())
        #expect(sized.workers == 5 && sized.tasksPerConnector == 1 && sized.heap.value == 3 << 30)
        #expect(sized.pods.map(\.name) == ["kafka-connect"] && sized.pods[0].replicas == 5)
        spec.connectWorkers = 7
        #expect(ConnectResolver.resolve(spec, ProcessingLake.ledger()).workers == 7)
    }

    @Test func moreIngestNeverMeansFewerNiFiNodes() {
        var previous = 0
        for megabytes in stride(from: 0, through: 5_000, by: 10) {
            let nifi = NiFiResolver.resolve(NiFiSpec(), ProcessingLake.ledger(ingest: megabytes * 1_000_000))
            #expect(nifi.replicas >= previous && nifi.replicas != 2, "\(megabytes) MB/s")
            previous = nifi.replicas
        }
    }

    @Test func aNiFiPinWinsAndIsRecordedAsPinned() {
        let ledger = ProcessingLake.ledger(pins: [PinSpec(key: .nifiNodes, value: 5, reason: "HA across zones")])
        let nifi = NiFiResolver.resolve(NiFiSpec(), ledger)
        #expect(nifi.replicas == 5 && nifi.pods[0].name == "nifi" && nifi.pods[0].replicas == 5)
        #expect(ProcessingLake.pinnedRuleValue(ledger, "nifi.nodes") == 1)
    }
}
