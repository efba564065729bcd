import LakeModel

/// Apache Druid (asdf2014/druid-helm `druid` 37.0.2, Druid 37.0.0): Historicals, MiddleManagers,
/// Brokers, Coordinator-Overlords, Routers and the ZooKeeper subchart sized from `ResolvedDruid`,
/// deep storage and task logs on MinIO, the metadata store in the lake's PostgreSQL.
///
/// Layout choices:
/// - The Coordinator runs the Overlord (`druid.coordinator.asOverlord.enabled`), as the sizing
///   rule's "Coordinator-Overlord" says, so the chart's separate `overlord` is off; its heap equals
///   the Broker's (the rule: Coordinator heap ≈ Broker heap).
/// - MiddleManagers run exactly the resolved count (`middleManager.autoscaling.enabled: false`).
///   The container holds the MiddleManager's heap, `druid.worker.capacity` peons of the resolved
///   heap and direct memory, and JVM headroom for each; the volume holds the tasks' segments.
/// - Historicals cache `segmentCachePerHistorical` on a larger volume (`historicalVolume`).
/// - With the lake's PostgreSQL the chart's bundled one is off; a lake without PostgreSQL keeps the
///   chart's bundled metadata database, with the resolved `metadataStore` resources. ZooKeeper
///   stays the chart's Bitnami subchart, with the resolved ensemble, heap (`heapSize`, in MiB)
///   and resources.
/// - The chart passes `config` maps into containers only as plain `value`s, so Secrets arrive
///   through helmfile strategic-merge patches (`patches`): the S3 key pair (AWS SDK default chain)
///   on every process that touches deep storage, and the metadata password, read by Druid's
///   `environment` password provider, on the Coordinator-Overlord.
enum DruidValues {
    static let release = "druid"
    /// The metadata database, owned by a role of the same name in the lake's PostgreSQL.
    static let metadataDatabase = "druid"
    static let metadataPasswordEnv = "DRUID_METADATA_PASSWORD"
    /// The MiddleManager process's own heap (Druid's basic cluster tuning; the sizing rule's constant).
    static let middleManagerHeap = Bytes.mebibytes(128)
    /// Peon processing: one thread and two merge buffers of 100 MB (the sizing rule's peon model).
    static let peonBufferBytes = 100_000_000
    static let peonThreads = 1
    static let peonMergeBuffers = 2
    /// The Broker's processing pool, as the chart's defaults: one thread and two merge buffers.
    static let brokerThreads = 1
    static let brokerMergeBuffers = 2
    /// Where the chart mounts the Historical's volume, and the segment cache under it.
    static let segmentCachePath = "/opt/druid/var/druid/segment-cache"

