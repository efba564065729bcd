/// A Spark batch job: executors are sized from its share of the daily batch volume and its
/// target duration. With a cron `schedule` it becomes a ScheduledSparkApplication.
public struct SparkJob: Declaration {
    let wire: Wire.SparkJob
    let source: Wire.SourceLocation

    public init(
        _ name: String, language: Wire.SparkLanguage, application: String, inputSharePercent: Int? = nil,
        targetDuration: TimeSpan? = nil, schedule: String? = nil,
        file: String = #filePath, line: Int = #line, column: Int = #column
    ) {
        wire = Wire.SparkJob(
            name: name, language: language, application: application, inputSharePercent: inputSharePercent,
            targetDuration: targetDuration, schedule: schedule)
        source = Wire.SourceLocation(file: file, line: line, column: column)
    }

    public func declare(in block: inout ListBlock<Wire.SparkJob>) {
        block.append(wire, at: source)
    }
}
