import Foundation
import LakeModel

/// How two names are compared: as written, as the Kubernetes names the emitters make of them, or
/// as file names on a case-insensitive file system. Case, accents and width are folded away first.
enum NameFolding {
    case exact, kubernetes, caseInsensitive

    /// The form in which two colliding names are equal.
    func key(_ name: String) -> String {
        switch self {
        case .exact: name
        case .kubernetes: KubernetesName.dns(Self.folded(name))
        case .caseInsensitive: Self.folded(name).lowercased()
        }
    }

    private static func folded(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}

extension MappingContext {
    /// Reports names among `names` (each with its wire path) that are equal once folded, as one
    /// diagnostic at the second that names the place of the first.
    func requireUnique(_ names: [(name: String, path: String)], kind: String, address modelPath: String, folding: NameFolding = .exact) {
        var declared: [String: String] = [:]
        var folded: [String: (name: String, path: String)] = [:]
        for entry in names {
            if let first = declared[entry.name] {
                let there = place(of: first)
                error(
                    "spec.duplicateName", "\(kind) \(BlueprintStrings.quoted(entry.name)) at \(place(of: entry.path)) is declared twice; first declared at \(there)",
                    at: entry.path, address: "\(modelPath).\(entry.name)",
                    notes: ["first declared here: \(there)", "rename one of them or remove the duplicate"])
                continue
            }
            declared[entry.name] = entry.path
            let key = folding.key(entry.name)
            guard let first = folded[key] else {
                folded[key] = entry
                continue
            }
            let there = place(of: first.path)
            error(
                "blueprint.nameCollision",
                "\(kind) \(BlueprintStrings.quoted(entry.name)) at \(place(of: entry.path)) and \(BlueprintStrings.quoted(first.name)) at \(there) both become '\(key)'",
                at: entry.path, address: "\(modelPath).\(entry.name)",
                notes: ["first defined here: \(there)", Self.collisionHint(folding), "rename one of them so that they stay distinct"])
        }
    }

    /// `file:line:column` of a wire path relative to the lake.
    func place(of relativePath: String) -> String {
        guard let location = blueprint.location(of: wirePath(relativePath)) else { return blueprint.path }
        return "\(location.file):\(location.line):\(location.column)"
    }

    private static func collisionHint(_ folding: NameFolding) -> String {
        switch folding {
        case .exact: "names must differ"
        case .kubernetes: "object names are lowercase DNS-1123 names: case and accents are dropped, '_' and '.' become '-'"
        case .caseInsensitive: "file names and SQL identifiers are compared without case or accents"
        }
    }
}
