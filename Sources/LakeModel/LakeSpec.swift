/// What a blueprint asked for: one lake, validated, in integer units. Sizing turns it into a
/// `ResolvedLake`; unset optional settings mean "size this from the workload".
public struct LakeSpec: Equatable, Sendable {
    public var name: String
    public var tier: String
    public var namespace: String
    /// The blueprint file the lake came from, as the user named it.
    public var blueprintPath: String
    public var workload: WorkloadSpec
    public var components: ComponentsSpec
    public var pins: [PinSpec]
    public var cost: CostSpec
    /// What the last applied revision deployed; nil for a lake that was never applied (greenfield).
    public var recorded: RecordedTopology?
    /// The state serial the next apply records, when a state is at hand: what this plan adds (a MinIO pool) is
    /// stamped with it, so the reports read the same before and after the apply.
    public var revision: Int?
    /// The settings the blueprint wrote, by model path (`opensearch.replicas`): explain labels them as the blueprint's
    /// even where they equal their default.
    public var writtenSettings: Set<String> = []

    public init(
        name: String, tier: String, namespace: String, blueprintPath: String, workload: WorkloadSpec,
        components: ComponentsSpec = ComponentsSpec(), pins: [PinSpec] = [], cost: CostSpec = CostSpec()
    ) {
        self.name = name
        self.tier = tier
        self.namespace = namespace
        self.blueprintPath = blueprintPath
        self.workload = workload
        self.components = components
        self.pins = pins
        self.cost = cost
    }

    /// The pinned value for `key`, if the blueprint pinned it.
    public func pin(_ key: PinKey) -> PinSpec? { pins.first { $0.key == key } }
}

/// The lake's workload inputs.
public struct WorkloadSpec: Equatable, Sendable {
    public var dataVolume: Bytes
    public var yearlyGrowthPercent: Int = 0
    /// Months ahead that stateful stores are sized for, compounding the yearly growth.
    public var horizonMonths: Int = WorkloadSpec.defaultHorizonMonths
    /// Average ingest, from events × size or a given rate.
    public var ingestRate: BytesPerSecond?
    public var eventsPerSecond: Int?
    public var averageEventSize: Bytes?
    /// Peak over average ingest, in percent (100 = flat).
    public var peakPercent: Int = 100
    public var streams: [StreamSpec] = []
    public var activeUsers: Int?
    public var concurrentQueries: Int?
    public var scannedPerDay: Bytes?
    public var batchPerDay: Bytes?
    public var vectors: VectorSpec?
    public var logsPerDay: Bytes?
    /// One-line reasons keyed by input name, shown by `lakeform explain`.
    public var reasons: [String: String] = [:]

    public init(dataVolume: Bytes) { self.dataVolume = dataVolume }

    /// A year: what a platform team budgets and plans hardware for.
    public static let defaultHorizonMonths = 12
    /// The lake's growth curve.
    public var growth: GrowthCurve { GrowthCurve(yearlyPercent: yearlyGrowthPercent) }
    /// `value` (data or a rate that grows with it) at the planning horizon.
    public func atHorizon(_ value: Int) -> Int { growth.value(value, afterMonths: horizonMonths) }
}

/// A stream (Kafka topic) with its rate, its retention and whether its consumers rely on per-key ordering.
public struct StreamSpec: Equatable, Sendable {
    public var name: String
    /// A share of the ingest, or the stream's own rate.
    public var rate: StreamRate
    public var retention: Seconds
    public var consumerGroups: Int = 1
    public var partitions: Int?
    /// Records are ordered per key, so adding partitions breaks ordering (the planner flags it as risky).
    public var keyed = false

    public init(name: String, rate: StreamRate, retention: Seconds) {
        self.name = name
        self.rate = rate
        self.retention = retention
    }

    public init(name: String, sharePercent: Int, retention: Seconds) {
        self.init(name: name, rate: .share(percent: sharePercent), retention: retention)
    }
}

/// Embedding vectors served by the lake.
public struct VectorSpec: Equatable, Sendable {
    public var count: Int
    public var dimensions: Int
    public init(count: Int, dimensions: Int) {
        self.count = count
        self.dimensions = dimensions
    }
}

/// A pinned value: it wins over the sizing rules and is reported as pinned.
public struct PinSpec: Equatable, Sendable {
    public var key: PinKey
    public var value: Int
    public var reason: String?
    public init(key: PinKey, value: Int, reason: String? = nil) {
        self.key = key
        self.value = value
        self.reason = reason
    }
}

/// Which price book prices the lake and the guardrails that fail a plan.
public struct CostSpec: Equatable, Sendable {
    /// A bundled price book name or a file path; nil means the default book.
    public var priceBook: String?
    public var maxMonthlyCost: Cents?
    public var maxCostPerTB: Cents?
    public init(priceBook: String? = nil, maxMonthlyCost: Cents? = nil, maxCostPerTB: Cents? = nil) {
        self.priceBook = priceBook
        self.maxMonthlyCost = maxMonthlyCost
        self.maxCostPerTB = maxCostPerTB
    }
}
