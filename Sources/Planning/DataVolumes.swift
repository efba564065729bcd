/// Whether a deployed artifact holds data: it is a stateful kind, or it declares a persistent volume size
/// (a `size` or `storage` quantity under no `enabled: false` block), so no component list is needed.
enum DataVolumes {
    static let statefulKinds: Set<String> = ["KafkaNodePool", "Kafka", "postgresql", "StatefulSet"]
    /// The keys that give a volume's size: `persistence.size`, `volumeClaimTemplate...requests.storage`.
    static let sizeKeys: Set<String> = ["size", "storage"]

    /// What holds data in the artifact at `path` (its stateful kind, or its name for Helm values), or nil.
    static func holder(path: String, contents: String) -> String? {
        guard path.hasSuffix(".yaml"), let documents = try? PlanTree.documents(contents) else { return nil }
        if let kind = documents.compactMap({ $0[path: "kind"]?.text }).first(where: statefulKinds.contains) { return kind }
        guard documents.contains(where: declaresVolume) else { return nil }
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".values.yaml") ? String(file.dropLast(".values.yaml".count)) : file
    }

    /// True when `document` has a volume size with a unit (`10Gi`, `15360G`) under no disabled block.
    static func declaresVolume(_ document: PlanTree) -> Bool {
        let leaves = Dictionary(document.leaves(prefix: "").map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        return leaves.contains { path, text in
            let keys = path.split(separator: ".")
            guard let key = keys.last, sizeKeys.contains(String(key)), Int(text) == nil, (Quantity.value(text) ?? 0) > 0 else { return false }
            return (0..<keys.count).allSatisfy { depth in
                leaves[PlanTree.join(keys.prefix(depth).joined(separator: "."), "enabled")] != "false"
            }
        }
    }
}
