@testable import BlueprintLoading
import Foundation

/// A temporary directory for one test's blueprints, caches and scripts; `remove()` it when done.
struct SwiftBlueprintScratch {
    let root: String

    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-tests-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    /// `<root>/<name>`, created empty.
    func directory(_ name: String) -> String {
        let path = root + "/" + name
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes `source` to `<root>/blueprints/<name>.swift` and returns that path.
    func write(_ source: String, name: String) -> String {
        let path = directory("blueprints") + "/\(name).swift"
        try? Data(source.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A `swiftc` wrapper that appends a line to `log` each time it runs, then runs the real compiler.
    func countingCompiler() -> (path: String, log: String) {
        let real = SwiftCompiler.locate(
            explicit: nil, environment: ProcessInfo.processInfo.environment, executableDirectory: nil
        )?.path ?? "/usr/bin/swiftc"
        let script = directory("bin") + "/swiftc", log = root + "/swiftc.log"
        let text = "#!/bin/sh\necho \"$*\" >> '\(log)'\nexec '\(real)' \"$@\"\n"
        _ = FileManager.default.createFile(atPath: script, contents: Data(text.utf8), attributes: [.posixPermissions: 0o755])
        return (script, log)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
