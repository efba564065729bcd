import LakeModel

/// Measures a resolved lake for a price book: the quantity of each item, in millionths of its unit
/// (so `12` brokers is `12_000_000`), exact for counts and bytes.
struct LakeQuantities {
    static let micro = 1_000_000
    let lake: ResolvedLake
    /// The data stored in the month priced: today's `workload.dataVolume`, or the data at the horizon.
    var stored: Bytes
    /// The lake's pod groups, gathered once: every price line measures some of them.
    private let podGroups: [PodGroup]

    init(lake: ResolvedLake, stored: Bytes? = nil) {
        self.lake = lake
        self.stored = stored ?? lake.spec.workload.dataVolume
        podGroups = lake.podGroups
    }

    /// The quantity `measure` counts among `scope`, per month, in millionths of the measure's unit.
    func micros(_ measure: Measure, scope: [ComponentKind]) -> Int {
        let has = Set(scope.filter(lake.has))
        let minio = lake.minio
        switch measure {
        case .lake: return Self.micro
        case .dataTB: return stored.value / Self.micro
        case .rawTB: return (minio?.rawCapacity.value ?? 0) / Self.micro
        case .rawTBNVMe, .rawTBSSD, .rawTBHDD:
            let media = lake.spec.components.minio?.media.rawValue
            return measure.rawValue.hasSuffix("-\(media ?? "none")") ? (minio?.rawCapacity.value ?? 0) / Self.micro : 0
        case .usableTB: return (minio?.usableCapacity.value ?? 0) / Self.micro
        case .drive: return IntegerMath.product(minio?.nodes ?? 0, minio?.drivesPerNode ?? 0, Self.micro)
        case .storageServer: return IntegerMath.product(minio?.servers ?? 0, Self.micro)
        case .kubernetesNode: return IntegerMath.product(IntegerMath.sum(lake.nodePools.map(\.nodes)), Self.micro)
        case .deployment: return IntegerMath.product(has.count, Self.micro)
        case .kafkaBroker: return has.contains(.kafka) ? IntegerMath.product(lake.kafka?.brokers ?? 0, Self.micro) : 0
        case .sparkExecutor: return has.contains(.spark) ? IntegerMath.product(IntegerMath.sum(lake.spark?.jobs.map(\.executors) ?? []), Self.micro) : 0
        case .flinkTaskManager: return has.contains(.flink) ? IntegerMath.product(IntegerMath.sum(lake.flink?.jobs.map(\.taskManagers) ?? []), Self.micro) : 0
        case .trinoWorker: return has.contains(.trino) ? IntegerMath.product(lake.trino?.workers ?? 0, Self.micro) : 0
        case .searchNode:
            let elastic = has.contains(.elasticsearch) ? lake.elasticsearch?.dataNodes ?? 0 : 0
            return IntegerMath.product(IntegerMath.sum([elastic, has.contains(.opensearch) ? lake.opensearch?.dataNodes ?? 0 : 0]), Self.micro)
        case .apiReplica: return has.contains(.fastapi) ? IntegerMath.product(lake.fastapi?.replicas ?? 0, Self.micro) : 0
        case .nifiNode: return has.contains(.nifi) ? IntegerMath.product(lake.nifi?.replicas ?? 0, Self.micro) : 0
        case .vcpu:
            return sum(over: has) { group in
                ExactMath.mulDivRounded(IntegerMath.product(group.resources.cpuRequest.value, group.replicas, 1_000), runtime(group), Self.day)
            }
        case .memoryGiB:
            return sum(over: has) { group in
                ExactMath.mulDivRounded(IntegerMath.product(group.resources.memoryRequest.value, group.replicas), Self.micro * runtime(group),
                                        (1 << 30) * Self.day)
            }
        case .volumeGB: return volumeBytes(has) / 1_000
        case .volumeGiB: return ExactMath.mulDivRounded(volumeBytes(has), Self.micro, 1 << 30)
        }
    }

    private static let day = 86_400

    /// `value` summed over the pod groups of `components`, read in place (every price line measures them, and copying
    /// the groups retained each one's strings) and matched by comparing cases (a `Set` of a `String`-backed enum
    /// hashes the raw text).
    private func sum(over components: Set<ComponentKind>, _ value: (PodGroup) -> Int) -> Int {
        let kinds = Array(components)
        var values: [Int] = []
        for index in podGroups.indices where kinds.contains(where: { $0 == podGroups[index].component }) { values.append(value(podGroups[index])) }
        return IntegerMath.sum(values)
    }

    private func volumeBytes(_ components: Set<ComponentKind>) -> Int {
        sum(over: components) { IntegerMath.product($0.storagePerReplica?.value ?? 0, $0.replicas) }
    }

    /// Seconds a day the pod group runs: always, unless it is a batch group. A Spark job's pods run
    /// for the job's target duration once a day (the DAGs are daily); other batch pods (Airflow
    /// task pods) for the whole batch window, the sum of the Spark jobs' durations.
    func runtime(_ group: PodGroup) -> Int {
        guard group.ephemeral else { return Self.day }
        let jobs = lake.spec.components.spark?.jobs ?? []
        if let job = jobs.first(where: { group.name == "spark-\($0.name)-executor" || group.name == "spark-\($0.name)-driver" }) {
            return min(job.targetDuration.value, Self.day)
        }
        return min(IntegerMath.sum(jobs.map(\.targetDuration.value)), Self.day)
    }
}

extension ResolvedLake {
    /// Whether the lake deploys `component`; the resolver sizes exactly the components the spec declares.
    func has(_ component: ComponentKind) -> Bool { spec.components.contains(component) }
}
