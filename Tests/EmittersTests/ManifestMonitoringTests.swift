@testable import Emitters
import LakeModel
import Testing

/// Scrape targets and capacity alerts whose thresholds are the plan's own numbers.
@Suite struct ManifestMonitoringTests {
    typealias F = ManifestFixture
    let lake = ManifestFixture.lake

    @Test func alertThresholdsComeFromTheCapacityPlan() throws {
        let minio = try #require(lake.minio)
        let kafka = try #require(lake.kafka)
        let search = try #require(lake.elasticsearch)
        let monitoring = try #require(lake.monitoring)
        let alerts = Dictionary(uniqueKeysWithValues: CapacityRules.alerts(ManifestFixture.context).map { ($0.name, $0.limit.value) })
        #expect(alerts["MinIOUsageAbovePlan"] == minio.usableCapacity.value * minio.fillTargetPercent / 100)
        let retained = kafka.topics.reduce(0) { $0 + $1.ingress.value * $1.localRetention.value * kafka.replicationFactor }
        #expect(alerts["KafkaBrokerDiskAbovePlan"] == (retained + kafka.brokers - 1) / kafka.brokers)
        #expect(try #require(alerts["KafkaBrokerDiskAbovePlan"]) < kafka.storagePerBroker.value)
        #expect(alerts["ElasticsearchDiskAboveWatermark"] == search.diskPerNode.value * 85 / 100)
        #expect(alerts["PrometheusTSDBNearRetentionSize"] == monitoring.retentionSize.value * 90 / 100)
        #expect(alerts.count == 5)
        guard case .list(let groups) = F.object("PrometheusRule", "sample-capacity")?[path: "spec.groups"],
              case .list(let rules) = groups.first?[path: "rules"] else {
            Issue.record("no rule group")
            return
        }
        for rule in rules {
            let limit = alerts[F.string(rule, "alert") ?? ""] ?? -1
            #expect(F.string(rule, "expr")?.hasSuffix("\n> \(limit)") == true, "\(rule)")
        }
    }

    @Test func monitorsScrapeStrimziFlinkAndMinIO() {
        let kafka = F.object("PodMonitor", "sample-kafka")
        #expect(kafka?[path: "spec.selector.matchExpressions"] == [
            ["key": "strimzi.io/kind", "operator": "In", "values": ["Kafka", "KafkaConnect"]],
            ["key": "strimzi.io/cluster", "operator": "In", "values": ["sample-kafka", "sample-connect"]],
        ])
        #expect(kafka?[path: "spec.podMetricsEndpoints"] == [["port": "tcp-prometheus", "path": "/metrics", "interval": "30s"]])
        #expect(F.object("PodMonitor", "sample-flink")?[path: "spec.selector.matchLabels"] == ["type": "flink-native-kubernetes"])
        #expect(F.object("ServiceMonitor", "sample-minio")?[path: "spec.selector.matchLabels"] == ["v1.min.io/tenant": "sample-minio"])
    }
}
