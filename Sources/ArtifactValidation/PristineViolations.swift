import Foundation

/// The violations of a chart's default values, part by part, kept for the life of the process. A values file is
/// checked against `values.schema.json` after it is merged into the chart's defaults, and most of the merged
/// values are defaults no lake overrides: a part the overrides leave alone is the same value, checked against the
/// same schema node at the same path, for every lake, so its violations are found once (issue 18: the Airflow
/// chart's defaults against its 640 KB schema were a tenth of a build's instructions).
/// Sendable because `table` is only touched under `lock`; no lock is held while a part is checked.
final class PristineViolations: @unchecked Sendable {
    private struct Key: Hashable {
        let schema: ObjectIdentifier
        let path: ValuePath
    }

    private let lock = NSLock()
    private var table: [Key: [SchemaViolation]] = [:]

    /// The violations of the default part at `path` against `schema`, found by `check` the first time.
    func violations(of schema: JSONSchema, at path: ValuePath, check: () throws -> [SchemaViolation]) rethrows -> [SchemaViolation] {
        let key = Key(schema: ObjectIdentifier(schema), path: path)
        if let known = lock.withLock({ table[key] }) { return known }
        let found = try check()
        lock.withLock { table[key] = found }
        return found
    }
}
