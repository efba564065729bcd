/// The naming rules of the systems blueprint names end up in: Kubernetes (DNS-1123), Kafka topics,
/// S3 buckets, file names, Airflow ids and SQL identifiers. Each check says why a name breaks the
/// rule, or returns nil when it follows it.
enum NameRules {
    /// Lake names are also folder names under `generated/`, so they stay short.
    static let maxLakeNameLength = 40
    /// DNS-1123 labels may be 63 characters long.
    static let maxLabelLength = 63
    /// DNS-1123 subdomains (Secret names, host names) may be 253 characters long.
    static let maxSubdomainLength = 253
    /// Kafka refuses topic names longer than 249 characters.
    static let maxTopicLength = 249

    /// Why `name` is not a DNS-1123 label of at most `maxLength` characters, or nil when it is.
    static func labelProblem(_ name: String, maxLength: Int) -> String? {
        if name.isEmpty { return "is empty" }
        if name.contains("/") || name.contains("..") || name.contains("\\") {
            return "contains a path separator or '..'; it would name a folder outside generated/"
        }
        if name.count > maxLength { return "is \(name.count) characters long; the limit is \(maxLength)" }
        if name.contains(where: \.isUppercase) { return "contains uppercase letters" }
        if !only(name, lowercase + digits + "-") { return "may contain only lowercase letters, digits and '-'" }
        if name.hasPrefix("-") || name.hasSuffix("-") { return "must start and end with a letter or digit" }
        return nil
    }

