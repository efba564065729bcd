/// Text built line by line in one `String`, each line ended by `\n`, instead of an array of lines joined at the end.
struct TextLines {
    private(set) var text = ""

    /// Appends `line` (its parts, concatenated) and a line break.
    mutating func append(_ line: String, _ more: String = "") {
        text += line
        text += more
        text += "\n"
    }
}
