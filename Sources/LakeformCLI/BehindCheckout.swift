import Foundation
import StateStore

/// A checkout whose generated/ is exactly an earlier revision of the state: a teammate (or CI) applied since and
/// this checkout has not pulled. That is not a hand edit: the way out is `git pull`, never `--overwrite-drift`.
struct BehindCheckout: Equatable {
    /// The earlier revision generated/ matches.
    var revision: RevisionInfo
    /// The state's current serial.
    var currentSerial: Int

    /// `generated/ matches serial N, applied by X at T; the state is at serial M: pull (git pull) before planning`.
    var message: String {
        "generated/ matches serial \(revision.serial), applied by \(revision.user)@\(revision.host) at \(revision.createdAt); "
            + "the state is at serial \(currentSerial): pull (git pull) before planning"
    }

    /// The newest earlier revision whose artifacts (paths and SHA-256s) are exactly the files under `generated`, or nil
    /// when generated/ matches none of them. Only worth asking when generated/ differs from the current revision.
    static func find(store: any StateStore, current: StateSnapshot, generated: String) throws -> BehindCheckout? {
        guard current.serial > 1 else { return nil }
        let onDisk = digests(under: generated)
        guard !onDisk.isEmpty else { return nil }
        for serial in stride(from: current.serial - 1, through: 1, by: -1) where try store.artifactDigests(serial: serial) == onDisk {
            guard let revision = try store.history().first(where: { $0.serial == serial }) else { return nil }
            return BehindCheckout(revision: revision, currentSerial: current.serial)
        }
        return nil
    }

    /// Path → SHA-256 of every file under `generated`, Lakeform's scratch entries left out.
    static func digests(under generated: String) -> [String: String] {
        let files = FileManager.default
        var result: [String: String] = [:]
        for relative in (try? files.subpathsOfDirectory(atPath: generated)) ?? [] {
            guard !GeneratedScratch.isScratch(String(relative.prefix { $0 != "/" })) else { continue }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: "\(generated)/\(relative)", isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = files.contents(atPath: "\(generated)/\(relative)") else { continue }
            result[relative] = StateRecords.sha256(data)
        }
        return result
    }
}
