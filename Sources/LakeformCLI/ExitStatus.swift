import ArgumentParser

/// Lakeform's documented exit codes (docs/cli.md).
enum ExitStatus {
    /// Success; with `--detailed-exitcode`, also "no changes".
    static let success = ExitCode(0)
    /// Invalid input or any other error, reported as diagnostics.
    static let failure = ExitCode(1)
    /// `plan --detailed-exitcode`: the plan has changes.
    static let changes = ExitCode(2)
    /// `lakeform drift` (and `apply` refusing to overwrite drift): generated/ was changed by hand.
    static let drift = ExitCode(4)
    /// `plan --fail-on-destructive`: the plan has destructive changes.
    static let destructive = ExitCode(5)
    /// `plan --detailed-exitcode`: generated/ differs from the recorded revision (wins over 2).
    static let planDrift = ExitCode(6)
}
