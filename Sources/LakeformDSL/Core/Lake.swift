/// One data lake: its name (also its folder under `generated/`), tier and Kubernetes namespace,
/// and a block with its `Workload`, components, pins and cost policy.
///
/// Wire: `lakes[]`
///
/// ```swift
/// Lake("analytics", tier: "medium", namespace: "lake") {
///     Workload(dataVolume: .petabytes(5)) { … }
///     MinIO()
///     Kafka()
/// }
/// ```
public struct Lake: Declaration {
    let wire: Wire.Lake
    let source: Wire.SourceLocation
    let sourceMap: SourceMap
    let errors: [Wire.EvaluationError]

    /// - Parameters:
    ///   - name: The lake's name: its folder under `generated/` and the prefix of its Kubernetes objects; a DNS-1123 label. Example: analytics
    ///   - tier: A label for the lake's size class, shown in reports (`small`, `medium`, `large` or your own). Example: medium
    ///   - namespace: The Kubernetes namespace every release and resource of the lake goes in; a DNS-1123 label. Example: lake
    public init(
        _ name: String, tier: String, namespace: String,
        file: String = #filePath, line: Int = #line, column: Int = #column,
        @DeclarationBuilder<LakeBlock> _ content: () -> [any Declaration<LakeBlock>]
    ) {
        // A lake written without `Blueprint { … }` must still reach the host as an error.
        WireOutput.installExitHookIfRequested()
        source = Wire.SourceLocation(file: file, line: line, column: column)
        let block = collect(content(), into: LakeBlock(lakeName: name))
        var errors = block.errors
        if block.workload == nil {
            errors.append(Wire.EvaluationError(
                message: "lake '\(name)' declares no `Workload(dataVolume: …)`; sizing needs at least the data volume",
                source: source))
        }
        wire = Wire.Lake(
            name: name, tier: tier, namespace: namespace,
            workload: block.workload ?? Wire.Workload(dataVolume: .bytes(0)),
            components: block.components,
            pins: block.pins.isEmpty ? nil : block.pins,
            cost: block.cost == Wire.CostPolicy() ? nil : block.cost)
        sourceMap = block.sourceMap
        self.errors = errors
    }

    public func declare(in block: inout ListBlock<Wire.Lake>) {
        block.append(wire, at: source, sourceMap: sourceMap, errors: errors)
    }
}
