import Foundation

/// One blueprint the fuzzer starts from: its file name, extension and text.
struct SeedBlueprint {
    let name: String
    let fileExtension: String
    let text: String

    /// Fixtures that are invalid on purpose (and past findings, mostly invalid); cases start from them less often, so
    /// that most cases reach sizing.
    var isInvalid: Bool { name.contains("/invalid/") || name.contains("/fuzz-corpus/") }
}

/// The bundled and fixture blueprints the mutations start from.
enum SeedCorpus {
    /// Folders under the repository whose YAML and JSON files seed the fuzzer.
    static let folders = ["blueprints/examples", "Tests/Fixtures", "Tests/Fixtures/sizing", "Tests/Fixtures/invalid", "Tests/Fixtures/fuzz-corpus"]

    /// The seeds under `root`, sorted by path so that a seed gives the same cases on every machine.
    /// With `lakeform`, the Swift tiers are dumped and added.
    static func load(root: String, lakeform: String?) throws -> [SeedBlueprint] {
        let manager = FileManager.default
        var seeds: [SeedBlueprint] = []
        for folder in folders {
            let directory = root + "/" + folder
            let names = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
            for name in names.sorted() where ["yaml", "yml", "json"].contains((name as NSString).pathExtension) {
                let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
                seeds.append(SeedBlueprint(name: folder + "/" + name, fileExtension: (name as NSString).pathExtension, text: text))
            }
        }
        if let lakeform { seeds += swiftTiers(root: root, lakeform: lakeform) }
        guard !seeds.isEmpty else {
            throw FuzzError("no seed blueprints under \(root) (looked in \(folders.joined(separator: ", "))); run from the repository root or pass --root")
        }
        return seeds
    }
}

extension SeedCorpus {
    /// The bundled Swift tiers (`blueprints/*.swift`) as the wire JSON `lakeform dump-blueprint` prints, so that cases
    /// also start from lakes that deploy every component. A tier that does not dump is left out with a note.
    static func swiftTiers(root: String, lakeform: String) -> [SeedBlueprint] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/blueprints")) ?? []).filter { $0.hasSuffix(".swift") }
        return names.sorted().compactMap { name in
            let process = Process()
            let output = Pipe()
            process.executableURL = URL(fileURLWithPath: lakeform)
            process.arguments = ["dump-blueprint", "blueprints/" + name]
            process.currentDirectoryURL = URL(fileURLWithPath: root)
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return nil }
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                say("note: blueprints/\(name) did not dump (exit \(process.terminationStatus)); fuzzing without it")
                return nil
            }
            return SeedBlueprint(name: "blueprints/\(name) (dumped)", fileExtension: "json", text: String(decoding: data, as: UTF8.self))
        }
    }
}

/// A problem that stops the fuzzer before it runs (exit 2), as opposed to a finding (exit 1).
struct FuzzError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
