// Tests/Fixtures/examples/observability.swift: the Swift twin of blueprints/examples/observability.yaml.
// Both must dump the same wire JSON (ExampleBlueprintTests compiles this file and compares the two);
// the YAML's comments explain the lake and the figures set by hand.
import LakeformDSL

let blueprint = Blueprint {
    Lake("observability", tier: "5 TB/day of logs", namespace: "observability") {
        Workload(dataVolume: .terabytes(185),
                 reason: "the archive bucket: a rolling year of raw logs at ~10:1 zstd (5 TB × 365 / 10 ≈ 183 TB) and cluster snapshots") {
            YearlyGrowth(percent: 25, reason: "new services and log verbosity add about a quarter a year")
            Ingest(rate: .megabytesPerSecond(12), peakPercent: 250,
                   reason: "5 TB/day is ~58 MB/s of raw lines (~116,000/s of ~500 B); shippers send zstd batches at ~5:1; 2.5x daytime peak")
            EventStream("app-logs", sharePercent: 80, retention: .days(3), consumerGroups: 2, partitions: 24,
                        reason: "application logs for the indexer and the archiver; 3 days outlast a weekend outage; 24 indexer workers at peak")
            EventStream("infra-logs", sharePercent: 15, retention: .days(3), consumerGroups: 2, partitions: 6,
                        reason: "Kubernetes, node and ingress logs, with the same two readers and buffer; 6 indexer workers")
            EventStream("audit-logs", sharePercent: 5, retention: .days(30), consumerGroups: 3, partitions: 3,
                        reason: "audit logs, also read by the SIEM export; 30 days let security replay an investigation")
            LogsPerDay(.terabytes(5), reason: "about 3,000 pods across the production clusters at ~1.7 GB/day each")
        }
        MinIO(media: .hdd, fillTargetPercent: 80, bucket: "log-archive")
        Kafka(replicationFactor: 3, minInsyncReplicas: 2, controllers: 3)
        OpenSearch(retention: .days(14), replicas: 1, dashboards: true)
        Monitoring(retention: .days(15), activeSeries: 2_000_000, scrapeInterval: .seconds(30), grafana: true)
        PriceBook("seed-2024")
        Guardrails(maxMonthlyCost: .dollars(10_000))
    }
}
