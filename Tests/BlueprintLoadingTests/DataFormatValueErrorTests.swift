@testable import BlueprintLoading
import Diagnostics
import Testing

@Suite("DataFormat: wrong types and invalid values")
struct DataFormatValueErrorTests {
    @Test func wrongTypeNamesThePathAndWhatWasFound() throws {
        let error = try #require(DataFormatLoad.error(DataFormatLoad.lake(workload: "dataVolume: 1TB\nactiveUsers: many")))
        #expect(error.id == "blueprint.typeMismatch")
        #expect(error.message == "expected an integer at lakes[0].workload.activeUsers, found the string 'many'")
        #expect(error.source?.line == 8)
        #expect(error.source?.column == 20)
    }

    @Test func quotedIntegerIsAStringWithAHint() throws {
        let error = try #require(DataFormatLoad.error(DataFormatLoad.lake(workload: "dataVolume: 1TB\nactiveUsers: \"12\"")))
        #expect(error.id == "blueprint.typeMismatch")
        #expect(error.message == "expected an integer at lakes[0].workload.activeUsers, found the string '12'")
        #expect(error.notes == ["quoted values are always strings; write 12 without quotes"])
    }

    @Test(arguments: [
        ("1.5", "blueprint.typeMismatch", "expected a whole number in decimal at lakes[0].workload.activeUsers, found the number 1.5"),
        ("0x1F", "blueprint.typeMismatch", "expected a whole number in decimal at lakes[0].workload.activeUsers, found the number 0x1F"),
        ("yes", "blueprint.typeMismatch", "expected an integer at lakes[0].workload.activeUsers, found the boolean 'yes'"),
        ("[1]", "blueprint.typeMismatch", "expected an integer at lakes[0].workload.activeUsers, found a list"),
        ("99999999999999999999", "blueprint.invalidValue",
         "lakes[0].workload.activeUsers: '99999999999999999999' is out of range for this number"),
    ])
    func integersAreDecimalWholeNumbers(value: String, id: String, message: String) throws {
        let error = try #require(DataFormatLoad.error(DataFormatLoad.lake(workload: "dataVolume: 1TB\nactiveUsers: \(value)")))
        #expect(error.id == id)
        #expect(error.message == message)
    }

    @Test func booleanFieldRejectsOtherWords() throws {
        let error = try #require(DataFormatLoad.error(DataFormatLoad.lake(components: "postgres:\n  pgvector: maybe")))
        #expect(error.id == "blueprint.typeMismatch")
        #expect(error.message == "expected true or false at lakes[0].components.postgres.pgvector, found the string 'maybe'")
    }

    @Test func emptyValueForARequiredString() throws {
        let text = "formatVersion: 1\nlakes:\n  - {name: , tier: a, namespace: a, workload: {dataVolume: 1}, components: {}}\n"
        let error = try #require(DataFormatLoad.error(text))
        #expect(error.id == "blueprint.typeMismatch")
        #expect(error.message == "expected a string at lakes[0].name, found an empty value")
    }

    @Test func invalidEnumValueListsTheAllowedValues() throws {
        let error = try #require(DataFormatLoad.error(DataFormatLoad.lake(components: "minio:\n  media: hdd2")))
        #expect(error.id == "blueprint.invalidValue")
        #expect(error.message == "'hdd2' at lakes[0].components.minio.media is not one of nvme, ssd, hdd")
        #expect(error.notes == ["did you mean 'hdd'?"])
        #expect(error.source?.line == 10)
        #expect(error.source?.column == 16)
    }

    @Test func enumGivenAListIsATypeMismatch() throws {
        let error = try #require(DataFormatLoad.error(DataFormatLoad.lake(components: "minio:\n  media: [ssd]")))
        #expect(error.id == "blueprint.typeMismatch")
        #expect(error.message == "expected one of nvme, ssd, hdd at lakes[0].components.minio.media, found a list")
    }

    @Test func badUnitStringReachesTheUnitParsersMessage() throws {
        let error = try #require(DataFormatLoad.error(DataFormatLoad.lake(workload: "dataVolume: 50XB")))
        #expect(error.id == "blueprint.invalidValue")
        #expect(error.message == "lakes[0].workload.dataVolume: '50XB' is not a size such as 500GB, 10PB or 512GiB")
        #expect(error.source?.line == 7)
        #expect(error.source?.column == 19)
    }

    @Test func quantityGivenAMappingUsesTheQuantitysExpectation() throws {
        let error = try #require(DataFormatLoad.error(DataFormatLoad.lake(workload: "dataVolume: {tb: 5}")))
        #expect(error.id == "blueprint.typeMismatch")
        #expect(error.message == "expected a size such as 500GB, 10PB or 512GiB at lakes[0].workload.dataVolume, found a mapping")
    }
}
