import Crypto
import Dispatch
import LakeModel

/// Compares generated artifacts with the recorded ones. Pure: the caller reads the recorded files.
public enum Planner {
    /// The plan that turns `recorded` (path → contents) into `desired`.
    public static func plan(desired: [Artifact], recorded: [String: String]) -> Plan {
        var changes: [ArtifactChange] = []
        var destructive: [FlaggedChange] = []
        var risky: [FlaggedChange] = []
        // Callers pass the artifacts sorted: checking costs a comparison each, where sorting copied 131,000 of them.
        let sorted = isSortedByPath(desired) ? desired : desired.sorted { $0.path < $1.path }
        changes.reserveCapacity(sorted.count)
        let created = createdHashes(sorted, recorded: recorded)
        for index in sorted.indices {
            guard let old = recorded[sorted[index].path] else {
                changes.append(ArtifactChange(path: sorted[index].path, action: .create, beforeHash: nil, afterHash: created[index]))
                continue
            }
            guard old != sorted[index].contents, let update = update(sorted[index], old: old) else { continue }
            changes.append(update.change)
            destructive += update.destructive
            risky += update.risky
        }
        let produced = recorded.isEmpty ? [] : Set(desired.map(\.path))
        let deletions = recorded.filter { !produced.contains($0.key) }.sorted { $0.key < $1.key }
        for (path, contents) in deletions {
            changes.append(ArtifactChange(path: path, action: .delete, beforeHash: hash(contents), afterHash: nil))
            if let message = DestructiveRules.deletionMessage(path: path, contents: contents) {
                destructive.append(FlaggedChange(path: path, keyPath: nil, message: message))
            }
        }
        if !deletions.isEmpty { changes.sort { $0.path < $1.path } }
        // Only the cost reports are compared for cost deltas; a first plan of 1,000 lakes has 131,000 artifacts.
        let desiredContents = Dictionary(desired.indices.filter { CostFigures.isCostReport(desired[$0].path) }.map { (desired[$0].path, desired[$0].contents) },
                                         uniquingKeysWith: { first, _ in first })
        return Plan(changes: changes, destructive: destructive, risky: risky, costs: CostDeltas.between(desired: desiredContents, recorded: recorded))
    }

    /// By index, so only paths are read: a loop over the elements copied every artifact (four references each).
    private static func isSortedByPath(_ artifacts: [Artifact]) -> Bool {
        artifacts.indices.dropFirst().allSatisfy { artifacts[$0 - 1].path < artifacts[$0].path }
    }

    /// SHA-256 of the text's UTF-8 bytes, as lowercase hex.
    public static func hash(_ contents: String) -> String {
        var contents = contents
        return contents.withUTF8 { SHA256.hash(data: UnsafeRawBufferPointer($0)).lowercaseHex }
    }

    /// The SHA-256 of an artifact's contents: the one it carries (`Artifact.hashed`), or hashed now.
    public static func hash(_ artifact: Artifact) -> String { artifact.sha256 ?? hash(artifact.contents) }

    /// The SHA-256 of each artifact the state does not record, by index (empty for the others), hashed on every core
    /// when not hashed before: a first plan of a large monorepo creates every file (131,653 at 1,000 lakes).
    private static func createdHashes(_ artifacts: [Artifact], recorded: [String: String]) -> [String] {
        let hashes = ParallelResults<String>(count: artifacts.count)
        DispatchQueue.concurrentPerform(iterations: artifacts.count) { index in
            hashes.set(index, recorded[artifacts[index].path] == nil ? hash(artifacts[index]) : "")
        }
        return hashes.values
    }

    private static let semanticKinds: Set<ArtifactKind> = [.helmValues, .manifest, .helmfile, .json]

    /// The update of one artifact, or nil when only formatting or map order changed.
    private static func update(_ artifact: Artifact, old: String) -> (change: ArtifactChange, destructive: [FlaggedChange], risky: [FlaggedChange])? {
        let hashes = (before: hash(old), after: hash(artifact))
        guard semanticKinds.contains(artifact.kind),
            let diff = try? TreeDiff.documents(before: old, after: artifact.contents)
        else {
            let lines = LineDiff.lines(before: old, after: artifact.contents)
            let change = ArtifactChange(
                path: artifact.path, action: .update, beforeHash: hashes.before, afterHash: hashes.after, textDiff: lines)
            return (change, [], [])
        }
        guard !diff.changes.isEmpty else { return nil }
        let located = diff.changes.map { LocatedChange($0, documentKind: diff.kind) }
        var reasons: [String] = []
        for reason in located.compactMap(ReplaceRules.reason) where !reasons.contains(reason) { reasons.append(reason) }
        let deployed = DestructiveRules.deployedKinds.contains(artifact.kind)
        var holdsData: Bool?
        let destructive = !deployed ? [] : located.compactMap { item in
            DestructiveRules.message(item, artifactPath: artifact.path, holdsData: {
                if holdsData == nil { holdsData = DataVolumes.holder(path: artifact.path, contents: old) != nil }
                return holdsData!
            }).map { FlaggedChange(path: artifact.path, keyPath: item.change.path, message: $0) }
        }
        let risky = !deployed ? [] : RiskyRules.messages(located, documents: { (try? PlanTree.documents(artifact.contents)) ?? [] })
            .map { FlaggedChange(path: artifact.path, keyPath: $0.keyPath, message: $0.message) }
        let change = ArtifactChange(
            path: artifact.path, action: reasons.isEmpty ? .update : .replace, beforeHash: hashes.before,
            afterHash: hashes.after, keyPathChanges: diff.changes, unchangedKeys: diff.unchanged, replaceReasons: reasons)
        return (change, destructive, risky)
    }
}

extension Artifact {
    /// The artifact carrying the SHA-256 of its contents, for every later reader.
    public var hashed: Artifact {
        var artifact = self
        artifact.sha256 = Planner.hash(contents)
        return artifact
    }
}
