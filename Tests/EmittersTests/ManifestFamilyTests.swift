@testable import Emitters
import Foundation
import LakeModel
import Testing

/// The manifest family as a whole: one object per file under the right name, deterministic bytes,
/// DNS-safe names, no secret values, and the Secrets it references.
@Suite struct ManifestFamilyTests {
    let context = ManifestFixture.context

    @Test func everyObjectHasItsOwnFileNamedByKindAndName() {
        let artifacts = ManifestFamily.artifacts(context).filter { $0.kind == .manifest }
        #expect(artifacts.count == ManifestFixture.objects.count)
        #expect(ManifestFamily.artifacts(context).filter { $0.kind != .manifest }.map(\.path) == ["sample/network/data-flows.svg"])
        #expect(Set(artifacts.map(\.path)).count == artifacts.count)
        for (artifact, object) in zip(artifacts, ManifestFixture.objects) {
            let kind = ManifestFixture.string(object, "kind") ?? "?"
            let name = ManifestFixture.string(object, "metadata.name") ?? "?"
            #expect(artifact.path == "sample/manifests/\(kind).\(name).yaml")
            #expect(artifact.kind == .manifest)
            #expect(ManifestFixture.string(object, "metadata.namespace") == "lake")
            #expect(artifact.contents.components(separatedBy: "\n---\n").count == 2, "one document: \(artifact.path)")
        }
    }

    @Test func theSampleLakeGetsEveryResource() {
        let kinds = Set(ManifestFixture.objects.compactMap { ManifestFixture.string($0, "kind") })
        #expect(kinds == [
            "Kafka", "KafkaNodePool", "KafkaTopic", "KafkaConnect", "KafkaConnector", "Role", "RoleBinding", "SparkApplication",
            "FlinkDeployment", "postgresql", "Deployment", "Service", "HorizontalPodAutoscaler", "StatefulSet", "PodMonitor",
            "ServiceMonitor", "PrometheusRule", "NetworkPolicy",
        ])
    }

    @Test func sameInputGivesSameBytes() {
        #expect(ManifestFamily.artifacts(context) == ManifestFamily.artifacts(EmitContext(lake: ManifestFixture.lake)))
    }

    @Test func namesAreDNSLabels() {
        for object in ManifestFixture.objects {
            let name = ManifestFixture.string(object, "metadata.name") ?? ""
            #expect(ManifestNames.dns(name) == name && name.count <= 63, "\(name)")
        }
        #expect(ManifestNames.dns("User_Events.v2") == "user-events-v2")
        #expect(ManifestNames.dns("--x--") == "x")
    }

    /// A password only ever appears as a config-provider reference or a Secret key name.
    @Test func noPasswordIsWrittenLiterally() {
        for artifact in ManifestFamily.artifacts(context) {
            for line in artifact.contents.split(separator: "\n") where line.lowercased().contains("password:") {
                let value = line.split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? ""
                #expect(value.hasPrefix("${secrets:"), "\(artifact.path): \(line)")
            }
        }
    }

    @Test func secretsNameEveryReferenceWithItsKeys() {
        let secrets = ManifestFamily.secrets(context)
        let byName = Dictionary(uniqueKeysWithValues: secrets.map { ($0.name, $0) })
        #expect(byName["sample-s3-credentials"]?.keys == ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"])
        #expect(byName["sample-s3-credentials"]?.readers == ["SparkApplication etl", "FlinkDeployment enrich", "Kafka sample-kafka"])
        #expect(byName["debezium-orders-db"]?.keys == ["username", "password"])
        #expect(byName["debezium-orders-db"]?.readers == ["KafkaConnector orders-db"])
        #expect(byName["sample-kafka-cluster-ca-cert"]?.keys == ["ca.crt"])
        #expect(byName["iceberg.lakeform-sample.credentials.postgresql.acid.zalan.do"]?.readers == ["SparkApplication etl"])
        #expect(byName["sample-fastapi"]?.keys == ["database-url", "redis-url"])
        #expect(byName["sample-minio-prometheus"]?.keys == ["token"])
        #expect(secrets.count == 6)
    }

    @Test func unitsAreExactInTheLargestWholeUnit() {
        #expect(ManifestUnits.jvm(.gibibytes(5)) == "5g")
        #expect(ManifestUnits.jvm(.mebibytes(5_121)) == "5121m")
        #expect(ManifestUnits.jvm(Bytes(1_000)) == "1000")
        #expect(ManifestUnits.mebi(.gibibytes(4)) == "4096m")
        #expect(ManifestUnits.mebi(Bytes(3 << 10)) == "3k")
        #expect(ManifestUnits.mebi(Bytes(1_500)) == "1500b")
        #expect(ManifestUnits.postgres(.gibibytes(8)) == "8GB")
        #expect(ManifestUnits.postgres(Bytes(13_189 << 10)) == "13189kB")
        #expect(ManifestUnits.cpuString(Millicores(2_500)) == "2500m")
    }

    @Test func aLakeWithoutComponentsGetsNoManifests() {
        let bare = ManifestFixture.context { $0.components = ComponentsSpec() }
        #expect(ManifestFamily.artifacts(bare).isEmpty)
        #expect(ManifestFamily.secrets(bare).isEmpty)
    }
}
