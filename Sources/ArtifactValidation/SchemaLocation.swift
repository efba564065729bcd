import Foundation
import LakeModel

/// Finds the folder holding the upstream schemas and chart defaults (a copy of `schemas/upstream`).
///
/// In order: the `LAKEFORM_SCHEMAS` environment variable (when set, it must be right); the
/// resource bundle SwiftPM copies next to the executable
/// (`<dir of executable>/Lakeform_ArtifactValidation.resources/upstream`: `swift run`,
/// `swift test`, `.build/debug/lakeform`); the source checkout the binary was built from
/// (`<package root>/schemas/upstream`, found through `#filePath`).
public enum SchemaLocation {
    public static let environmentVariable = "LAKEFORM_SCHEMAS"

    /// The schema folder, or an error listing every place that was tried.
    public static func find(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = RunningExecutable.path.map(URL.init(fileURLWithPath:))
    ) throws -> URL {
        if let configured = environment[environmentVariable], !configured.isEmpty {
            let folder = URL(fileURLWithPath: configured)
            guard isCatalog(folder) else { throw SchemaCatalogError.notFound(tried: [folder.path], variable: environmentVariable) }
            return folder
        }
        let candidates = [
            executable.map {
                $0.resolvingSymlinksInPath().deletingLastPathComponent()
                    .appendingPathComponent("Lakeform_ArtifactValidation.resources/upstream")
            },
            sourceCheckout,
        ].compactMap { $0 }
        guard let found = candidates.first(where: isCatalog) else {
            throw SchemaCatalogError.notFound(tried: candidates.map(\.path), variable: environmentVariable)
        }
        return found
    }

    /// `<package root>/schemas/upstream` of the checkout this file was compiled from.
    static let sourceCheckout: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schemas/upstream")

    /// A catalog folder has `schemas/` (CRD schemas) and `charts/` (chart defaults).
    static func isCatalog(_ folder: URL) -> Bool {
        ["schemas", "charts"].allSatisfy { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
    }
}
