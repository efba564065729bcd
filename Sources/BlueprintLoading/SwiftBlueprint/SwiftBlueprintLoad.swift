/// The outcome of loading one Swift blueprint, and whether it came from the evaluation cache.
public struct SwiftBlueprintLoad: Sendable {
    public var outcome: LoadOutcome
    /// True when the blueprint was neither compiled nor run, because an identical evaluation was cached.
    public var cacheHit: Bool

    public init(outcome: LoadOutcome, cacheHit: Bool) {
        self.outcome = outcome
        self.cacheHit = cacheHit
    }
}
