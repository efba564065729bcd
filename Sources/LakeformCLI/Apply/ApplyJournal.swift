import Foundation

/// The record of an apply in flight, kept in `generated/.lakeform-apply.json` from just before the state commit
/// until generated/ holds the new revision. The state commit is the point of no return: the next command that
/// finds a journal either finishes writing generated/ (the commit happened) or discards it (it did not).
struct ApplyJournal: Codable, Equatable {
    /// The state's lineage.
    var lineage: String
    /// The serial the apply commits.
    var serial: Int

    static func path(_ generated: String) -> String { "\(generated)/\(GeneratedScratch.journalName)" }

    /// Writes the journal to a temporary file named with this process's pid, then renames it into place, so a
    /// kill mid-write leaves no half journal; the next command removes a temporary file whose process is gone.
    func write(generated: String) throws {
        try FileManager.default.createDirectory(atPath: generated, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let temporary = "\(generated)/\(GeneratedScratch.journalTemporaryName(pid: getpid()))"
        do {
            try encoder.encode(self).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, Self.path(generated)) == 0 else {
                throw GeneratedTree.WriteError(description: "cannot move \(temporary) to \(Self.path(generated)): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// The journal left in `generated`, or nil when no apply was interrupted there.
    static func read(generated: String) -> ApplyJournal? {
        guard let data = FileManager.default.contents(atPath: path(generated)) else { return nil }
        return try? JSONDecoder().decode(ApplyJournal.self, from: data)
    }

    static func exists(generated: String) -> Bool { FileManager.default.fileExists(atPath: path(generated)) }

    static func remove(generated: String) throws {
        if exists(generated: generated) { try FileManager.default.removeItem(atPath: path(generated)) }
    }
}
