@testable import LakeformDSL
import Testing

@Suite("Components")
struct ComponentsTests {
    @Test("a lake with only a workload has no components, pins or cost")
    func emptyLake() {
        let (result, lake) = evaluateLake { minimalWorkload }
        #expect(result.errors.isEmpty)
        #expect(lake?.components == Wire.Components())
        #expect(lake?.pins == nil)
        #expect(lake?.cost == nil)
    }

    @Test("settings map to the wire, empty collections to nil")
    func simpleComponents() {
        let (_, lake) = evaluateLake {
            minimalWorkload
            MinIO(nodes: 8, drivesPerNode: 8, driveSize: .terabytes(16), media: .nvme, parity: 4,
                  fillTargetPercent: 80, bucket: "datalake")
            Postgres(instances: 2, pgvector: true, memory: .gibibytes(16))
            Kafka(replicationFactor: 3, minInsyncReplicas: 2, controllers: 3, zones: 3)
            NiFi(nodes: 3)
            Trino(querySLA: .seconds(30), workerMemory: .gibibytes(64))
            Druid(source: "events", hotRetention: .days(30), replicants: 2)
            Elasticsearch(retention: .days(30), replicas: 1, dashboards: true)
            OpenSearch(retention: .days(14), nodes: 3)
            Milvus(index: .hnsw, hnswM: 16, replicas: 2)
            FastAPI(image: "datalake/query-api:1.0.0", requestsPerSecond: 2_000, requestsPerReplica: 500)
            Hasura(replicas: 2, secret: "hasura-env")
            Redis(architecture: .replication, maxMemory: .gibibytes(8), persistence: false, replicas: 2)
            Monitoring(retention: .days(15), activeSeries: 1_000_000, scrapeInterval: .seconds(30), grafana: true)
            Atlas(replicas: 1)
        }
        let components = lake?.components
        #expect(components?.minio == Wire.MinIO(
            nodes: 8, drivesPerNode: 8, driveSize: Wire.ByteCount(bytes: 16_000_000_000_000), media: .nvme, parity: 4,
            fillTargetPercent: 80, bucket: "datalake"))
        #expect(components?.postgres == Wire.Postgres(
            instances: 2, pgvector: true, memory: Wire.ByteCount(bytes: 1 << 34)))
        #expect(components?.postgres?.databases == nil)
        #expect(components?.kafka == Wire.Kafka(replicationFactor: 3, minInsyncReplicas: 2, controllers: 3, zones: 3))
        #expect(components?.nifi == Wire.NiFi(nodes: 3))
        #expect(components?.trino == Wire.Trino(
            querySLA: Wire.TimeSpan(seconds: 30), workerMemory: Wire.ByteCount(bytes: 1 << 36)))
        #expect(components?.druid == Wire.Druid(
            source: "events", hotRetention: Wire.TimeSpan(seconds: 2_592_000), replicants: 2))
        #expect(components?.elasticsearch == Wire.SearchCluster(
            retention: Wire.TimeSpan(seconds: 2_592_000), replicas: 1, dashboards: true))
        #expect(components?.opensearch == Wire.SearchCluster(retention: Wire.TimeSpan(seconds: 1_209_600), nodes: 3))
        #expect(components?.milvus == Wire.Milvus(index: .hnsw, hnswM: 16, replicas: 2))
        #expect(components?.fastapi == Wire.FastAPI(
            image: "datalake/query-api:1.0.0", requestsPerSecond: 2_000, requestsPerReplica: 500))
        #expect(components?.hasura == Wire.Hasura(replicas: 2, secret: "hasura-env"))
        #expect(components?.redis == Wire.Redis(
            architecture: .replication, maxMemory: Wire.ByteCount(bytes: 1 << 33), persistence: false, replicas: 2))
        #expect(components?.monitoring == Wire.Monitoring(
            retention: Wire.TimeSpan(seconds: 1_296_000), activeSeries: 1_000_000,
            scrapeInterval: Wire.TimeSpan(seconds: 30), grafana: true))
        #expect(components?.atlas == Wire.Atlas(replicas: 1))
    }

    @Test("an Airflow without DAGs and an Iceberg without tables encode nil lists")
    func emptyBlocks() {
        let (_, lake) = evaluateLake {
            minimalWorkload
            Airflow()
            Iceberg(catalog: "lakehouse", type: .jdbc, warehouse: "s3a://datalake/warehouse")
        }
        #expect(lake?.components.airflow == Wire.Airflow())
        #expect(lake?.components.iceberg == Wire.Iceberg(
            catalog: "lakehouse", type: .jdbc, warehouse: "s3a://datalake/warehouse"))
    }

    @Test("price book and guardrails fill the cost policy")
    func cost() {
        let (_, lake) = evaluateLake {
            minimalWorkload
            PriceBook("seed-2024")
            Guardrails(maxMonthlyCost: .dollars(30_000), maxCostPerTB: .dollars(4, cents: 27))
        }
        #expect(lake?.cost == Wire.CostPolicy(
            priceBook: "seed-2024", maxMonthlyCost: Wire.Money(cents: 3_000_000), maxCostPerTB: Wire.Money(cents: 427)))
        let (_, fromFile) = evaluateLake {
            minimalWorkload
            PriceBook(path: "pricebooks/on-prem.yaml")
        }
        #expect(fromFile?.cost == Wire.CostPolicy(priceBook: "pricebooks/on-prem.yaml"))
    }
}
