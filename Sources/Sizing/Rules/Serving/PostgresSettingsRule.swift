import LakeModel

/// PostgreSQL memory settings that keep the §10 guardrail within RAM.
enum PostgresSettingsRule: SizingRule {
    static let sharedBuffersPercent = 25
    static let effectiveCachePercent = 75
    /// Sort or hash operations one query may run at once.
    static let operationsPerConnection = 3
    static let maintenanceRange = (64 << 20)...(2 << 30)
    /// PostgreSQL's default work_mem, the §10 floor.
    static let minimumWorkMem = 4 << 20

    static let description = RuleDescription(
        id: "postgres.settings",
        summary: "shared_buffers 25% of RAM, effective_cache_size 75%, maintenance_work_mem RAM / 16 (64 MiB–2 GiB), and work_mem "
            + "what is left over max_connections × 3 operations, so shared_buffers + connections × work_mem × 3 + maintenance ≤ RAM.",
        formula: "shared = 25%; cache = 75%; maintenance = clamp(RAM / 16, 64 MiB, 2 GiB); work_mem = (RAM − shared − maintenance) / (connections × 3), in kB",
        constants: [
            RuleConstant("shared_buffers", "25% of RAM", "PostgreSQL docs for a dedicated server of 1 GB or more"),
            RuleConstant("effective_cache_size", "75% of RAM", "PostgreSQL wiki (aggressive end; a planner hint only)"),
            RuleConstant("maintenance_work_mem", "RAM / 16, ≤ 2 GiB", "pgtune's rule"),
            RuleConstant("operations per connection", "3", "§10 guardrail k ≈ 2–3"),
        ],
        source: "https://www.postgresql.org/docs/current/runtime-config-resource.html ; https://wiki.postgresql.org/wiki/Tuning_Your_PostgreSQL_Server ; "
            + "https://github.com/le0pard/pgtune",
        evidence: .documented,
        examples: [
            RuleExample("16 GiB, 183 connections", expect: "shared_buffers 4 GiB, effective_cache_size 12 GiB, maintenance 1 GiB, work_mem 21,009 kB") {
                describe(memory: 16 << 30, connections: 183)
            },
            RuleExample("8 GiB, 100 connections", expect: "shared_buffers 2 GiB, effective_cache_size 6 GiB, maintenance 512 MiB, work_mem 19,223 kB") {
                describe(memory: 8 << 30, connections: 100)
            },
        ])

    static func settings(memory: Int, connections: Int) -> (shared: Int, cache: Int, maintenance: Int, workMem: Int) {
        let shared = IntegerMath.percent(memory, sharedBuffersPercent)
        let maintenance = IntegerMath.clamp(memory / 16, maintenanceRange)
        let left = perConnectionMemory(memory: memory) / max(1, connections * operationsPerConnection)
        return (shared, IntegerMath.percent(memory, effectiveCachePercent), maintenance, max(minimumWorkMem, (left >> 10) << 10))
    }

    /// RAM left for the connections' sorts and hashes: RAM − shared_buffers − maintenance_work_mem.
    static func perConnectionMemory(memory: Int) -> Int {
        max(0, memory - IntegerMath.percent(memory, sharedBuffersPercent) - IntegerMath.clamp(memory / 16, maintenanceRange))
    }

    private static func describe(memory: Int, connections: Int) -> String {
        let s = settings(memory: memory, connections: connections)
        return "shared_buffers \(Bytes(s.shared).memoryText), effective_cache_size \(Bytes(s.cache).memoryText), "
            + "maintenance \(Bytes(s.maintenance).memoryText), work_mem \(QuantityUnit.count.format(s.workMem >> 10)) kB"
    }
}
