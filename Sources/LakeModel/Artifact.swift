/// What an artifact is, which decides how it is validated and diffed.
public enum ArtifactKind: String, Codable, Sendable, CaseIterable {
    case helmValues, manifest, helmfile, sql, properties, python, markdown, json, html, svg
}

/// One generated file: its path under `generated/`, its kind and its exact bytes.
public struct Artifact: Equatable, Sendable, Codable {
    /// Relative to the output folder, always under the lake's folder: `medium/helm/trino.values.yaml`.
    public var path: String
    public var kind: ArtifactKind
    /// The bytes; changing them drops `document` and `sha256`, which described the old ones.
    public var contents: String {
        didSet {
            document = nil
            sha256 = nil
        }
    }
    /// The tree a YAML emitter wrote `contents` from, so validation can skip re-reading the text; not encoded, not
    /// compared, and dropped once validated (`withoutDocument`).
    public var document: YAMLValue?
    /// The SHA-256 of `contents` as lowercase hex once hashed (Planning's `hashed`), so the artifact cache and the
    /// planner hash each artifact once; not encoded, not compared.
    public var sha256: String?

    public init(path: String, kind: ArtifactKind, contents: String, document: YAMLValue? = nil) {
        self.path = path
        self.kind = kind
        self.contents = contents
        self.document = document
    }

    /// The artifact without its tree, which is only needed until validation.
    public var withoutDocument: Artifact {
        var artifact = self
        artifact.document = nil
        return artifact
    }

    /// Artifacts are their path, kind and bytes; the tree is a cache of the bytes.
    public static func == (lhs: Artifact, rhs: Artifact) -> Bool {
        lhs.path == rhs.path && lhs.kind == rhs.kind && lhs.contents == rhs.contents
    }

    private enum CodingKeys: String, CodingKey { case path, kind, contents }
}
