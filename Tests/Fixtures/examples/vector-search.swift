// Tests/Fixtures/examples/vector-search.swift: the Swift twin of blueprints/examples/vector-search.yaml.
// Both must dump the same wire JSON (ExampleBlueprintTests compiles this file and compares the two);
// the YAML's comments explain the lake and the figures set by hand.
import LakeformDSL

let blueprint = Blueprint {
    Lake("vector-search", tier: "300 M vectors", namespace: "search") {
        Workload(dataVolume: .terabytes(28),
                 reason: "18 TB of documents, passages with 3 generations of embeddings (3 TB), a year of searches (7 TB)") {
            YearlyGrowth(percent: 30, reason: "the catalogue adds about 30 M documents a year")
            Ingest(rate: .megabytesPerSecond(3), peakPercent: 300,
                   reason: "~2,500 searches/s with their clicks at ~1 KB, plus ~50 document edits/s at ~8 KB; evening peak 3x")
            EventStream("search-events", sharePercent: 85, retention: .days(3), consumerGroups: 1,
                        reason: "queries and clicks, read once by the Iceberg loader; three days to recover from a loader outage")
            EventStream("content-changes", sharePercent: 15, retention: .days(7), consumerGroups: 2,
                        reason: "new and edited documents for the Flink embedder and the Iceberg loader; a week to re-embed after an incident")
            ActiveUsers(25_000, reason: "people searching at the busiest hour, about one request every 10 s each")
            BatchPerDay(.gigabytes(1_500),
                        reason: "the nightly re-embed reads 1/16 of the 21 TB of documents and passages (~1.3 TB) and the day's ~0.2 TB of searches")
            Vectors(count: 300_000_000, dimensions: 768,
                    reason: "100 M listings, reviews and help articles, chunked into ~3 passages each and embedded with a 768-d sentence model")
        }
        MinIO(media: .nvme, fillTargetPercent: 75, bucket: "search-corpus")
        Iceberg(catalog: "search", type: .jdbc, warehouse: "s3a://search-corpus/warehouse") {
            Table("passages", namespace: "corpus", partitionBy: [.bucket(64, "document_id")],
                  properties: ["format-version": "2", "write.parquet.compression-codec": "zstd"]) {
                Column("passage_id", .string, required: true)
                Column("document_id", .string, required: true)
                Column("chunk", .int)
                Column("text", .string)
                Column("embedding", .list(.float))
                Column("model", .string)
                Column("updated_at", .timestamptz)
            }
            Table("search_events", namespace: "corpus", partitionBy: [.days("ts")],
                  properties: ["format-version": "2", "write.parquet.compression-codec": "zstd"]) {
                Column("event_id", .string, required: true)
                Column("ts", .timestamptz, required: true)
                Column("user_id", .string)
                Column("query", .string)
                Column("clicked_passage", .string)
            }
        }
        Postgres(instances: 3, pgvector: true, databases: ["iceberg_catalog", "catalog"], memory: .gibibytes(64), volume: .gigabytes(200))
        Kafka(replicationFactor: 3, minInsyncReplicas: 2, controllers: 3)
        Spark {
            SparkJob("reembed-passages", language: .python, application: "s3a://search-corpus/jobs/reembed_passages.py",
                     inputSharePercent: 100, targetDuration: .hours(3), schedule: "0 1 * * *")
        }
        Flink {
            FlinkJob("embed-passages", source: "content-changes", jarURI: "local:///opt/flink/usrlib/embed-passages.jar",
                     stateBackend: .rocksdb)
        }
        Milvus(index: .hnsw, hnswM: 16, replicas: 2)
        FastAPI(image: "registry.example.com/semantic-search-api:2.3.1")
        Redis(architecture: .replication, maxMemory: .gibibytes(16), persistence: false, replicas: 2)
        Monitoring(retention: .days(15), scrapeInterval: .seconds(30), grafana: true)
        Pin(.milvusQueryNodeMemory, .gibibytes(128),
            reason: "memory-optimised servers with 128 GiB halve the query nodes and their per-pod overhead")
        PriceBook("seed-2024")
        Guardrails(maxMonthlyCost: .dollars(9_000))
    }
}
