import Diagnostics
import LakeformWire

/// A blueprint file read by one of the front-ends, before mapping to `LakeSpec`.
public struct LoadedBlueprint: Sendable, Equatable {
    /// The path as the user gave it (relative paths stay relative), used in diagnostics.
    public var path: String
    public var document: Wire.Document
    /// Wire paths (`lakes[0].components.kafka`, `lakes[0].workload.dataVolume`) to the place in
    /// the user's file that declared them.
    public var sourceMap: [String: SourceLocation]
    /// SHA-256 (hex) of the bytes the document was read from: the YAML or JSON file, or the wire JSON a Swift
    /// blueprint wrote. The document is a function of these bytes and `path`; nil when unknown.
    public var sourceDigest: String?

    public init(path: String, document: Wire.Document, sourceMap: [String: SourceLocation], sourceDigest: String? = nil) {
        self.path = path
        self.document = document
        self.sourceMap = sourceMap
        self.sourceDigest = sourceDigest
    }

    /// The location recorded for `wirePath`, or for its nearest recorded ancestor.
    public func location(of wirePath: String) -> SourceLocation? {
        var path = wirePath
        while true {
            if let location = sourceMap[path] { return location }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            path = String(path[..<cut])
        }
        return sourceMap[""] ?? SourceLocation(file: self.path, line: 1, column: 1)
    }
}

/// The result of reading one blueprint file: the blueprint, or diagnostics saying why not.
public enum LoadOutcome: Sendable {
    case loaded(LoadedBlueprint, warnings: Diagnostics)
    case failed(Diagnostics)
}

/// Joins coding-path components the way source maps key them: `lakes[0].workload.dataVolume`.
public enum WirePath {
    public static func join(_ components: [any CodingKey]) -> String {
        var path = ""
        for key in components {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return path
    }
}
