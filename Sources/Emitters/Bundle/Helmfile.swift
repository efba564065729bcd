import LakeModel

/// `helmfile.yaml`: the chart repositories (each once, sorted by name), then every release sorted
/// by install phase and name, with its pinned chart version, namespace, values file (relative to
/// the helmfile, which sits in the lake's folder beside `helm/`), `needs` as `namespace/name` and
/// `createNamespace`. A need on a release that is not in the bundle is dropped (helmfile refuses
/// unknown needs) and named in the header. Patches a family cannot express in values go under the
/// release's `strategicMergePatches`.
enum Helmfile {
    static let path = "helmfile.yaml"

    static func artifact(_ context: EmitContext, releases: [HelmRelease], patches: [String: [YAMLValue]] = [:]) -> Artifact {
        let (document, notes) = document(releases: releases, patches: patches)
        return Artifact(path: "\(context.name)/\(path)", kind: .helmfile, contents: YAMLWriter.document(document, header: context.header + notes))
    }

    static func document(releases: [HelmRelease], patches: [String: [YAMLValue]]) -> (YAMLValue, [String]) {
        let ordered = sorted(unique(releases))
        let namespaces = Dictionary(ordered.map { ($0.name, $0.namespace) }, uniquingKeysWith: { first, _ in first })
        var notes = ["", "Install order: phases \(phaseNames), then release names; `helmfile apply` honours `needs`."]
        var dropped: [String] = []
        var entries: [YAMLValue] = []
        for release in ordered {
            var entry: [String: YAMLValue] = [
                "name": .string(release.name),
                "namespace": .string(release.namespace),
                "chart": .string(release.chart),
                "version": .string(release.version),
                "values": [.string(release.valuesPath)],
                "createNamespace": true,
            ]
            var needs: [String] = []
            for need in Set(release.needs).sorted() {
                if let namespace = namespaces[need] { needs.append("\(namespace)/\(need)") } else { dropped.append("\(release.name) → \(need)") }
            }
            if !needs.isEmpty { entry["needs"] = .list(needs.map { .string($0) }) }
            if let releasePatches = patches[release.name], !releasePatches.isEmpty {
                entry["strategicMergePatches"] = .list(releasePatches)
            }
            entries.append(.map(entry))
        }
        if !dropped.isEmpty { notes.append("Needs on releases outside this bundle, dropped: \(dropped.joined(separator: ", ")).") }
        let patched = ordered.map(\.name).filter { patches[$0]?.isEmpty == false }
        if !patched.isEmpty {
            notes.append("strategicMergePatches (\(patched.joined(separator: ", "))) add Secret-backed environment variables the")
            notes.append("charts' values cannot express; helmfile applies them to the rendered chart (kustomize on the PATH).")
        }
        return (["repositories": .list(repositories(ordered)), "releases": .list(entries)], notes)
    }

    /// `operators, storage, …`.
    static var phaseNames: String {
        [HelmRelease.Phase.operators, .storage, .streaming, .processing, .query, .serving, .observability].map { "\($0)" }
            .joined(separator: ", ")
    }

    /// Releases that are exact duplicates appear once; different releases with one name all stay.
    static func unique(_ releases: [HelmRelease]) -> [HelmRelease] {
        var result: [HelmRelease] = []
        for release in releases where !result.contains(release) { result.append(release) }
        return result
    }

    /// By phase, then name, then namespace.
    static func sorted(_ releases: [HelmRelease]) -> [HelmRelease] {
        releases.sorted { ($0.phase.rawValue, $0.name, $0.namespace) < ($1.phase.rawValue, $1.name, $1.namespace) }
    }

    /// Each (name, URL) once, sorted; an `oci://` URL becomes helmfile's `oci: true` with a bare host path.
    static func repositories(_ releases: [HelmRelease]) -> [YAMLValue] {
        var seen: Set<String> = []
        var pairs: [(name: String, url: String)] = []
        for release in releases where seen.insert("\(release.repository.name)\u{0}\(release.repository.url)").inserted {
            pairs.append(release.repository)
        }
        return pairs.sorted { ($0.name, $0.url) < ($1.name, $1.url) }.map { pair in
            let oci = "oci://"
            if pair.url.hasPrefix(oci) {
                return ["name": .string(pair.name), "url": .string(String(pair.url.dropFirst(oci.count))), "oci": true]
            }
            return ["name": .string(pair.name), "url": .string(pair.url)]
        }
    }
}
