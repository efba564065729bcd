/// How one run of the CLI ended.
enum Outcome: String, CaseIterable, Comparable {
    /// Exit 0.
    case ok
    /// Exit 1 with at least one diagnostic (`file:line:col: error: … [id]` or `error: …`).
    case diagnostic
    /// Exit 1 with no diagnostic: the user is told nothing.
    case undiagnosed
    /// A backtrace or a Swift runtime error in the output, whatever the exit status.
    case stackTrace = "stack trace"
    /// A signal (trap, segfault, the memory bound) or an exit status other than 0 and 1.
    case crash
    /// Still running at the time bound.
    case hang

    /// Outcomes that fail the fuzz run.
    var isFinding: Bool { self != .ok && self != .diagnostic }

    static func < (lhs: Outcome, rhs: Outcome) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Markers of a crash report in a child's output.
    static let stackTraceMarkers = ["Fatal error:", "Stack dump:", "Current stack trace:", "#0 0x", "💣 Program crashed", "Backtrace"]

    /// Classifies an exit status (or a terminating signal) with the child's combined output.
    static func classify(status: Int32, signaled: Bool, timedOut: Bool, output: String) -> Outcome {
        if timedOut { return .hang }
        if stackTraceMarkers.contains(where: output.contains) { return .stackTrace }
        if signaled { return .crash }
        switch status {
        case 0: return .ok
        case 1: return output.contains("error:") || output.contains("error [") ? .diagnostic : .undiagnosed
        default: return .crash
        }
    }
}
