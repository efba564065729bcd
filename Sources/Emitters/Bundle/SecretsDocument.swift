import LakeModel

/// `secrets.md`: every Secret the lake's releases and manifests read, with its keys, readers and
/// purpose, and `kubectl create secret` commands with placeholders for the ones an operator of the
/// lake creates. References to one Secret from several families merge into one row. Lakeform
/// never knows a value, so none can appear here.
enum SecretsDocument {
    static let path = "secrets.md"
    /// Secrets the Zalando operator creates for the roles of the lake's PostgreSQL cluster.
    static let zalandoSuffix = ".credentials.postgresql.acid.zalan.do"

    static func artifact(_ context: EmitContext, secrets: [SecretReference]) -> Artifact {
        Artifact(path: "\(context.name)/\(path)", kind: .markdown, contents: render(context, secrets: merged(secrets)))
    }

    /// One reference per name: keys and readers united and sorted, distinct purposes sorted and joined.
    static func merged(_ secrets: [SecretReference]) -> [SecretReference] {
        var keys: [String: Set<String>] = [:]
        var readers: [String: Set<String>] = [:]
        var purposes: [String: Set<String>] = [:]
        for secret in secrets {
            keys[secret.name, default: []].formUnion(secret.keys)
            readers[secret.name, default: []].formUnion(secret.readers)
            purposes[secret.name, default: []].insert(secret.purpose)
        }
        return keys.keys.sorted().map { name in
            SecretReference(name: name, keys: (keys[name] ?? []).sorted(), readers: (readers[name] ?? []).sorted(),
                            purpose: (purposes[name] ?? []).sorted().joined(separator: "; "))
        }
    }

    static func createdByOperator(_ secret: SecretReference) -> Bool { secret.name.hasSuffix(zalandoSuffix) }

    static func render(_ context: EmitContext, secrets: [SecretReference]) -> String {
        var lines = context.header.map { "<!-- \($0) -->" }
        lines += [
            "",
            "# Secrets of lake `\(context.name)`",
            "",
            "Lakeform writes Secret names and keys, never their values. Every Secret lives in namespace `\(context.namespace)`.",
            "Create the ones marked *you* before `helmfile apply`; the PostgreSQL operator creates the ones marked *postgres-operator*",
            "when it creates the roles of the lake's cluster.",
            "",
        ]
        guard !secrets.isEmpty else {
            lines.append("The lake reads no Secrets.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines += ["| Secret | Keys | Read by | Created by | Purpose |", "|---|---|---|---|---|"]
        for secret in secrets {
            let cells = [
                "`\(secret.name)`",
                secret.keys.map { "`\($0)`" }.joined(separator: ", "),
                secret.readers.map(cell).joined(separator: ", "),
                createdByOperator(secret) ? "*postgres-operator*" : "*you*",
                cell(secret.purpose),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        let manual = secrets.filter { !createdByOperator($0) }
        if !manual.isEmpty {
            lines += [
                "",
                "## Creating them",
                "",
                "Replace every `<…>` placeholder with the real value, and keep the values out of version control",
                "(for example, read them from a password manager into the shell).",
                "",
                "```sh",
            ]
            for (index, secret) in manual.enumerated() {
                if index > 0 { lines.append("") }
                lines += command(secret, namespace: context.namespace)
            }
            lines.append("```")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `kubectl create secret generic <name> --namespace <ns> --from-literal=KEY='<KEY>' …`.
    static func command(_ secret: SecretReference, namespace: String) -> [String] {
        let literals = secret.keys.map { "  --from-literal=\($0)='<\($0)>'" }
        let head = "kubectl create secret generic \(secret.name) --namespace \(namespace)"
        guard !literals.isEmpty else { return [head] }
        return [head + " \\"] + literals.enumerated().map { $0.offset == literals.count - 1 ? $0.element : $0.element + " \\" }
    }

    /// Table-cell text: pipes escaped, line breaks flattened.
    static func cell(_ text: String) -> String {
        guard ASCIIScan.contains(text, anyOf: "|\n\r") else { return text }
        var result = ""
        for character in text {
            switch character {
            case "|": result += "\\|"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