    /// Why `name` is not a DNS-1123 subdomain (dot-separated labels, at most 253 characters), or nil.
    static func subdomainProblem(_ name: String) -> String? {
        if name.isEmpty { return "is empty" }
        if name.count > maxSubdomainLength { return "is \(name.count) characters long; the limit is \(maxSubdomainLength)" }
        if !only(name, lowercase + digits + "-.") { return "may contain only lowercase letters, digits, '-' and '.'" }
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            if label.isEmpty { return "has an empty part between dots" }
            if label.hasPrefix("-") || label.hasSuffix("-") { return "must start and end each dot-separated part with a letter or digit" }
        }
        return nil
    }

    /// Why `name` is not a host name (letters, digits, '-' in dot-separated parts of at most 63), or nil.
    static func hostProblem(_ name: String) -> String? {
        if isIPv4(name) { return nil }
        if let problem = subdomainProblem(name.lowercased()) { return problem.replacing("lowercase letters", with: "letters") }
        let long = name.split(separator: ".").first { $0.count > maxLabelLength }
        return long.map { "has a part of \($0.count) characters; the limit is \(maxLabelLength)" }
    }

    /// Why `name` is not a Kafka topic name of at most `maxLength` (Kafka's own limit is 249) of `[a-zA-Z0-9._-]`,
    /// neither `.` nor `..`.
    static func topicProblem(_ name: String, maxLength: Int = maxTopicLength) -> String? {
        if name.isEmpty { return "is empty" }
        if name.count > maxLength { return "is \(name.count) characters long; the limit is \(maxLength)" }
        if name == "." || name == ".." { return "is '\(name)', which Kafka refuses" }
        if !only(name, letters + digits + "._-") { return "may contain only ASCII letters, digits, '.', '_' and '-'" }
        return nil
    }

    /// Why `name` is not an S3 bucket name (AWS's rules, which MinIO follows), or nil.
    static func bucketProblem(_ name: String) -> String? {
        if name.count < 3 || name.count > 63 { return "is \(name.count) characters long; a bucket name has 3 to 63" }
        if !only(name, lowercase + digits + ".-") { return "may contain only lowercase letters, digits, '.' and '-'" }
        if !only(String(name.prefix(1)) + String(name.suffix(1)), lowercase + digits) { return "must start and end with a letter or digit" }
        if name.contains("..") { return "contains '..'" }
        if isIPv4(name) { return "is formatted as an IP address" }
        if name.hasPrefix("xn--") || name.hasPrefix("sthree-") { return "starts with a prefix S3 reserves ('xn--', 'sthree-')" }
        if name.hasSuffix("-s3alias") || name.hasSuffix("--ol-s3") { return "ends with a suffix S3 reserves ('-s3alias', '--ol-s3')" }
        return nil
    }

    /// Why `name` cannot be a file or folder name inside `generated/`, or nil.
    static func fileNameProblem(_ name: String) -> String? {
        if name.isEmpty { return "is empty" }
        if name.contains("/") || name.contains("\\") { return "contains a path separator" }
        if name.contains("..") { return "contains '..'" }
        if name.hasPrefix(".") { return "starts with '.', which would hide the file" }
        if name.unicodeScalars.contains(where: { $0.value == 0 }) { return "contains a NUL character" }
        return nil
    }

    /// Why `name` is not an Airflow DAG or task id (`[A-Za-z0-9_.-]`, at most 250 characters), or nil.
    static func airflowIDProblem(_ name: String) -> String? {
        if name.isEmpty { return "is empty" }
        if name.count > 250 { return "is \(name.count) characters long; Airflow's limit is 250" }
        if !only(name, letters + digits + "_.-") { return "may contain only ASCII letters, digits, '_', '.' and '-'" }
        return nil
    }

    /// Why `name` is not a plain SQL identifier (`[a-z_][a-z0-9_]*`, or with uppercase when `uppercase`) of at most `maxLength`.
    static func identifierProblem(_ name: String, maxLength: Int, uppercase: Bool = false) -> String? {
        let first = (uppercase ? letters : lowercase) + "_"
        let what = uppercase ? "letters" : "lowercase letters"
        if name.isEmpty { return "is empty" }
        if name.count > maxLength { return "is \(name.count) characters long; the limit is \(maxLength)" }
        if !only(name, first + digits) { return "may contain only ASCII \(what), digits and '_'" }
        if !only(String(name.prefix(1)), first) { return "must start with a letter or '_'" }
        return nil
    }

    /// Why `name`, which the emitters turn into a Kubernetes name with `KubernetesName.dns`, is unfit:
    /// ASCII letters, digits, '.', '_' and '-', starting and ending with a letter or digit (a letter when
    /// `letterFirst`), and at most `maxLength` characters.
    static func objectNameProblem(_ name: String, maxLength: Int, letterFirst: Bool = false) -> String? {
        if name.isEmpty { return "is empty" }
        if name.count > maxLength { return "is \(name.count) characters long; the limit is \(maxLength)" }
        if !only(name, letters + digits + "._-") { return "may contain only ASCII letters, digits, '.', '_' and '-'" }
        if letterFirst, !only(String(name.prefix(1)), letters) { return "must start with a letter" }
        if !only(String(name.prefix(1)) + String(name.suffix(1)), letters + digits) { return "must start and end with a letter or digit" }
        return nil
    }

    /// Why `text` is not one word of `allowed` characters of at most `maxLength`, or nil; `allowedText` describes them.
    static func wordProblem(_ text: String, allowed: String, allowedText: String, maxLength: Int) -> String? {
        if text.isEmpty { return "is empty" }
        if text.count > maxLength { return "is \(text.count) characters long; the limit is \(maxLength)" }
        if !only(text, allowed) { return "may contain only \(allowedText)" }
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

    // MARK: Character sets

    static let lowercase = "abcdefghijklmnopqrstuvwxyz"
    static let letters = lowercase + lowercase.uppercased()
    static let digits = "0123456789"

    /// Whether every character of `text` is one of `allowed`.
    /// Whether every scalar of `text` is one of `allowed`'s; ASCII sets (all of these rules') are a 128-bit mask,
    /// as building a `Set` of the allowed scalars for every name checked was a tenth of mapping a lake.
    static func only(_ text: String, _ allowed: String) -> Bool {
        var mask: (low: UInt64, high: UInt64) = (0, 0)
        for byte in allowed.utf8 {
            guard byte < 128 else { return text.unicodeScalars.allSatisfy(Set(allowed.unicodeScalars).contains) }
            if byte < 64 { mask.low |= 1 << UInt64(byte) } else { mask.high |= 1 << UInt64(byte - 64) }
        }
        return text.utf8.allSatisfy { byte in
            byte < 64 ? mask.low & (1 << UInt64(byte)) != 0 : byte < 128 && mask.high & (1 << UInt64(byte - 64)) != 0
        }
    }

    /// Whether `text` is four dot-separated numbers of 0 to 255.
    static func isIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && only(String($0), digits) && (Int($0) ?? 256) <= 255 }
    }
}
