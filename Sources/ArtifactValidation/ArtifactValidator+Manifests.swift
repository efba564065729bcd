import Diagnostics
import LakeModel

extension ArtifactValidator {
    /// API groups of built-in Kubernetes kinds: not in the catalog, checked by CI instead.
    static let builtInGroups: Set<String> = [
        "", "apps", "batch", "autoscaling", "policy", "networking.k8s.io", "rbac.authorization.k8s.io",
        "storage.k8s.io", "scheduling.k8s.io", "coordination.k8s.io", "discovery.k8s.io", "node.k8s.io",
        "certificates.k8s.io", "admissionregistration.k8s.io", "apiextensions.k8s.io", "apiregistration.k8s.io",
        "events.k8s.io", "flowcontrol.apiserver.k8s.io", "authentication.k8s.io", "authorization.k8s.io",
        "resource.k8s.io", "storagemigration.k8s.io",
    ]

    /// Every document of a manifest file against the schema for its `apiVersion` and `kind`.
    func validateManifest(_ artifact: Artifact) -> [Diagnostic] {
        let documents: [JSONValue]
        do {
            documents = try (WrittenTree.value(of: artifact).map { [$0] } ?? JSONValue.documents(yaml: artifact.contents)).filter { $0 != .null }
        } catch {
            return [Self.yamlError(error, in: artifact)]
        }
        return documents.enumerated().flatMap { index, document in
            validateResource(document, in: artifact, prefix: documents.count > 1 ? "document \(index + 1): " : "")
        }
    }

    private func validateResource(_ document: JSONValue, in artifact: Artifact, prefix: String) -> [Diagnostic] {
        guard let apiVersion = document.object?["apiVersion"]?.text, let kind = document.object?["kind"]?.text else {
            let violation = SchemaViolation(path: .root, keyword: "required", message: "a manifest needs string `apiVersion` and `kind`")
            return [Self.diagnostic(ID.schema, violation, in: artifact, prefix: prefix)]
        }
        let parts = ASCIIScan.split(apiVersion, at: UInt8(ascii: "/"), omittingEmptySubsequences: false).map(String.init)
        let (group, version) = parts.count == 2 ? (parts[0], parts[1]) : ("", apiVersion)
        guard !Self.builtInGroups.contains(group) else { return [] }
        let schema: SchemaDocument?
        do {
            schema = try catalog.resourceSchema(kind: kind, version: version)
        } catch {
            return [Self.catalogError(error, in: artifact)]
        }
        guard let schema else {
            let file = "schemas/" + SchemaCatalog.schemaFileName(kind: kind, version: version)
            return [.error(
                ID.noSchema, "\(prefix)no schema for custom resource \(apiVersion) \(kind) (looked for \(file) in \(catalog.folder.path))",
                source: .file(artifact.path), notes: ["add the CRD's JSON Schema to schemas/upstream/schemas, with its provenance"])]
        }
        do {
            return try schema.violations(of: document).map { Self.diagnostic(ID.schema, $0, in: artifact, prefix: prefix) }
        } catch {
            return [Self.catalogError(error, compiling: catalog.resourceSchemaURL(kind: kind, version: version), in: artifact)]
        }
    }
}
