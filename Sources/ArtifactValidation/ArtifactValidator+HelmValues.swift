import Diagnostics
import LakeModel

extension ArtifactValidator {
    /// A values file against its chart: known keys, then `values.schema.json` on the merged values.
    func validateValues(_ artifact: Artifact, chart chartName: String?) -> [Diagnostic] {
        guard let chartName else {
            return [.error(
                ID.unknownChart, "no chart is given for this values file", source: .file(artifact.path),
                notes: ["pass it in `charts:`, keyed by artifact path (ArtifactValidator.chartFolders(lake:releases:))"])]
        }
        let chart: ChartDefaults?
        let overrides: JSONValue
        do {
            chart = try catalog.chart(chartName)
        } catch {
            return [Self.catalogError(error, in: artifact)]
        }
        do {
            overrides = try WrittenTree.value(of: artifact) ?? JSONValue(yaml: artifact.contents)
        } catch {
            return [Self.yamlError(error, in: artifact)]
        }
        guard let chart else {
            let message = "chart `\(chartName)` is not in the schema catalog (\(catalog.folder.path)/charts)"
            return [.error(ID.unknownChart, message, source: .file(artifact.path))]
        }
        guard let entries = overrides == .null ? [:] : overrides.object else {
            let violation = SchemaViolation(path: .root, keyword: "type", message: "a values file must be a mapping")
            return [Self.diagnostic(ID.valuesSchema, violation, in: artifact)]
        }
        do {
            let unknown = try ValuesKeyCheck(chart: chart).unknownKeys(in: entries)
            var diagnostics = unknown.map { Self.diagnostic(ID.unknownValuesKey, $0, in: artifact) }
            if let schema = chart.schema {
                let merged = HelmValues.coalesce(chart.values, with: .object(entries))
                let note = "checked against the \(chart.name) chart's values.schema.json after merging with its values.yaml"
                diagnostics += try schema.violations(of: merged, overrides: .object(entries), pristine: chart.pristine)
                    .filter { violation in !unknown.contains { violation.path.isWithin($0.path) } }
                    .map { Self.diagnostic(ID.valuesSchema, $0, in: artifact, notes: [note]) }
            }
            return diagnostics
        } catch {
            return [Self.catalogError(error, compiling: catalog.chartSchemaURL(chart.name), in: artifact)]
        }
    }
}
