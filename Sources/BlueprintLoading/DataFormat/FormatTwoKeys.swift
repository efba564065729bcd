import Diagnostics
import LakeformWire

/// Keys that format 2 introduced; a format 1 document that uses one gets an error at that key's line.
enum FormatTwoKeys {
    /// One `blueprint.formatVersion` error per format 2 key of a format 1 `document`.
    static func problems(in document: Wire.Document, sourceMap: [String: SourceLocation], file: String) -> [Diagnostic] {
        guard document.formatVersion < 2 else { return [] }
        var found: [Diagnostic] = []
        func check(_ present: Bool, _ key: String, at path: String) {
            guard present else { return }
            found.append(.error(
                "blueprint.formatVersion", "'\(key)' needs formatVersion: 2, but this blueprint is format version \(document.formatVersion)",
                source: sourceMap[path] ?? SourceLocation(file: file, line: 1, column: 1),
                notes: ["set 'formatVersion: 2' at the top of the file; format 1 blueprints load unchanged under it, "
                    + "except that a stream named with a 'cdc' word is keyed only when it says 'keyed: true'"]))
        }
        for (lakeIndex, lake) in document.lakes.enumerated() {
            for (index, stream) in (lake.workload.streams ?? []).enumerated() {
                let path = "lakes[\(lakeIndex)].workload.streams[\(index)]"
                check(stream.rate != nil, "rate", at: "\(path).rate")
                check(stream.eventsPerSecond != nil, "eventsPerSecond", at: "\(path).eventsPerSecond")
                check(stream.eventSize != nil, "eventSize", at: "\(path).eventSize")
                check(stream.keyed != nil, "keyed", at: "\(path).keyed")
            }
            for (index, job) in (lake.components.flink?.jobs ?? []).enumerated() {
                check(job.sources != nil, "sources", at: "lakes[\(lakeIndex)].components.flink.jobs[\(index)].sources")
            }
        }
        return found
    }
}
