import Dispatch
import LakeModel

/// Renders a plan for a terminal, Terraform-style, with `+ ~ - -/+` symbols; colour only when asked
/// (the CLI passes false for NO_COLOR and non-TTY output).
public enum PlanTextRenderer {
    /// - Parameter notes: lines printed before the summary, such as why everything is to add against an empty state.
    public static func render(_ plan: Plan, color: Bool, notes: [String] = []) -> String {
        guard !plan.isEmpty else { return PlanSummary.noChangesLine + "\n" }
        let paint = Paint(enabled: color)
        var lines = TextLines(reservingCapacity: 4_096 + estimatedSize(plan.changes[...]))
        if !plan.destructive.isEmpty {
            lines.append(paint.bold(paint.red("Destructive changes: these can lose data or availability")))
            for item in plan.destructive {
                lines.append("  " + paint.red("!"), " \(item.path): \(item.message)")
            }
            lines.append("")
        }
        if !plan.risky.isEmpty {
            lines.append(paint.bold(paint.yellow("Risky changes: these keep the data but can break its consumers or availability")))
            for item in plan.risky {
                lines.append("  " + paint.yellow("?"), " \(item.path): \(item.message)")
            }
            lines.append("")
        }
        lines.append("Lakeform will perform the following actions:")
        for chunk in actions(plan.changes, paint: paint) { lines.append(text: chunk) }
        if !plan.costs.isEmpty {
            lines.append("")
            lines.append(paint.bold("Cost and capacity changes:"))
            for lake in plan.costs {
                lines.append("  \(lake.lake): ", CostDeltaText.change(before: lake.beforeCents, after: lake.afterCents, currency: lake.currency))
                if let perTB = lake.perDataTB { lines.append("      ", CostDeltaText.perTB(perTB, currency: lake.currency)) }
                for line in lake.lines {
                    lines.append("      \(line.name) [\(line.components.joined(separator: ", "))]: ",
                                 CostDeltaText.change(before: line.beforeCents, after: line.afterCents, currency: lake.currency))
                }
                for figure in lake.capacity { lines.append("      ", CostDeltaText.figure(figure)) }
            }
        }
        lines.append("")
        for note in notes { lines.append("Note: ", note) }
        lines.append(paint.bold(plan.summary.line))
        return lines.text
    }

    /// The changes' sections, rendered in chunks on every core (a first plan of 1,000 lakes has 131,000), in order.
    private static func actions(_ changes: [ArtifactChange], paint: Paint) -> [String] {
        let chunkSize = 4_096, chunks = (changes.count + chunkSize - 1) / chunkSize
        let rendered = ParallelResults<String>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * chunkSize)..<min(changes.count, (chunk + 1) * chunkSize)
            var lines = TextLines(reservingCapacity: estimatedSize(changes[range]))
            for index in range {
                let change = changes[index]
                lines.append("")
                lines.append("  # \(change.path) \(change.action.phrase)")
                lines.append(paint.action(change.action, change.action.symbol.leftPad(3)), " \(change.path)")
                for reason in change.replaceReasons { lines.append("      # forces replacement: ", reason) }
                body(change, paint: paint, to: &lines)
            }
            rendered.set(chunk, lines.text)
        }
        return rendered.values
    }

    /// About the bytes the changes' sections take: two lines naming each path, and a few more for its key paths.
    private static func estimatedSize(_ changes: ArraySlice<ArtifactChange>) -> Int {
        changes.reduce(0) { $0 + 2 * $1.path.utf8.count + 64 * (1 + $1.keyPathChanges.count) }
    }

    private static func body(_ change: ArtifactChange, paint: Paint, to lines: inout TextLines) {
        if let diff = change.textDiff {
            for line in diff {
                let text = "      " + SensitiveValues.maskedLine(line)
                switch line.first {
                case "+": lines.append(paint.action(.create, text))
                case "-": lines.append(paint.action(.delete, text))
                default: lines.append(text)
                }
            }
            return
        }
        for item in change.keyPathChanges {
            let symbol = KeyPathText.symbol(item)
            lines.append("      " + paint.action(symbol.action, symbol.text), " " + KeyPathText.describe(item))
        }
        if change.unchangedKeys > 0 && !change.keyPathChanges.isEmpty {
            lines.append("      ", KeyPathText.hidden(change.unchangedKeys))
        }
    }
}

/// ANSI colour, or plain text when disabled.
struct Paint {
    var enabled: Bool

    func wrap(_ code: String, _ text: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    func red(_ text: String) -> String { wrap("31", text) }
    func yellow(_ text: String) -> String { wrap("33", text) }
    func bold(_ text: String) -> String { wrap("1", text) }

    func action(_ action: Action, _ text: String) -> String {
        switch action {
        case .create: wrap("32", text)
        case .update: yellow(text)
        case .delete, .replace: wrap("31", text)
        }
    }
}

/// One key-path change as text: `~ spec.kafka.replicas: 3 → 6`.
enum KeyPathText {
    static func symbol(_ change: KeyPathChange) -> (action: Action, text: String) {
        switch (change.before, change.after) {
        case (nil, _): (.create, "+")
        case (_, nil): (.delete, "-")
        default: (.update, "~")
        }
    }

    /// `# 42 unchanged keys hidden`.
    static func hidden(_ count: Int) -> String { "# \(count) unchanged \(count == 1 ? "key" : "keys") hidden" }

    /// The change with values under sensitive keys shown as `(sensitive value)`.
    static func describe(_ unmasked: KeyPathChange) -> String {
        let change = SensitiveValues.masked(unmasked)
        return switch (change.before, change.after) {
        case (let before?, let after?): "\(change.path): \(before) → \(after)"
        case (let before?, nil): "\(change.path): \(before)"
        case (nil, let after?): "\(change.path): \(after)"
        case (nil, nil): change.path
        }
    }
}

extension String {
    func leftPad(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
