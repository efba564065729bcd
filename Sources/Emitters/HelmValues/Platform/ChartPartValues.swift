import LakeModel

extension ResolvedChartParts {
    /// `requests` and `limits` of the part named `name` as sizing resolved it; an empty map when the lake has no such part.
    func values(_ name: String) -> YAMLValue { resources(name).map(Kubernetes.resources) ?? [:] }
}
