import Foundation

/// Maps the file names a compiled blueprint reports back to the path as the user gave it.
enum BlueprintSourcePath {
    /// `userPath` when `file` names the blueprint (`#filePath` gives the path itself, `#fileID` gives
    /// `Blueprint/<name>`, and code without `#sourceLocation` gives `main.swift`); otherwise nil.
    static func resolve(_ file: String, userPath: String) -> String? {
        let name = URL(fileURLWithPath: userPath).lastPathComponent
        return [userPath, "main.swift", "Blueprint/\(name)"].contains(file) ? userPath : nil
    }

    /// The `#sourceLocation` line that makes swiftc report what follows at `path`, line 1.
    static func directive(_ path: String) -> String {
        let quoted = path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "#sourceLocation(file: \"\(quoted)\", line: 1)"
    }
}
