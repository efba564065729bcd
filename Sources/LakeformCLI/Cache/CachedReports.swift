import Diagnostics
import Foundation
import LakeModel
import Planning

/// Lets a command skip pricing and rendering the reports when every lake and every price book text is as when they
/// were last rendered, reading them back from the output folder with the warnings printed then (issue 8).
struct CachedReports {
    let emission: CachedEmission
    let key: String

    /// The key of these lakes priced with these book texts (one per lake, in lake order, after the seed and resource
    /// books); nil when a lake has no emission key or a book could not be read.
    init?(_ emission: CachedEmission?, lakes: [ResolvedLake], priceBook: String?, books: [(source: String, text: String?)]) {
        guard let emission else { return nil }
        var parts = [emission.identity, "pricebook=\(priceBook ?? "")"]
        for lake in lakes {
            guard let key = emission.keys[lake.name] else { return nil }
            parts.append("\(lake.name)=\(key)")
        }
        for book in books {
            guard let text = book.text else { return nil }
            parts.append("\(book.source)=\(Planner.hash(text))")
        }
        self.emission = emission
        key = Planner.hash(parts.joined(separator: "\n"))
    }

    /// The recorded reports and warnings, when their files still hold the recorded bytes.
    func hit() -> (artifacts: [Artifact], diagnostics: Diagnostics)? {
        guard let (entries, printed) = emission.cache.reports(key: key),
              let diagnostics = try? JSONDecoder().decode(Diagnostics.self, from: printed),
              let artifacts = ArtifactCache.readBack(entries, root: emission.root, files: emission.files) else { return nil }
        return (artifacts, diagnostics)
    }

    func record(_ artifacts: [Artifact], diagnostics: Diagnostics) {
        guard let printed = try? JSONEncoder().encode(diagnostics) else { return }
        emission.cache.storeReports(key: key, artifacts: artifacts, diagnostics: printed)
    }
}
