import Diagnostics
import Foundation

/// One compile of a batch: a `main.swift` that hands the members' functions to the DSL's `BatchEvaluation`,
/// checked for imports while it compiles like a single blueprint, and what it tells about each member.
struct BatchProgram {
    /// Where the program, its runtime links and its outputs go.
    let directory: String
    /// Member index, the path as given, and its generated file (`BatchSource`); entry `i` of the program is `members[i]`.
    let members: [(index: Int, userPath: String, file: String)]

    /// What a compile gave: the program and the members it must not run, or only the members to leave out.
    enum Build {
        case built(binary: String, excluded: Set<Int>)
        case failed(excluded: Set<Int>)
    }

    /// The program's entry number of member `index`.
    func entry(of index: Int) -> Int { members.firstIndex { $0.index == index } ?? -1 }

    /// Compiles while checking the imports; the check wins. A member with a forbidden import, or with an error or warning
    /// of its own (which the single evaluation reports exactly), is excluded; a failure no member can be blamed for excludes none.
    func build(compiler: SwiftCompiler, runtime: DSLRuntime, flags: [String], environment: [String: String]) -> Build {
        let main = directory + "/main.swift", binary = directory + "/batch"
        let calls = members.map { SwiftBlueprintBatch.function($0.index) }.joined(separator: ", ")
        let driver = "@_spi(LakeformBatch) import LakeformDSL\nBatchEvaluation.run([\(calls)])\n"
        guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil,
              FileManager.default.createFile(atPath: main, contents: Data(driver.utf8))
        else { return .failed(excluded: []) }
        let sources = [main] + members.map(\.file)

        let compile = BackgroundRun { cancellation in
            try compiler.compile(
                sources: sources, output: binary, runtime: runtime, flags: flags + ["-wmo"], environment: environment,
                cancellation: cancellation
            )
        }
        if let rejected = importVerdict(sources: sources, compiler: compiler, flags: flags, environment: environment) {
            compile.cancel()
            return rejected
        }
        guard let compiled = try? compile.wait() else { return .failed(excluded: []) }
        let blamed = blamedMembers(compiled.stderr + "\n" + compiled.stdout)
        return compiled.termination == .exited(0) ? .built(binary: binary, excluded: blamed) : .failed(excluded: blamed)
    }

    /// Nil when `sources` import only allowed modules; else the members to leave out (none when the listing failed).
    private func importVerdict(sources: [String], compiler: SwiftCompiler, flags: [String], environment: [String: String]) -> Build? {
        guard let listed = try? compiler.importedModules(of: sources, flags: flags, environment: environment) else {
            return .failed(excluded: [])
        }
        guard listed.termination == .exited(0) else { return .failed(excluded: blamedMembers(listed.stderr)) }
        let forbidden = listed.stdout.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !BlueprintImportCheck.allowedModules.contains($0) }
        guard !forbidden.isEmpty else { return nil }
        // Only a file that names a module can import it.
        let naming = members.filter { member in
            let text = (try? String(contentsOfFile: member.file, encoding: .utf8)) ?? ""
            return forbidden.contains { text.contains($0) }
        }
        return .failed(excluded: Set(naming.map(\.index)))
    }

    /// The members that swiftc's errors and warnings point at, by the user's path or the generated file.
    private func blamedMembers(_ output: String) -> Set<Int> {
        let located = /^(?<file>.+?):\d+:\d+: (?:error|warning):/
        let files = Set(output.split(separator: "\n").compactMap { $0.firstMatch(of: located).map { String($0.file) } })
        return Set(members.filter { files.contains($0.userPath) || files.contains($0.file) }.map(\.index))
    }

    /// The run of entry `entry` from the files the program left in `output`, or nil when it wrote no result.
    static func result(in output: String, entry: Int, userPath: String, timeout: Duration) -> BlueprintRunner.Run? {
        guard entry >= 0, let wire = FileManager.default.contents(atPath: "\(output)/\(entry).json") else { return nil }
        func printed(_ stream: String) -> String {
            let data = FileManager.default.contents(atPath: "\(output)/\(entry).\(stream)") ?? Data()
            return String(decoding: data.suffix(ChildProcess.outputLimit), as: UTF8.self)
        }
        let ran = ChildProcess.Result(termination: .exited(0), stdout: printed("stdout"), stderr: printed("stderr"))
        return BlueprintRunner.outcome(of: ran, wire: wire, userPath: userPath, timeout: timeout)
    }
}
