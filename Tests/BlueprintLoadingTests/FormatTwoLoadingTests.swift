@testable import BlueprintLoading
import Diagnostics
import LakeModel
import LakeformWire
import Testing

/// GIVEN format 1 and format 2 YAML, WHEN loaded and mapped, THEN format 1 reads as it always did, its use of a format 2 key
/// is an error at that key's line, and format 2's per-stream rates, `keyed` and Flink `sources` map as documented.
@Suite("Wire format 2: loading and mapping")
struct FormatTwoLoadingTests {
    /// A one-lake document of `version` with Kafka, Debezium capturing `orders-db`, and Flink when `flink` is given.
    static func lake(version: Int = 2, workload: String, flink: String? = nil) -> String {
        let indent = { (block: String, by: String) in block.split(separator: "\n").map { by + $0 }.joined(separator: "\n") }
        return """
            formatVersion: \(version)
            lakes:
              - name: shop
                tier: 1 PB
                namespace: shop
                workload:
                  dataVolume: 1PB
            \(indent(workload, "      "))
                components:
                  kafka: {}
                  debezium:
                    sources:
                      - { name: orders-db, database: postgres, host: db, databaseName: shop, tables: [public.orders], credentialsSecret: orders-db }
            \(flink.map { "      flink:\n        jobs:\n" + indent($0, "          ") } ?? "")

            """
    }

    /// The mapped lake, or nil with the diagnostics.
    static func mapped(_ text: String) -> (lake: LakeSpec?, diagnostics: [Diagnostic]) {
        guard let blueprint = DataFormatLoad.blueprint(text) else { return (nil, []) }
        let (lakes, diagnostics) = SpecMapper.map(blueprint)
        return (lakes.first, diagnostics.sorted)
    }

    @Test("a format 1 document that uses a format 2 key gets an error at that key's line", arguments: [
        ("streams:\n  - { name: clicks, rate: 40MB/s, retention: 7d }", "rate: 40MB/s", "rate"),
        ("streams:\n  - { name: clicks, eventsPerSecond: 2000, eventSize: 1KB, retention: 7d }", "eventsPerSecond", "eventsPerSecond"),
        ("ingest: { rate: 10MB/s }\nstreams:\n  - name: orders\n    keyed: true\n    retention: 7d", "keyed: true", "keyed"),
    ])
    func formatTwoKeysInFormatOne(workload: String, needle: String, key: String) throws {
        let text = Self.lake(version: 1, workload: workload)
        let errors = DataFormatLoad.errors(text)
        let first = try #require(errors.first)
        #expect(first.id == "blueprint.formatVersion")
        #expect(first.message == "'\(key)' needs formatVersion: 2, but this blueprint is format version 1")
        #expect(first.source?.line == DataFormatLoad.position(of: needle, in: text)?.line)
        #expect(first.notes.first?.hasPrefix("set 'formatVersion: 2' at the top of the file") == true)
    }

    @Test func flinkSourcesInFormatOneIsAnErrorAtItsLine() throws {
        let text = Self.lake(version: 1, workload: "ingest: { rate: 10MB/s }\nstreams:\n  - { name: events, retention: 7d }",
                             flink: "- name: enrich\n  sources: [events]\n  jarURI: local:///job.jar")
        let error = try #require(DataFormatLoad.error(text))
        #expect(error.message == "'sources' needs formatVersion: 2, but this blueprint is format version 1")
        #expect(error.source?.line == DataFormatLoad.position(of: "sources: [events]", in: text)?.line)
    }

