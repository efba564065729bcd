import LakeModel

/// Flink's TaskManager memory model: every part derived from the process size, summing exactly to it.
enum FlinkMemoryRule: SizingRule {
    static let overheadPercent = 10
    static let overheadRange = (192 << 20)...(1 << 30)
    static let metaspace = 256 << 20
    static let networkPercent = 10
    static let networkMinimum = 64 << 20
    /// `taskmanager.memory.network.max` before Flink 1.17 (FLINK-30472 made it unbounded).
    static let legacyNetworkMaximum = 1 << 30
    static let managedPercentRocksDB = 40
    static let frameworkHeap = 128 << 20
    static let frameworkOffHeap = 128 << 20
    static let taskOffHeap = 0

    static let description = RuleDescription(
        id: "flink.memory",
        summary: "The TaskManager process size (the container) splits into JVM overhead, metaspace, network, managed, framework "
            + "and task memory exactly as Flink derives it; byte fractions round down and the remainder is task heap.",
        formula: "overhead = clamp(10% × process, 192 MiB, 1 GiB); flink = process − overhead − 256 MiB; "
            + "network = clamp(10% × flink, 64 MiB, net_max); managed = 40% × flink (0 for hashmap); "
            + "task heap = flink − managed − network − 128 MiB − 128 MiB",
        constants: [
            RuleConstant("jvm-overhead", "10%, 192 MiB–1 GiB", "taskmanager.memory.jvm-overhead.{fraction,min,max}"),
            RuleConstant("jvm-metaspace", "256 MiB", "taskmanager.memory.jvm-metaspace.size"),
            RuleConstant("network", "10%, min 64 MiB, max 1 GiB (≤ 1.16) or unbounded (≥ 1.17)", "taskmanager.memory.network.*; FLIP-266"),
            RuleConstant("managed", "40% (RocksDB), 0 (hashmap)", "taskmanager.memory.managed.fraction; heap state needs none"),
            RuleConstant("framework heap / off-heap", "128 MiB each", "taskmanager.memory.framework.{heap,off-heap}.size"),
            RuleConstant("task off-heap", "0", "taskmanager.memory.task.off-heap.size"),
        ],
        source: "https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/memory/mem_setup_tm/ ; "
            + "https://github.com/apache/flink/pull/21618 ; sizing-rules §4.1",
        evidence: .documented,
        examples: [
            RuleExample("4 GiB, RocksDB, Flink 1.20", expect: "overhead 409.59 MiB, flink 3.35 GiB, network 343.03 MiB, managed 1.33 GiB, task heap 1.42 GiB") {
                text(memory(process: 4 << 30, backend: .rocksdb, version: "1.20"))
            },
            RuleExample("16 GiB, hashmap, Flink 1.20", expect: "overhead 1 GiB, flink 14.75 GiB, network 1.47 GiB, managed 0 B, task heap 13.02 GiB") {
                text(memory(process: 16 << 30, backend: .hashmap, version: "1.20"))
            },
            RuleExample("64 GiB, RocksDB, Flink 1.16", expect: "overhead 1 GiB, flink 62.75 GiB, network 1 GiB, managed 25.09 GiB, task heap 36.4 GiB") {
                text(memory(process: 64 << 30, backend: .rocksdb, version: "1.16"))
            },
        ])

    static func memory(process: Int, backend: FlinkJobSpec.StateBackend, version: String) -> FlinkMemory {
        let overhead = IntegerMath.clamp(IntegerMath.percent(process, overheadPercent), overheadRange)
        let flink = process - overhead - metaspace
        let network = IntegerMath.clamp(IntegerMath.percent(flink, networkPercent), networkMinimum...networkMaximum(version))
        let managed = backend == .rocksdb ? IntegerMath.percent(flink, managedPercentRocksDB) : 0
        let taskHeap = flink - managed - network - frameworkHeap - frameworkOffHeap - taskOffHeap
        return FlinkMemory(
            process: Bytes(process), jvmOverhead: Bytes(overhead), metaspace: Bytes(metaspace), frameworkHeap: Bytes(frameworkHeap),
            frameworkOffHeap: Bytes(frameworkOffHeap), taskHeap: Bytes(taskHeap), taskOffHeap: Bytes(taskOffHeap),
            network: Bytes(network), managed: Bytes(managed))
    }

    /// 1 GiB for Flink 1.16 and older, else unbounded.
    static func networkMaximum(_ version: String) -> Int {
        let parts = version.split(separator: ".").prefix(2).map { Int($0) }
        guard parts.count == 2, let major = parts[0], let minor = parts[1] else { return Int.max }
        return major < 1 || (major == 1 && minor <= 16) ? legacyNetworkMaximum : Int.max
    }

    private static func text(_ memory: FlinkMemory) -> String {
        [("overhead", memory.jvmOverhead), ("flink", memory.totalFlink), ("network", memory.network), ("managed", memory.managed),
         ("task heap", memory.taskHeap)].map { "\($0.0) \(Bytes($0.1.value).memoryText)" }.joined(separator: ", ")
    }
}
