/// Where a state stands, read without its artifacts: enough to tell that nothing was recorded since (plan memo keys).
public struct StateHead: Sendable, Equatable, CustomStringConvertible {
    public var lineage: String
    public var serial: Int
    /// When the latest revision was recorded; nil for serial 0.
    public var recordedAt: String?

    public init(lineage: String, serial: Int, recordedAt: String?) {
        self.lineage = lineage
        self.serial = serial
        self.recordedAt = recordedAt
    }

    public var description: String { "\(lineage) \(serial) \(recordedAt ?? "-")" }
}
