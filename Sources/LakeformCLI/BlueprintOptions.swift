import ArgumentParser
import BlueprintLoading
import Foundation

/// Options every command that reads blueprints shares.
struct BlueprintOptions: ParsableArguments {
    @Argument(help: "Blueprint files or folders (.swift, .yaml, .yml, .json). Default: every blueprint under blueprints/.")
    var paths: [String] = []

    @OptionGroup var swift: SwiftBlueprintOptions

    /// The paths as given are relative to where the command was started; it runs in the repository root.
    mutating func validate() throws { paths = paths.map(RepositoryRoot.rebase) }

    /// A reader whose Swift loader honours these options.
    func makeReader() -> BlueprintReader { swift.makeReader() }
}

/// How Swift blueprints are compiled and run.
struct SwiftBlueprintOptions: ParsableArguments {
    @Flag(help: "Ignore the caches under .lakeform/cache: compile Swift blueprints and emit every lake again.")
    var noCache = false

    @Option(help: "Seconds a Swift blueprint may run before it is stopped (default 60, or LAKEFORM_BLUEPRINT_TIMEOUT).")
    var blueprintTimeout: Int?

    /// Where the blueprint and emission caches live; nil with --no-cache.
    var cacheDirectory: String? { noCache ? nil : SwiftBlueprintLoader.defaultCacheDirectory }

    func makeReader() -> BlueprintReader {
        let loader = SwiftBlueprintLoader(
            cacheDirectory: cacheDirectory,
            timeout: blueprintTimeout.map { .seconds($0) })
        return BlueprintReader(
            loadSwift: { loader.load(path: $0) },
            loadSwiftFiles: { loader.loadAll(paths: $0).mapValues(\.outcome) })
    }
}
