/// What `plan` says above the plan about generated/ and the state: a checkout behind the state, a state without
/// revisions beside generated lakes, or drift.
enum PlanNotes {
    static func print(_ read: LockedSnapshot, generated: String, state: String, besideDocument: Bool) {
        let snapshot = read.snapshot
        if let behind = read.behind {
            Console.message("Warning: \(behind.message).\n  The plan below is against serial \(snapshot.serial) from blueprints that may be "
                            + "as old as serial \(behind.revision.serial); `lakeform apply` refuses until \(generated)/ is current.\n",
                            besideDocument: besideDocument)
        }
        if let warning = EmptyState.warning(snapshot, generated: generated, state: state) {
            // It explains every file of generated/ being "not in the state"; the drift list would only repeat it.
            Console.message(warning, besideDocument: besideDocument)
        } else if let drift = Drift.report(read.drift, generated: generated, serial: snapshot.serial) {
            Console.message(drift + "\n  `lakeform apply` will refuse to overwrite these until you pass --overwrite-drift.\n",
                            besideDocument: besideDocument)
        }
    }
}
