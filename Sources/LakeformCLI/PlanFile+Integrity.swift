import BlueprintLoading
import Foundation
import Planning
import StateStore

/// Reading a saved plan back. Any file given to `apply` or `show` that is not a blueprint is a saved plan, and it is
/// used only when its format is this version's, its digest matches its canonical bytes, every artifact matches its
/// SHA-256 and, at apply time, its changes are exactly those from the current state to its artifacts.
extension PlanFile {
    /// Why a saved plan is refused: a diagnostic id and what is wrong.
    struct Refusal: Error, Equatable {
        var id: String
        var message: String
    }

    /// True when `path` names a saved plan rather than a blueprint: any file without a blueprint extension, or a
    /// `.json` file that starts as a saved plan does or mentions a lineage.
    static func isPlanFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { return false }
        let pathExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard BlueprintReader.extensions.contains(pathExtension) else { return true }
        guard pathExtension == "json", let data = FileManager.default.contents(atPath: path) else { return false }
        return data.starts(with: Data("{\"artifacts\":".utf8)) || data.range(of: Data("\"lineage\":".utf8)) != nil
    }

    /// The verified plan at `path`, or the reason it is refused.
    static func verified(_ path: String) -> Result<PlanFile, Refusal> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Refusal(id: "planFile.missing", message: "cannot read the saved plan"))
        }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            return .failure(Refusal(id: "planFile.corrupt", message: "not a readable saved plan: it is truncated or corrupted (not JSON)"))
        }
        guard header.formatVersion == currentVersion else {
            return .failure(Refusal(id: "planFile.format", message: "saved by another version of Lakeform (plan format "
                                    + "\(header.formatVersion ?? "none"); this version reads \(currentVersion) only)"))
        }
        let file: PlanFile
        do {
            file = try JSONDecoder().decode(PlanFile.self, from: data)
        } catch {
            return .failure(Refusal(id: "planFile.corrupt", message: "not a readable saved plan: it is damaged (\(Self.reason(error)))"))
        }
        if let refusal = file.integrityRefusal() { return .failure(refusal) }
        return .success(file)
    }

    /// The plan at `path`, or exits 1 after saying why it is refused and that nothing was done.
    static func load(_ path: String, command: String) throws -> PlanFile {
        switch verified(path) {
        case let .success(file):
            return file
        case let .failure(refusal):
            Console.error("error: \(path): \(refusal.message) [\(refusal.id)]")
            Console.error("  note: \(command == "apply" ? "nothing was applied; " : "")re-run `lakeform plan --out \(path)` and review the new plan")
            throw ExitStatus.failure
        }
    }

    /// SHA-256 of the canonical bytes (sorted keys) of this plan without its digest.
    func canonicalDigest() throws -> String {
        var unsealed = self
        unsealed.digest = nil
        return StateRecords.sha256(try Self.encoder.encode(unsealed))
    }

    /// Why the contents do not check out against their digests, or nil when they do.
    func integrityRefusal() -> Refusal? {
        let changed = Refusal(id: "planFile.integrity", message: "changed after it was saved: its contents do not match the plan's SHA-256 digest")
        guard let digest, (try? canonicalDigest()) == digest else { return changed }
        var seen = Set<String>()
        for artifact in artifacts {
            guard seen.insert(artifact.path).inserted else {
                return Refusal(id: "planFile.integrity", message: "lists \(artifact.path) twice")
            }
            guard StateRecords.sha256(Data(artifact.contents.utf8)) == artifact.sha256 else {
                return Refusal(id: "planFile.integrity", message: "the contents of \(artifact.path) do not match their SHA-256 \(artifact.sha256)")
            }
        }
        return nil
    }

    /// Exits 1 unless the plan's changes and deletions are exactly those from `snapshot` to its artifacts, so
    /// what `show` displayed is what `apply` writes.
    func checkChanges(against snapshot: StateSnapshot) throws {
        let recomputed = Planner.plan(desired: writtenArtifacts, recorded: snapshot.artifacts.mapValues(\.contents))
        let kept = Set(artifacts.map(\.path))
        let deleted = snapshot.artifacts.filter { !kept.contains($0.key) }.mapValues(\.sha256)
        guard recomputed.changes == plan.changes, recomputed.destructive == plan.destructive, deleted == deletions else {
            Console.error("error: the saved plan's changes are not those from state serial \(serial) to its artifacts [planFile.integrity]")
            Console.error("  note: nothing was applied; re-run `lakeform plan --out FILE` and review the new plan")
            throw ExitStatus.failure
        }
    }

    /// The part of a plan file read first, so that another version is named rather than called damaged.
    private struct Header: Decodable {
        var formatVersion: String?
        enum CodingKeys: String, CodingKey { case formatVersion = "format_version" }
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, _): "no \(key.stringValue)"
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
             let DecodingError.dataCorrupted(context):
            (context.codingPath.isEmpty ? "" : "at \(context.codingPath.map(\.stringValue).joined(separator: ".")): ")
                + context.debugDescription
        default: "\(error)"
        }
    }
}
