/// A Spark batch job: executors are sized from its share of the daily batch volume and its
/// target duration. With a cron `schedule` it becomes a ScheduledSparkApplication.
///
/// Wire: `lakes[].components.spark.jobs[]`
///
/// ```swift
/// SparkJob("bronze-to-silver", language: .python, application: "s3a://jobs/b2s.py", inputSharePercent: 40, targetDuration: .hours(1))
/// ```
public struct SparkJob: Declaration {
    let wire: Wire.SparkJob
    let source: Wire.SourceLocation

    /// - Parameters:
    ///   - name: The job's name, used for its SparkApplication; a DNS-1123 label. Example: bronze-to-silver
    ///   - language: The application's language. Example: python
    ///   - application: The application file or jar the driver runs. Example: s3a://jobs/bronze_to_silver.py
    ///   - inputSharePercent: This job's share of the batch bytes read per day. Unit: percent. Default: 100. Example: 40
    ///   - targetDuration: Time the job should finish in; executors are sized for it. Unit: duration. Default: 1h. Example: 1h
    ///   - schedule: A cron schedule, when the job runs on its own rather than from an Airflow DAG. Example: 0 2 * * *
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
