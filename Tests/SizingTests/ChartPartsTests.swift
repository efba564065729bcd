import LakeModel
@testable import Sizing
import TestSupport
import Testing

/// The charts' own parts: sized from documented defaults whatever the lake's scale, present exactly for
/// the components and options that run them, and counted in the node pools.
@Suite struct ChartPartsTests {
    static let terabyte = 1_000_000_000_000
    /// 10 TB to 50 PB of data with 1 MB/s to 5 GB/s of ingest and 1 to 1M users.
    static let sweep: [(data: Int, ingest: Int, users: Int)] = [
        (10 * terabyte, 1_000_000, 1), (1_000 * terabyte, 50_000_000, 1_000), (5_000 * terabyte, 500_000_000, 50_000),
        (50_000 * terabyte, 5_000_000_000, 1_000_000),
    ]

    static func lake(data: Int, ingest: Int, users: Int = 50_000, _ change: (inout LakeSpec) -> Void = { _ in }) -> ResolvedLake {
        var spec = SampleLakes.spec(data: data, ingest: ingest, users: users)
        change(&spec)
        return Resolver.resolve(spec).lake
    }

    @Test func everyPartHasRequestsWithinLimitsAndReachesTheNodePools() {
        for point in Self.sweep {
            let lake = Self.lake(data: point.data, ingest: point.ingest, users: point.users)
            let parts = lake.chartParts
            let all = parts.pods.map { ($0.name, $0.resources) } + parts.perNode.map { ($0.key, $0.value) } + parts.oneShot.map { ($0.key, $0.value) }
            #expect(all.count >= 20, "\(all.map(\.0))")
            for (name, resources) in all {
                #expect(resources.cpuRequest.value > 0 && resources.memoryRequest.value > 0, "\(name)")
                #expect(resources.memoryRequest <= resources.memoryLimit, "\(name)")
                #expect(resources.cpuLimit.map { resources.cpuRequest <= $0 } ?? true, "\(name)")
            }
            let packed = Set(lake.nodePools.flatMap(\.podGroups))
            for group in parts.pods { #expect(packed.contains(group.name), "\(group.name) is in no node pool") }
            let exporter = parts.perNode[ChartPartName.nodeExporter]?.cpuRequest.value ?? 0
            for pool in lake.nodePools {
                let pods = lake.podGroups.filter { pool.podGroups.contains($0.name) }.reduce(0) { $0 + $1.resources.cpuRequest.value * $1.replicas }
                #expect(pool.requestedCPU.value == pods + exporter * pool.nodes, "\(pool.name): node-exporter on every node")
            }
        }
    }

    @Test func partsDoNotGrowWithData() {
        let small = Self.lake(data: 10 * Self.terabyte, ingest: 1_000_000).chartParts
        let huge = Self.lake(data: 50_000 * Self.terabyte, ingest: 5_000_000_000).chartParts
        #expect(small.oneShot == huge.oneShot)
        #expect(small.perNode == huge.perNode)
        for name in [ChartPartName.strimziOperator, ChartPartName.minioOperator, ChartPartName.prometheusOperator, ChartPartName.airflowTriggerer] {
            #expect(small.resources(name) != nil && small.resources(name) == huge.resources(name), "\(name)")
        }
    }

    @Test func kubeStateMetricsGrowsWithTheNodesItReports() throws {
        var previous = 0
        for point in Self.sweep {
            let lake = Self.lake(data: point.data, ingest: point.ingest, users: point.users)
            let memory = try #require(lake.chartParts.resources(ChartPartName.kubeStateMetrics)).memoryRequest.value
            let nodes = lake.nodePools.reduce(0) { $0 + $1.nodes }
            // Sized for the pools as packed before its own growth; packing again may add a few nodes.
            let slack = 4
            #expect(memory >= max(250, 2 * (nodes - slack)) << 20, "\(nodes) nodes")
            #expect(memory >= previous)
            previous = memory
        }
    }

    @Test func partsFollowTheComponentsAndOptions() throws {
        let withoutKafka = Self.lake(data: 100 * Self.terabyte, ingest: 1_000_000) {
            $0.components.kafka = nil
            $0.components.flink = nil
            $0.components.monitoring?.grafana = false
        }.chartParts
        #expect(withoutKafka.resources(ChartPartName.strimziOperator) == nil)
        #expect(withoutKafka.resources(ChartPartName.flinkOperator) == nil)
        #expect(withoutKafka.resources(ChartPartName.grafanaSidecar) == nil && withoutKafka.resources(ChartPartName.grafanaTest) == nil)
        #expect(withoutKafka.resources(ChartPartName.airflowBroker) == nil, "KubernetesExecutor needs no Celery broker")
        let celery = Self.lake(data: 100 * Self.terabyte, ingest: 1_000_000) { $0.components.airflow?.executor = .celery }
        let airflow = try #require(celery.airflow)
        #expect(celery.chartParts.resources(ChartPartName.airflowBroker) == AirflowPartsRule.broker)
        let groomers = try #require(celery.chartParts.pods.first { $0.name == ChartPartName.airflowLogGroomer })
        #expect(groomers.replicas == airflow.schedulers + 2 + airflow.workers)
    }

    @Test func daemonSetsTakeRoomOnEveryNode() {
        let pods = [NodePackingRule.Pod(cpu: 4_000, memory: 16 << 30, stateful: false, count: 30)]
        let bare = NodePackingRule.pack(pods)
        let withDaemons = NodePackingRule.pack(pods, perNode: (cpu: 2_000, memory: 12 << 30))
        #expect(withDaemons.nodes > bare.nodes)
        #expect(withDaemons.allocatableCPU == bare.allocatableCPU, "allocatable is the node's; the DaemonSets are requests on it")
    }

    @Test func explainShowsEachPart() {
        let provenance = Self.lake(data: 100 * Self.terabyte, ingest: 1_000_000).provenance
        for address in ["parts.airflow-triggerer.memory", "parts.kube-state-metrics.cpu", "parts.strimzi-cluster-operator.memoryLimit",
                        "parts.node-exporter.memory", "parts.minio-operator.replicas"] {
            #expect(provenance[address] != nil, "\(address)")
        }
    }
}
