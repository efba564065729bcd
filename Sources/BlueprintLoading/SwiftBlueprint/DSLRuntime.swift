import Foundation

/// The LakeformDSL module and compiled code that Swift blueprints are linked against.
struct DSLRuntime: Sendable, Equatable {
    /// The directory holding `Modules/` and the code.
    let directory: String
    /// The object files of a build directory; empty for an installed runtime (`libLakeformDSL.a`).
    let objects: [String]
    /// Files whose path, size and modification time change whenever the runtime does.
    let identityFiles: [String]
    /// Their stamps (`FileStamp`), read when the runtime is found, for cache keys.
    let identity: String

    init(directory: String, objects: [String], identityFiles: [String]) {
        self.directory = directory
        self.objects = objects
        self.identityFiles = identityFiles
        identity = FileStamp.of(identityFiles).joined(separator: "\n")
    }

    var modulesDirectory: String { directory + "/Modules" }

    /// swiftc arguments that link the runtime. Object files are passed as symlinks made in `staging`:
    /// swiftc writes `Blueprint.autolink` next to its first object input, so compiles that ran in parallel
    /// against the build directory itself overwrote each other's file and intermittently failed to link.
    /// The library is passed the same way, so that swiftc reads the Foundation libraries the runtime needs
    /// from its autolink entries (the blueprint's compile no longer loads Foundation), and again as
    /// `-lLakeformDSL`, which the linker reads after the blueprint's own object.
    func linkArguments(staging: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        guard !objects.isEmpty else {
            let link = staging + "/libLakeformDSL.a"
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: directory + "/libLakeformDSL.a")
            return [link, "-L", directory, "-lLakeformDSL"]
        }
        return try objects.enumerated().map { index, object in
            let link = "\(staging)/\(index)-\(URL(fileURLWithPath: object).lastPathComponent)"
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: object)
            return link
        }
    }

    /// The targets whose modules and code make up the runtime.
    static let targets = ["LakeformDSL", "LakeformWire"]

    /// The runtime in `directory`, or nil. A SwiftPM build directory has object files under
    /// `<Target>.build/` (even when `libLakeformDSL.a` is missing or stale); an installed one has
    /// `libLakeformDSL.a`.
    static func at(_ directory: String) -> DSLRuntime? {
        let files = FileManager.default
        let modules = targets.map { "\(directory)/Modules/\($0).swiftmodule" }
        guard modules.allSatisfy({ files.fileExists(atPath: $0) }) else { return nil }
        let objectsByTarget = targets.map { target in
            let folder = "\(directory)/\(target).build"
            let names = (try? files.contentsOfDirectory(atPath: folder)) ?? []
            return names.filter { $0.hasSuffix(".o") }.sorted().map { "\(folder)/\($0)" }
        }
        if objectsByTarget.allSatisfy({ !$0.isEmpty }) {
            let objects = objectsByTarget.flatMap { $0 }
            return DSLRuntime(directory: directory, objects: objects, identityFiles: modules + objects)
        }
        let library = "\(directory)/libLakeformDSL.a"
        guard files.fileExists(atPath: library) else { return nil }
        return DSLRuntime(directory: directory, objects: [], identityFiles: modules + [library])
    }

    /// Looks only in `explicit` or `$LAKEFORM_DSL_RUNTIME` when one is given; otherwise next to the running
    /// executable, then in `<exeDir>/../lib/lakeform`. Returns the directories it searched too.
    static func locate(
        explicit: String?, environment: [String: String], executableDirectory: String?
    ) -> (runtime: DSLRuntime?, searched: [String]) {
        var candidates: [String] = []
        if let chosen = explicit ?? environment["LAKEFORM_DSL_RUNTIME"].flatMap({ $0.isEmpty ? nil : $0 }) {
            candidates = [chosen]
        } else if let executableDirectory {
            let installed = URL(fileURLWithPath: executableDirectory + "/../lib/lakeform").standardizedFileURL.path
            candidates = [executableDirectory, installed]
        }
        for candidate in candidates {
            if let runtime = at(candidate) { return (runtime, candidates) }
        }
        return (nil, candidates)
    }
}
