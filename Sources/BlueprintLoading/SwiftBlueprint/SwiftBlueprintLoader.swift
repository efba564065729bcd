import Diagnostics
import Foundation

/// Loads `.swift` blueprints like SwiftPM loads manifests: compile against the DSL runtime, run with a
/// time limit, read the wire JSON it writes, and cache successful evaluations (see `docs/blueprints.md`).
public struct SwiftBlueprintLoader: Sendable {
    public static let defaultCacheDirectory = ".lakeform/cache"
    public static let defaultTimeout = Duration.seconds(60)

    /// Holds `blueprints.sqlite` and the compiler's module cache; nil disables both.
    public let cacheDirectory: String?
    /// How long a compiled blueprint may run before it is killed.
    public let timeout: Duration
    /// A directory with `Modules/` and the DSL code; nil looks it up (`LAKEFORM_DSL_RUNTIME`, then next to
    /// the running executable, then `<exeDir>/../lib/lakeform`).
    public let runtimeDirectory: String?
    /// The `swiftc` to run; nil looks it up (`SWIFTC`, then `PATH`, then next to the running executable).
    public let compilerPath: String?
    /// The environment that the lookups read; swiftc and the blueprint see only its `ChildEnvironment` part.
    public let environment: [String: String]
    /// Warnings about the settings (a bad `LAKEFORM_BLUEPRINT_TIMEOUT`), added to every load.
    let settingWarnings: [Diagnostic]
    /// The toolchain and the cache, looked up by the first load and reused by the others.
    let session = LoaderSession()

    /// `timeout` nil means `LAKEFORM_BLUEPRINT_TIMEOUT` (seconds) from `environment`, else 60 s.
    public init(
        cacheDirectory: String? = defaultCacheDirectory, timeout: Duration? = nil, runtimeDirectory: String? = nil,
        compilerPath: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.cacheDirectory = cacheDirectory
        self.runtimeDirectory = runtimeDirectory
        self.compilerPath = compilerPath
        self.environment = environment
        let setting: (timeout: Duration?, warning: Diagnostic?) = timeout == nil ? Self.timeoutSetting(environment) : (nil, nil)
        self.timeout = timeout ?? setting.timeout ?? Self.defaultTimeout
        settingWarnings = setting.warning.map { [$0] } ?? []
    }

    /// `LAKEFORM_BLUEPRINT_TIMEOUT` as a duration, or a warning when it is not a positive number of seconds.
    private static func timeoutSetting(_ environment: [String: String]) -> (timeout: Duration?, warning: Diagnostic?) {
        guard let text = environment["LAKEFORM_BLUEPRINT_TIMEOUT"] else { return (nil, nil) }
        if let seconds = Double(text), seconds > 0, seconds < 1e9 { return (.milliseconds(Int64(seconds * 1000)), nil) }
        let fallback = BlueprintRunner.describe(defaultTimeout)
        return (nil, .warning(
            "blueprint.timeoutSetting", "LAKEFORM_BLUEPRINT_TIMEOUT=\(text) is not a positive number of seconds; using \(fallback)"
        ))
    }

    /// Loads the blueprint at `path` (kept as given in diagnostics and the source map).
    public func load(path: String) -> LoadOutcome {
        loadReportingCache(path: path).outcome
    }

    /// Like `load(path:)`, and also says whether the evaluation came from the cache.
    public func loadReportingCache(path: String) -> SwiftBlueprintLoad {
        switch prepare(path: path) {
        case .done(let load): return load
        case .pending(let pending):
            return finish(pending, evaluate(source: pending.source, path: path, runtime: pending.runtime, compiler: pending.compiler))
        }
    }
}
