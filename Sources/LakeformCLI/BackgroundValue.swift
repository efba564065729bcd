import Foundation
import Synchronization

/// A value computed on a thread of its own while the caller goes on; `value` waits for it.
final class BackgroundValue<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ body: @escaping @Sendable () -> Value) {
        Thread { [self] in
            let value = body()
            result.withLock { $0 = value }
            done.signal()
        }.start()
    }

    /// A value already at hand.
    init(ready value: Value) {
        result.withLock { $0 = value }
        done.signal()
    }

    /// The value, once computed.
    var value: Value {
        done.wait()
        done.signal()
        return result.withLock { $0! }
    }
}
