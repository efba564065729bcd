import Diagnostics
import Dispatch
import Foundation
import LakeModel

/// Evaluates many Swift blueprints with one compile and one run per chunk (docs/blueprints.md, "Batches"):
/// each blueprint becomes a function of one program (`BatchSource`), which evaluates them one after another.
/// Whatever the batch cannot settle exactly as a compile of the blueprint alone would (a compiler error or
/// warning, an import it cannot move, a crash, an exit, a hang) is left to a single evaluation, so a batch
/// result and a single one are the same and the others go on.
struct SwiftBlueprintBatch {
    /// At most this many blueprints share a compile, so that a failing one costs the others one recompile
    /// of this size at most, and chunks keep every core busy.
    static let chunkSize = 100
    /// Rounds of compiling without the blueprints that failed the round before; then the rest go alone.
    static let compileRounds = 3

    let compiler: SwiftCompiler
    let runtime: DSLRuntime
    /// `SwiftCompiler.moduleFlags`, as for a single evaluation.
    let flags: [String]
    /// What swiftc and the program see (`ChildEnvironment`).
    let environment: [String: String]
    /// The time limit of one blueprint; also the limit of one run of the program.
    let timeout: Duration

    /// A blueprint of the batch: the path as given and its bytes.
    struct Member: Sendable {
        let path: String
        let source: Data
    }

    /// One run per member, or nil for a member that must be evaluated alone.
    func evaluate(_ members: [Member]) -> [BlueprintRunner.Run?] {
        let cores = max(ProcessInfo.processInfo.activeProcessorCount, 1)
        let chunkCount = max(min(members.count / 2, cores), IntegerMath.ceilDiv(members.count, Self.chunkSize))
        let chunks = (0..<chunkCount).map { chunk in
            Array(members.indices).filter { $0 % chunkCount == chunk }
        }
        let results = ParallelResults<[Int: BlueprintRunner.Run]>(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
            let runs = evaluateChunk(chunks[chunk].map { members[$0] })
            results.set(chunk, Dictionary(uniqueKeysWithValues: runs.enumerated().compactMap { index, run in
                run.map { (chunks[chunk][index], $0) }
            }))
        }
        let byMember = results.values.reduce(into: [Int: BlueprintRunner.Run]()) { $0.merge($1) { first, _ in first } }
        return members.indices.map { byMember[$0] }
    }

    /// Compiles `members` into one program in a temporary directory, in rounds without the ones that fail, and runs it.
    private func evaluateChunk(_ members: [Member]) -> [BlueprintRunner.Run?] {
        let files = FileManager.default
        let work = files.temporaryDirectory.appendingPathComponent("lakeform-batch-\(UUID().uuidString)").path
        defer { try? files.removeItem(atPath: work) }
        guard (try? files.createDirectory(atPath: work, withIntermediateDirectories: true)) != nil else {
            return members.map { _ in nil }
        }
        var sourcePaths: [Int: String] = [:]
        for (index, member) in members.enumerated() {
            let path = "\(work)/blueprint\(index).swift"
            guard let wrapped = BatchSource(member.source, path: member.path, function: Self.function(index)),
                  files.createFile(atPath: path, contents: Data(wrapped.text.utf8)) else { continue }
            sourcePaths[index] = path
        }
        var included = sourcePaths.keys.sorted()
        for round in 0..<Self.compileRounds where included.count > 1 {
            let program = BatchProgram(directory: "\(work)/round\(round)", members: included.map { ($0, members[$0].path, sourcePaths[$0]!) })
            switch program.build(compiler: compiler, runtime: runtime, flags: flags, environment: environment) {
            case .built(let binary, let excluded):
                let runnable = included.filter { !excluded.contains($0) }
                return runs(of: binary, program: program, members: members, runnable: runnable)
            case .failed(let excluded):
                guard !excluded.isEmpty else { return members.map { _ in nil } }
                included.removeAll(where: excluded.contains)
            }
        }
        return members.map { _ in nil }
    }

    /// Runs `binary` on `runnable` (member indices), again from after the first member that left no result.
    private func runs(of binary: String, program: BatchProgram, members: [Member], runnable: [Int]) -> [BlueprintRunner.Run?] {
        var runs: [BlueprintRunner.Run?] = members.map { _ in nil }
        var pending = runnable
        while !pending.isEmpty {
            let output = program.directory + "/output-\(pending[0])"
            try? FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            let arguments = pending.map { String(program.entry(of: $0)) }
            let programEnvironment = BlueprintRunner.programEnvironment(environment, output: output)
            guard (try? ChildProcess.run(binary, arguments, environment: programEnvironment, timeout: timeout)) != nil else { break }
            let finished = pending.prefix { member in
                guard let run = BatchProgram.result(in: output, entry: program.entry(of: member), userPath: members[member].path,
                                                    timeout: timeout) else { return false }
                runs[member] = run
                return true
            }
            // The first one without a result exited, crashed or hung: it goes alone, the rest run again.
            pending = Array(pending.dropFirst(finished.count + 1))
        }
        return runs
    }

    /// The name of member `index`'s function.
    static func function(_ index: Int) -> String { "lakeformBlueprint\(index)" }
}
