import LakeModel
import Testing

/// The one unit convention (docs/units.md): storage, data and rates in decimal units, memory in binary units,
/// at most two decimals, cut and never rounded up; whatever the value's factors are.
@Suite struct UnitTextTests {
    @Test func storageIsDecimalEvenForWholeBinaryMultiples() {
        #expect(Bytes(15_360_000_000_000).storageText == "15.36 TB")
        #expect(Bytes(200 << 30).storageText == "214.74 GB")
        #expect(Bytes(4 << 40).storageText == "4.39 TB")
        #expect(Bytes(1_500).storageText == "1.5 kB")
        #expect(Bytes(0).storageText == "0 B")
        #expect(Bytes(5_000_000_000_000_000).description == "5 PB")
    }

    @Test func memoryIsBinaryEvenForWholeDecimalMultiples() {
        #expect(Bytes(32 << 30).memoryText == "32 GiB")
        #expect(Bytes(1_536 << 20).memoryText == "1.5 GiB")
        #expect(Bytes(64_000_000_000).memoryText == "59.6 GiB")
        #expect(Bytes(384 << 20).memoryText == "384 MiB")
        #expect(Bytes(7_972_000_000_000).memoryText == "7.25 TiB")
    }

    @Test func precisionIsTwoDecimalsCutNotRounded() {
        #expect(Bytes(1_999_999_999).storageText == "1.99 GB")
        #expect(Bytes((2 << 30) - 1).memoryText == "1.99 GiB")
        #expect(BytesPerSecond(6_250_000_000).description == "6.25 GB/s")
        #expect(BytesPerSecond(1 << 30).description == "1.07 GB/s")
    }

    @Test func derivationsPrintInTheirQuantity() {
        #expect(QuantityUnit.bytes.format(560 << 30) == "601.29 GB")
        #expect(QuantityUnit.memory.format(560 << 30) == "560 GiB")
        #expect(QuantityUnit.memory.format(1_000_000_000) == "953.67 MiB")
    }
}
