import LakeModel

/// The shared end of `build` and `report`: compare with the folder (`--check`) or write it.
extension GeneratedTree {
    /// Writes `artifacts` over `scopes`, or with `check` only reports what differs and throws when stale.
    /// `label` names what is written (`""` or `" report"`), `command` the command that refreshes it.
    func sync(_ artifacts: [Artifact], scopes: [String], lakes: Int, check: Bool, label: String, command: String) throws {
        let subject = label.isEmpty ? "\(root)/" : "\(root)/\(label)s"
        if check {
            let differences = differences(artifacts, scopes: scopes)
            guard differences.isEmpty else {
                for difference in differences { Console.out("\(difference.change.rawValue): \(root)/\(difference.path)") }
                Console.error("\(subject) \(label.isEmpty ? "is" : "are") stale: \(differences.count) file\(differences.count == 1 ? "" : "s") differ. "
                              + "Run `lakeform \(command)` and commit the result.")
                throw ExitStatus.failure
            }
            Console.out("\(subject) \(label.isEmpty ? "is" : "are") up to date: \(artifacts.count) files for \(lakes) lakes.")
            return
        }
        do {
            try write(artifacts, scopes: scopes)
        } catch {
            Console.error("error: \(error) [\(command).write]")
            throw ExitStatus.failure
        }
        Console.out("Wrote \(artifacts.count)\(label) files for \(lakes) lakes to \(root)/.")
    }
}
