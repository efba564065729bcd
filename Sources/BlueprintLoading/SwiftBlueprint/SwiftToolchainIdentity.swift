import Foundation

/// The stamps of the DSL runtime and `swiftc` that Swift blueprints would use, looked up as a load looks them up,
/// without running anything: a key for results that depend on Swift blueprints (the CLI's plan memo).
public enum SwiftToolchainIdentity {
    /// The runtime's and the compiler's `FileStamp`s, or nil when either is missing.
    public static func current(environment: [String: String], executableDirectory: String?) -> String? {
        guard let runtime = DSLRuntime.locate(explicit: nil, environment: environment, executableDirectory: executableDirectory).runtime,
              let compiler = SwiftCompiler.locate(explicit: nil, environment: environment, executableDirectory: executableDirectory)
        else { return nil }
        return runtime.identity + "\n" + compiler.identity
    }
}
