/// How one lake's monthly cost and capacity change between the recorded and the generated cost report
/// (`<lake>/reports/cost.json`). Only what changed is listed.
public struct LakeCostDelta: Sendable, Codable, Equatable {
    public var lake: String
    /// ISO 4217 code of every amount.
    public var currency: String
    /// Monthly cost in cents before the change; nil for a new lake.
    public var beforeCents: Int?
    /// Monthly cost in cents after the change; nil for a removed lake.
    public var afterCents: Int?
    /// Monthly cost per TB of data stored, in cents, before and after (nil when a side has no data).
    public var perDataTB: CostLineDelta?
    /// Cost lines (Storage, Kafka, …) whose monthly cost changed.
    public var lines: [CostLineDelta]
    /// Capacity figures of the lake and its components that changed.
    public var capacity: [CapacityDelta]

    /// After minus before, in cents.
    public var deltaCents: Int { (afterCents ?? 0) - (beforeCents ?? 0) }

    enum CodingKeys: String, CodingKey {
        case lake, currency, beforeCents = "before_cents", afterCents = "after_cents", deltaCents = "delta_cents"
        case perDataTB = "per_data_tb", lines, capacity
    }

    public init(
        lake: String, currency: String, beforeCents: Int?, afterCents: Int?, perDataTB: CostLineDelta? = nil,
        lines: [CostLineDelta], capacity: [CapacityDelta]
    ) {
        self.lake = lake
        self.currency = currency
        self.beforeCents = beforeCents
        self.afterCents = afterCents
        self.perDataTB = perDataTB
        self.lines = lines
        self.capacity = capacity
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lake = try container.decode(String.self, forKey: .lake)
        currency = try container.decode(String.self, forKey: .currency)
        beforeCents = try container.decodeIfPresent(Int.self, forKey: .beforeCents)
        afterCents = try container.decodeIfPresent(Int.self, forKey: .afterCents)
        perDataTB = try container.decodeIfPresent(CostLineDelta.self, forKey: .perDataTB)
        lines = try container.decode([CostLineDelta].self, forKey: .lines)
        capacity = try container.decode([CapacityDelta].self, forKey: .capacity)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(lake, forKey: .lake)
        try container.encode(currency, forKey: .currency)
        try container.encodeIfPresent(beforeCents, forKey: .beforeCents)
        try container.encodeIfPresent(afterCents, forKey: .afterCents)
        try container.encode(deltaCents, forKey: .deltaCents)
        try container.encodeIfPresent(perDataTB, forKey: .perDataTB)
        try container.encode(lines, forKey: .lines)
        try container.encode(capacity, forKey: .capacity)
    }
}

/// One cost line of a lake's report (such as `Kafka`, covering `kafka`), before and after, in cents per month.
public struct CostLineDelta: Sendable, Codable, Equatable {
    public var name: String
    public var components: [String]
    public var beforeCents: Int?
    public var afterCents: Int?

    public init(name: String, components: [String], beforeCents: Int?, afterCents: Int?) {
        self.name = name
        self.components = components
        self.beforeCents = beforeCents
        self.afterCents = afterCents
    }

    enum CodingKeys: String, CodingKey { case name, components, beforeCents = "before_cents", afterCents = "after_cents" }
}

/// One capacity figure before and after: the lake's usable bytes, or a component's pods.
public struct CapacityDelta: Sendable, Codable, Equatable {
    /// What a figure counts, which decides how it is shown.
    public enum Unit: String, Sendable, Codable {
        /// Storage and disk bytes, printed in decimal units as the reports print them (`6.63 PB`, `322.12 GB`).
        case bytes
        /// Memory bytes, printed in binary units (`300 GiB`); docs/units.md.
        case memoryBytes = "memory_bytes"
        /// CPU, shown in cores.
        case millicores
        case count
        case months
    }

    /// `lake` for lake-wide figures, otherwise the component.
    public var subject: String
    /// `usable`, `raw`, `nodes`, `pods`, `cpu`, …
    public var metric: String
    public var unit: Unit
    public var before: Int?
    public var after: Int?

    public init(subject: String, metric: String, unit: Unit, before: Int?, after: Int?) {
        self.subject = subject
        self.metric = metric
        self.unit = unit
        self.before = before
        self.after = after
    }

    /// `usable` for the lake, `kafka pods` for a component.
    public var label: String { subject == "lake" ? metric : "\(subject) \(metric)" }
}
