import LakeModel
import Sizing
import TestSupport

/// A lake taken through successive applies: each step resolves against the topology the previous one recorded.
struct GrowthSequence {
    var spec: LakeSpec
    var serial = 0

    /// Resolves the current spec against the last recorded topology and records this step's, as an apply would.
    mutating func apply() -> ResolvedLake {
        let lake = Resolver.resolve(spec).lake
        serial += 1
        spec.recorded = lake.topology(serial: serial)
        return lake
    }

}

/// The sequence: data × 1.5, then × 3, ingest × 4, users and concurrent queries × 5.
enum GrowthStep: String, CaseIterable {
    case dataTimesOneAndAHalf, dataTimesThree, ingestTimesFour, usersTimesFive

    func apply(to workload: inout WorkloadSpec) {
        switch self {
        case .dataTimesOneAndAHalf: workload.dataVolume = Bytes(workload.dataVolume.value / 2 * 3)
        case .dataTimesThree: workload.dataVolume = Bytes(workload.dataVolume.value * 3)
        case .ingestTimesFour:
            workload.ingestRate = workload.ingestRate.map { BytesPerSecond($0.value * 4) }
            workload.eventsPerSecond = workload.eventsPerSecond.map { $0 * 4 }
        case .usersTimesFive:
            workload.activeUsers = workload.activeUsers.map { $0 * 5 }
            workload.concurrentQueries = workload.concurrentQueries.map { $0 * 5 }
        }
    }
}
