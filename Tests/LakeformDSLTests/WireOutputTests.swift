import Foundation
@testable import LakeformDSL
import Testing

@Suite("Wire output")
struct WireOutputTests {
    @Test("the result goes to the named file as sorted, pretty JSON with unescaped slashes")
    func writesFile() throws {
        let result = Blueprint.evaluate {
            Lake("out", tier: "1 PB", namespace: "ns") {
                Workload(dataVolume: .petabytes(1))
                Iceberg(catalog: "c", type: .hadoop, warehouse: "s3a://datalake/warehouse")
            }
        }
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("lakeform-wire-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }

        WireOutput.deliver(result, to: path)

        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(try JSONDecoder().decode(Wire.EvaluationResult.self, from: Data(text.utf8)) == result)
        #expect(text.contains("\"s3a://datalake/warehouse\""))
        #expect(text.hasPrefix("{\n  \"document\""))
        let topLevelKeys = ["\n  \"document\"", "\n  \"errors\"", "\n  \"formatVersion\"", "\n  \"sourceMap\""]
        let offsets = topLevelKeys.map { text.range(of: $0)?.lowerBound }
        #expect(offsets.allSatisfy { $0 != nil })
        #expect(offsets.compactMap { $0 } == offsets.compactMap { $0 }.sorted())
    }

    @Test("the host variable is LAKEFORM_WIRE_OUTPUT")
    func variableName() {
        #expect(WireOutput.variable == "LAKEFORM_WIRE_OUTPUT")
    }
}
