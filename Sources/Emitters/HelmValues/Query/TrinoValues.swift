import LakeModel

/// Trino (trinodb/charts `trino` 1.42.2, Trino 480): workers, coordinator and worker containers and
/// heaps, the query-memory properties, and the Iceberg catalog with its credentials from Secrets.
///
/// - `server.workers`, `{coordinator,worker}.resources`, `{coordinator,worker}.jvm.maxHeapSize`.
/// - `server.config.query.maxMemory` is `query.max-memory`; `worker.config.query.maxMemoryPerNode`
///   and `worker.config.memory.heapHeadroomPerNode` are the worker's `query.max-memory-per-node`
///   and `memory.heap-headroom-per-node`.
/// - The coordinator runs no tasks (`node-scheduler.include-coordinator=false`, the chart's
///   default), but Trino checks per-node memory + headroom ≤ heap on every node; its two settings
///   take the same share of its heap as the workers' take of theirs.
/// - `catalogs.<catalog>` holds the text of `iceberg/trino-iceberg.properties`; `env` feeds its
///   `${ENV:…}` references from the S3 Secret and the catalog database's Secret.
enum TrinoValues {
    static let release = "trino"

    static func charts(_ context: EmitContext) -> [ServingChart] {
        guard let trino = context.lake.trino else { return [] }
        let iceberg = context.lake.spec.components.iceberg
        let catalog = iceberg.flatMap { IcebergCatalogProperties.trino(context, $0) }
        let usesDatabase = catalog != nil && iceberg.map(IcebergCatalogProperties.usesCatalogDatabase) == true
        let coordinatorShare = coordinatorMemory(trino)

        var values: [String: YAMLValue] = [
            "server": [
                "workers": .int(trino.workers),
                "config": ["query": ["maxMemory": .string(ServingFormats.trinoDataSize(trino.maxMemory))]],
            ],
            "coordinator": [
                "jvm": ["maxHeapSize": .string(heap(trino.coordinatorHeap))],
                "config": [
                    "memory": ["heapHeadroomPerNode": .string(ServingFormats.trinoDataSize(coordinatorShare.headroom))],
                    "query": ["maxMemoryPerNode": .string(ServingFormats.trinoDataSize(coordinatorShare.perNode))],
                ],
                "resources": ServingFormats.resources(trino.coordinator, clearCPULimit: false),
            ],
            "worker": [
                "jvm": ["maxHeapSize": .string(heap(trino.workerHeap))],
                "config": [
                    "memory": ["heapHeadroomPerNode": .string(ServingFormats.trinoDataSize(trino.heapHeadroomPerNode))],
                    "query": ["maxMemoryPerNode": .string(ServingFormats.trinoDataSize(trino.maxMemoryPerNode))],
                ],
                "resources": ServingFormats.resources(trino.worker, clearCPULimit: false),
            ],
        ]
        var secrets: [SecretReference] = []
        if let iceberg, let catalog {
            values["catalogs"] = .map([iceberg.catalog: .string(IcebergCatalogProperties.render(catalog))])
            var env = ServingFormats.s3Env(context)
            let readers = ["trino (catalog \(iceberg.catalog))"]
            secrets.append(LakeConventions.s3SecretReference(context, readers: readers))
            if usesDatabase {
                let secret = LakeConventions.icebergCatalogSecret(context)
                env.append(ServingFormats.secretEnv(LakeConventions.icebergCatalogUserEnv, secret: secret, key: "username"))
                env.append(ServingFormats.secretEnv(LakeConventions.icebergCatalogPasswordEnv, secret: secret, key: "password"))
                secrets.append(LakeConventions.icebergCatalogSecretReference(context, readers: readers))
            }
            values["env"] = .list(env)
        }
        let release = PinnedChart.trino.release(
            release, context, phase: .query, needs: LakeConventions.storageNeeds(context, postgres: usesDatabase))
        return [ServingChart(release: release, values: .map(values), secrets: secrets)]
    }

    /// `-Xmx` in the chart's spelling: whole MiB as `52428M`, whole GiB as `32G`.
    static func heap(_ bytes: Bytes) -> String { ServingFormats.jvm(bytes).uppercased() }

    /// The coordinator's per-node query memory and heap headroom: the workers' shares of heap
    /// (`maxMemoryPerNode / workerHeap`, `heapHeadroomPerNode / workerHeap`) applied to the
    /// coordinator's heap, in whole MiB.
    static func coordinatorMemory(_ trino: ResolvedTrino) -> (perNode: Bytes, headroom: Bytes) {
        let workerHeap = max(1, ServingFormats.wholeMiB(trino.workerHeap))
        let heap = ServingFormats.wholeMiB(trino.coordinatorHeap)
        let perNode = heap * ServingFormats.wholeMiB(trino.maxMemoryPerNode) / workerHeap
        let headroom = heap * ServingFormats.wholeMiB(trino.heapHeadroomPerNode) / workerHeap
        return (Bytes.mebibytes(perNode), Bytes.mebibytes(headroom))
    }
}
