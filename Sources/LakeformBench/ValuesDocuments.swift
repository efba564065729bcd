import Emitters
import LakeModel

/// Two large Helm values documents that differ in a known number of leaves: a `services` map of
/// many similar releases (image, replicas, resources, env list, annotations), written by YAMLWriter.
struct ValuesDocuments {
    var before: String
    var after: String
    /// Leaves that differ: changed, added or removed, one per touched service.
    var changedLeaves: Int

    /// A pair of about `bytes` each, with `changes` services changed, spread evenly through the file.
    static func pair(bytes: Int, changes: Int) -> ValuesDocuments {
        let serviceBytes = YAMLWriter.document(.map(["services": .map([name(0): service(0)])])).utf8.count
        let count = max(changes, bytes / serviceBytes)
        var before: [String: YAMLValue] = [:], after: [String: YAMLValue] = [:]
        let stride = max(1, count / max(1, changes))
        for index in 0..<count {
            before[name(index)] = service(index)
            let touched = index % stride == 0 && index / stride < changes
            after[name(index)] = touched ? changed(service(index), variant: index / stride) : service(index)
        }
        return ValuesDocuments(before: YAMLWriter.document(.map(["services": .map(before)])),
                               after: YAMLWriter.document(.map(["services": .map(after)])),
                               changedLeaves: min(changes, count))
    }

    static func name(_ index: Int) -> String { "svc-" + String(100_000 + index).dropFirst() }

    /// One release's values: about 700 bytes of YAML.
    static func service(_ index: Int) -> YAMLValue {
        [
            "image": ["repository": .string("registry.example.com/platform/\(name(index))"), "tag": "1.4.2", "pullPolicy": "IfNotPresent"],
            "replicaCount": .int(2 + index % 3),
            "resources": ["requests": ["cpu": "500m", "memory": "1Gi"], "limits": ["cpu": "2", "memory": "4Gi"]],
            "env": .list((0..<4).map { ["name": .string("FEATURE_\($0)"), "value": "enabled"] }),
            "service": ["type": "ClusterIP", "port": 8080],
            "annotations": ["prometheus.io/scrape": "true", "prometheus.io/port": "9090"],
            "nodeSelector": ["kubernetes.io/arch": "amd64"],
        ]
    }

    /// The service with exactly one leaf changed, added or removed, by `variant`.
    static func changed(_ value: YAMLValue, variant: Int) -> YAMLValue {
        guard case .map(var entries) = value else { return value }
        switch variant % 4 {
        case 0: entries["replicaCount"] = .int(9)
        case 1: entries["image"] = entries["image"]?.merging(["tag": "1.5.0"])
        case 2: entries["priorityClassName"] = "high"
        default: entries["nodeSelector"] = nil
        }
        return .map(entries)
    }
}
