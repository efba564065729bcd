import ArgumentParser
import BlueprintLoading
import Foundation

/// Options every command that reads blueprints shares.
struct BlueprintOptions: ParsableArguments {
    @Argument(help: "Blueprint files or folders (.swift, .yaml, .yml, .json). Default: every blueprint under blueprints/.")
    var paths: [String] = []

    @OptionGroup var swift: SwiftBlueprintOptions

    /// A reader whose Swift loader honours these options.
    func makeReader() -> BlueprintReader { swift.makeReader() }
}

/// How Swift blueprints are compiled and run.
struct SwiftBlueprintOptions: ParsableArguments {
    @Flag(help: "Compile Swift blueprints even when the cache has them.")
    var noCache = false

    @Option(help: "Seconds a Swift blueprint may run before it is stopped (default 60, or LAKEFORM_BLUEPRINT_TIMEOUT).")
    var blueprintTimeout: Int?

    func makeReader() -> BlueprintReader {
        let loader = SwiftBlueprintLoader(
            cacheDirectory: noCache ? nil : SwiftBlueprintLoader.defaultCacheDirectory,
            timeout: blueprintTimeout.map { .seconds($0) })
        return BlueprintReader(loadSwift: { loader.load(path: $0) })
    }
}
