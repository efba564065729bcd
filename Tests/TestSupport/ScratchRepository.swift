import Foundation

/// Throwaway folders for tests that run lakeform in a repository of their own.
public enum ScratchRepository {
    /// A new folder under the temporary directory holding `blueprints/startup.yaml` (the bundled startup example);
    /// the caller removes it.
    public static func withStartupBlueprint() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: "\(root)/blueprints", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: RepositoryPaths.path("blueprints/examples/startup.yaml"), toPath: "\(root)/blueprints/startup.yaml")
        return root
    }
}

extension RepositoryPaths {
    /// Every YAML file under the committed generated/ folder, sorted by path.
    public static var generatedYAML: [URL] {
        let folder = URL(fileURLWithPath: path("generated"))
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return files.filter { $0.pathExtension == "yaml" }.sorted { $0.path < $1.path }
    }
}
