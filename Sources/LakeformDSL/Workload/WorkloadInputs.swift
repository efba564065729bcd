// The workload inputs that are one number each. Each has an optional one-line reason, kept in
// the workload's reasons under the input's wire name (`activeUsers`, `scannedPerDay`, ...).

/// Yearly growth of the stored data, in percent.
public struct YearlyGrowth: Declaration {
    let percent: Int
    let reason: String?
    let source: Wire.SourceLocation

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
public struct Horizon: Declaration {
    let months: Int
    let reason: String?
    let source: Wire.SourceLocation

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
public struct ActiveUsers: Declaration {
    let count: Int
    let reason: String?
    let source: Wire.SourceLocation

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
public struct ConcurrentQueries: Declaration {
    let count: Int
    let reason: String?
    let source: Wire.SourceLocation

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
public struct ScannedPerDay: Declaration {
    let size: ByteCount
    let reason: String?
    let source: Wire.SourceLocation

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
public struct BatchPerDay: Declaration {
    let size: ByteCount
    let reason: String?
    let source: Wire.SourceLocation

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
public struct LogsPerDay: Declaration {
    let size: ByteCount
    let reason: String?
    let source: Wire.SourceLocation

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
