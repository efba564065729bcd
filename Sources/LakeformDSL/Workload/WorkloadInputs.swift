// The workload inputs that are one number each. Each has an optional one-line reason, kept in
// the workload's reasons under the input's wire name (`activeUsers`, `scannedPerDay`, ...).

/// Yearly growth of the stored data, in percent.
///
/// Wire: `lakes[].workload.yearlyGrowthPercent`
///
/// ```swift
/// YearlyGrowth(percent: 40)
/// ```
public struct YearlyGrowth: Declaration {
    let percent: Int
    let reason: String?
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - percent: Yearly growth of the stored data, compounded to the planning horizon. Unit: percent per year. Default: 0. Example: 40. Wire: lakes[].workload.yearlyGrowthPercent
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
    public init(
        percent: Int, reason: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.percent = percent
        self.reason = reason
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout WorkloadBlock) {
        block.set(\.yearlyGrowthPercent, "yearlyGrowthPercent", to: percent, reason: reason, named: "YearlyGrowth", at: source)
    }
}

/// The planning horizon: stateful stores are sized for the data this many months ahead (default 12).
///
/// Wire: `lakes[].workload.horizon`
///
/// ```swift
/// Horizon(months: 18)
/// ```
public struct Horizon: Declaration {
    let months: Int
    let reason: String?
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - months: Months ahead that stateful stores are sized for. Unit: months. Default: 12. Example: 18. Wire: lakes[].workload.horizon
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
    public init(
        months: Int, reason: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.months = months
        self.reason = reason
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout WorkloadBlock) {
        block.set(\.horizon, "horizon", to: Wire.Horizon(months: months), reason: reason, named: "Horizon", at: source)
    }
}

/// People who use the lake's query and API layers.
///
/// Wire: `lakes[].workload.activeUsers`
///
/// ```swift
/// ActiveUsers(50_000)
/// ```
public struct ActiveUsers: Declaration {
    let count: Int
    let reason: String?
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - count: People who use the query and API layers. Unit: users. Example: 50_000. Wire: lakes[].workload.activeUsers
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
    public init(
        _ count: Int, reason: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.count = count
        self.reason = reason
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout WorkloadBlock) {
        block.set(\.activeUsers, "activeUsers", to: count, reason: reason, named: "ActiveUsers", at: source)
    }
}

/// Queries running at the same time at peak.
///
/// Wire: `lakes[].workload.concurrentQueries`
///
/// ```swift
/// ConcurrentQueries(200)
/// ```
public struct ConcurrentQueries: Declaration {
    let count: Int
    let reason: String?
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - count: Queries running at the same time at peak. Unit: queries. Example: 200. Wire: lakes[].workload.concurrentQueries
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
    public init(
        _ count: Int, reason: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.count = count
        self.reason = reason
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout WorkloadBlock) {
        block.set(\.concurrentQueries, "concurrentQueries", to: count, reason: reason, named: "ConcurrentQueries", at: source)
    }
}

/// Bytes the query engines scan per day, after partition pruning.
///
/// Wire: `lakes[].workload.scannedPerDay`
///
/// ```swift
/// ScannedPerDay(.terabytes(200))
/// ```
public struct ScannedPerDay: Declaration {
    let size: ByteCount
    let reason: String?
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - size: Bytes the query engines scan per day after partition pruning. Unit: bytes per day. Example: 200TB. Wire: lakes[].workload.scannedPerDay
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
    public init(
        _ size: ByteCount, reason: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.size = size
        self.reason = reason
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout WorkloadBlock) {
        block.set(\.scannedPerDay, "scannedPerDay", to: size, reason: reason, named: "ScannedPerDay", at: source)
    }
}

/// Bytes the batch (Spark) jobs read per day.
///
/// Wire: `lakes[].workload.batchPerDay`
///
/// ```swift
/// BatchPerDay(.terabytes(50))
/// ```
public struct BatchPerDay: Declaration {
    let size: ByteCount
    let reason: String?
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - size: Bytes the Spark jobs read per day. Unit: bytes per day. Example: 50TB. Wire: lakes[].workload.batchPerDay
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
    public init(
        _ size: ByteCount, reason: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.size = size
        self.reason = reason
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout WorkloadBlock) {
        block.set(\.batchPerDay, "batchPerDay", to: size, reason: reason, named: "BatchPerDay", at: source)
    }
}

/// Log bytes shipped to the search clusters per day.
///
/// Wire: `lakes[].workload.logsPerDay`
///
/// ```swift
/// LogsPerDay(.terabytes(2))
/// ```
public struct LogsPerDay: Declaration {
    let size: ByteCount
    let reason: String?
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - size: Log bytes shipped to Elasticsearch or OpenSearch per day. Unit: bytes per day. Example: 2TB. Wire: lakes[].workload.logsPerDay
    ///   - reason: Why the input has this value; `lakeform explain` shows it beside the number. Wire: lakes[].workload.reasons
    public init(
        _ size: ByteCount, reason: String? = nil, file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        self.size = size
        self.reason = reason
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout WorkloadBlock) {
        block.set(\.logsPerDay, "logsPerDay", to: size, reason: reason, named: "LogsPerDay", at: source)
    }
}
