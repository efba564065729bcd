@testable import LakeformDSL
import Testing

@Suite("Units")
struct UnitsTests {
    @Test("decimal byte units are powers of 1000")
    func decimalBytes() {
        #expect(ByteCount.bytes(7).bytes == 7)
        #expect(ByteCount.kilobytes(3).bytes == 3_000)
        #expect(ByteCount.megabytes(2).bytes == 2_000_000)
        #expect(ByteCount.gigabytes(5).bytes == 5_000_000_000)
        #expect(ByteCount.terabytes(50).bytes == 50_000_000_000_000)
        #expect(ByteCount.petabytes(10).bytes == 10_000_000_000_000_000)
    }

    @Test("binary byte units are powers of 1024")
    func binaryBytes() {
        #expect(ByteCount.mebibytes(512).bytes == 536_870_912)
        #expect(ByteCount.gibibytes(64).bytes == 68_719_476_736)
        #expect(ByteCount.tebibytes(1).bytes == 1_099_511_627_776)
    }

    @Test("rates are decimal bytes per second")
    func rates() {
        #expect(ByteRate.bytesPerSecond(9).bytesPerSecond == 9)
        #expect(ByteRate.kilobytesPerSecond(4).bytesPerSecond == 4_000)
        #expect(ByteRate.megabytesPerSecond(20).bytesPerSecond == 20_000_000)
        #expect(ByteRate.gigabytesPerSecond(1).bytesPerSecond == 1_000_000_000)
    }

    @Test("durations are seconds")
    func durations() {
        #expect(TimeSpan.seconds(30).seconds == 30)
        #expect(TimeSpan.minutes(90).seconds == 5_400)
        #expect(TimeSpan.hours(24).seconds == 86_400)
        #expect(TimeSpan.days(7).seconds == 604_800)
        #expect(TimeSpan.weeks(2).seconds == 1_209_600)
    }

    @Test("money is kept in cents and encodes as dollars")
    func money() {
        #expect(Money.dollars(30_000).cents == 3_000_000)
        #expect(Money.dollars(4, cents: 27).cents == 427)
        #expect(Money.cents(43).description == "$0.43")
        #expect(Money.dollars(4, cents: 27).description == "$4.27")
    }
}
