import Diagnostics
import Synchronization

/// What one `SwiftBlueprintLoader` looks up once and reuses for every blueprint it loads: the runtime and
/// compiler (with their identities, which take a `stat` of every runtime file) and the opened cache. A loader
/// serves one command, so a toolchain rebuilt while it runs is seen by the next command.
final class LoaderSession: Sendable {
    let toolchain = Mutex<(runtime: DSLRuntime, compiler: SwiftCompiler)?>(nil)
    let cache = Mutex<(cache: BlueprintCache?, problem: Diagnostic?)?>(nil)
}
