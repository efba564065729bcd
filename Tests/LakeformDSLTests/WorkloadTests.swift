@testable import LakeformDSL
import Testing

@Suite("Workload")
struct WorkloadTests {
    @Test("every input lands in its wire field, with its reason keyed by input name")
    func inputs() {
        let (result, lake) = evaluateLake {
            Workload(dataVolume: .petabytes(5), reason: "seed medium tier") {
                YearlyGrowth(percent: 40, reason: "growth")
                Horizon(months: 18, reason: "hardware rounds")
                Ingest(eventsPerSecond: 50_000, averageEventSize: .kilobytes(1), peakPercent: 300, reason: "clicks")
                EventStream("events", sharePercent: 80, retention: .days(7), consumerGroups: 3, partitions: 48,
                            reason: "raw clicks")
                EventStream("cdc", retention: .days(3))
                ActiveUsers(50_000, reason: "users")
                ConcurrentQueries(200, reason: "peak")
                ScannedPerDay(.terabytes(100), reason: "scans")
                BatchPerDay(.terabytes(20), reason: "etl")
                Vectors(count: 20_000_000, dimensions: 768, reason: "embeddings")
                LogsPerDay(.gigabytes(500), reason: "logs")
            }
        }
        #expect(result.errors.isEmpty)
        #expect(lake?.workload == Wire.Workload(
            dataVolume: Wire.ByteCount(bytes: 5_000_000_000_000_000),
            yearlyGrowthPercent: 40, horizon: Wire.Horizon(months: 18),
            ingest: Wire.Ingest(
                eventsPerSecond: 50_000, averageEventSize: Wire.ByteCount(bytes: 1_000), peakPercent: 300),
            streams: [
                Wire.Stream(name: "events", sharePercent: 80, retention: Wire.TimeSpan(seconds: 604_800),
                            consumerGroups: 3, partitions: 48),
                Wire.Stream(name: "cdc", retention: Wire.TimeSpan(seconds: 259_200)),
            ],
            activeUsers: 50_000, concurrentQueries: 200,
            scannedPerDay: Wire.ByteCount(bytes: 100_000_000_000_000),
            batchPerDay: Wire.ByteCount(bytes: 20_000_000_000_000),
            vectors: Wire.Vectors(count: 20_000_000, dimensions: 768),
            logsPerDay: Wire.ByteCount(bytes: 500_000_000_000),
            reasons: [
                "dataVolume": "seed medium tier", "yearlyGrowthPercent": "growth", "horizon": "hardware rounds", "ingest": "clicks",
                "streams.events": "raw clicks", "activeUsers": "users", "concurrentQueries": "peak",
                "scannedPerDay": "scans", "batchPerDay": "etl", "vectors": "embeddings", "logsPerDay": "logs",
            ]))
    }

    @Test("ingest can be a byte rate instead of events")
    func ingestRate() {
        let (_, lake) = evaluateLake {
            Workload(dataVolume: .terabytes(50)) {
                Ingest(rate: .megabytesPerSecond(2), peakPercent: 200)
            }
        }
        #expect(lake?.workload.ingest == Wire.Ingest(rate: Wire.ByteRate(bytesPerSecond: 2_000_000), peakPercent: 200))
    }

    @Test("a bare workload leaves streams and reasons nil, not empty")
    func nilForEmpty() {
        let (_, lake) = evaluateLake {
            Workload(dataVolume: .petabytes(1))
        }
        #expect(lake?.workload == Wire.Workload(dataVolume: Wire.ByteCount(bytes: 1_000_000_000_000_000)))
        #expect(lake?.workload.streams == nil)
        #expect(lake?.workload.reasons == nil)
    }

    @Test("inputs written under if and for are included")
    func controlFlow() {
        let withUsers = true
        let (_, lake) = evaluateLake {
            Workload(dataVolume: .petabytes(1)) {
                if withUsers {
                    ActiveUsers(10)
                }
                for name in ["a", "b"] {
                    EventStream(name, retention: .hours(12))
                }
            }
        }
        #expect(lake?.workload.activeUsers == 10)
        #expect(lake?.workload.streams?.map(\.name) == ["a", "b"])
    }
}