    static func charts(_ context: EmitContext) -> [ServingChart] {
        guard let druid = context.lake.druid else { return [] }
        let usesPostgres = LakeConventions.deploys(context, .postgres)
        let coordinatorReplicas = ServingFormats.group(druid.pods, "druid-coordinator")?.replicas ?? 1
        let brokerDirect = Bytes(druid.bufferSize.value * (brokerMergeBuffers + brokerThreads))

        var values: YAMLValue = [
            "configVars": .map(configVars(context, usesPostgres: usesPostgres)),
            "overlord": ["enabled": false],
            "coordinator": [
                "replicaCount": .int(coordinatorReplicas),
                "resources": ServingFormats.resources(druid.coordinator, clearCPULimit: false),
                "config": [
                    "DRUID_XMX": .string(ServingFormats.jvm(druid.brokerHeap)),
                    "DRUID_XMS": .string(ServingFormats.jvm(druid.brokerHeap)),
                    "DRUID_MAXDIRECTMEMORYSIZE": .string(ServingFormats.jvm(druid.coordinatorDirect)),
                    "druid_coordinator_asOverlord_enabled": "true",
                    "druid_coordinator_asOverlord_overlordService": "druid/overlord",
                ],
            ],
            "broker": [
                "replicaCount": .int(druid.brokers),
                "resources": ServingFormats.resources(druid.broker, clearCPULimit: false),
                "config": [
                    "DRUID_XMX": .string(ServingFormats.jvm(druid.brokerHeap)),
                    "DRUID_XMS": .string(ServingFormats.jvm(druid.brokerHeap)),
                    "DRUID_MAXDIRECTMEMORYSIZE": .string(ServingFormats.jvm(brokerDirect)),
                    "druid_processing_buffer_sizeBytes": .string(String(druid.bufferSize.value)),
                    "druid_processing_numMergeBuffers": .int(brokerMergeBuffers),
                    "druid_processing_numThreads": .int(brokerThreads),
                ],
            ],
            "historical": [
                "replicaCount": .int(druid.historicals),
                "resources": ServingFormats.resources(druid.historical, clearCPULimit: false),
                "persistence": ["enabled": true, "size": Kubernetes.quantity(druid.historicalVolume)],
                "config": [
                    "DRUID_XMX": .string(ServingFormats.jvm(druid.historicalHeap)),
                    "DRUID_XMS": .string(ServingFormats.jvm(druid.historicalHeap)),
                    "DRUID_MAXDIRECTMEMORYSIZE": .string(ServingFormats.jvm(druid.historicalDirect)),
                    "druid_processing_buffer_sizeBytes": .string(String(druid.bufferSize.value)),
                    "druid_processing_numMergeBuffers": .int(druid.mergeBuffers),
                    "druid_processing_numThreads": .int(druid.processingThreads),
                    "druid_segmentCache_locations": .string(
                        "[{\"path\":\"\(segmentCachePath)\",\"maxSize\":\(druid.segmentCachePerHistorical.value)}]"),
                    "druid_server_maxSize": .string(String(druid.segmentCachePerHistorical.value)),
                ],
            ],
            "middleManager": [
                "replicaCount": .int(druid.middleManagers),
                "autoscaling": ["enabled": false],
                "resources": ServingFormats.resources(druid.middleManager, clearCPULimit: false),
                "persistence": ["enabled": true, "size": Kubernetes.quantity(druid.middleManagerDisk)],
                "config": [
                    "DRUID_XMX": .string(ServingFormats.jvm(middleManagerHeap)),
                    "DRUID_XMS": .string(ServingFormats.jvm(middleManagerHeap)),
                    "druid_worker_capacity": .int(druid.workerCapacity),
                    "druid_indexer_runner_javaOptsArray": .string(peonJavaOpts(heap: druid.peonHeap, direct: druid.peonDirect)),
                    "druid_indexer_fork_property_druid_processing_buffer_sizeBytes": .string(String(peonBufferBytes)),
                    "druid_indexer_fork_property_druid_processing_numMergeBuffers": .int(peonMergeBuffers),
                    "druid_indexer_fork_property_druid_processing_numThreads": .int(peonThreads),
                ],
            ],
            "router": [
                "replicaCount": .int(druid.routers),
                "resources": ServingFormats.resources(druid.router, clearCPULimit: false),
                "config": [
                    "DRUID_XMX": .string(ServingFormats.jvm(druid.routerHeap)),
                    "DRUID_XMS": .string(ServingFormats.jvm(druid.routerHeap)),
                    "DRUID_MAXDIRECTMEMORYSIZE": .string(ServingFormats.jvm(druid.routerDirect)),
                ],
            ],
            "zookeeper": [
                "enabled": true,
                "replicaCount": .int(druid.zookeeperReplicas),
                "heapSize": .int(ServingFormats.wholeMiB(druid.zookeeperHeap)),
                "resources": ServingFormats.resources(druid.zookeeper, clearCPULimit: false),
                "persistence": ["size": Kubernetes.quantity(druid.zookeeperStorage)],
            ],
        ]
        if usesPostgres {
            values = values.merging(["postgresql": ["enabled": false]])
        } else if let store = druid.metadataStore {
            values = values.merging(["postgresql": ["primary": ["resources": ServingFormats.resources(store, clearCPULimit: false)]]])
        }
        let release = PinnedChart.druid.release(
            release, context, phase: .query, needs: LakeConventions.storageNeeds(context, postgres: usesPostgres))
        return [ServingChart(release: release, values: values, secrets: secrets(context, usesPostgres: usesPostgres),
                             patches: patches(context, usesPostgres: usesPostgres))]
    }

