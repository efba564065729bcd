import LakeModel

/// Apache Atlas: an active/passive pair with the heap Atlas suggests for large metadata.
enum AtlasRule: SizingRule {
    static let replicas = 2
    static let heap = 15_360 << 20
    static let cpu = 4_000

    static let description = RuleDescription(
        id: "atlas.replicas",
        summary: "Two Atlas servers (one active, one passive with automatic failover); heap 15,360 MiB, the value atlas-env.sh "
            + "suggests for 10,000s of entities, at 75% of a 20 GiB container; 4 cores.",
        formula: "replicas = 2; heap = 15,360 MiB; memory = heap × 4 / 3; cpu = 4",
        constants: [
            RuleConstant("replicas", "2", "Atlas HA: two or more servers, one active"),
            RuleConstant("heap", "15,360 MiB", "atlas-env.sh indicative ATLAS_SERVER_HEAP for large metadata"),
            RuleConstant("heap share", "75%", "rule of thumb: metaspace (≤ 512 MiB), threads and direct buffers fit the rest"),
        ],
        source: "https://atlas.apache.org/#/HighAvailability ; github.com/apache/atlas distro/src/conf/atlas-env.sh",
        evidence: .documented,
        examples: [
            RuleExample("the default", expect: "2 replicas, heap 15 GiB in 20 GiB") {
                "\(replicas) replicas, heap \(Bytes(heap).memoryText) in \(Bytes(memory).memoryText)"
            },
        ])

    static let memory = heap / 3 * 4
}
