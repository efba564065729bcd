import Foundation

/// Runs the built `lakeform` executable the way a user would, for end-to-end tests.
public enum LakeformProcess {
    /// What one run printed and how it exited.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The `lakeform` binary next to the running test bundle (the same build folder).
    public static var executable: String {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [bundleDirectory, bundleDirectory.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("lakeform").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return RepositoryPaths.path(".build/debug/lakeform")
    }

    /// Runs `lakeform arguments…` in `directory` (the repository root by default).
    public static func run(_ arguments: [String], in directory: String = RepositoryPaths.root,
                           environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        // Closed input, as in CI: a command that would wait for an answer must say so instead.
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let collected = DataCollector()
        let group = DispatchGroup()
        for (index, pipe) in [out, err].enumerated() {
            group.enter()
            DispatchQueue.global().async {
                collected.set(index, pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        process.waitUntilExit()
        group.wait()
        return Result(status: process.terminationStatus, stdout: collected.text(0), stderr: collected.text(1))
    }
}

/// Thread-safe holder for the two pipes' bytes.
private final class DataCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data: [Int: Data] = [:]

    func set(_ index: Int, _ value: Data) {
        lock.lock()
        data[index] = value
        lock.unlock()
    }

    func text(_ index: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data[index] ?? Data(), as: UTF8.self)
    }
}

/// A diagnostic line as the CLI prints it: `file:line:col: error: message [id]`.
public struct PrintedDiagnostic: Equatable, Sendable {
    public var file: String
    public var line: Int
    public var id: String

    public init(file: String, line: Int, id: String) {
        self.file = file
        self.line = line
        self.id = id
    }

    /// Every `error:` line of `stderr`, parsed.
    public static func errors(in stderr: String) -> [PrintedDiagnostic] {
        stderr.split(separator: "\n").compactMap { line in
            guard line.contains(": error: "), line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
            let id = String(line[line.index(after: open)..<line.index(before: line.endIndex)])
            let location = line[..<line.range(of: ": error: ")!.lowerBound].split(separator: ":")
            let number = location.count >= 2 ? Int(location[1]) ?? 0 : 0
            return PrintedDiagnostic(file: String(location.first ?? ""), line: number, id: id)
        }
    }
}
