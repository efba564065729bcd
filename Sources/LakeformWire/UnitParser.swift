extension Wire {
    /// Exact parsing of unit strings into canonical integers, without floating point.
    public enum UnitParser {
        static let byteUnits: [String: Int] = [
            "": 1, "B": 1,
            "KB": 1_000, "MB": 1_000_000, "GB": 1_000_000_000, "TB": 1_000_000_000_000,
            "PB": 1_000_000_000_000_000,
            "K": 1_000, "M": 1_000_000, "G": 1_000_000_000, "T": 1_000_000_000_000, "P": 1_000_000_000_000_000,
            "KI": 1 << 10, "MI": 1 << 20, "GI": 1 << 30, "TI": 1 << 40, "PI": 1 << 50,
            "KIB": 1 << 10, "MIB": 1 << 20, "GIB": 1 << 30, "TIB": 1 << 40, "PIB": 1 << 50,
        ]
        static let durationUnits: [String: Int] = [
            "S": 1, "M": 60, "MIN": 60, "H": 3_600, "D": 86_400, "W": 604_800, "Y": 31_536_000,
        ]

        /// `10PB`, `1.5 TB`, `512GiB`, `100Mi`, `2048` → bytes. Decimal units are powers of 1000.
        public static func bytes(_ text: String) -> Int? {
            scaled(text, units: byteUnits)
        }

        /// `500MB/s`, `1GiB/s` → bytes per second.
        public static func rate(_ text: String) -> Int? {
            let trimmed = text.trimmingSpaces()
            for suffix in ["/s", "/S", "ps"] where trimmed.hasSuffix(suffix) {
                return bytes(String(trimmed.dropLast(suffix.count)))
            }
            return nil
        }

        /// `7d`, `24h`, `90m`, `30s`, `2w`, `1y` → seconds.
        public static func duration(_ text: String) -> Int? {
            let trimmed = text.trimmingSpaces()
            guard let last = trimmed.last, last.isLetter else { return nil }
            return scaled(trimmed, units: durationUnits)
        }

        /// `$30,000`, `4.27`, `$0.43`, `USD 12` → cents.
        public static func money(_ text: String) -> Int? {
            var cleaned = text.trimmingSpaces().replacing(",", with: "")
            for prefix in ["$", "USD"] where cleaned.hasPrefix(prefix) {
                cleaned = String(cleaned.dropFirst(prefix.count)).trimmingSpaces()
            }
            return scaled(cleaned, units: ["": 1], factor: 100)
        }

        /// Whether `text` is a well-formed number with a known unit (byte, rate, duration or money) whose value
        /// does not fit a 64-bit integer, such as `9223.5PB`: decoding then says "too large", not "malformed".
        public static func isTooLarge(_ text: String) -> Bool {
            let trimmed = text.trimmingSpaces()
            for suffix in ["/s", "/S", "ps"] where trimmed.hasSuffix(suffix) {
                return isTooLarge(String(trimmed.dropLast(suffix.count)))
            }
            let money = trimmed.replacing(",", with: "").replacing("$", with: "")
            return [(trimmed, byteUnits, 1), (trimmed, durationUnits, 1), (money, ["": 1], 100)].contains { text, units, factor in
                if case .tooLarge = parse(text, units: units, factor: factor) { return true }
                return false
            }
        }

        /// Splits `<decimal><unit>` and multiplies exactly; nil when not integral or overflowing.
        static func scaled(_ text: String, units: [String: Int], factor: Int = 1) -> Int? {
            if case .value(let value) = parse(text, units: units, factor: factor) { return value }
            return nil
        }

        /// The outcome of reading `<decimal><unit>`.
        enum Parsed: Equatable {
            case value(Int)
            case malformed
            case tooLarge
        }

        /// Reads `<decimal><unit>` with checked arithmetic: every product and sum reports overflow instead of trapping.
        static func parse(_ text: String, units: [String: Int], factor: Int) -> Parsed {
            let trimmed = text.trimmingSpaces()
            let numberEnd = trimmed.firstIndex { !($0.isNumber || $0 == "." || $0 == "-" || $0 == "_") } ?? trimmed.endIndex
            let number = String(trimmed[..<numberEnd]).replacing("_", with: "")
            let unit = String(trimmed[numberEnd...]).trimmingSpaces().uppercased()
            guard !number.isEmpty, let unitSize = units[unit] else { return .malformed }
            let parts = number.split(separator: ".", omittingEmptySubsequences: false)
            let wholeText = parts[0].isEmpty ? "0" : String(parts[0])
            guard parts.count <= 2, wholeText.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }),
                  wholeText.dropFirst().allSatisfy({ $0 != "-" }), wholeText != "-" else { return .malformed }
            guard let whole = Int(wholeText) else { return .tooLarge }
            let (multiplier, tooLarge) = unitSize.multipliedReportingOverflow(by: factor)
            let (base, overflow) = whole.multipliedReportingOverflow(by: multiplier)
            guard !tooLarge, !overflow else { return .tooLarge }
            guard parts.count == 2, !parts[1].isEmpty else { return .value(base) }
            guard parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return .malformed }
            // Beyond 18 digits only zeros can still give a whole number; 10^18 is the largest power of ten an Int holds.
            let digits = parts[1].prefix(18)
            guard parts[1].dropFirst(digits.count).allSatisfy({ $0 == "0" }), let fraction = Int(digits) else { return .malformed }
            var denominator = 1
            for _ in digits { denominator *= 10 }
            let (high, low) = fraction.multipliedFullWidth(by: multiplier)
            guard high < denominator / 2 else { return .tooLarge }  // keeps the quotient below Int.max
            let (part, remainder) = denominator.dividingFullWidth((high, low))
            guard remainder == 0 else { return .malformed }
            let (total, sumOverflow) = parts[0].hasPrefix("-") ? base.subtractingReportingOverflow(part) : base.addingReportingOverflow(part)
            return sumOverflow ? .tooLarge : .value(total)
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
