/// Changes that keep the data but can break its consumers or availability while they roll out.
enum RiskyRules {
    /// The annotation the Kafka emitter puts on topics whose consumers rely on per-key ordering.
    static let keyedAnnotation = "lakeform.dev/keyed"
    /// Broker settings Strimzi applies by restarting every broker of the cluster or pool, one after another.
    static let rollingPrefixes: [String: [String]] = [
        "Kafka": ["spec.kafka.", "spec.cruiseControl"],
        "KafkaNodePool": ["spec.resources.", "spec.jvmOptions.", "spec.template."],
    ]

    /// The risky messages for one artifact's changes, keyed by the change's full path; `documents` parses the new
    /// version and is only called when a change concerns Kafka.
    static func messages(_ located: [LocatedChange], documents: () -> [PlanTree]) -> [(keyPath: String, message: String)] {
        guard located.contains(where: { $0.kind.map(isKafka) ?? false }) else { return [] }
        let parsed = documents()
        var found: [(keyPath: String, message: String)] = []
        var rolled: Set<String> = []
        for item in located {
            guard let kind = item.kind, isKafka(kind) else { continue }
            let document = item.document(in: parsed)
            if kind == "KafkaNodePool", !isBrokerPool(document) { continue }
            if let message = repartition(item, document) ?? shrink(item) {
                found.append((item.change.path, message))
            }
            let target = "\(kind)/\(item.name ?? "")"
            if !rolled.contains(target), let message = roll(item, kind: kind) {
                rolled.insert(target)
                found.append((item.change.path, message))
            }
        }
        return found
    }

    private static func isKafka(_ kind: String) -> Bool { kind == "KafkaTopic" || rollingPrefixes[kind] != nil }

    private static func isBrokerPool(_ document: PlanTree?) -> Bool {
        guard case .list(let roles)? = document?[path: "spec.roles"] else { return false }
        return roles.contains { $0.text == "broker" }
    }

    /// More partitions for a keyed topic: the key → partition mapping changes, so per-key ordering breaks.
    static func repartition(_ item: LocatedChange, _ document: PlanTree?) -> String? {
        guard item.kind == "KafkaTopic", item.keyPath == "spec.partitions",
            document?[path: "metadata.annotations"]?[key: keyedAnnotation]?.text == "true",
            let before = item.change.before, let after = item.change.after
        else { return nil }
        return "keyed topic repartitioned \(before) → \(after) — keys move to other partitions, so per-key ordering breaks "
            + "between records written before and after; drain its consumers first or create a new topic"
    }

    /// Less CPU or memory per broker: each broker keeps its share of partitions and traffic with less of it.
    static func shrink(_ item: LocatedChange) -> String? {
        guard item.kind == "KafkaNodePool", item.keyPath.hasPrefix("spec.resources."),
            let before = item.change.before, let after = item.change.after,
            let old = Quantity.value(before), let new = Quantity.value(after), new < old
        else { return nil }
        return "per-broker \(item.keyPath) goes down \(before) → \(after) — each broker serves its partitions with less; "
            + "pin the broker resources to keep them"
    }

    /// A broker setting that Strimzi applies by rolling every broker.
    static func roll(_ item: LocatedChange, kind: String) -> String? {
        guard let prefixes = rollingPrefixes[kind], prefixes.contains(where: item.keyPath.hasPrefix) else { return nil }
        return "\(kind) \(item.keyPath) changes — Strimzi restarts every broker to apply it, one at a time; partitions "
            + "with fewer in-sync replicas than min.insync.replicas reject writes while their broker restarts"
    }
}
