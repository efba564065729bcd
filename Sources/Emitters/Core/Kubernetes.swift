import LakeModel

/// Kubernetes conventions shared by every emitter: quantities, labels, object skeletons.
public enum Kubernetes {
    /// The shortest exact Kubernetes quantity for a byte count: `16Gi`, `512Mi`, `15360G`, or plain bytes.
    public static func quantity(_ bytes: Bytes) -> YAMLValue {
        let value = bytes.value
        let units: [(suffix: String, size: Int)] = [
            ("Ti", 1 << 40), ("Gi", 1 << 30), ("Mi", 1 << 20), ("Ki", 1 << 10),
            ("T", 1_000_000_000_000), ("G", 1_000_000_000), ("M", 1_000_000), ("k", 1_000),
        ]
        let spellings = units.filter { value != 0 && value % $0.size == 0 }.map { "\(value / $0.size)\($0.suffix)" }
        return .string(spellings.min { ($0.count, $0) < ($1.count, $1) } ?? String(value))
    }

    /// Whole cores as an integer, otherwise `2500m`.
    public static func cpu(_ millicores: Millicores) -> YAMLValue {
        millicores.value % 1_000 == 0 ? .int(millicores.value / 1_000) : .string("\(millicores.value)m")
    }

    /// `requests` and `limits` for a container; the CPU limit is left out when unset.
    public static func resources(_ resources: Resources) -> YAMLValue {
        var limits: [String: YAMLValue] = ["memory": quantity(resources.memoryLimit)]
        if let cpuLimit = resources.cpuLimit { limits["cpu"] = cpu(cpuLimit) }
        return .map([
            "requests": ["cpu": cpu(resources.cpuRequest), "memory": quantity(resources.memoryRequest)],
            "limits": .map(limits),
        ])
    }

    /// Labels every object Lakeform emits carries.
    public static func labels(lake: String, component: String, extra: [String: String] = [:]) -> YAMLValue {
        var labels = [
            "app.kubernetes.io/managed-by": "lakeform",
            "app.kubernetes.io/part-of": lake,
            "app.kubernetes.io/component": component,
        ]
        labels.merge(extra) { _, new in new }
        return .map(labels.mapValues { .string($0) })
    }

    /// An object with apiVersion, kind, metadata (name, namespace, labels) and the given body keys.
    public static func object(
        apiVersion: String, kind: String, name: String, namespace: String, labels: YAMLValue, body: [String: YAMLValue]
    ) -> YAMLValue {
        var object = body
        object["apiVersion"] = .string(apiVersion)
        object["kind"] = .string(kind)
        object["metadata"] = ["name": .string(name), "namespace": .string(namespace), "labels": labels]
        return .map(object)
    }
}
