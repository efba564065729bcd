import Foundation
import PostgresNIO
import Synchronization

/// One PostgreSQL connection used synchronously, as the StateStore protocol is: every statement runs on NIO's event
/// loops and the calling thread waits for its future, so progress never needs a Swift-concurrency thread (a blocked
/// cooperative thread cannot starve it). One caller at a time; errors come out raw, for `PostgresFailure` to word.
final class PostgresSession: Sendable {
    private let connection: PostgresConnection
    /// The statement being waited for. postgres-nio drops a statement sent on a connection that has just closed
    /// (the server ended it) without ever failing its future, so the close fails the wait instead.
    private let pending = Mutex<EventLoopPromise<[PostgresRow]>?>(nil)
    private static let logger: Logger = {
        var logger = Logger(label: "lakeform.state.postgres")
        logger.logLevel = .critical
        return logger
    }()

    init(_ location: PostgresLocation) throws {
        connection = try PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: try location.configuration(), id: 1,
            logger: Self.logger
        ).wait()
        connection.closeFuture.whenComplete { [weak self] _ in
            self?.pending.withLock { $0?.fail(Closed()) }
        }
    }

    /// Runs one statement and returns its rows.
    @discardableResult
    func query(_ query: PostgresQuery) throws -> [PostgresRow] {
        let outcome = connection.eventLoop.makePromise(of: [PostgresRow].self)
        pending.withLock { $0 = outcome }
        defer { pending.withLock { $0 = nil } }
        if connection.isClosed {
            outcome.fail(Closed())
        } else {
            connection.query(query, logger: Self.logger).map(\.rows).cascade(to: outcome)
        }
        return try outcome.futureResult.wait()
    }

    /// Runs `body` between BEGIN and COMMIT, rolling back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try query("BEGIN")
        do {
            let result = try body()
            try query("COMMIT")
            return result
        } catch {
            _ = try? query("ROLLBACK")
            throw error
        }
    }

    /// The connection closed before the statement's result came.
    struct Closed: Error {}

    /// Whether the server ended the session (the backend was terminated) or it was closed here.
    var isClosed: Bool { connection.isClosed }

    /// Closes the connection and waits until it is closed (postgres-nio insists on that before deinit).
    func close() {
        try? connection.close().wait()
    }
}
