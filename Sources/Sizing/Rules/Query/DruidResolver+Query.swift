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
        let heap = ledger.decide("druid.brokerHeap", .bytes, by: brokerRule, inputs: ["druid.historicals"]) {
            (broker.heap, "\(historicals) Historicals \(historicals <= 15 ? "≤" : ">") 15 → \(ServingUnits.gib(broker.heap))")
        }
        let memory = ledger.decide("druid.brokerMemory", .bytes, by: brokerRule, inputs: ["druid.brokerHeap"]) {
            (broker.memory, "\(ServingUnits.gib(heap)) + (2 + 1) × 500 MiB + 1 GiB = \(ServingUnits.mib(broker.memory))")
        }
        let cpu = ledger.decide("druid.brokerCPU", .millicores, by: brokerRule, inputs: ["druid.historicals"]) {
            (broker.cores * 1_000, "\(broker.cores) cores for a \(ServingUnits.gib(heap)) heap")
        }
        let coordinator = DruidCoordinatorRule.size(historicals: historicals)
        let coordinatorRule = DruidCoordinatorRule.description
        ledger.decide("druid.coordinators", .count, by: coordinatorRule, inputs: []) { (DruidCoordinatorRule.replicas, "a leader and a standby") }
        let coordinatorMemory = ledger.decide("druid.coordinatorMemory", .bytes, by: coordinatorRule, inputs: ["druid.brokerHeap"]) {
            (coordinator.memory, "\(ServingUnits.gib(coordinator.heap)) heap + 1 GiB (256 MiB direct, the rest JVM overhead) = \(ServingUnits.gib(coordinator.memory))")
        }
        let coordinatorCPU = ledger.decide("druid.coordinatorCPU", .millicores, by: coordinatorRule, inputs: ["druid.brokerCPU"]) {
            (coordinator.cores * 1_000, "as the Broker: \(coordinator.cores) cores")
        }
        return (brokers, Resources(cpu: Millicores(cpu), memory: Bytes(memory)), heap,
                Resources(cpu: Millicores(coordinatorCPU), memory: Bytes(coordinatorMemory)))
    }
}
