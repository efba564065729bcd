import LakeModel
import Testing
@testable import Planning

@Suite struct DestructiveRuleTests {
    static func destructive(_ path: String, _ before: String, _ after: String, kind: ArtifactKind = .manifest) -> [String] {
        PlanningFixtures.update(path, before, after, kind: kind).destructive.map(\.message)
    }

    @Test func storageShrinkIsDestructiveAndGrowthIsNot() {
        let shrink = Self.destructive("m/pool.yaml", "spec:\n  storage:\n    size: 13416Gi\n", "spec:\n  storage:\n    size: 12000Gi\n")
        #expect(shrink == ["spec.storage.size shrinks 13416Gi → 12000Gi — Kubernetes cannot shrink a PVC; data may be lost"])
        #expect(Self.destructive("m/pool.yaml", "size: 1Ti", "size: 1000Gi").count == 1)
        #expect(Self.destructive("m/pool.yaml", "size: 1000Gi", "size: 1Ti").isEmpty)
        #expect(Quantity.value("2k") == 2000 && Quantity.value("3Mi") == 3 * 1_048_576 && Quantity.value("12") == 12)
        #expect(Quantity.value("fast-ssd") == nil)
    }

    @Test(arguments: ["replicas", "replicaCount", "servers", "workers", "numberOfInstances"])
    func fewerInstancesAreDestructive(key: String) {
        #expect(Self.destructive("m/x.yaml", "\(key): 3", "\(key): 2").count == 1)
        #expect(Self.destructive("m/x.yaml", "\(key): 3", "\(key): 4").isEmpty)
    }

    @Test func replicationSettingsAreDestructiveEitherWay() {
        let raised = PlanningFixtures.kafka.replacingOccurrences(of: "min.insync.replicas: 2", with: "min.insync.replicas: 1")
        #expect(Self.destructive("m/kafka.yaml", PlanningFixtures.kafka, raised).count == 1)
        let factor = PlanningFixtures.kafka.replacingOccurrences(of: "factor: 3", with: "factor: 4")
        #expect(Self.destructive("m/kafka.yaml", PlanningFixtures.kafka, factor).count == 1)
        let topic = "kind: KafkaTopic\nspec:\n  replicas: 3\n"
        #expect(Self.destructive("m/topic.yaml", topic, topic.replacingOccurrences(of: "3", with: "4")).count == 1)
    }

    @Test func minioDriveChangesAreDestructive() {
        let before = "statefulset:\n  drivesPerNode: 4\npersistence:\n  size: 1Ti\n  volumesPerServer: 4\n"
        let grown = before.replacingOccurrences(of: "1Ti", with: "2Ti")
        #expect(Self.destructive("m/helm/minio.values.yaml", before, grown, kind: .helmValues).count == 1)
        let drives = before.replacingOccurrences(of: "volumesPerServer: 4", with: "volumesPerServer: 8")
        #expect(Self.destructive("m/helm/minio.values.yaml", before, drives, kind: .helmValues).count == 1)
    }

    @Test func removingAStatefulComponentIsDestructive() {
        let plan = Planner.plan(desired: [], recorded: [
            "m/kafka.yaml": PlanningFixtures.kafka, "m/helm/minio.values.yaml": "mode: distributed",
            "m/pg.yaml": "kind: postgresql", "m/sts.yaml": "kind: StatefulSet", "m/cm.yaml": "kind: ConfigMap",
            "m/helm/trino.values.yaml": "a: 1",
        ])
        #expect(plan.destructive.map(\.path) == ["m/helm/minio.values.yaml", "m/kafka.yaml", "m/pg.yaml", "m/sts.yaml"])
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
