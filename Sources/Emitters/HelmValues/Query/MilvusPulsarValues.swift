import LakeModel

/// The Milvus chart's Pulsar v3 subchart (apache/pulsar-helm-chart `pulsar` 3.3.0) with every
/// container sized: the long-running components from the resolved pod groups, and the one-shot
/// metadata jobs and init containers, which the subchart leaves without requests or limits, at the
/// sizes its values.yaml comments suggest (`bin/pulsar initialize-cluster-metadata` 1 CPU / 512Mi,
/// `bookkeeper shell initnewcluster` 2 CPU / 4Gi) and its init-container requests (0.1 CPU / 256Mi).
enum MilvusPulsarValues {
    /// Subchart key for each resolved pod group.
    static let components = [
        ("zookeeper", "milvus-pulsar-zookeeper"), ("bookkeeper", "milvus-pulsar-bookie"), ("autorecovery", "milvus-pulsar-autorecovery"),
        ("broker", "milvus-pulsar-broker"), ("proxy", "milvus-pulsar-proxy"),
    ]
    static let clusterMetadataJob = Resources(cpu: .cores(1), memory: .mebibytes(512))
    static let bookkeeperMetadataJob = Resources(cpu: .cores(2), memory: .gibibytes(4))
    static let initContainer = Resources(cpu: Millicores(100), memory: .mebibytes(256))

    static func values(_ milvus: ResolvedMilvus) -> YAMLValue {
        var values: [String: YAMLValue] = [
            "enabled": true,
            "pulsar_metadata": ["resources": ServingFormats.resources(clusterMetadataJob, clearCPULimit: false)],
            "initContainer": ["resources": ServingFormats.resources(initContainer, clearCPULimit: false)],
        ]
        for (key, group) in components {
            guard let pods = ServingFormats.group(milvus.pods, group) else { continue }
            values[key] = ["replicaCount": .int(pods.replicas), "resources": ServingFormats.resources(pods.resources, clearCPULimit: false)]
        }
        if case .map(var bookkeeper)? = values["bookkeeper"] {
            bookkeeper["metadata"] = ["resources": ServingFormats.resources(bookkeeperMetadataJob, clearCPULimit: false)]
            values["bookkeeper"] = .map(bookkeeper)
        }
        return .map(values)
    }
}
