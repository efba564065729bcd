import BlueprintLoading
import Costing
import Foundation
import LakeModel
import Synchronization

/// The plan memo (docs/cli.md): a `lakeform plan` whose inputs are exactly as when a plan last ran prints what that
/// plan printed and exits as it did, read from the artifact cache before ArgumentParser runs. A plan is stored only
/// when it ran without doubt: any error, a racy or moving input, a price book outside pricebooks/, or a command line
/// the memo reads differently from ArgumentParser, and it is not.
enum PlanMemo {
    /// Set to anything but `0` to never replay nor store a plan.
    static let disableVariable = "LAKEFORM_NO_PLAN_MEMO"
    /// Set to `1` to have stderr say whether the memo was used, for tests and for debugging.
    static let traceVariable = "LAKEFORM_PLAN_MEMO_TRACE"
    /// Larger outputs are not stored.
    static let outputLimit = 8 << 20

    /// The key the early look-up computed, for the plan that then runs (one walk of the inputs, not two).
    private static let earlyKey = Mutex<(arguments: [String], key: PlanMemoKey)?>(nil)

    /// Replays the memo of this command line and exits when there is one; returns when the command must run.
    static func replayIfMemoised(arguments: [String]) {
        let environment = ProcessInfo.processInfo.environment
        guard isEnabled(environment), let invocation = PlanInvocation(arguments: arguments) else { return }
        let path = SwiftBlueprintLoader.defaultCacheDirectory + "/" + ArtifactCache.fileName
        guard access(path, R_OK | W_OK) == 0, let key = PlanMemoKey.make(invocation, arguments: arguments, environment: environment) else {
            trace("miss", environment)
            return
        }
        guard let memo = ArtifactCache.planMemo(directory: SwiftBlueprintLoader.defaultCacheDirectory, key: key.digest),
              let chunks = ConsoleTranscript.decode(memo.output) else {
            earlyKey.withLock { $0 = (arguments, key) }
            trace("miss", environment)
            return
        }
        trace("hit", environment)
        _ = ConsoleTranscript.replay(chunks)
        exit(memo.status)
    }

    static func isEnabled(_ environment: [String: String]) -> Bool {
        (environment[disableVariable] ?? "").isEmpty || environment[disableVariable] == "0"
    }

    static func trace(_ text: String, _ environment: [String: String]) {
        if environment[traceVariable] == "1" { FileHandle.standardError.write(Data("plan memo: \(text)\n".utf8)) }
    }

    /// A plan being recorded for the memo: its key before it ran and what it printed.
    final class Recording {
        private let invocation: PlanInvocation
        private let environment: [String: String]
        /// The key: the early look-up's, or walked on its own thread while the plan runs (a cold plan of 1,000 lakes
        /// spent 0.3 s stamping generated/ on one core before reading a blueprint).
        private let key: BackgroundValue<PlanMemoKey?>
        /// Set once every lake's price book is bundled or in a folder the key walks.
        var priceBooksCovered = false

        /// Starts recording `command` when the memo may stand for it (read from the command line as ArgumentParser read
        /// it), else nil.
        init?(_ command: PlanCommand, arguments: [String]) {
            let environment = ProcessInfo.processInfo.environment
            guard PlanMemo.isEnabled(environment), command.out == nil, !command.options.swift.noCache,
                  let invocation = PlanInvocation(arguments: arguments), invocation == PlanInvocation(command) else { return nil }
            let early = PlanMemo.earlyKey.withLock { $0 }
            if let early, early.arguments == arguments {
                key = BackgroundValue(ready: early.key)
            } else {
                guard let inputs = PlanMemoKey.Inputs(invocation, arguments: arguments, environment: environment) else {
                    PlanMemo.trace("not stored: an input is unusual", environment)
                    return nil
                }
                key = BackgroundValue { inputs.key() }
            }
            (self.invocation, self.environment) = (invocation, environment)
            ConsoleTranscript.start(limit: PlanMemo.outputLimit)
        }

        /// Notes whether the lakes' price books are all covered by the key.
        func cover(priceBookFiles: [String]) {
            priceBooksCovered = priceBookFiles.allSatisfy { Self.isCovered($0, walkingBlueprints: invocation.paths.isEmpty) }
        }

        /// Stops recording and stores the plan unless it failed or it is in doubt. An input that changes while it runs
        /// needs no second look: changed before the key's walk stamped it, its change time makes the key racy; after,
        /// its stamp differs from the key's, so the next plan misses.
        func finish(status: Int32) {
            let output = ConsoleTranscript.stop().map(ConsoleTranscript.encode)
            guard let key = key.value else { return PlanMemo.trace("not stored: an input is unusual", environment) }
            let reason: String? = switch true {
            case status == 1: "the plan failed"
            case !priceBooksCovered: "a price book is outside the folders the key covers"
            case key.racy: "an input changed less than 2 s ago"
            case (output?.count ?? .max) > PlanMemo.outputLimit: "the output is too large"
            default: nil
            }
            guard reason == nil, let output else { return PlanMemo.trace("not stored: \(reason ?? "")", environment) }
            ArtifactCache.open(directory: SwiftBlueprintLoader.defaultCacheDirectory)?.storePlanMemo(key: key.digest, output: output, status: status)
            PlanMemo.trace("stored", environment)
        }

        /// Whether a price book path (relative to the root, maybe through `..`) lies under pricebooks/, or under
        /// blueprints/ when the key walks it.
        static func isCovered(_ path: String, walkingBlueprints: Bool) -> Bool {
            guard !path.hasPrefix("/") else { return false }
            var components: [Substring] = []
            for component in path.split(separator: "/") where component != "." {
                if component == ".." {
                    guard components.popLast() != nil else { return false }
                } else {
                    components.append(component)
                }
            }
            return components.count >= 2 && (components[0] == "pricebooks" || walkingBlueprints && components[0] == "blueprints")
        }
    }
}

extension PlanInvocation {
    /// What ArgumentParser read for `command`.
    init(_ command: PlanCommand) {
        self.init(paths: command.options.paths, state: command.stateOptions.state, lockTimeout: command.stateOptions.lockTimeout,
                  format: command.format, detailedExitcode: command.detailedExitcode, failOnDestructive: command.failOnDestructive,
                  blueprintTimeout: command.options.swift.blueprintTimeout)
    }
}
