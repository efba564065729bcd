import LakeModel

/// Servers the lake's traffic needs: peak ingest, batch read and write and query scans against the
/// client throughput one server sustains.
enum MinIOThroughputRule: SizingRule {
    /// Hours the day's batch (ETL) volume is read and written in.
    static let batchWindowSeconds = 8 * 3_600
    /// Hours the day's query scans concentrate in (a working day).
    static let busyWindowSeconds = 8 * 3_600
    /// Share of a server's NIC left for clients; the rest carries erasure shards between servers.
    static let clientNICPercent = 50

    static let description = RuleDescription(
        id: "minio.throughput",
        summary: "Servers ≥ peak client traffic / client throughput per server, where a server delivers the lesser of its drives' bandwidth and half its NIC.",
        formula: "demand = ingest × peak% + 2 × batchPerDay / batch window + scannedPerDay / busy window (all at the horizon); "
            + "perServer = min(drivesPerNode × drive bandwidth, NIC × 50%); servers = ⌈demand / perServer⌉",
        constants: [
            RuleConstant("NIC", "100 GbE (12.5 GB/s) for NVMe and SSD, 25 GbE (3.125 GB/s) for HDD",
                         "MinIO hardware checklist: 25 GbE minimum, 100 GbE recommended; 16 HDDs cannot fill more than 25 GbE"),
            RuleConstant("client share of the NIC", "50%", "the rest is internode shard traffic (MinIO's 8-node NVMe benchmark, sizing-rules §1.5)"),
            RuleConstant("drive bandwidth", "NVMe 1 GB/s, SSD 500 MB/s, HDD 100 MB/s",
                         "sustained per drive: HDD from sizing-rules §1.5; SATA SSDs are capped near 550 MB/s by the interface; NVMe below the ~1.4 GB/s per drive MinIO's network-bound 8-drive nodes delivered"),
            RuleConstant("batch window", "8 h", "the day's ETL input is read and its output written in one overnight window"),
            RuleConstant("busy window", "8 h", "the day's query scans fall in a working day"),
        ],
        source: "https://min.io/docs/minio/linux/operations/checklists/hardware.html (network) ; https://blog.min.io/s3-benchmark-minio-on-nvme/ ; "
            + "https://blog.min.io/nvme_benchmark/ ; sizing-rules §1.5",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("16 NVMe drives per server", expect: "6.25 GB/s (NIC binds)") {
                "\(BytesPerSecond(perServer(media: .nvme, drivesPerNode: 16))) (NIC binds)"
            },
            RuleExample("16 HDDs per server", expect: "1.56 GB/s (NIC binds)") {
                "\(BytesPerSecond(perServer(media: .hdd, drivesPerNode: 16))) (NIC binds)"
            },
            RuleExample("4 HDDs per server", expect: "400 MB/s (drives bind)") {
                "\(BytesPerSecond(perServer(media: .hdd, drivesPerNode: 4))) (drives bind)"
            },
            RuleExample("5 GB/s ingest at a 300% peak, 100 TB batch a day, 400 TB scanned a day", expect: "35.83 GB/s") {
                BytesPerSecond(demand(peakIngest: 15_000_000_000, batchPerDay: 100_000_000_000_000, scannedPerDay: 400_000_000_000_000)).description
            },
            RuleExample("35.83 GB/s on 16-NVMe servers", expect: "6 servers") {
                let traffic = demand(peakIngest: 15_000_000_000, batchPerDay: 100_000_000_000_000, scannedPerDay: 400_000_000_000_000)
                return "\(servers(demand: traffic, perServer: perServer(media: .nvme, drivesPerNode: 16))) servers"
            },
        ])

    /// NIC bandwidth per server, in bytes per second.
    static func nic(_ media: DriveMedia) -> Int {
        switch media {
        case .nvme, .ssd: 12_500_000_000
        case .hdd: 3_125_000_000
        }
    }

    /// Sustained bandwidth of one drive, in bytes per second.
    static func driveBandwidth(_ media: DriveMedia) -> Int {
        switch media {
        case .nvme: 1_000_000_000
        case .ssd: 500_000_000
        case .hdd: 100_000_000
        }
    }

    static func perServer(media: DriveMedia, drivesPerNode: Int) -> Int {
        min(MinIOLayoutRule.product(max(0, drivesPerNode), driveBandwidth(media)), IntegerMath.percent(nic(media), clientNICPercent))
    }

    /// Peak client traffic: ingest writes, the batch window's reads and writes, the busy window's scans.
    static func demand(peakIngest: Int, batchPerDay: Int, scannedPerDay: Int) -> Int {
        peakIngest + IntegerMath.ceilDiv(MinIOLayoutRule.product(batchPerDay, 2), batchWindowSeconds)
            + IntegerMath.ceilDiv(scannedPerDay, busyWindowSeconds)
    }

    static func servers(demand: Int, perServer: Int) -> Int { IntegerMath.ceilDiv(demand, max(1, perServer)) }
}
