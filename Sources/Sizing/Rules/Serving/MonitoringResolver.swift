import LakeModel

/// Resolves Prometheus (series, storage, memory) and Grafana.
enum MonitoringResolver {
    /// `podCount` is every pod the lake runs besides monitoring: Prometheus scrapes them all.
    static func resolve(_ spec: MonitoringSpec, podCount: Int, _ ledger: Ledger) -> ResolvedMonitoring {
        let seriesRule = PrometheusSeriesRule.description
        let storageRule = PrometheusStorageRule.description
        let pods = ledger.decide("monitoring.scrapedPods", .count, by: seriesRule, inputs: []) { (podCount, "\(podCount) pods in the lake") }
        let workload = ledger.lake.workload
        let series = ledger.decide("prometheus.activeSeries", .count, by: seriesRule, inputs: ["monitoring.scrapedPods", "workload.yearlyGrowth"]) {
            if let given = spec.activeSeries {
                let grown = workload.atHorizon(given)
                return (grown, "\(QuantityUnit.count.format(given)) from the blueprint, grown \(workload.yearlyGrowthPercent)%/year "
                    + "for the \(workload.horizonMonths)-month horizon = \(QuantityUnit.count.format(grown))")
            }
            let value = PrometheusSeriesRule.series(given: nil, pods: pods)
            return (value, "\(pods) pods × 2,000 = \(QuantityUnit.count.format(value))")
        }
        let shards = ledger.decide("prometheus.shards", .count, by: PrometheusShardRule.description, inputs: ["prometheus.activeSeries"]) {
            let value = PrometheusShardRule.shards(series: series)
            return Recorded.atLeast((value, "⌈\(QuantityUnit.count.format(series)) / 10 M⌉ = \(value)"),
                                    recorded: Recorded.group("prometheus", ledger)?.replicas, .count, what: "shards")
        }
        let shardSeries = IntegerMath.ceilDiv(series, shards)
        let interval = ledger.setting("prometheus.scrapeInterval", spec.scrapeInterval.value, default: 30, .seconds, "a 30 s scrape interval")
        let retention = ledger.setting("prometheus.retention", spec.retention.value, default: Seconds.days(15).value, .seconds,
                                       "Prometheus's default 15 days")
        let samples = ledger.decide("prometheus.samplesPerSecond", .count, by: storageRule,
                                    inputs: ["prometheus.activeSeries", "prometheus.shards", "prometheus.scrapeInterval"]) {
            let value = PrometheusStorageRule.samplesPerSecond(series: shardSeries, interval: interval)
            return (value, "⌈\(QuantityUnit.count.format(shardSeries)) series per shard / \(interval)s⌉ = \(QuantityUnit.count.format(value))")
        }
        let disk = PrometheusStorageRule.disk(samplesPerSecond: samples, retention: retention)
        let storage = ledger.decide("prometheus.storage", .bytes, by: storageRule, inputs: ["prometheus.samplesPerSecond", "prometheus.retention"],
                                    pin: .prometheusStorage) {
            let value = PrometheusStorageRule.volume(disk: disk)
            return Recorded.atLeast((value, "\(Seconds(retention)) × \(samples)/s × 2 B = \(Bytes(disk)); / 0.8, at least 10 GB = \(Bytes(value))"),
                                    recorded: Recorded.group("prometheus", ledger)?.volume?.value, .bytes, what: "per Prometheus")
        }
        let retentionSize = ledger.decide("prometheus.retentionSize", .bytes, by: storageRule, inputs: ["prometheus.storage"]) {
            let value = IntegerMath.percent(storage, PrometheusStorageRule.retentionSizePercent)
            return (value, "80% × \(Bytes(storage)) = \(Bytes(value))")
        }
        let memoryRule = PrometheusMemoryRule.description
        let memory = ledger.decide("prometheus.memory", .memory, by: memoryRule, inputs: ["prometheus.activeSeries", "prometheus.shards", "prometheus.samplesPerSecond"]) {
            let value = PrometheusMemoryRule.memory(series: shardSeries, samplesPerSecond: samples)
            return (value, "\(QuantityUnit.count.format(shardSeries)) series × 2 GiB / 1 M + \(samples)/s × 3 h × 6 B, rounded up = \(Bytes(value).memoryText)")
        }
        let cpu = ledger.decide("prometheus.cpu", .millicores, by: memoryRule, inputs: ["prometheus.memory"]) {
            let value = PrometheusMemoryRule.cpu(memory: memory)
            return (value, "⌈\(Bytes(memory).memoryText) / 4 GiB⌉ = \(Millicores(value)) CPU")
        }
        let prometheus = Resources(cpu: Millicores(cpu), memory: Bytes(memory))
        var groups = [PodGroup(name: "prometheus", component: .monitoring, replicas: shards, resources: prometheus,
                               storagePerReplica: Bytes(storage), stateful: true)]
        if spec.grafana {
            let grafana = ledger.decide("grafana.memory", .memory, by: GrafanaRule.description, inputs: []) {
                (GrafanaRule.memory, "Grafana's minimum \(Bytes(GrafanaRule.memory).memoryText)")
            }
            groups.append(PodGroup(name: "grafana", component: .monitoring, replicas: 1,
                                   resources: Resources(cpu: Millicores(GrafanaRule.cpu), memory: Bytes(grafana)), stateful: false))
        }
        var resolved = ResolvedMonitoring(activeSeries: series, storage: Bytes(storage), retentionSize: Bytes(retentionSize), prometheus: prometheus, pods: groups)
        resolved.shards = shards
        return resolved
    }
}
