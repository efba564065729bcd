import Diagnostics
import LakeModel
@testable import Sizing
import Testing

/// Whole-lake properties over wide input ranges: the invariants hold, and more work never
/// resolves to less capacity.
@Suite struct ResolverPropertyTests {
    /// A lake deploying every component, scaled by `data` bytes and `ingest` bytes per second.
    static func lake(data: Int, ingest: Int, users: Int = 50_000, scanned: Int? = nil) -> LakeSpec {
        var workload = WorkloadSpec(dataVolume: Bytes(data))
        workload.yearlyGrowthPercent = 30
        workload.ingestRate = BytesPerSecond(ingest)
        workload.eventsPerSecond = max(1, ingest / 1_000)
        workload.peakPercent = 200
        var events = StreamSpec(name: "events", sharePercent: 100, retention: .days(7))
        events.consumerGroups = 3
        workload.streams = [events]
        workload.activeUsers = users
        workload.concurrentQueries = max(1, users / 250)
        workload.scannedPerDay = Bytes(scanned ?? max(1, data / 50))
        workload.batchPerDay = Bytes(max(1, ingest * 86_400))
        workload.vectors = VectorSpec(count: max(1, users * 400), dimensions: 768)
        workload.logsPerDay = Bytes(max(1, data / 10_000))
        var components = ComponentsSpec()
        components.minio = MinIOSpec()
        components.kafka = KafkaSpec()
        components.spark = SparkSpec(jobs: [SparkJobSpec(name: "etl", language: .python, application: "s3a://lake/etl.py")])
        components.flink = FlinkSpec(jobs: [FlinkJobSpec(name: "enrich", source: "events", jarURI: "local:///job.jar")])
        components.trino = TrinoSpec()
        components.druid = DruidSpec()
        components.elasticsearch = SearchSpec()
        components.opensearch = SearchSpec()
        components.milvus = MilvusSpec()
        components.postgres = PostgresSpec()
        components.redis = RedisSpec()
        components.fastapi = FastAPISpec(image: "api:1")
        components.hasura = HasuraSpec()
        components.monitoring = MonitoringSpec()
        components.atlas = AtlasSpec()
        components.nifi = NiFiSpec()
        components.airflow = AirflowSpec()
        return LakeSpec(name: "prop", tier: "property", namespace: "lake", blueprintPath: "prop.yaml", workload: workload,
                        components: components)
    }

    static let terabyte = 1_000_000_000_000
    static let volumes = [10, 100, 1_000, 5_000, 10_000, 50_000].map { $0 * terabyte }
    static let ingests = [1, 10, 100, 1_000, 4_000].map { $0 * 1_000_000 }

    @Test(arguments: volumes)
    func invariantsHoldAcrossIngestRates(data: Int) {
        for ingest in Self.ingests {
            let (_, diagnostics) = Resolver.resolve(Self.lake(data: data, ingest: ingest))
            #expect(!diagnostics.hasErrors, "\(Bytes(data)) at \(BytesPerSecond(ingest)): \(diagnostics.errors.map(\.message))")
        }
    }

    @Test func moreDataNeverMeansFewerDrives() throws {
        var previous = 0
        for tenths in stride(from: 1, through: 600, by: 7) {
            let (lake, _) = Resolver.resolve(Self.lake(data: tenths * 100 * Self.terabyte, ingest: 10_000_000))
            let minio = try #require(lake.minio)
            let drives = minio.nodes * minio.drivesPerNode
            #expect(drives >= previous, "\(tenths * 100) TB")
            #expect(minio.usableCapacity.value * minio.fillTargetPercent / 100 >= tenths * 100 * Self.terabyte)
            previous = drives
        }
    }

    @Test func moreIngestNeverMeansFewerBrokers() throws {
        var previous = 0
        for megabytes in stride(from: 1, through: 5_000, by: 37) {
            let (lake, _) = Resolver.resolve(Self.lake(data: 1_000 * Self.terabyte, ingest: megabytes * 1_000_000))
            let brokers = try #require(lake.kafka).brokers
            #expect(brokers >= previous, "\(megabytes) MB/s")
            previous = brokers
        }
    }

    @Test func pinnedBrokersWinAndAreMarkedAsPinned() throws {
        var spec = Self.lake(data: 1_000 * Self.terabyte, ingest: 50_000_000)
        spec.pins = [PinSpec(key: .kafkaBrokers, value: 12, reason: "capacity test")]
        let (lake, _) = Resolver.resolve(spec)
        #expect(lake.kafka?.brokers == 12)
        guard case .pinned(let reason, let ruleValue) = try #require(lake.provenance["kafka.brokers"]).origin else {
            Issue.record("kafka.brokers is not marked as pinned")
            return
        }
        #expect(reason == "capacity test")
        #expect(ruleValue != nil)
    }

    @Test func aPinThatCannotHoldTheDataIsAnError() {
        var spec = Self.lake(data: 10_000 * Self.terabyte, ingest: 10_000_000)
        spec.pins = [PinSpec(key: .minioNodes, value: 4)]
        let (_, diagnostics) = Resolver.resolve(spec)
        #expect(diagnostics.errors.map(\.id).contains("invariant.minioCapacity"))
    }

    @Test func resolvingTwiceGivesTheSameLake() {
        let spec = Self.lake(data: 5_000 * Self.terabyte, ingest: 50_000_000)
        #expect(Resolver.resolve(spec).lake == Resolver.resolve(spec).lake)
    }
}
