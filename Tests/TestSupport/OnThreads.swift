import Foundation

/// Runs `body(0..<count)` on threads of their own, all at once, and returns the outcomes in order. Real threads,
/// not tasks: blocking calls (store operations, child processes) would otherwise run only as many at a time as the
/// cooperative pool has threads, which is the number of cores (two in CI).
public func onThreads<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) throws -> T) -> [Result<T, any Error>] {
    let outcomes = Outcomes<T>(count: count)
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        Thread.detachNewThread {
            outcomes.set(index, Result { try body(index) })
            group.leave()
        }
    }
    group.wait()
    return outcomes.all
}

/// The outcomes of `onThreads`, filled in from several threads.
private final class Outcomes<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<T, any Error>?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<T, any Error>) { lock.withLock { values[index] = value } }

    var all: [Result<T, any Error>] { lock.withLock { values.compactMap { $0 } } }
}
