/// A key-path change with the Kubernetes kind of the document it is in, for the replace and destructive rules.
struct LocatedChange {
    /// `kind` of the document, such as `KafkaNodePool`, or nil for Helm values.
    var kind: String?
    /// `metadata.name` of the document in a multi-document artifact, or nil for a single document.
    var name: String?
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
                name = String(selector[selector.index(after: slash)...])
                keyPath = String(change.path[change.path.index(after: close)...].drop { $0 == "." })
                return
            }
        }
        kind = documentKind
        keyPath = change.path
    }

    /// The document of `documents` this change is in: the one named by its `[Kind/name]` prefix, else the only one.
    func document(in documents: [PlanTree]) -> PlanTree? {
        guard let name else { return documents.count == 1 ? documents[0] : nil }
        return documents.first { $0[path: "kind"]?.text == kind && $0[path: "metadata.name"]?.text == name }
    }
}
