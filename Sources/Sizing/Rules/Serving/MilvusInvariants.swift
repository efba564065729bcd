import LakeModel

extension Invariants {
    static func checkMilvus(_ milvus: ResolvedMilvus, replicas: Int, _ ledger: Ledger) {
        let perNode = IntegerMath.ceilDiv(IntegerMath.product(milvus.indexBytes.value, replicas), max(1, milvus.queryNodes))
        let threshold = IntegerMath.percent(milvus.queryNode.memoryLimit.value, 90)
        if perNode > threshold {
            ledger.error("invariant.milvusQueryNodeMemory",
                         "each query node would load \(Bytes(perNode).memoryText), above 90% (\(Bytes(threshold).memoryText)) of its \(milvus.queryNode.memoryLimit.memoryText)",
                         address: "milvus.queryNodes", notes: ["Milvus refuses loads past queryNode.overloadedMemoryThresholdPercentage"])
        }
    }
}
