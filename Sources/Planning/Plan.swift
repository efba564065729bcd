/// The result of comparing the artifacts Lakeform would generate with the ones recorded on disk.
/// Its JSON form (see `PlanJSONRenderer`) follows `schemas/plan.schema.json`.
public struct Plan: Sendable, Codable, Equatable {
    /// The JSON format's version: minor bumps are additive, major bumps break.
    public static let currentFormatVersion = "1.3"

    public var formatVersion: String
    /// One entry per artifact that is created, updated, deleted or replaced, sorted by path.
    public var changes: [ArtifactChange]
    public var summary: PlanSummary
    /// Changes that can lose data or availability, shown first.
    public var destructive: [FlaggedChange]
    /// Changes that keep the data but can break its users or availability while they roll out, shown next.
    public var risky: [FlaggedChange]
    /// Monthly cost and capacity changes per lake, from the lakes' cost reports.
    public var costs: [LakeCostDelta]
    /// Files under generated/ that differ from the recorded revision (format 1.3); the CLI fills it in.
    public var drift: [DriftedFile]

    public init(changes: [ArtifactChange], destructive: [FlaggedChange], risky: [FlaggedChange] = [], costs: [LakeCostDelta] = []) {
        self.formatVersion = Self.currentFormatVersion
        self.changes = changes
        self.summary = PlanSummary(changes: changes)
        self.destructive = destructive
        self.risky = risky
        self.costs = costs
        self.drift = []
    }

    /// Decodes plans saved before format 1.2, which had no `risky` list, and before 1.3, which had no `drift`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(String.self, forKey: .formatVersion)
        changes = try container.decode([ArtifactChange].self, forKey: .changes)
        summary = try container.decode(PlanSummary.self, forKey: .summary)
        destructive = try container.decode([FlaggedChange].self, forKey: .destructive)
        risky = try container.decodeIfPresent([FlaggedChange].self, forKey: .risky) ?? []
        costs = try container.decode([LakeCostDelta].self, forKey: .costs)
        drift = try container.decodeIfPresent([DriftedFile].self, forKey: .drift) ?? []
    }

    /// True when the generated artifacts match the recorded ones.
    public var isEmpty: Bool { changes.isEmpty }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", changes, summary, destructive, risky, costs, drift
    }
}

/// Terraform-style counts: a replacement counts once as an addition and once as a destruction.
public struct PlanSummary: Sendable, Codable, Equatable {
    public var add: Int
    public var change: Int
    public var destroy: Int

    public init(add: Int, change: Int, destroy: Int) {
        self.add = add
        self.change = change
        self.destroy = destroy
    }

    /// Counts `changes`.
    public init(changes: [ArtifactChange]) {
        (add, change, destroy) = (0, 0, 0)
        // By index, reading only the action: looping over the elements copied every change, 131,000 in a first plan.
        for index in changes.indices {
            switch changes[index].action {
            case .create: add += 1
            case .update: change += 1
            case .delete: destroy += 1
            case .replace: (add, destroy) = (add + 1, destroy + 1)
            }
        }
    }

    /// `Plan: N to add, M to change, K to destroy.`
    public var line: String { "Plan: \(add) to add, \(change) to change, \(destroy) to destroy." }

    /// Why a plan against a state that records nothing adds every artifact.
    public static let emptyStateNote = "The state is empty: every artifact is new to it, including files already committed "
        + "under generated/. Apply records them."

    /// The line shown when nothing changed.
    public static let noChangesLine = "No changes. Generated artifacts match the blueprints."
}

/// A destructive or risky change, with a message saying why.
public struct FlaggedChange: Sendable, Codable, Equatable {
    /// The artifact's path.
    public var path: String
    /// The key path inside the artifact, or nil when the whole artifact goes away.
    public var keyPath: String?
    public var message: String

    public init(path: String, keyPath: String?, message: String) {
        self.path = path
        self.keyPath = keyPath
        self.message = message
    }

    enum CodingKeys: String, CodingKey { case path, keyPath = "key_path", message }
}
