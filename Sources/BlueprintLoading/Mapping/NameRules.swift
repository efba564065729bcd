/// Kubernetes naming rules that lake names and namespaces must follow.
enum NameRules {
    /// Lake names are also folder names under `generated/`, so they stay short.
    static let maxLakeNameLength = 40
    /// DNS-1123 labels may be 63 characters long.
    static let maxLabelLength = 63

    /// Why `name` is not a DNS-1123 label of at most `maxLength` characters, or nil when it is.
    static func labelProblem(_ name: String, maxLength: Int) -> String? {
        if name.isEmpty { return "is empty" }
        if name.contains("/") || name.contains("..") || name.contains("\\") {
            return "contains a path separator or '..'; it would name a folder outside generated/"
        }
        if name.count > maxLength { return "is \(name.count) characters long; the limit is \(maxLength)" }
        if name.contains(where: \.isUppercase) { return "contains uppercase letters" }
        let allowed = name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if !allowed { return "may contain only lowercase letters, digits and '-'" }
        if name.hasPrefix("-") || name.hasSuffix("-") { return "must start and end with a letter or digit" }
        return nil
    }

    /// A suggested valid spelling of `name`.
    static func suggestion(for name: String, maxLength: Int) -> String {
        let lowered = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        var result = String(lowered.prefix(maxLength))
        while result.hasPrefix("-") { result.removeFirst() }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "lake" : result
    }
}
