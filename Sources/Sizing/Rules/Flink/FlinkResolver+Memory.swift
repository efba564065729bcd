import LakeModel

extension FlinkResolver {
    /// Records every part of a TaskManager's memory model under `flink.jobs.<job>.memory.*`.
    static func record(_ memory: FlinkMemory, at: String, backend: FlinkJobSpec.StateBackend, version: String, _ ledger: Ledger) {
        let mib = { (bytes: Int) in Bytes(bytes).memoryText }
        let process = "\(at).taskManagerMemory", part = { (name: String) in "\(at).memory.\(name)" }
        let flink = memory.totalFlink.value
        let networkCap = FlinkMemoryRule.networkMaximum(version) == Int.max ? "∞" : "1 GiB"
        let parts: [(name: String, value: Bytes, inputs: [String], calculation: String)] = [
            ("jvmOverhead", memory.jvmOverhead, [process], "clamp(10% × \(mib(memory.process.value)), 192 MiB, 1 GiB)"),
            ("metaspace", memory.metaspace, [], "taskmanager.memory.jvm-metaspace.size"),
            ("flink", memory.totalFlink, [process, part("jvmOverhead"), part("metaspace")],
             "\(mib(memory.process.value)) − \(mib(memory.jvmOverhead.value)) − \(mib(memory.metaspace.value))"),
            ("network", memory.network, [part("flink")], "clamp(10% × \(mib(flink)), 64 MiB, \(networkCap)) for Flink \(version)"),
            ("managed", memory.managed, [part("flink")],
             backend == .rocksdb ? "40% × \(mib(flink)) for RocksDB" : "none for the hashmap backend"),
            ("frameworkHeap", memory.frameworkHeap, [], "taskmanager.memory.framework.heap.size"),
            ("frameworkOffHeap", memory.frameworkOffHeap, [], "taskmanager.memory.framework.off-heap.size"),
            ("taskOffHeap", memory.taskOffHeap, [], "taskmanager.memory.task.off-heap.size"),
            ("taskHeap", memory.taskHeap, [part("flink"), part("managed"), part("network"), part("frameworkHeap"), part("frameworkOffHeap")],
             "\(mib(flink)) − \(mib(memory.managed.value)) − \(mib(memory.network.value)) − 256 MiB framework"),
        ]
        for entry in parts {
            ledger.decide(part(entry.name), .memory, by: FlinkMemoryRule.description, inputs: entry.inputs) {
                (entry.value.value, "\(entry.calculation) = \(mib(entry.value.value))")
            }
        }
    }
}
