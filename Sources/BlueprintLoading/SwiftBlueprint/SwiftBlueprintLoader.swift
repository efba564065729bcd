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
    private let settingWarnings: [Diagnostic]
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

    /// A blueprint that must be compiled and run: what it needs for that and for caching the result.
    struct PendingEvaluation: Sendable {
        let path: String
        let source: Data
        let key: String
        let cache: BlueprintCache?
        let runtime: DSLRuntime
        let compiler: SwiftCompiler
        let warnings: Diagnostics
    }

    /// A load that needs no compiler (a missing file or toolchain, or a cache hit), or what evaluating it needs.
    enum Preparation: Sendable {
        case done(SwiftBlueprintLoad)
        case pending(PendingEvaluation)
    }

    /// Reads the blueprint, looks up the toolchain and the cache; stops at the first of them that settles the load.
    func prepare(path: String) -> Preparation {
        var warnings = Diagnostics(settingWarnings)
        func failed(_ diagnostics: [Diagnostic]) -> Preparation {
            .done(SwiftBlueprintLoad(outcome: .failed(Diagnostics(warnings.items + diagnostics)), cacheHit: false))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let source = FileManager.default.contents(atPath: path)
        else {
            let exists = FileManager.default.fileExists(atPath: path)
            let message = exists ? "not a readable file" : "no such file"
            return failed([.error("blueprint.missingFile", message, source: .file(path))])
        }

        let runtime: DSLRuntime, compiler: SwiftCompiler
        switch toolchain(path: path) {
        case .missing(let problem): return failed([problem])
        case .found(let foundRuntime, let foundCompiler): (runtime, compiler) = (foundRuntime, foundCompiler)
        }

        let (cache, cacheProblem) = openCache()
        if let cacheProblem { warnings.append(cacheProblem) }
        let key = BlueprintCacheKey.make(
            source: source, path: path, compiler: compiler,
            compilerVersion: compiler.version(cache: cache, environment: childEnvironment), runtime: runtime
        )
        if let entry = cache?.entry(forKey: key),
           case .loaded(let blueprint, _) = EvaluationReader.read(entry.result, userPath: path),
           let cached = try? JSONDecoder().decode(Diagnostics.self, from: entry.warnings) {
            warnings.append(contentsOf: cached)
            return .done(SwiftBlueprintLoad(outcome: .loaded(blueprint, warnings: warnings), cacheHit: true))
        }
        return .pending(PendingEvaluation(
            path: path, source: source, key: key, cache: cache, runtime: runtime, compiler: compiler, warnings: warnings
        ))
    }

    /// The load that `evaluation` of `pending` gives, cached when it succeeded.
    func finish(_ pending: PendingEvaluation, _ evaluation: BlueprintRunner.Run) -> SwiftBlueprintLoad {
        var warnings = pending.warnings
        switch evaluation.outcome {
        case .failed(let diagnostics):
            return SwiftBlueprintLoad(outcome: .failed(Diagnostics(warnings.items + diagnostics.items)), cacheHit: false)
        case .loaded(let blueprint, let evaluationWarnings):
            if let wire = evaluation.wire, let encoded = try? JSONEncoder().encode(evaluationWarnings) {
                pending.cache?.store(BlueprintCache.Entry(result: wire, warnings: encoded), forKey: pending.key)
            }
            warnings.append(contentsOf: evaluationWarnings)
            return SwiftBlueprintLoad(outcome: .loaded(blueprint, warnings: warnings), cacheHit: false)
        }
    }
}
