/// The variables swiftc and a blueprint see: what a compiler and a program need to run, never the caller's
/// tokens and secrets (CI credentials, cloud keys, `LAKEFORM_*` settings).
enum ChildEnvironment {
    static let passed: Set = ["PATH", "HOME", "TMPDIR", "LANG"]

    /// `environment` without the variables that are not passed (`passed` and `LC_*` are).
    static func allowed(_ environment: [String: String]) -> [String: String] {
        environment.filter { passed.contains($0.key) || $0.key.hasPrefix("LC_") }
    }
}
