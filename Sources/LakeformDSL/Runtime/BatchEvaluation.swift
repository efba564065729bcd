#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// The entry point of a batch program, which evaluates many blueprints in one process, each compiled as a
/// function (`SwiftBlueprintBatch` in BlueprintLoading). Host machinery, not part of the blueprint language.
@_spi(LakeformBatch) public enum BatchEvaluation {
    /// Evaluates `blueprints[i]` for every `i` the command line names, in that order (all when it names none),
    /// each into an empty registry, with its stdout and stderr in `<dir>/<i>.stdout` and `<dir>/<i>.stderr`, and
    /// writes its result to `<dir>/<i>.json` once it returns. `<dir>` is `LAKEFORM_WIRE_OUTPUT`. A blueprint
    /// that exits or crashes, or that never touched `Blueprint` or `Lake` (alone, it would write no result),
    /// leaves no `<i>.json`, and the host evaluates it alone.
    public static func run(_ blueprints: [() -> Void]) {
        guard let directory = getenv(WireOutput.variable).map({ String(cString: $0) }) else { return }
        WireOutput.disableExitHook()
        let named = CommandLine.arguments.dropFirst().compactMap { Int($0) }.filter(blueprints.indices.contains)
        let standardOutput = dup(1), standardError = dup(2)
        for index in CommandLine.arguments.count > 1 ? named : Array(blueprints.indices) {
            _ = WireOutput.takeHookRequest()
            redirect(1, to: "\(directory)/\(index).stdout")
            redirect(2, to: "\(directory)/\(index).stderr")
            blueprints[index]()
            fflush(nil)
            dup2(standardOutput, 1)
            dup2(standardError, 2)
            let result = BlueprintRegistry.shared.takeResult()
            if WireOutput.takeHookRequest() { WireOutput.deliver(result, to: "\(directory)/\(index).json") }
        }
    }

    /// Points `descriptor` at a new file at `path`, after writing out what is buffered for the old one.
    private static func redirect(_ descriptor: Int32, to path: String) {
        fflush(nil)
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard file >= 0 else { return }
        dup2(file, descriptor)
        close(file)
    }
}
