import LakeModel

extension DruidResolver {
    /// Brokers and Coordinator-Overlords, sized by the Historical count.
    static func queryTier(historicals: Int, _ ledger: Ledger)
        -> (brokers: Int, broker: Resources, brokerHeap: Int, coordinator: Resources)
    {
        let broker = DruidBrokerRule.size(historicals: historicals)
        let brokerRule = DruidBrokerRule.description
        let brokers = ledger.decide("druid.brokers", .count, by: brokerRule, inputs: ["druid.historicals"]) {
            let value = DruidBrokerRule.brokers(historicals: historicals)
            return (value, "max(2, ⌈\(historicals) / 15⌉) = \(value)")
        }
        let heap = ledger.decide("druid.brokerHeap", .memory, by: brokerRule, inputs: ["druid.historicals"]) {
            (broker.heap, "\(historicals) Historicals \(historicals <= 15 ? "≤" : ">") 15 → \(Bytes(broker.heap).memoryText)")
        }
        let memory = ledger.decide("druid.brokerMemory", .memory, by: brokerRule, inputs: ["druid.brokerHeap"]) {
            (broker.memory, "\(Bytes(heap).memoryText) + (2 + 1) × 500 MiB + 1 GiB = \(Bytes(broker.memory).memoryText)")
        }
        let cpu = ledger.decide("druid.brokerCPU", .millicores, by: brokerRule, inputs: ["druid.historicals"]) {
            (broker.cores * 1_000, "\(broker.cores) cores for a \(Bytes(heap).memoryText) heap")
        }
        let coordinator = DruidCoordinatorRule.size(historicals: historicals)
        let coordinatorRule = DruidCoordinatorRule.description
        ledger.decide("druid.coordinators", .count, by: coordinatorRule, inputs: []) { (DruidCoordinatorRule.replicas, "a leader and a standby") }
        let coordinatorMemory = ledger.decide("druid.coordinatorMemory", .memory, by: coordinatorRule, inputs: ["druid.brokerHeap"]) {
            (coordinator.memory, "\(Bytes(coordinator.heap).memoryText) heap + 1 GiB (256 MiB direct, the rest JVM overhead) = \(Bytes(coordinator.memory).memoryText)")
        }
        let coordinatorCPU = ledger.decide("druid.coordinatorCPU", .millicores, by: coordinatorRule, inputs: ["druid.brokerCPU"]) {
            (coordinator.cores * 1_000, "as the Broker: \(coordinator.cores) cores")
        }
        return (brokers, Resources(cpu: Millicores(cpu), memory: Bytes(memory)), heap,
                Resources(cpu: Millicores(coordinatorCPU), memory: Bytes(coordinatorMemory)))
    }
}
