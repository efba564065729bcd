import LakeModel

/// What a price-book item counts in a resolved lake: `per: kafka-broker`, `per: vcpu`, `per: data-tb`.
///
/// Lake-wide measures count the whole lake; component measures count only the components the
/// item applies to (its `of:` list, else its line's `covers:`).
public enum Measure: String, CaseIterable, Sendable, Codable {
    case lake
    case dataTB = "data-tb"
    case rawTB = "raw-tb"
    case rawTBNVMe = "raw-tb-nvme"
    case rawTBSSD = "raw-tb-ssd"
    case rawTBHDD = "raw-tb-hdd"
    case usableTB = "usable-tb"
    case drive
    case storageServer = "storage-server"
    case kubernetesNode = "k8s-node"
    case deployment
    case kafkaBroker = "kafka-broker"
    case sparkExecutor = "spark-executor"
    case flinkTaskManager = "flink-taskmanager"
    case trinoWorker = "trino-worker"
    case searchNode = "search-node"
    case apiReplica = "api-replica"
    case nifiNode = "nifi-node"
    case vcpu
    case memoryGiB = "memory-gib"
    case volumeGB = "volume-gb"
    case volumeGiB = "volume-gib"

    /// The unit a quantity is shown in (singular).
    public var unit: String {
        switch self {
        case .lake: "lake"
        case .dataTB, .rawTB, .rawTBNVMe, .rawTBSSD, .rawTBHDD, .usableTB: "TB"
        case .drive: "drive"
        case .storageServer: "server"
        case .kubernetesNode: "node"
        case .deployment: "deployment"
        case .kafkaBroker: "broker"
        case .sparkExecutor: "executor"
        case .flinkTaskManager: "TaskManager"
        case .trinoWorker: "worker"
        case .searchNode, .nifiNode: "node"
        case .apiReplica: "replica"
        case .vcpu: "vCPU"
        case .memoryGiB, .volumeGiB: "GiB"
        case .volumeGB: "GB"
        }
    }

    /// The components a component measure can count; nil for lake-wide measures.
    public var components: Set<ComponentKind>? {
        switch self {
        case .lake, .dataTB, .rawTB, .rawTBNVMe, .rawTBSSD, .rawTBHDD, .usableTB, .drive, .storageServer, .kubernetesNode: nil
        case .kafkaBroker: [.kafka]
        case .sparkExecutor: [.spark]
        case .flinkTaskManager: [.flink]
        case .trinoWorker: [.trino]
        case .searchNode: [.elasticsearch, .opensearch]
        case .apiReplica: [.fastapi]
        case .nifiNode: [.nifi]
        case .deployment, .vcpu, .memoryGiB, .volumeGB, .volumeGiB: Set(ComponentKind.allCases)
        }
    }

    /// One line for docs and `unknown measure` notes.
    public var meaning: String {
        switch self {
        case .lake: "1 per lake: a flat monthly amount"
        case .dataTB: "TB of data the workload stores (workload.dataVolume)"
        case .rawTB: "TB of MinIO raw drive capacity"
        case .rawTBNVMe, .rawTBSSD, .rawTBHDD: "TB of MinIO raw capacity when MinIO's media is \(rawValue.dropFirst(7))"
        case .usableTB: "TB of MinIO usable capacity after erasure coding"
        case .drive: "MinIO drives"
        case .storageServer: "MinIO servers"
        case .kubernetesNode: "Kubernetes nodes of every node pool"
        case .deployment: "components present among those the item applies to"
        case .kafkaBroker: "Kafka brokers"
        case .sparkExecutor: "Spark executors of every job (the resolved baseline, not maxExecutors)"
        case .flinkTaskManager: "Flink TaskManagers of every job"
        case .trinoWorker: "Trino workers (not the coordinator)"
        case .searchNode: "Elasticsearch or OpenSearch data nodes"
        case .apiReplica: "FastAPI replicas"
        case .nifiNode: "NiFi nodes"
        case .vcpu: "vCPU requested by the pods (batch pods by their share of the day)"
        case .memoryGiB: "GiB of memory requested by the pods (batch pods by their share of the day)"
        case .volumeGB: "GB (10^9 B) of persistent volumes"
        case .volumeGiB: "GiB (2^30 B) of persistent volumes"
        }
    }
}
