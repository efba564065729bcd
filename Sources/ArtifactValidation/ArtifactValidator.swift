import Diagnostics
import Emitters
import Foundation
import LakeModel

/// Checks generated artifacts before they are written: every custom resource against its CRD's
/// JSON Schema, every Helm values file against its chart's `values.yaml` keys and, where the
/// chart ships one, its `values.schema.json` (applied to the merged values, as Helm does).
/// Core Kubernetes kinds are left to `kubernetes-validate --strict` in CI.
public struct ArtifactValidator: Sendable {
    /// Stable diagnostic ids.
    public enum ID {
        /// A custom resource breaks its CRD schema, or a manifest has no `apiVersion`/`kind`.
        public static let schema = "artifact.schema"
        /// A custom resource kind the catalog has no schema for.
        public static let noSchema = "artifact.noSchema"
        /// A values file sets a key the chart does not have.
        public static let unknownValuesKey = "artifact.unknownValuesKey"
        /// The merged values break the chart's `values.schema.json`, or are not a mapping.
        public static let valuesSchema = "artifact.valuesSchema"
        /// A values file whose chart is not given, or not in the catalog.
        public static let unknownChart = "artifact.unknownChart"
        /// An artifact that is not valid YAML.
        public static let yaml = "artifact.yaml"
        /// A catalog file that cannot be read or compiled.
        public static let catalog = "artifact.catalog"
    }

    public let catalog: SchemaCatalog

    public init(catalog: SchemaCatalog) { self.catalog = catalog }

    /// A validator over the catalog found by `SchemaLocation.find()`.
    public static func loadDefault() throws -> ArtifactValidator {
        ArtifactValidator(catalog: try SchemaCatalog.loadDefault())
    }

    /// Checks every manifest and Helm values file; other kinds pass through unchecked.
    /// - Parameter charts: the chart folder (under `schemas/upstream/charts`) of each values
    ///   file, keyed by artifact path; `chartFolders(lake:releases:)` builds it.
    public func validate(_ artifacts: [Artifact], charts: [String: String] = [:]) -> Diagnostics {
        var diagnostics = Diagnostics()
        for artifact in artifacts {
            switch artifact.kind {
            case .manifest: diagnostics.append(contentsOf: validateManifest(artifact))
            case .helmValues: diagnostics.append(contentsOf: validateValues(artifact, chart: charts[artifact.path]))
            default: continue
            }
        }
        return diagnostics
    }

    /// Artifact path of each release's values file (`<lake>/helm/<release>.values.yaml`) → chart folder.
    public static func chartFolders(lake: String, releases: [HelmRelease]) -> [String: String] {
        Dictionary(releases.map { ("\(lake)/\($0.valuesPath)", chartFolder(forChart: $0.chart)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The catalog folder of a chart reference `repository/chart`: the chart name, except MinIO's
    /// `operator` and `tenant` charts, kept as `minio-operator` and `minio-tenant`.
    public static func chartFolder(forChart reference: String) -> String {
        let name = reference.split(separator: "/").last.map(String.init) ?? reference
        return ["operator": "minio-operator", "tenant": "minio-tenant"][name] ?? name
    }

    /// An error about `artifact` from a violation, with the violation's path in the message.
    static func diagnostic(_ id: String, _ violation: SchemaViolation, in artifact: Artifact, prefix: String = "", notes: [String] = []) -> Diagnostic {
        .error(id, prefix + violation.description, source: .file(artifact.path), notes: violation.notes + notes)
    }

    static func yamlError(_ error: any Error, in artifact: Artifact) -> Diagnostic {
        .error(ID.yaml, "not valid YAML: \(error)", source: .file(artifact.path))
    }

    static func catalogError(_ error: any Error, in artifact: Artifact) -> Diagnostic {
        .error(ID.catalog, "cannot check this file: \(error)", source: .file(artifact.path))
    }

    /// A catalog error for a part of the schema at `url` that failed to compile when the artifact reached it.
    static func catalogError(_ error: any Error, compiling url: URL, in artifact: Artifact) -> Diagnostic {
        catalogError(SchemaCatalogError.unreadable(path: url.path, reason: String(describing: error)), in: artifact)
    }
}
