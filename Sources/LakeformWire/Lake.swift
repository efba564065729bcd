extension Wire {
    /// One data lake: identity, workload inputs, components, pins and cost policy.
    public struct Lake: Codable, Equatable, Sendable {
        /// DNS-1123 label, at most 40 characters; also the folder under `generated/`.
        public var name: String
        public var tier: String
        public var namespace: String
        public var workload: Workload
        public var components: Components
        public var pins: [Pin]?
        public var cost: CostPolicy?

        public init(
            name: String, tier: String, namespace: String, workload: Workload,
            components: Components = Components(), pins: [Pin]? = nil, cost: CostPolicy? = nil
        ) {
            self.name = name
            self.tier = tier
            self.namespace = namespace
            self.workload = workload
            self.components = components
            self.pins = pins
            self.cost = cost
        }
    }

    /// An override that sizing must respect and report, such as `kafka.brokers = 12`.
    public struct Pin: Codable, Equatable, Sendable {
        /// A pin key such as `kafka.brokers`; the host lists the known keys.
        public var key: String
        /// The pinned value in the key's canonical unit (count, bytes, millicores, ...).
        public var value: Quantity
        public var reason: String?

        public init(key: String, value: Quantity, reason: String? = nil) {
            self.key = key
            self.value = value
            self.reason = reason
        }
    }

    /// The price book to use and the cost guardrails that fail a plan when exceeded.
    public struct CostPolicy: Codable, Equatable, Sendable {
        /// A bundled price book name (`seed-2024`, `opencost-default`, `on-prem`) or a file path.
        public var priceBook: String?
        public var maxMonthlyCost: Money?
        public var maxCostPerTB: Money?

        public init(priceBook: String? = nil, maxMonthlyCost: Money? = nil, maxCostPerTB: Money? = nil) {
            self.priceBook = priceBook
            self.maxMonthlyCost = maxMonthlyCost
            self.maxCostPerTB = maxCostPerTB
        }
    }
}
