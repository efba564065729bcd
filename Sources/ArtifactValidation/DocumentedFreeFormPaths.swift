/// Places where a chart's own comments document keys that its `values.yaml` does not set: a
/// non-empty default map the comments declare open, or an option shown only as a commented-out
/// line. The general rule cannot see either. Everything at and below such a path is accepted.
/// Each entry cites the chart's comment; add one only with such a citation (see README.md).
public struct DocumentedFreeFormPath: Sendable {
    /// Mapping keys from the top of the values, such as `["alertmanager", "config"]`.
    public let keys: [String]
    /// Where the chart documents it: `values.yaml:452 "catalogs -- Configure catalogs", example adds objectstore`.
    public let citation: String

    public var path: ValuePath { ValuePath(keys: keys) }

    /// The documented free-form paths by chart folder name.
    public static let byChart: [String: [DocumentedFreeFormPath]] = [
        "trino": [
            .init(keys: ["catalogs"], citation: "values.yaml:452-465 `catalogs -- Configure catalogs`, example adds `objectstore`, `jmx`, `memory`"),
        ],
        "opensearch": [
            .init(keys: ["config"], citation: "values.yaml:34-38 config holds files such as opensearch.yml: `# <filename>: |`"),
            .init(keys: ["resources"], citation: "values.yaml:148-159 `resources` is the container's requirements; the `initResources` "
                + "comment beside it shows the same map with `limits:`"),
        ],
        "minio-tenant": [
            .init(keys: ["tenant", "configSecret", "existingSecret"], citation: "values.yaml:90 commented-out option `#existingSecret: true`"),
        ],
        "minio-operator": [
            .init(keys: ["operator", "resources"],
                  citation: "values.yaml:179-181 \"The `Requests or Limits` for resources to associate to Operator pods\" (the default sets requests only)"),
        ],
        "postgres-operator": [
            .init(keys: ["configKubernetes", "spilo_runasuser"],
                  citation: "values.yaml:222-224 commented-out options `# spilo_runasuser: 101` (\"set user and group for the spilo container\")"),
            .init(keys: ["configKubernetes", "spilo_runasgroup"], citation: "values.yaml:224 commented-out option `# spilo_runasgroup: 103`"),
            .init(keys: ["configKubernetes", "spilo_fsgroup"],
                  citation: "values.yaml:226-227 commented-out option `# spilo_fsgroup: 103` (\"required to run Spilo as non-root process\")"),
        ],
        "nifi": [
            .init(keys: ["properties", "safetyValve"], citation: "values.yaml:110 `use properties.safetyValve to pass explicit 'key: value' pairs`"),
        ],
        "kube-prometheus-stack": [
            .init(
                keys: ["alertmanager", "config"],
                citation: "values.yaml:549-552 `Alertmanager configuration directives`, the Alertmanager config file format"),
        ],
    ]
}
