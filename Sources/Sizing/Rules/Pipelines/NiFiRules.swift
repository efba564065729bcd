import LakeModel

/// NiFi nodes from peak ingest at a conservative per-node rate, and each node's resources.
enum NiFiNodeRule: SizingRule {
    static let perNodeThroughput = 100_000_000
    static let clusterMinimum = 3
    static let cpu = 8_000
    static let memory = 16 << 30
    static let heap = 8 << 30

    static let description = RuleDescription(
        id: "nifi.nodes",
        summary: "Nodes = ⌈peak ingest / 100 MB/s⌉: one node while one carries the peak, else at least 3 so the cluster keeps a "
            + "ZooKeeper majority for electing its coordinator and primary node. Each node gets 8 CPU and 16 GiB with an 8 GiB heap; "
            + "the rest is OS cache for the repositories.",
        formula: "n = ⌈peak / 100 MB/s⌉; nodes = n ≤ 1 ? 1 : max(3, n); node = 8 CPU, 16 GiB, heap 8 GiB",
        constants: [
            RuleConstant("per-node throughput", "100 MB/s",
                         "NiFi overview: ~50 MB/s per modest disk, 100 MB/s or more for a large class of flows "
                             + "(Cloudera measured 192.5 MB/s on one node for a simple object-store flow)"),
            RuleConstant("cluster minimum", "3", "a ZooKeeper majority that survives one node"),
            RuleConstant("node", "8 CPU, 16 GiB, heap 8 GiB", "Cloudera: an 8 or 16 GB heap is usually sufficient; memory beyond it is OS cache"),
        ],
        source: "https://nifi.apache.org/docs/nifi-docs/html/overview.html#performance-expectations-and-characteristics-of-nifi ; "
            + "https://docs.cloudera.com/cfm/4.0.0/nifi-sizing/topics/cfm-sizing-recommendations.html",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("50 MB/s peak", expect: "1 node") { "\(nodes(peak: 50_000_000)) node" },
            RuleExample("180 MB/s peak", expect: "3 nodes") { "\(nodes(peak: 180_000_000)) nodes" },
            RuleExample("1 GB/s peak", expect: "10 nodes") { "\(nodes(peak: 1_000_000_000)) nodes" },
        ])

    static func nodes(peak: Int) -> Int {
        let needed = IntegerMath.ceilDiv(peak, perNodeThroughput)
        return needed <= 1 ? 1 : max(clusterMinimum, needed)
    }
}

/// Resolves NiFi: nodes from peak ingest (pinnable) and each node's resources.
enum NiFiResolver {
    static func resolve(_ spec: NiFiSpec, _ ledger: Ledger) -> ResolvedReplicated {
        let workload = ledger.lake.workload, rule = NiFiNodeRule.description
        let average = ledger.input("workload.ingest", workload.ingestRate?.value ?? 0, .bytesPerSecond, reasonKey: "ingest")
        let peakPercent = ledger.setting("workload.ingest.peak", workload.peakPercent, default: 100, .percent, "no peak given: ingest is flat")
        let peak = IntegerMath.percent(average, peakPercent)
        let nodes = ledger.decide("nifi.nodes", .count, by: rule, inputs: ["workload.ingest", "workload.ingest.peak"], pin: .nifiNodes) {
            let value = spec.nodes ?? NiFiNodeRule.nodes(peak: peak)
            return (value, spec.nodes == nil ? "⌈\(BytesPerSecond(peak)) / 100 MB/s⌉ → \(value) (1, or at least 3)" : "\(value) from the blueprint")
        }
        let cpu = ledger.decide("nifi.cpu", .millicores, by: rule, inputs: []) { (NiFiNodeRule.cpu, "8 CPU per node") }
        let memory = ledger.decide("nifi.memory", .memory, by: rule, inputs: []) { (NiFiNodeRule.memory, "16 GiB per node") }
        let heap = ledger.decide("nifi.heap", .memory, by: rule, inputs: ["nifi.memory"]) { (NiFiNodeRule.heap, "8 GiB heap; the rest is OS cache") }
        let resources = Resources(cpu: Millicores(cpu), memory: Bytes(memory))
        let pod = PodGroup(name: "nifi", component: .nifi, replicas: nodes, resources: resources, stateful: true)
        return ResolvedReplicated(replicas: nodes, resources: resources, heap: Bytes(heap), pods: [pod])
    }
}
