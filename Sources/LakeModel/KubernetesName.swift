/// How a blueprint name becomes a Kubernetes object name, shared by the emitters that name objects
/// and the mapper that checks the names before they are emitted.
public enum KubernetesName {
    /// A lowercase DNS-1123 name for `text`: other characters become `-`, ends trimmed; `unnamed` when nothing is left.
    public static func dns(_ text: String) -> String {
        let mapped = String(text.lowercased().map { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" ? $0 : "-" })
        let trimmed = mapped.drop { $0 == "-" }.reversed().drop { $0 == "-" }.reversed()
        return trimmed.isEmpty ? "unnamed" : String(trimmed)
    }
}
