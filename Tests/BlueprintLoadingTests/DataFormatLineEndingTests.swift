@testable import BlueprintLoading
import Testing

@Suite("DataFormat: line endings")
struct DataFormatLineEndingTests {
    @Test func windowsLineEndingsKeepLinesAndColumns() throws {
        let text = DataFormatLoad.lake(components: "kafka:\n  zonez: 3").split(separator: "\n").joined(separator: "\r\n")
        let error = try #require(DataFormatLoad.error(text))
        #expect(error.id == "blueprint.unknownKey")
        #expect(error.source?.line == 10)
        #expect(error.source?.column == 9)
    }

    @Test func windowsLineEndingsFindTheTabbedLine() throws {
        let error = try #require(DataFormatLoad.error("formatVersion: 1\r\nlakes:\r\n\t- name: a\r\n"))
        #expect(error.source?.line == 3)
        #expect(error.notes == ["this line contains a tab; indent YAML with spaces"])
    }
}
