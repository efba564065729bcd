/// What an artifact is, which decides how it is validated and diffed.
public enum ArtifactKind: String, Codable, Sendable, CaseIterable {
    case helmValues, manifest, helmfile, sql, properties, python, markdown, json, html, svg
}

/// One generated file: its path under `generated/`, its kind and its exact bytes.
public struct Artifact: Equatable, Sendable, Codable {
    /// Relative to the output folder, always under the lake's folder: `medium/helm/trino.values.yaml`.
    public var path: String
    public var kind: ArtifactKind
    public var contents: String

    public init(path: String, kind: ArtifactKind, contents: String) {
        self.path = path
        self.kind = kind
        self.contents = contents
    }
}
