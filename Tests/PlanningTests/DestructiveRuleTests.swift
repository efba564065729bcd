import LakeModel
import Testing
@testable import Planning

@Suite struct DestructiveRuleTests {
    static func destructive(_ path: String, _ before: String, _ after: String, kind: ArtifactKind = .manifest) -> [String] {
        PlanningFixtures.update(path, before, after, kind: kind).destructive.map(\.message)
    }

    static func minio(_ before: String, _ after: String) -> [String] {
        destructive("m/helm/minio.values.yaml", before, after, kind: .helmValues)
    }

    @Test func storageShrinkIsDestructiveAndGrowthIsNot() {
        let shrink = Self.destructive("m/pool.yaml", "spec:\n  storage:\n    size: 13416Gi\n", "spec:\n  storage:\n    size: 12000Gi\n")
        #expect(shrink == ["spec.storage.size shrinks 13416Gi → 12000Gi — Kubernetes cannot shrink a PVC; data may be lost"])
        #expect(Self.destructive("m/pool.yaml", "size: 1Ti", "size: 1000Gi").count == 1)
        #expect(Self.destructive("m/pool.yaml", "size: 1000Gi", "size: 1Ti").isEmpty)
        #expect(Quantity.value("2k") == 2000 && Quantity.value("3Mi") == 3 * 1_048_576 && Quantity.value("12") == 12)
        #expect(Quantity.value("fast-ssd") == nil)
    }

    @Test func smallerHeapsAreNotVolumeShrinks() {
        #expect(Self.destructive("m/helm/trino.values.yaml", "maxHeapSize: 52428M", "maxHeapSize: 27852M", kind: .helmValues).isEmpty)
    }

    @Test(arguments: ["replicas", "replicaCount", "servers", "workers", "numberOfInstances"])
    func fewerStatefulInstancesAreDestructive(key: String) {
        let volume = "\npersistence:\n  size: 10Gi\n"
        #expect(Self.destructive("m/x.yaml", "\(key): 3" + volume, "\(key): 2" + volume).count == 1)
        #expect(Self.destructive("m/x.yaml", "\(key): 3" + volume, "\(key): 4" + volume).isEmpty)
    }

    @Test func fewerStatelessInstancesAreNotDestructive() {
        #expect(Self.destructive("m/helm/trino.values.yaml", "server:\n  workers: 8\n", "server:\n  workers: 6\n", kind: .helmValues).isEmpty)
        let disabled = "\npersistence:\n  enabled: false\n  size: 8Gi\n"
        #expect(Self.destructive("m/helm/redis.values.yaml", "replicaCount: 3" + disabled, "replicaCount: 2" + disabled, kind: .helmValues).isEmpty)
    }

    @Test func fewerBrokersAreDestructive() {
        let fewer = PlanningFixtures.brokerPool.replacingOccurrences(of: "replicas: 9", with: "replicas: 6")
        let messages = Self.destructive("m/KafkaNodePool.broker.yaml", PlanningFixtures.brokerPool, fewer)
        #expect(messages.count == 1 && messages[0].hasPrefix("brokers drop 9 → 6") && messages[0].contains("remove-brokers"))
        let more = PlanningFixtures.brokerPool.replacingOccurrences(of: "replicas: 9", with: "replicas: 15")
        #expect(Self.destructive("m/KafkaNodePool.broker.yaml", PlanningFixtures.brokerPool, more).isEmpty)
    }

    @Test func replicationSettingsAreDestructiveEitherWay() {
        let raised = PlanningFixtures.kafka.replacingOccurrences(of: "min.insync.replicas: 2", with: "min.insync.replicas: 1")
        #expect(Self.destructive("m/kafka.yaml", PlanningFixtures.kafka, raised).count == 1)
        let factor = PlanningFixtures.kafka.replacingOccurrences(of: "factor: 3", with: "factor: 4")
        #expect(Self.destructive("m/kafka.yaml", PlanningFixtures.kafka, factor).count == 1)
        let topic = "kind: KafkaTopic\nspec:\n  replicas: 3\n"
        #expect(Self.destructive("m/topic.yaml", topic, topic.replacingOccurrences(of: "3", with: "4")).count == 1)
    }

