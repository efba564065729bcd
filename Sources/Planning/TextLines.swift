/// Text built line by line in one `String`, each line ended by `\n`, instead of an array of lines joined at the end.
struct TextLines {
    private(set) var text = ""

    init() {}

    /// Text expected to grow to about `capacity` bytes, reserved at once: a plan of 1,000 lakes is 20 MB, and growing
    /// a string that large by doubling copied it over and over into freshly faulted pages.
    init(reservingCapacity capacity: Int) { text.reserveCapacity(capacity) }

    /// Appends text that is already whole lines, each ended by `\n`.
    mutating func append(text: String) { self.text += text }

    /// Appends `line` (its parts, concatenated) and a line break.
    mutating func append(_ line: String, _ more: String = "") {
        text += line
        text += more
        text += "\n"
    }
}
