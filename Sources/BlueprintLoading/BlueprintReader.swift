import Diagnostics
import Dispatch
import Foundation
import LakeModel

/// Finds blueprint files, reads each with the front-end its extension names, and maps the
/// lakes to `LakeSpec`s. The one entry point commands use.
public struct BlueprintReader: Sendable {
    /// Extensions of blueprint files, in the order a folder listing reports them.
    public static let extensions = ["swift", "yaml", "yml", "json"]

    let loadSwift: @Sendable (String) -> LoadOutcome
    let loadSwiftFiles: (@Sendable ([String]) -> [String: LoadOutcome])?

    /// A reader whose Swift blueprints go through `loadSwift` (a `SwiftBlueprintLoader` in practice), and when
    /// a command reads several, through `loadSwiftFiles` all at once (`SwiftBlueprintLoader.loadAll`).
    public init(
        loadSwift: @escaping @Sendable (String) -> LoadOutcome,
        loadSwiftFiles: (@Sendable ([String]) -> [String: LoadOutcome])? = nil
    ) {
        self.loadSwift = loadSwift
        self.loadSwiftFiles = loadSwiftFiles
    }

    /// The blueprint files named by `paths` (folders are searched recursively, in sorted order),
    /// or every blueprint under `defaultDirectory` when `paths` is empty.
    public static func discover(_ paths: [String], defaultDirectory: String = "blueprints") -> (files: [String], diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        var files: [String] = []
        let manager = FileManager.default
        for path in paths.isEmpty ? [defaultDirectory] : paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(.error("blueprint.missingFile", "no such file or folder", source: .file(path),
                                          notes: ["check the path; blueprints usually live under blueprints/"]))
                continue
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            let found = ((try? manager.subpathsOfDirectory(atPath: path)) ?? [])
                .filter { extensions.contains(($0 as NSString).pathExtension) }
                .sorted()
                .map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
            if found.isEmpty {
                diagnostics.append(.error("blueprint.noBlueprints", "no .swift, .yaml, .yml or .json blueprint in this folder",
                                          source: .file(path)))
            }
            files += found
        }
        return (files, diagnostics)
    }

    /// Reads one blueprint file with the front-end its extension selects.
    public func read(_ path: String) -> LoadOutcome {
        let pathExtension = (path as NSString).pathExtension.lowercased()
        guard Self.extensions.contains(pathExtension) else {
            return .failed(Diagnostics([.error(
                "blueprint.unsupportedFile", "'.\(pathExtension)' is not a blueprint format", source: .file(path),
                notes: ["blueprints are .swift, .yaml, .yml or .json files"])]))
        }
        if pathExtension == "swift" { return loadSwift(path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failed(Diagnostics([.error("blueprint.missingFile", "cannot read the file", source: .file(path),
                                               notes: ["check that it exists and is readable"])]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failed(Diagnostics([.error("blueprint.encoding", "the file is not UTF-8 text", source: .file(path))]))
        }
        return DataBlueprintLoader.load(path: path, contents: text)
    }

    /// Everything `validate`, `plan` and `build` need: the lakes of every blueprint under `paths`,
    /// validated, plus every diagnostic found on the way.
    /// Files are read and mapped in parallel, one per core; the result is in file order.
    public func readLakes(_ paths: [String]) -> BlueprintSet {
        let (files, discoveryDiagnostics) = Self.discover(paths)
        var set = BlueprintSet(diagnostics: discoveryDiagnostics)
        let swiftFiles = files.filter { ($0 as NSString).pathExtension.lowercased() == "swift" }
        let swiftOutcomes = swiftFiles.count > 1 ? loadSwiftFiles?(swiftFiles) ?? [:] : [:]
        let results = ParallelResults<(LoadOutcome, mapped: (lakes: [LakeSpec], diagnostics: Diagnostics)?)>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let outcome = swiftOutcomes[files[index]] ?? read(files[index])
            guard case .loaded(let blueprint, _) = outcome else { return results.set(index, (outcome, nil)) }
            results.set(index, (outcome, SpecMapper.map(blueprint)))
        }
        for (outcome, mapped) in results.values {
            switch outcome {
            case .failed(let diagnostics):
                set.diagnostics.append(contentsOf: diagnostics)
            case .loaded(let blueprint, let warnings):
                set.diagnostics.append(contentsOf: warnings)
                set.blueprints.append(blueprint)
                set.lakes += mapped?.lakes ?? []
                set.diagnostics.append(contentsOf: mapped?.diagnostics ?? Diagnostics())
            }
        }
        let duplicates = SpecMapper.checkUniqueLakeNames(set.blueprints)
        if duplicates.hasErrors {
            let duplicated = Set(duplicates.compactMap { $0.address })
            set.lakes.removeAll { duplicated.contains("lake.\($0.name)") }
        }
        set.diagnostics.append(contentsOf: duplicates)
        return set
    }
}

/// The blueprints read for one command, the lakes they declare, and the diagnostics found.
public struct BlueprintSet: Sendable {
    public var blueprints: [LoadedBlueprint] = []
    public var lakes: [LakeSpec] = []
    public var diagnostics: Diagnostics

    public init(blueprints: [LoadedBlueprint] = [], lakes: [LakeSpec] = [], diagnostics: Diagnostics = Diagnostics()) {
        self.blueprints = blueprints
        self.lakes = lakes
        self.diagnostics = diagnostics
    }
}
