import LakeModel

/// Kubernetes conventions shared by every emitter: quantities, labels, object skeletons.
public enum Kubernetes {
    /// `16Gi`, `512Mi`, or plain bytes: the exact binary quantity for a byte count.
    public static func quantity(_ bytes: Bytes) -> YAMLValue {
        let value = bytes.value
        for (suffix, shift) in [("Ti", 40), ("Gi", 30), ("Mi", 20), ("Ki", 10)] where value != 0 && value % (1 << shift) == 0 {
            return .string("\(value >> shift)\(suffix)")
        }
        return .string(String(value))
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