    @Test func aLowerTopicReplicationFactorIsDestructive() {
        let lower = PlanningFixtures.topic(partitions: 9, keyed: false).replacingOccurrences(of: "replicas: 3", with: "replicas: 2")
        #expect(Self.destructive("m/topic.yaml", PlanningFixtures.topic(partitions: 9, keyed: false), lower)
            == ["topic replication factor changes 3 → 2 — partitions are reassigned across brokers"])
    }

    @Test func storageClassChangesAreDestructive() {
        let claim = "kind: StatefulSet\nspec:\n  volumeClaimTemplates:\n  - metadata: {name: data}\n    spec: {storageClassName: slow}\n"
        let messages = Self.destructive("m/s.yaml", claim, claim.replacingOccurrences(of: "slow", with: "fast"))
        #expect(messages.count == 1 && messages[0].contains("storage class"))
        let pg = "kind: postgresql\nspec:\n  volume: {size: 10Gi, storageClass: slow}\n"
        #expect(Self.destructive("m/pg.yaml", pg, pg.replacingOccurrences(of: "slow", with: "fast")).count == 1)
    }

    @Test func changingARecordedMinIOPoolIsDestructive() {
        let base = PlanningFixtures.minio
        let servers = Self.minio(base, base.replacingOccurrences(of: "servers: 15", with: "servers: 24"))
        #expect(servers == ["MinIO tenant.pools[name=pool-0].servers changes 15 → 24 — a pool's erasure sets are fixed when it is created; grow by adding a pool"])
        #expect(Self.minio(base, base.replacingOccurrences(of: "volumesPerServer: 8", with: "volumesPerServer: 12")).count == 1)
        #expect(Self.minio(base, base.replacingOccurrences(of: "7680G", with: "15360G")).count == 1)
        #expect(Self.minio(base, base.replacingOccurrences(of: "local-nvme", with: "local-ssd")).count == 1)
        #expect(Self.minio(base, base.replacingOccurrences(of: "cpu: 8", with: "cpu: 12")).isEmpty)
    }

    @Test func addingAMinIOPoolIsSafeAndRemovingOneIsNot() {
        let base = PlanningFixtures.minio
        let pool1 = "\n    - name: pool-1\n      servers: 8\n      volumesPerServer: 8\n      size: 7680G\n      storageClassName: local-nvme\n"
        #expect(Self.minio(base, base + pool1).isEmpty)
        let removed = Self.minio(base + pool1, base)
        #expect(removed.count == 4 && removed.allSatisfy { $0.contains("pool-1") && $0.contains("decommission") })
    }

    @Test func removingAComponentThatHoldsDataIsDestructive() {
        let plan = Planner.plan(desired: [], recorded: [
            "m/kafka.yaml": PlanningFixtures.kafka, "m/helm/minio.values.yaml": PlanningFixtures.minio,
            "m/helm/milvus.values.yaml": "etcd:\n  persistence:\n    size: 10Gi\n  replicaCount: 3\n",
            "m/helm/redis.values.yaml": "replica:\n  persistence:\n    enabled: false\n    size: 8Gi\n",
            "m/helm/minio-operator.values.yaml": "operator:\n  replicaCount: 2\n",
            "m/pg.yaml": "kind: postgresql", "m/sts.yaml": "kind: StatefulSet", "m/cm.yaml": "kind: ConfigMap",
            "m/helm/trino.values.yaml": "a: 1", "m/reports/capacity.json": #"{"storage": "10Gi"}"#,
        ])
        #expect(plan.destructive.map(\.path) == [
            "m/helm/milvus.values.yaml", "m/helm/minio.values.yaml", "m/kafka.yaml", "m/pg.yaml", "m/sts.yaml",
        ])
        #expect(plan.destructive[0].message == "milvus is removed — its volumes and data go with it")
        #expect(plan.destructive.allSatisfy { $0.keyPath == nil })
    }

    @Test func replaceRules() {
        let sts = "kind: StatefulSet\nspec:\n  selector: {app: a}\n"
        #expect(PlanningFixtures.update("m/s.yaml", sts, sts.replacingOccurrences(of: "app: a", with: "app: b")).changes[0].action == .replace)
        let claim = "kind: StatefulSet\nspec:\n  volumeClaimTemplates:\n  - metadata: {name: data}\n    spec: {storageClassName: slow}\n"
        let changed = PlanningFixtures.update("m/s.yaml", claim, claim.replacingOccurrences(of: "slow", with: "fast")).changes[0]
        #expect(changed.action == .replace && changed.keyPathChanges[0].path == "spec.volumeClaimTemplates[name=data].spec.storageClassName")
        let pg = "kind: postgresql\nspec:\n  volume: {size: 10Gi, storageClass: slow}\n"
        #expect(PlanningFixtures.update("m/pg.yaml", pg, pg.replacingOccurrences(of: "slow", with: "fast")).changes[0].action == .replace)
        #expect(PlanningFixtures.update("m/pg.yaml", pg, pg.replacingOccurrences(of: "10Gi", with: "20Gi")).changes[0].action == .update)
    }
}
