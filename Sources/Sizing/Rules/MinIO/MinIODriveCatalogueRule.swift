import LakeModel

/// Drive size from a catalogue of common data-centre drives: the smallest drive that holds the lake
/// on the fewest servers the largest drive (or the traffic) allows.
enum MinIODriveCatalogueRule: SizingRule {
    static let description = RuleDescription(
        id: "minio.driveSize",
        summary: "Servers come first: the fewest that hold the data at the horizon with the catalogue's largest drive, or more when traffic needs them; "
            + "the drive is then the smallest in the catalogue that still fits on those servers. A drive size is fixed only when pinned.",
        formula: "servers = max(nodes(stored, 16 drives, largest drive), throughput servers); driveSize = the smallest catalogue size d with nodes(stored, 16 drives, d) ≤ servers",
        constants: [
            RuleConstant("NVMe and SSD", "3.84, 7.68, 15.36, 30.72 TB", "the capacity points data-centre NVMe and SAS/SATA SSDs ship in"),
            RuleConstant("HDD", "8–24 TB in steps of 2 TB", "enterprise 3.5\" drives; MinIO recommends HDD only for a cold tier"),
        ],
        source: "https://min.io/docs/minio/linux/operations/checklists/hardware.html (4+ servers and 4+ drives, 8+ recommended; a pool's drives share one size) ; sizing-rules §1.3–1.4",
        evidence: .ruleOfThumb,
        examples: [
            RuleExample("12 TB at the horizon on NVMe", expect: "3.84 TB") {
                Bytes(driveSize(stored: 12_000_000_000_000, media: .nvme, fillPercent: 80, atLeast: 4)).description
            },
            RuleExample("1.3 PB at the horizon on NVMe", expect: "30.72 TB") {
                Bytes(driveSize(stored: 1_300_000_000_000_000, media: .nvme, fillPercent: 80, atLeast: 4)).description
            },
            RuleExample("1 PB on NVMe when traffic needs 40 servers", expect: "3.84 TB") {
                Bytes(driveSize(stored: 1_000_000_000_000_000, media: .nvme, fillPercent: 80, atLeast: 40)).description
            },
            RuleExample("400 TB at the horizon on HDD", expect: "12 TB") {
                Bytes(driveSize(stored: 400_000_000_000_000, media: .hdd, fillPercent: 80, atLeast: 4)).description
            },
        ])

    /// Drive sizes on offer for a medium, smallest first.
    static func catalogue(_ media: DriveMedia) -> [Int] {
        switch media {
        case .nvme, .ssd: [3_840, 7_680, 15_360, 30_720].map { $0 * 1_000_000_000 }
        case .hdd: stride(from: 8, through: 24, by: 2).map { $0 * 1_000_000_000_000 }
        }
    }

    /// The smallest catalogue drive holding `stored` on the fewest servers: those the largest drive
    /// needs, at least `atLeast` (the throughput servers, or a pinned count).
    static func driveSize(stored: Int, media: DriveMedia, fillPercent: Int, atLeast: Int, drivesPerNode: Int = MinIOLayoutRule.maxDrivesPerNode,
                          parityOverride: Int? = nil) -> Int {
        let sizes = catalogue(media)
        func servers(_ size: Int) -> Int {
            MinIOLayoutRule.nodes(data: stored, drivesPerNode: drivesPerNode, driveSize: size, fillPercent: fillPercent,
                                  parityOverride: parityOverride, atLeast: atLeast).nodes
        }
        let fewest = servers(sizes[sizes.count - 1])
        return sizes.first { servers($0) <= fewest } ?? sizes[sizes.count - 1]
    }
}
