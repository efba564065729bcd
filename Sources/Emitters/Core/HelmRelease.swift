import LakeModel

/// A Helm release the lake installs: chart, pinned version, values file and install order.
public struct HelmRelease: Equatable, Sendable {
    /// Installation phases, in helmfile order: operators before their custom resources,
    /// storage before the engines that read it.
    public enum Phase: Int, Comparable, Sendable {
        case operators = 0, storage, streaming, processing, query, serving, observability
        public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var name: String
    /// `repository/chart`, such as `strimzi/strimzi-kafka-operator`.
    public var chart: String
    public var version: String
    /// Repository name and URL, for helmfile's `repositories:`.
    public var repository: (name: String, url: String)
    public var namespace: String
    /// Path of the values file relative to the lake's folder: `helm/<release>.values.yaml`.
    public var valuesPath: String
    public var phase: Phase
    /// Releases that must be installed first.
    public var needs: [String]

    public init(
        name: String, chart: String, version: String, repository: (name: String, url: String), namespace: String,
        phase: Phase, needs: [String] = []
    ) {
        self.name = name
        self.chart = chart
        self.version = version
        self.repository = repository
        self.namespace = namespace
        self.valuesPath = "helm/\(name).values.yaml"
        self.phase = phase
        self.needs = needs
    }

    public static func == (lhs: HelmRelease, rhs: HelmRelease) -> Bool {
        lhs.name == rhs.name && lhs.chart == rhs.chart && lhs.version == rhs.version && lhs.repository.name == rhs.repository.name
            && lhs.repository.url == rhs.repository.url && lhs.namespace == rhs.namespace && lhs.valuesPath == rhs.valuesPath
            && lhs.phase == rhs.phase && lhs.needs == rhs.needs
    }
}

/// A Kubernetes Secret the lake expects to exist: its name, keys and readers. Its values never
/// appear in anything Lakeform writes.
public struct SecretReference: Equatable, Sendable {
    public var name: String
    public var keys: [String]
    /// Who reads it, such as `trino (catalog iceberg)`.
    public var readers: [String]
    public var purpose: String

    public init(name: String, keys: [String], readers: [String], purpose: String) {
        self.name = name
        self.keys = keys
        self.readers = readers
        self.purpose = purpose
    }
}

/// One family of emitters: the artifacts it writes, the Helm releases it installs and the
/// Secrets it references.
public protocol EmitterFamily {
    static func artifacts(_ context: EmitContext) -> [Artifact]
    static func releases(_ context: EmitContext) -> [HelmRelease]
    static func secrets(_ context: EmitContext) -> [SecretReference]
    /// All three at once, which `Emission` uses; by default the three functions above.
    static func output(_ context: EmitContext) -> FamilyOutput
}

extension EmitterFamily {
    public static func releases(_ context: EmitContext) -> [HelmRelease] { [] }
    public static func secrets(_ context: EmitContext) -> [SecretReference] { [] }
    public static func output(_ context: EmitContext) -> FamilyOutput {
        FamilyOutput(artifacts: artifacts(context), releases: releases(context), secrets: secrets(context))
    }
}
