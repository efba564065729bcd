import LakeModel
import Testing
@testable import Costing

/// Decimal text as reports print it: exact digits, trailing zeros trimmed to a minimum, thousands grouped.
@Suite struct DecimalTextTests {
    @Test(arguments: [
        (0, 2, 0, "0"), (0, 2, 2, "0.00"), (5, 2, 0, "0.05"), (50, 2, 0, "0.5"), (500, 2, 0, "5"), (500, 2, 2, "5.00"),
        (-1_234_567, 2, 2, "-12,345.67"), (100_000_000, 6, 1, "100.0"), (123_456_789, 3, 0, "123,456.789"), (7, 1, 3, "0.7"),
    ])
    func formats(value: Int, scale: Int, minimumDecimals: Int, text: String) {
        #expect(DecimalText.format(value, scale: scale, minimumDecimals: minimumDecimals) == text)
    }

    @Test func machinesGetNoGroupingAndTextReadsBack() {
        for value in [0, 1, 9, 10, 999, 1_000, 1_000_001, -1_000_000, Int.max / 10, -(Int.max / 10)] {
            for scale in 1...6 {
                let text = DecimalText.format(value, scale: scale, minimumDecimals: 0, grouped: false)
                #expect(DecimalText.parse(text, scale: scale) == value, "\(value) at scale \(scale): \(text)")
                #expect(!text.contains(","))
                #expect(!text.contains(".") || !text.hasSuffix("0"), "trailing zeros trimmed: \(text)")
            }
        }
    }

    @Test func groupingPutsACommaEveryThreeDigits() {
        #expect([0, 12, 123, 1_234, 12_345, 123_456, 1_234_567, -1_234].map(UnitFormat.grouped)
            == ["0", "12", "123", "1,234", "12,345", "123,456", "1,234,567", "-1,234"])
    }
}
