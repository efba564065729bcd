import LakeModel

/// One container a chart runs that no component rule sizes, with its documented default resources.
struct ChartPart {
    /// Where the part runs, which decides how it is packed.
    enum Placement {
        /// Long-running pods (or sidecars of them), packed like the components' pods.
        case pods(replicas: Int, stateful: Bool = false)
        /// A DaemonSet: one on every node.
        case perNode
        /// Runs to completion or before the main containers: sized, not packed.
        case oneShot
    }

    var name: String
    var component: ComponentKind
    var resources: Resources
    var placement: Placement
    var rule: RuleDescription
    /// The resolved addresses its replica count follows, for explain.
    var inputs: [String] = []
}

extension Resources {
    /// Requests with a higher memory limit (burstable), for small Go and Python helpers whose charts document both.
    static func burstable(cpu: Int, memoryMiB: Int, limitMiB: Int) -> Resources {
        var resources = Resources(cpu: Millicores(cpu), memory: .mebibytes(memoryMiB))
        resources.memoryLimit = .mebibytes(limitMiB)
        return resources
    }

    /// `200m CPU, 384 MiB` or `100m CPU, 100 MiB (limit 200 MiB)`, for rule constants and examples.
    var summary: String {
        let limit = memoryLimit == memoryRequest ? "" : " (limit \(Bytes(memoryLimit.value).memoryText))"
        return "\(cpuRequest) CPU, \(Bytes(memoryRequest.value).memoryText)\(limit)"
    }
}
