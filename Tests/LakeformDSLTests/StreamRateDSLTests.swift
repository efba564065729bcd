@testable import LakeformDSL
import Testing

@Suite("Format 2 workload in the DSL")
struct StreamRateDSLTests {
    @Test("streams with their own rates, keyed, a peak-only ingest and a multi-source Flink job land in their wire fields")
    func ownRates() {
        let (result, lake) = evaluateLake {
            Workload(dataVolume: .terabytes(300)) {
                Ingest(peakPercent: 400, reason: "flash sales")
                EventStream("orders", eventsPerSecond: 2_000, eventSize: .kilobytes(1), retention: .days(3), keyed: true, reason: "cdc")
                EventStream("clicks", rate: .megabytesPerSecond(40), retention: .days(7), consumerGroups: 2)
                EventStream("events", sharePercent: 10, retention: .days(7), keyed: false)
            }
            Kafka()
            Flink {
                FlinkJob("fraud", sources: ["orders", "clicks"], jarURI: "local:///fraud.jar", parallelism: 8)
                FlinkJob("enrich", source: "events", jarURI: "local:///enrich.jar")
            }
        }
        #expect(result.errors.isEmpty)
        #expect(result.document?.formatVersion == 2)
        let week = Wire.TimeSpan(seconds: 604_800)
        #expect(lake?.workload.ingest == Wire.Ingest(peakPercent: 400))
        #expect(lake?.workload.streams == [
            Wire.Stream(name: "orders", eventsPerSecond: 2_000, eventSize: Wire.ByteCount(bytes: 1_000),
                        retention: Wire.TimeSpan(seconds: 259_200), keyed: true),
            Wire.Stream(name: "clicks", rate: Wire.ByteRate(bytesPerSecond: 40_000_000), retention: week, consumerGroups: 2),
            Wire.Stream(name: "events", sharePercent: 10, retention: week, keyed: false),
        ])
        #expect(lake?.workload.reasons == ["ingest": "flash sales", "streams.orders": "cdc"])
        #expect(lake?.components.flink?.jobs == [
            Wire.FlinkJob(name: "fraud", sources: ["orders", "clicks"], jarURI: "local:///fraud.jar", parallelism: 8),
            Wire.FlinkJob(name: "enrich", source: "events", jarURI: "local:///enrich.jar"),
        ])
    }
}
