// `internal`, and the module is built with library evolution (Package.swift), so a blueprint's compile
// does not load Foundation's C modules: that halves a cold compile. The loader links Foundation
// through the runtime's autolink entries instead (`DSLRuntime.linkArguments`).
#if canImport(FoundationEssentials)
internal import FoundationEssentials
#else
internal import Foundation
#endif
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Hands the evaluation result to the host when the process exits: as JSON in the file named by
/// `LAKEFORM_WIRE_OUTPUT`, or on stdout when that is unset. A blueprint's own `print()` output
/// therefore never mixes with the wire file. This is the contract with `BlueprintLoading`.
enum WireOutput {
    /// The environment variable through which the host names the output file.
    static let variable = "LAKEFORM_WIRE_OUTPUT"

    private static let hookInstalled = Locked(false)
    /// Whether anything asked for the hook since `takeHookRequest`: whether a program alone would write a result.
    private static let hookRequested = Locked(false)

    /// Arranges for the shared registry's result to be written at exit; later calls do nothing.
    static func installExitHook() {
        hookRequested.withLock { $0 = true }
        let isFirst = hookInstalled.withLock { installed in
            defer { installed = true }
            return !installed
        }
        guard isFirst else { return }
        atexit {
            let path = getenv(WireOutput.variable).map { String(cString: $0) }
            WireOutput.deliver(BlueprintRegistry.shared.result, to: path)
        }
    }

    /// Keeps the exit hook from being installed: a batch program writes each blueprint's result itself.
    static func disableExitHook() {
        hookInstalled.withLock { $0 = true }
    }

    /// Whether the hook was asked for since the last call (by a `Blueprint`, or a `Lake` when the host
    /// asked for a file); a program that never asked writes nothing at exit.
    static func takeHookRequest() -> Bool {
        hookRequested.withLock { requested in
            defer { requested = false }
            return requested
        }
    }

    /// Installs the exit hook only when the host asked for a file, so that processes which merely
    /// evaluate lakes (tests) print nothing at exit.
    static func installExitHookIfRequested() {
        if getenv(variable) != nil {
            installExitHook()
        }
    }

    /// The result as the host reads it: sorted keys, pretty-printed, slashes unescaped.
    static func encode(_ result: Wire.EvaluationResult) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(result)
    }

    /// Writes `result` to `path`, or to stdout when `path` is nil; failures go to stderr.
    static func deliver(_ result: Wire.EvaluationResult, to path: String?) {
        do {
            let data = try encode(result)
            if let path {
                try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            } else {
                print(String(decoding: data, as: UTF8.self))
            }
        } catch {
            let message = "lakeform: could not write the blueprint's wire output to \(path ?? "stdout"): \(error)\n"
            _ = message.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
        }
    }
}
