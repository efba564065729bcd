/// The contents of a `Lake { … }` block: its workload, components, pins and cost policy.
public struct LakeBlock: Sendable {
    let lakeName: String
    var workload: Wire.Workload?
    var components = Wire.Components()
    var pins: [Wire.Pin] = []
    var cost = Wire.CostPolicy()
    var sourceMap = SourceMap()
    var errors: [Wire.EvaluationError] = []
    private var firstDeclarations = FirstDeclarations()

    init(lakeName: String) {
        self.lakeName = lakeName
    }

    /// Sets a component, which a lake may declare only once.
    mutating func declare<Component>(
        _ component: WritableKeyPath<Wire.Components, Component?>, _ key: String, as value: Component,
        named what: String, at source: Wire.SourceLocation, sourceMap children: SourceMap = SourceMap()
    ) {
        let path = "components.\(key)"
        guard claim(path, what, at: source) else { return }
        components[keyPath: component] = value
        sourceMap.record(path, source)
        sourceMap.merge(children, under: path)
    }

    /// Sets the workload, which a lake declares exactly once.
    mutating func declare(
        _ workload: Wire.Workload, at source: Wire.SourceLocation, sourceMap children: SourceMap,
        errors childErrors: [Wire.EvaluationError]
    ) {
        guard claim("workload", "Workload", at: source) else { return }
        self.workload = workload
        sourceMap.record("workload", source)
        sourceMap.merge(children, under: "workload")
        errors += childErrors
    }

    /// Appends a pin at `pins[i]`.
    mutating func append(_ pin: Wire.Pin, at source: Wire.SourceLocation) {
        sourceMap.record("pins[\(pins.count)]", source)
        pins.append(pin)
    }

    /// Applies a once-only cost setting that fills the `cost` fields named in `paths`.
    mutating func declareCost(
        _ what: String, paths: [String], at source: Wire.SourceLocation, update: (inout Wire.CostPolicy) -> Void
    ) {
        guard claim("cost.\(what)", what, at: source) else { return }
        update(&cost)
        sourceMap.record("cost", source)
        for path in paths {
            sourceMap.record("cost.\(path)", source)
        }
    }

    /// Claims a once-only declaration; a second one becomes an error at its own location.
    private mutating func claim(_ key: String, _ what: String, at source: Wire.SourceLocation) -> Bool {
        guard let earlier = firstDeclarations.claim(key, at: source) else { return true }
        errors.append(Wire.EvaluationError(
            message: "\(what) is declared twice in lake '\(lakeName)'; the first declaration is at \(earlier.citation)",
            source: source))
        return false
    }
}