    /// Settings shared by every Druid process (the chart's ConfigMap of environment variables).
    static func configVars(_ context: EmitContext, usesPostgres: Bool) -> [String: YAMLValue] {
        let bucket = LakeConventions.bucket(context)
        var extensions = ["druid-histogram", "druid-datasketches", "druid-lookups-cached-global", "druid-s3-extensions"]
        if LakeConventions.deploys(context, .kafka) { extensions.append("druid-kafka-indexing-service") }
        var vars: [String: YAMLValue] = [
            "AWS_REGION": .string(LakeConventions.s3Region),
            "druid_storage_type": "s3",
            "druid_storage_bucket": .string(bucket),
            "druid_storage_baseKey": "druid/segments",
            "druid_indexer_logs_type": "s3",
            "druid_indexer_logs_s3Bucket": .string(bucket),
            "druid_indexer_logs_s3Prefix": "druid/indexing-logs",
            "druid_s3_endpoint_url": .string(LakeConventions.s3Endpoint(context)),
            "druid_s3_endpoint_signingRegion": .string(LakeConventions.s3Region),
            "druid_s3_enablePathStyleAccess": "true",
            "druid_s3_protocol": "http",
        ]
        if usesPostgres {
            extensions.append("postgresql-metadata-storage")
            vars["druid_metadata_storage_type"] = "postgresql"
            vars["druid_metadata_storage_connector_connectURI"] = .string(LakeConventions.jdbcURL(context, database: metadataDatabase))
            vars["druid_metadata_storage_connector_user"] = .string(metadataDatabase)
            vars["druid_metadata_storage_connector_password"] = .string("{\"type\":\"environment\",\"variable\":\"\(metadataPasswordEnv)\"}")
        }
        vars["druid_extensions_loadList"] = .string("[" + extensions.sorted().map { "\"\($0)\"" }.joined(separator: ",") + "]")
        return vars
    }

    /// The peons' JVM options as the JSON array Druid reads (no spaces, so the line stays short):
    /// heap, direct memory, and the UTC/UTF-8 settings Druid requires. Peons inherit `AWS_REGION`
    /// and the S3 keys from the MiddleManager's environment.
    static func peonJavaOpts(heap: Bytes, direct: Bytes) -> String {
        let options = ["-Xms\(ServingFormats.jvm(heap))", "-Xmx\(ServingFormats.jvm(heap))",
                       "-XX:MaxDirectMemorySize=\(ServingFormats.jvm(direct))", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                       "-XX:+ExitOnOutOfMemoryError"]
        return "[" + options.map { "\"\($0)\"" }.joined(separator: ",") + "]"
    }

    static func secrets(_ context: EmitContext, usesPostgres: Bool) -> [SecretReference] {
        var secrets = [LakeConventions.s3SecretReference(context, readers: ["druid (deep storage)"])]
        if usesPostgres {
            secrets.append(SecretReference(
                name: LakeConventions.databaseSecret(context, role: metadataDatabase), keys: ["password"],
                readers: ["druid (metadata store)"],
                purpose: "login of role `\(metadataDatabase)` for Druid's metadata database `\(metadataDatabase)`; the Zalando operator creates it"))
        }
        return secrets
    }

    /// The chart's workloads for release `druid` and whether each reads the metadata store.
    static let workloads: [(kind: String, name: String, metadata: Bool)] = [
        ("Deployment", "druid-coordinator", true),
        ("StatefulSet", "druid-historical", false),
        ("StatefulSet", "druid-middle-manager", false),
    ]

    /// Strategic-merge patches that add Secret-backed environment variables to the `druid` container.
    static func patches(_ context: EmitContext, usesPostgres: Bool) -> [YAMLValue] {
        workloads.map { workload in
            var env = ServingFormats.s3Env(context)
            if workload.metadata, usesPostgres {
                env.append(ServingFormats.secretEnv(
                    metadataPasswordEnv, secret: LakeConventions.databaseSecret(context, role: metadataDatabase), key: "password"))
            }
            return [
                "apiVersion": "apps/v1",
                "kind": .string(workload.kind),
                "metadata": ["name": .string(workload.name), "namespace": .string(context.namespace)],
                "spec": ["template": ["spec": ["containers": [["name": "druid", "env": .list(env)]]]]],
            ]
        }
    }
}
