/// The contents of a `Workload { … }` block: the inputs that sizing reads, each with its reason.
public struct WorkloadBlock: Sendable {
    private var workload: Wire.Workload
    private var streams: [Wire.Stream] = []
    private var reasons: [String: String] = [:]
    var sourceMap = SourceMap()
    var errors: [Wire.EvaluationError] = []
    private var firstDeclarations = FirstDeclarations()

    init(dataVolume: Wire.ByteCount, reason: String?, at source: Wire.SourceLocation) {
        workload = Wire.Workload(dataVolume: dataVolume)
        note("dataVolume", reason: reason, at: source)
    }

    /// Sets an input that a workload may declare only once, such as `activeUsers`.
    mutating func set<Value>(
        _ input: WritableKeyPath<Wire.Workload, Value?>, _ name: String, to value: Value, reason: String?,
        named what: String, at source: Wire.SourceLocation
    ) {
        if let earlier = firstDeclarations.claim(name, at: source) {
            errors.append(Wire.EvaluationError(
                message: "\(what) is declared twice in one workload; the first declaration is at \(earlier.citation)",
                source: source))
            return
        }
        workload[keyPath: input] = value
        note(name, reason: reason, at: source)
    }

    /// Appends a stream at `streams[i]`; its reason is keyed `streams.<name>`.
    mutating func append(_ stream: Wire.Stream, reason: String?, at source: Wire.SourceLocation) {
        sourceMap.record("streams[\(streams.count)]", source)
        streams.append(stream)
        if let reason {
            reasons["streams.\(stream.name)"] = reason
        }
    }

    /// The workload, with empty collections as nil so that omitted YAML keys encode the same.
    var result: Wire.Workload {
        var result = workload
        result.streams = streams.isEmpty ? nil : streams
        result.reasons = reasons.isEmpty ? nil : reasons
        return result
    }

    private mutating func note(_ name: String, reason: String?, at source: Wire.SourceLocation) {
        sourceMap.record(name, source)
        if let reason {
            reasons[name] = reason
        }
    }
}
