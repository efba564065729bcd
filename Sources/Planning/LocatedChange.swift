/// A key-path change with the Kubernetes kind of the document it is in, for the replace and destructive rules.
struct LocatedChange {
    /// `kind` of the document, such as `KafkaNodePool`, or nil for Helm values.
    var kind: String?
    /// The path inside the document, without a `[Kind/name].` prefix.
    var keyPath: String
    var change: KeyPathChange

    /// Locates `change`; multi-document paths start with `[Kind/name]`, single documents use the document's kind.
    init(_ change: KeyPathChange, documentKind: String?) {
        self.change = change
        if change.path.hasPrefix("["), let close = change.path.firstIndex(of: "]") {
            let selector = change.path[change.path.index(after: change.path.startIndex)..<close]
            if !selector.contains("="), let slash = selector.firstIndex(of: "/") {
                kind = String(selector[..<slash])
                keyPath = String(change.path[change.path.index(after: close)...].drop { $0 == "." })
                return
            }
        }
        kind = documentKind
        keyPath = change.path
    }

    /// Every `kind` in a YAML text, for deciding whether a deleted artifact held state.
    static func kinds(_ text: String) -> [String] {
        ((try? PlanTree.documents(text)) ?? []).compactMap { $0[path: "kind"]?.text }
    }
}
