/// What applying the plan does to one artifact.
public enum Action: String, Sendable, Codable, CaseIterable {
    case create, update, delete, replace

    /// Terraform's `actions` array: a replacement is `["delete", "create"]`.
    public var terraformActions: [String] {
        self == .replace ? ["delete", "create"] : [rawValue]
    }

    /// The inverse of `terraformActions`.
    public init?(terraformActions: [String]) {
        guard let action = Self.allCases.first(where: { $0.terraformActions == terraformActions }) else { return nil }
        self = action
    }

    /// Terraform's symbol: `+`, `~`, `-` or `-/+`.
    public var symbol: String {
        switch self {
        case .create: "+"
        case .update: "~"
        case .delete: "-"
        case .replace: "-/+"
        }
    }

    /// The per-artifact header's verb phrase, as in `# x will be created`.
    public var phrase: String {
        switch self {
        case .create: "will be created"
        case .update: "will be updated in-place"
        case .delete: "will be destroyed"
        case .replace: "must be replaced"
        }
    }
}
