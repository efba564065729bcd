import Foundation

/// Every `pattern` of the catalog compiled once per process: the CRD schemas repeat the same few expressions
/// (Kubernetes quantities, names) about 150 times, and ICU compiles each in tens of microseconds.
/// `NSRegularExpression` is immutable, so one instance serves every schema and thread; the table is only
/// touched under `lock`.
final class CompiledPatterns: @unchecked Sendable {
    static let shared = CompiledPatterns()
    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression] = [:]

    /// The expression for `pattern`; throws what `NSRegularExpression` throws when it is not valid.
    func regex(_ pattern: String) throws -> NSRegularExpression {
        if let known = lock.withLock({ compiled[pattern] }) { return known }
        let regex = try NSRegularExpression(pattern: pattern)
        return lock.withLock {
            if let first = compiled[pattern] { return first }
            compiled[pattern] = regex
            return regex
        }
    }
}