    @Test func formatOneKeepsTheCDCNameHeuristicAndFormatTwoUsesTheFlag() throws {
        let streams = "ingest: { rate: 10MB/s }\nstreams:\n  - { name: events, sharePercent: 80, retention: 7d }\n  - { name: orders-cdc, retention: 3d }"
        let v1 = try #require(Self.mapped(Self.lake(version: 1, workload: streams)).lake)
        #expect(v1.workload.streams.map(\.keyed) == [false, true])
        let v2 = try #require(Self.mapped(Self.lake(workload: streams)).lake)
        #expect(v2.workload.streams.map(\.keyed) == [false, false], "format 2: the name says nothing")
        let flagged = streams.replacingOccurrences(of: "{ name: events,", with: "{ name: events, keyed: true,")
        #expect(try #require(Self.mapped(Self.lake(workload: flagged)).lake).workload.streams.map(\.keyed) == [true, false])
        let debeziumTopic = "ingest: { rate: 10MB/s }\nstreams:\n  - { name: orders-db.public.orders, retention: 3d }"
        #expect(try #require(Self.mapped(Self.lake(workload: debeziumTopic)).lake).workload.streams.first?.keyed == true,
                "topics Debezium writes are keyed by construction")
    }

    @Test func formatOneAndTwoMapShareStreamsIdentically() throws {
        let streams = "ingest: { rate: 50MB/s, peakPercent: 300 }\nstreams:\n  - { name: events, sharePercent: 85, retention: 7d }\n  - { name: audit, retention: 3d }"
        let v1 = try #require(Self.mapped(Self.lake(version: 1, workload: streams)).lake)
        let v2 = try #require(Self.mapped(Self.lake(workload: streams)).lake)
        #expect(v1.workload == v2.workload)
        #expect(v2.workload.streams.map(\.rate) == [.share(percent: 85), .share(percent: 15)])
    }

    @Test func ownRatesWithoutIngestMakeTheIngestTheirSum() throws {
        let streams = """
            ingest: { peakPercent: 400 }
            streams:
              - { name: orders, eventsPerSecond: 2000, eventSize: 1KB, retention: 7d, keyed: true }
              - { name: clicks, rate: 40MB/s, retention: 3d }
            """
        let (lake, diagnostics) = Self.mapped(Self.lake(workload: streams))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let workload = try #require(lake?.workload)
        #expect(workload.streams.map(\.rate) == [.events(perSecond: 2_000, size: Bytes(1_000)), .bytes(BytesPerSecond(40_000_000))])
        #expect(workload.ingestRate == BytesPerSecond(42_000_000))
        #expect(workload.peakPercent == 400)
    }

    @Test func anUnstatedStreamSplitsWhatTheOwnRatesLeaveOfTheIngest() throws {
        let streams = "ingest: { rate: 100MB/s }\nstreams:\n  - { name: clicks, rate: 40MB/s, retention: 3d }\n  - { name: events, retention: 7d }"
        let workload = try #require(Self.mapped(Self.lake(workload: streams)).lake).workload
        #expect(workload.streams.map(\.rate) == [.bytes(BytesPerSecond(40_000_000)), .share(percent: 60)])
        #expect(workload.ingestRate == BytesPerSecond(100_000_000))
    }

    @Test("mixing rates wrongly is an error at the stream's line", arguments: [
        ("ingest: { rate: 10MB/s }\nstreams:\n  - { name: orders, rate: 1MB/s, sharePercent: 10, retention: 7d }",
         "- { name: orders", "workload.streamRateAmbiguous", "stream 'orders' states its rate more than one way"),
        ("ingest: { rate: 10MB/s }\nstreams:\n  - { name: orders, eventsPerSecond: 100, retention: 7d }",
         "- { name: orders", "workload.streamRateIncomplete", "stream 'orders' gives eventsPerSecond without eventSize"),
        ("ingest: { rate: 10MB/s }\nstreams:\n  - { name: events, sharePercent: 50, retention: 7d }\n  - { name: clicks, rate: 6MB/s, retention: 7d }",
         "- { name: clicks", "workload.streamRates", "stream 'clicks' brings the streams to 11 MB/s, more than the ingest rate 10 MB/s"),
        ("streams:\n  - { name: clicks, rate: 6MB/s, retention: 7d }\n  - { name: events, sharePercent: 50, retention: 7d }",
         "- { name: events", "workload.streamWithoutRate", "stream 'events' takes a share of the ingest, but the workload gives no ingest rate"),
        ("streams:\n  - { name: clicks, rate: 2TB/s, retention: 7d }",
         "rate: 2TB/s", "spec.outOfRange", "rate of stream 'clicks' must be between 1 B/s and 1 TB/s, but it is 2 TB/s"),
        ("streams:\n  - { name: clicks, eventsPerSecond: 1000000000, eventSize: 1GB, retention: 7d }",
         "eventsPerSecond", "spec.outOfRange", "eventsPerSecond × eventSize must be between 1 B/s and 1 TB/s, but it is 1 EB/s"),
    ])
    func mixingDiagnostics(workload: String, needle: String, id: String, message: String) throws {
        let text = Self.lake(workload: workload)
        let (lake, diagnostics) = Self.mapped(text)
        #expect(lake == nil)
        let error = try #require(diagnostics.first { $0.id == id }, "\(diagnostics.map(\.message))")
        #expect(error.message == message)
        #expect(error.source?.line == DataFormatLoad.position(of: needle, in: text)?.line)
    }

    @Test func flinkJobsReadSeveralSourcesAndUnknownOnesGetADidYouMean() throws {
        let streams = "ingest: { rate: 10MB/s }\nstreams:\n  - { name: orders, sharePercent: 10, retention: 7d }\n  - { name: clicks, retention: 7d }"
        let joined = try #require(Self.mapped(Self.lake(workload: streams, flink: "- { name: fraud, sources: [orders, clicks], jarURI: local:///f.jar }")).lake)
        #expect(joined.components.flink?.jobs.first?.sources == ["orders", "clicks"])
        let typo = Self.lake(workload: streams, flink: "- name: fraud\n  sources: [orders, clikcs]\n  jarURI: local:///f.jar")
        let error = try #require(Self.mapped(typo).diagnostics.first)
        #expect(error.id == "spec.unknownReference" && error.message == "unknown stream 'clikcs'")
        #expect(error.notes == ["did you mean 'clicks'?"])
        #expect(error.source?.line == DataFormatLoad.position(of: "sources: [orders, clikcs]", in: typo)?.line)
        let both = Self.lake(workload: streams, flink: "- { name: fraud, source: orders, sources: [clicks], jarURI: local:///f.jar }")
        #expect(Self.mapped(both).diagnostics.map(\.id) == ["flink.sourceAmbiguous"])
        let none = Self.lake(workload: streams, flink: "- { name: fraud, jarURI: local:///f.jar }")
        #expect(Self.mapped(none).diagnostics.map(\.id) == ["flink.noSource"])
    }

    @Test func aJobReadingAStreamWhoseRateIsWrongGetsTheRateErrorAlone() throws {
        let streams = "ingest: { rate: 10MB/s }\nstreams:\n  - { name: clicks, rate: 1MB/s, sharePercent: 10, retention: 7d }"
        let text = Self.lake(workload: streams, flink: "- { name: sessions, sources: [clicks], jarURI: local:///s.jar }")
        #expect(Self.mapped(text).diagnostics.map(\.id) == ["workload.streamRateAmbiguous"])
    }
}
