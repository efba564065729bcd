import Foundation
import LakeModel

/// Where a price book named by a blueprint or by `--pricebook` comes from: a bundled book or a file.
public enum PriceBookSource: Equatable, Sendable {
    case bundled(name: String, text: String)
    case file(path: String)

    /// A bundled book's name selects it; anything else is a file path, taken relative to `directory`
    /// (the blueprint's folder, or empty for the working directory) unless it is absolute.
    public static func resolve(_ reference: String, relativeTo directory: String) -> PriceBookSource {
        if let text = BundledPriceBooks.text(named: reference) { return .bundled(name: reference, text: text) }
        if reference.hasPrefix("/") || directory.isEmpty { return .file(path: reference) }
        return .file(path: directory.hasSuffix("/") ? directory + reference : directory + "/" + reference)
    }

    /// The book that prices `spec`: `override` (`--pricebook`, relative to the working directory), else the
    /// blueprint's `PriceBook` (relative to the blueprint's folder), else the default book.
    public static func forLake(_ spec: LakeSpec, override: String?) -> PriceBookSource {
        if let override { return resolve(override, relativeTo: "") }
        return resolve(spec.cost.priceBook ?? BundledPriceBooks.defaultName, relativeTo: (spec.blueprintPath as NSString).deletingLastPathComponent)
    }

    /// How reports name the origin: `bundled`, or the file's path.
    public var origin: String {
        switch self {
        case .bundled: "bundled"
        case .file(let path): path
        }
    }
}
