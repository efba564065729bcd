import Foundation
import LakeModel
import Planning
import StateStore

/// Lets a command skip emitting and validating a lake whose input has not changed since its artifacts were last
/// emitted and validated, reading them back from the output folder instead (issue 8: warm plans and builds).
struct CachedEmission {
    let cache: ArtifactCache
    /// The output folder the recorded artifacts are read back from.
    let root: String
    /// The running executable's identity (`toolIdentity`).
    let identity: String
    /// Each lake's input key, by lake name.
    let keys: [String: String]
    /// The stamps of files under `root` hashed by this run or an earlier one.
    let files: HashedFiles
    private let hits: [String: [ArtifactCache.Entry]]

    /// The cache under `directory` with the entries of the resolved lakes; nil when caching is off or unavailable.
    init?(_ resolution: LakeResolution, root: String, directory: String?) {
        let started = FileStamp.now()
        guard let directory, let identity = Self.toolIdentity, let cache = ArtifactCache.open(directory: directory) else { return nil }
        files = HashedFiles(recorded: cache.hashedFiles(), started: started)
        self.cache = cache
        self.root = root
        self.identity = identity
        keys = Self.keys(resolution, identity: identity)
        hits = cache.entries(lakes: keys)
    }

    /// The lake's artifacts read back from the output folder, or nil unless every one still has its recorded bytes.
    func artifacts(_ lake: ResolvedLake) -> [Artifact]? {
        hits[lake.name].flatMap { ArtifactCache.readBack($0, root: root, files: files) }
    }

    /// Records the stamps of the files this run hashed, so the next run reads them back without hashing. A run over
    /// every lake (`pruning`) also drops the stale stamps under `root`, so the table holds only the current files; a
    /// path-scoped run read only its own lakes and leaves the others' stamps alone.
    func recordHashedFiles(pruning: Bool) {
        cache.storeHashedFiles(files.hashed, removing: pruning ? files.stale(under: root) : [])
    }

    /// Records freshly emitted and validated lakes.
    func record(_ lakes: [(lake: ResolvedLake, artifacts: [Artifact])]) {
        cache.store(lakes.compactMap { lake in keys[lake.lake.name].map { (lake: lake.lake.name, key: $0, artifacts: lake.artifacts) } })
    }

    /// Everything a lake's emission depends on: this very executable, the bytes its blueprint document was read from
    /// (with the blueprint's path), the topology the state recorded for it and the serial the next apply records, since reading, mapping, sizing and
    /// emitting are pure functions of them. A lake whose blueprint has no digest gets no key and is never cached.
    static func keys(_ resolution: LakeResolution, identity: String) -> [String: String] {
        var digests: [String: String] = [:]
        for blueprint in resolution.blueprints.blueprints { digests[blueprint.path] = blueprint.sourceDigest }
        var keys: [String: String] = [:]
        for lake in resolution.lakes {
            guard let digest = digests[lake.spec.blueprintPath] else { continue }
            let recorded = lake.spec.recorded.flatMap { try? StateRecords.topologyJSON($0) } ?? "greenfield"
            let revision = lake.spec.revision.map(String.init) ?? "no state"
            keys[lake.name] = Planner.hash([identity, lake.spec.blueprintPath, lake.name, digest, recorded, revision].joined(separator: "\n"))
        }
        return keys
    }

    /// The running executable's version, path, size and modification time; nil when they cannot be read.
    static let toolIdentity: String? = {
        guard let path = RunningExecutable.path,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? NSNumber)?.int64Value,
              let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 else { return nil }
        return "\(LakeformVersion.current)|\(path)|\(size)|\(modified)"
    }()
}
