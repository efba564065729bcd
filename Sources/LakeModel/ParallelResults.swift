import Synchronization

/// Slots filled by concurrent workers, one per index, read back in index order once they are done.
public final class ParallelResults<Value: Sendable>: Sendable {
    private let slots: Mutex<[Value?]>

    public init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    public func set(_ index: Int, _ value: Value) { slots.withLock { $0[index] = value } }

    /// Every filled slot, in index order.
    public var values: [Value] { slots.withLock { $0.compactMap { $0 } } }
}
