import LakeModel
import LakeformWire

/// Refuses credentials written into a blueprint (`[blueprint.inlineSecret]`): user information in a
/// URI or host, and properties named like a password, token or key. Blueprints are reviewed in pull
/// requests and their values reach generated files and plan diffs; credentials belong in Secrets.
enum CredentialCheck {
    /// Where a blueprint references a Secret instead, for the diagnostic's note.
    static let secretReferences =
        "keep it in a Kubernetes Secret and reference the Secret by name: a CDC source's `credentialsSecret` (Swift: "
        + "`CDCSource(…, credentialsSecret:)`), Hasura's `secret`; MinIO/S3 keys come from the Secret <lake>-s3-credentials, "
        + "which every engine reads"

    /// Reports credentials among the lake's `strings` (from `BlueprintStrings.all`) and its table properties.
    static func check(_ lake: Wire.Lake, strings: [(path: String, text: String)], _ context: MappingContext) {
        for (path, text) in strings where userinfo(in: text) != nil {
            report("\(path) carries user information (user:password@ before the host) in its URI", at: path, context)
        }
        for (index, table) in (lake.components.iceberg?.tables ?? []).enumerated() {
            for key in (table.properties ?? [:]).keys.sorted() where SensitiveKeys.matches(key) {
                report("table property '\(key)' looks like a credential", at: "components.iceberg.tables[\(index)].properties.\(key)", context)
            }
        }
    }

    /// Reports a host written as `user:password@host`; returns whether it did.
    static func hostHasUserinfo(_ host: String, at path: String, _ context: MappingContext) -> Bool {
        guard host.contains("@") else { return false }
        if userinfo(in: host) == nil { report("\(path) carries user information (user@host)", at: path, context) }
        return true
    }

    /// The authority of a `scheme://authority/path` URI: `datalake` for `s3a://datalake/warehouse`. Nested
    /// schemes such as `jdbc:postgresql://` count as one.
    static func authority(of uri: String) -> String? {
        guard let schemeEnd = uri.range(of: "://") else { return nil }
        let scheme = uri[..<schemeEnd.lowerBound]
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-:".contains($0)) }) else { return nil }
        return String(uri[schemeEnd.upperBound...].prefix { !"/?#".contains($0) })
    }

    /// The user information before `@` in the authority of the first URI in `text` that has one, or nil.
    /// URIs inside prose count too: `mirror of https://user:pass@host`.
    static func userinfo(in text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: ":")) else { return nil }  // every blueprint string is asked; few hold a URL
        var rest = Substring(text)
        while let separator = rest.range(of: "://") {
            let scheme = rest[..<separator.lowerBound].reversed().prefix { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-:".contains($0)) }
            let authority = rest[separator.upperBound...].prefix { !"/?#".contains($0) && !$0.isWhitespace }
            if !scheme.isEmpty, let at = authority.lastIndex(of: "@"), at != authority.startIndex { return String(authority[..<at]) }
            rest = rest[separator.upperBound...]
        }
        return nil
    }

    private static func report(_ message: String, at path: String, _ context: MappingContext) {
        context.error(
            "blueprint.inlineSecret", message, at: path, address: String(path.trimmingPrefix("components.")),
            notes: [
                "a credential in a blueprint reaches the generated files, the state and every plan diff",
                secretReferences,
            ])
    }
}
