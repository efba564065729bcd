import Foundation
import LakeModel

/// How every backend stores a lake's recorded topology: JSON with sorted keys, so one topology is always the same bytes.
extension StateRecords {
    /// `topology` as deterministic JSON text.
    public static func topologyJSON(_ topology: RecordedTopology) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(topology), as: UTF8.self)
    }

    /// The topology stored for `lake` in revision `serial`, or `.corrupt` when its JSON does not decode.
    public static func topology(json: String, lake: String, serial: Int) throws -> RecordedTopology {
        guard let topology = try? JSONDecoder().decode(RecordedTopology.self, from: Data(json.utf8)) else {
            throw StateError.corrupt("revision \(serial) has an unreadable topology for lake \(lake)")
        }
        return topology
    }
}
