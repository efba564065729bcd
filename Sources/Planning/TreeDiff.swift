/// A semantic comparison of two document trees: maps by key, lists by item name, scalars by text.
struct TreeDiff {
    private(set) var changes: [KeyPathChange] = []
    private(set) var unchanged = 0

    /// Compares `before` with `after`, reporting leaf changes with paths under `prefix`.
    mutating func compare(_ before: PlanTree?, _ after: PlanTree?, prefix: String) {
        switch (before, after) {
        case (nil, nil): return
        case (let old?, nil):
            changes += old.leaves(prefix: prefix).map { KeyPathChange(path: $0.path, before: $0.text, after: nil) }
        case (nil, let new?):
            changes += new.leaves(prefix: prefix).map { KeyPathChange(path: $0.path, before: nil, after: $0.text) }
        case (.map(let old)?, .map(let new)?) where !old.isEmpty && !new.isEmpty:
            for key in Set(old.keys).union(new.keys).sorted() {
                compare(old[key], new[key], prefix: PlanTree.join(prefix, key))
            }
        case (.list(let old)?, .list(let new)?) where !old.isEmpty && !new.isEmpty:
            compareLists(old, new, prefix: prefix)
        case (let old?, let new?) where old == new:
            unchanged += old.leaves(prefix: prefix).count
        case (let old?, let new?):
            if let oldText = old.text, let newText = new.text {
                changes.append(KeyPathChange(path: prefix, before: oldText, after: newText))
            } else {
                compare(old, nil, prefix: prefix)
                compare(nil, new, prefix: prefix)
            }
        }
    }

    private mutating func compareLists(_ old: [PlanTree], _ new: [PlanTree], prefix: String) {
        let oldKeyed = PlanTree.keyed(old), newKeyed = PlanTree.keyed(new)
        let oldBySelector = Dictionary(oldKeyed.map { ($0.selector, $0.value) }, uniquingKeysWith: { first, _ in first })
        let newBySelector = Dictionary(newKeyed.map { ($0.selector, $0.value) }, uniquingKeysWith: { first, _ in first })
        var order = oldKeyed.map(\.selector)
        order += newKeyed.map(\.selector).filter { oldBySelector[$0] == nil }
        for selector in order {
            compare(oldBySelector[selector], newBySelector[selector], prefix: prefix + selector)
        }
    }

    /// The key-path changes and unchanged-leaf count between two YAML or JSON texts, by document.
    /// `kind` is the root `kind` of a single-document text (the new one's, else the old one's), read from the same
    /// parse so that large files are parsed once. Text as `YAMLWriter` writes it takes `BlockDiff`'s fast path.
    static func documents(before: String, after: String) throws -> (changes: [KeyPathChange], unchanged: Int, kind: String?) {
        try BlockDiff.documents(before: before, after: after) ?? composedDocuments(before: before, after: after)
    }

    /// `documents` from the texts as Yams composes them, for any YAML or JSON.
    static func composedDocuments(before: String, after: String) throws -> (changes: [KeyPathChange], unchanged: Int, kind: String?) {
        let old = try PlanTree.documents(before), new = try PlanTree.documents(after)
        var diff = TreeDiff()
        if old.count <= 1 && new.count <= 1 {
            diff.compare(old.first, new.first, prefix: "")
        } else {
            diff.compare(.list(old), .list(new), prefix: "")
        }
        let kind = { (documents: [PlanTree]) in documents.count == 1 ? documents[0][path: "kind"]?.text : nil }
        return (diff.changes, diff.unchanged, kind(new) ?? kind(old))
    }
}
