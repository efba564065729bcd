/// The keys whose values are credentials: blueprint properties named like them are refused, and plan
/// diffs print `(sensitive value)` for them, as Terraform does for sensitive attributes.
public enum SensitiveKeys {
    /// Words that mark a credential, compared with the key lowercased and without separators
    /// (`s3.aws-secret-key` → `s3awssecretkey`).
    public static let words = [
        "password", "passwd", "passphrase", "secret", "token", "accesskey", "privatekey", "credential", "apikey",
    ]

    /// Endings of keys that name where a credential is kept rather than holding it: `existingSecret`,
    /// `secretKeyRef`, `passwordFile`, `tokenPath`, `credentialsSecretName`, `ICEBERG_JDBC_PASSWORD_ENV`.
    static let referenceEndings = ["name", "ref", "file", "path", "env", "secretkeyref"]

    /// Whether the value under `key` is a credential.
    public static func matches(_ key: String) -> Bool {
        let folded = String(key.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
        guard words.contains(where: folded.contains) else { return false }
        return !folded.hasPrefix("existing") && !referenceEndings.contains(where: folded.hasSuffix)
    }
}
