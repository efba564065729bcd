import LakeModel
import Testing
@testable import Sizing

/// Milvus's message queue, streaming nodes and scale warnings.
@Suite struct ServingMilvusTests {
    static func milvusLake(vectors: Int, kafka: Bool) -> LakeSpec {
        ServingTestLakes.lake { workload, components in
            workload.vectors = VectorSpec(count: vectors, dimensions: 768)
            components.milvus = MilvusSpec()
            if kafka { components.kafka = KafkaSpec() }
        }
    }

    static func warnings(_ spec: LakeSpec) -> [String] {
        ServingTestLakes.resolve(spec).ledger.diagnostics.map(\.id).filter { $0.hasPrefix("milvus.") }
    }

    @Test func theLakesKafkaMeansNoPulsar() throws {
        let milvus = try #require(ServingTestLakes.resolve(Self.milvusLake(vectors: 20_000_000, kafka: true)).lake.milvus)
        #expect(milvus.messageQueue == .lakeKafka)
        #expect(!milvus.pods.contains { $0.name.hasPrefix("milvus-pulsar") })
        #expect(milvus.pods.contains { $0.name == "milvus-streamingnode" })
    }

    @Test func withoutKafkaEveryPulsarJVMFitsItsContainer() throws {
        let milvus = try #require(ServingTestLakes.resolve(Self.milvusLake(vectors: 20_000_000, kafka: false)).lake.milvus)
        #expect(milvus.messageQueue == .pulsar)
        let pulsar = milvus.pods.filter { $0.name.hasPrefix("milvus-pulsar") }
        #expect(pulsar.map(\.name) == MilvusPulsarRule.parts.map(\.name))
        for part in MilvusPulsarRule.parts {
            let heapAndDirect = (part.heapMiB + (part.directMiB ?? part.heapMiB)) << 20
            #expect(part.memory > heapAndDirect, "\(part.name)")
        }
    }

    @Test func streamingNodesHoldEveryChannelsGrowingSegment() throws {
        let milvus = try #require(ServingTestLakes.resolve(Self.milvusLake(vectors: 20_000_000, kafka: true)).lake.milvus)
        let streaming = try #require(milvus.pods.first { $0.name == "milvus-streamingnode" })
        let growing = MilvusStreamingNodeRule.dmlChannels * MilvusStreamingNodeRule.segmentMaxSize
        #expect(streaming.replicas * streaming.resources.memoryLimit.value > growing)
        #expect(streaming.resources.cpuRequest.value > 0)
    }

    @Test func aBillionVectorsGetTheDiskIndexHint() {
        #expect(!Self.warnings(Self.milvusLake(vectors: 999_999_999, kafka: true)).contains("milvus.inMemoryIndexAtScale"))
        #expect(Self.warnings(Self.milvusLake(vectors: 1_000_000_000, kafka: true)).contains("milvus.inMemoryIndexAtScale"))
    }

    @Test func aTrillionVectorsExceedTheQueryNodeBound() throws {
        let spec = Self.milvusLake(vectors: 1_000_000_000_000, kafka: true)
        #expect(Self.warnings(spec).contains("milvus.queryNodeBound"))
        #expect(!Self.warnings(Self.milvusLake(vectors: 10_000_000_000, kafka: true)).contains("milvus.queryNodeBound"))
        let milvus = try #require(ServingTestLakes.resolve(spec).lake.milvus)
        #expect(milvus.vectorBytes.value == 3_072_000_000_000_000, "1e12 × 768 × 4 B without overflow")
    }
}
