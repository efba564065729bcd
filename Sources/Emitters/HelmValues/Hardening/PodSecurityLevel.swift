/// A Kubernetes Pod Security Standard level, ordered from the weakest to the strictest.
public enum PodSecurityLevel: Int, Comparable, Sendable, CustomStringConvertible {
    case privileged = 0, baseline, restricted

    public static func < (lhs: PodSecurityLevel, rhs: PodSecurityLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The label value: `privileged`, `baseline`, `restricted`.
    public var description: String {
        switch self {
        case .privileged: "privileged"
        case .baseline: "baseline"
        case .restricted: "restricted"
        }
    }
}
