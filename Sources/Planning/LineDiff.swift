/// A small unified line diff for artifacts that are not YAML or JSON.
enum LineDiff {
    /// Lines prefixed with ` `, `-` or `+`, keeping `context` unchanged lines around each change and `…` between hunks.
    static func lines(before: String, after: String, context: Int = 2) -> [String] {
        let old = before.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = after.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = script(old, new)
        let changed = edits.indices.filter { edits[$0].first != " " }
        var keep = Set<Int>()
        for index in changed { keep.formUnion(max(0, index - context)...min(edits.count - 1, index + context)) }
        var output: [String] = []
        var previous: Int?
        for index in keep.sorted() {
            if let previous, index > previous + 1 { output.append("…") }
            output.append(edits[index])
            previous = index
        }
        return output
    }

    /// The edit script: common prefix and suffix, and a longest-common-subsequence diff of the middle.
    private static func script(_ old: [String], _ new: [String]) -> [String] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        { suffix += 1 }
        let a = Array(old[prefix..<(old.count - suffix)]), b = Array(new[prefix..<(new.count - suffix)])
        return old[..<prefix].map { " " + $0 } + middle(a, b) + old[(old.count - suffix)...].map { " " + $0 }
    }

    private static func middle(_ a: [String], _ b: [String]) -> [String] {
        guard a.count * b.count <= 4_000_000 else { return a.map { "-" + $0 } + b.map { "+" + $0 } }
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var output: [String] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                output.append(" " + a[i]); i += 1; j += 1
            } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
                output.append("-" + a[i]); i += 1
            } else {
                output.append("+" + b[j]); j += 1
            }
        }
        return output
    }
}
