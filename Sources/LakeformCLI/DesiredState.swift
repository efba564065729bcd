import Costing
import Emitters
import Foundation
import LakeModel
import Planning
import StateStore

/// What the blueprints want generated/ to hold, and the plan from the recorded state to it.
struct DesiredState {
    /// The names of the lakes the blueprints declare.
    var lakes: [String]
    var artifacts: [Artifact]
    /// Each lake's topology as resolved, by name: all a plan keeps of the resolved lakes (their derivations are freed).
    var resolvedTopologies: [String: RecordedTopology]
    /// Every blueprint file that was read.
    var blueprintPaths: [String]
    /// The price book files the lakes are priced with (none for the built-in book).
    var priceBookFiles: [String]
    /// With blueprint paths given: the lakes they declare. Everything else (other lakes, the repository-wide
    /// `reports/`) is kept as the state records it, so a path-scoped command never rewrites or destroys it.
    var scope: Set<String>? = nil
    /// With a scope: the recorded topologies of the lakes outside it, recorded again unchanged.
    var carriedTopologies: [String: RecordedTopology] = [:]

    /// Resolves, emits, validates and prices every lake (the same artifacts `build` writes). Artifacts byte-identical
    /// to those in `trusted` (path → SHA-256, see `trusted(_:store:)`) are not validated again. A lake whose input
    /// is unchanged since its artifacts were last emitted into `generated` is read back from there (`CachedEmission`).
    /// Each lake is sized from what `recorded` (the state's current revision) says it deployed, if anything.
    static func compute(
        _ options: BlueprintOptions, generated: String, trusted: [String: String] = [:], recorded: StateSnapshot? = nil
    ) throws -> DesiredState {
        let resolution = try LakeResolution.run(options, recorded: recorded?.topologies ?? [:], revision: recorded.map { $0.serial + 1 },
                                                derivations: Emission.derivationsRead)
        let cache = CachedEmission(resolution, root: generated, directory: options.swift.cacheDirectory)
        let artifacts = try ArtifactCheck.emitAndValidate(resolution.lakes, trusted: trusted, cache: cache)
            + ReportArtifacts.make(resolution.lakes, priceBook: nil, cache: cache)
        cache?.recordHashedFiles(pruning: options.paths.isEmpty)
        let lakes = resolution.lakes.map(\.name)
        let topologies = Dictionary(resolution.lakes.map { ($0.name, $0.unstampedTopology) }, uniquingKeysWith: { _, new in new })
        let paths = resolution.blueprints.blueprints.map(\.path)
        let books = resolution.lakes.compactMap { lake -> String? in
            guard case .file(let path) = PriceBookSource.forLake(lake.spec, override: nil) else { return nil }
            return path
        }
        guard !options.paths.isEmpty else {
            return DesiredState(lakes: lakes, artifacts: artifacts.sorted { $0.path < $1.path }, resolvedTopologies: topologies, blueprintPaths: paths,
                                priceBookFiles: books)
        }
        let scope = Set(lakes)
        let outside = (recorded?.artifacts ?? [:]).filter { !scope.contains(lake(of: $0.key)) }
            .map { Artifact(path: $0.key, kind: $0.value.kind, contents: $0.value.contents) }
        let inside = artifacts.filter { scope.contains(lake(of: $0.path)) }
        return DesiredState(lakes: lakes, artifacts: (inside + outside).sorted { $0.path < $1.path }, resolvedTopologies: topologies,
                            blueprintPaths: paths, priceBookFiles: books, scope: scope,
                            carriedTopologies: (recorded?.topologies ?? [:]).filter { !scope.contains($0.key) })
    }

    /// The folder under generated/ a path lies in: its lake, or `reports` for the repository-wide reports.
    static func lake(of path: String) -> String { String(Substring(path.utf8.prefix { $0 != UInt8(ascii: "/") })) }

    /// Says what a path-scoped plan leaves alone; nil without a scope.
    var scopeNote: String? {
        scope.map { lakes in
            "Only \(lakes.count == 1 ? "lake" : "lakes") \(lakes.sorted().joined(separator: ", ")) planned: other lakes and the "
                + "repository-wide reports/ stay as recorded. Run without blueprint paths to plan everything."
        }
    }

    /// The recorded artifacts' hashes when this very Lakeform version recorded them: it validated exactly those
    /// bytes before the commit, so a plan need not validate them again. Empty after an upgrade.
    static func trusted(_ snapshot: StateSnapshot, store: any StateStore) throws -> [String: String] {
        guard try StateCall.run({ try store.latestRevision() })?.toolVersion == LakeformVersion.current else { return [:] }
        return snapshot.artifacts.mapValues(\.sha256)
    }

    /// What each lake deploys, by lake name, to record with the revision `serial` that applies it.
    func topologies(serial: Int) -> [String: RecordedTopology] {
        carriedTopologies.merging(resolvedTopologies.mapValues { $0.stamped(serial: serial) }, uniquingKeysWith: { _, new in new })
    }

    /// SHA-256 of every blueprint file that was read, by path.
    var blueprintHashes: [String: String] {
        Dictionary(blueprintPaths.map { path in
            let text = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
            return (path, Planner.hash(text))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The folders under generated/ that a write of `artifacts` replaces, including lakes the state
    /// still records but the blueprints no longer declare.
    static func scopes(for artifacts: [Artifact], recorded: StateSnapshot) -> [String] {
        let top = (artifacts.map(\.path) + recorded.artifacts.keys).compactMap { $0.split(separator: "/").first.map(String.init) }
        return Array(Set(top)).sorted()
    }
}
