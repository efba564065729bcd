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

        /// Splits `<decimal><unit>` and multiplies exactly; nil when not integral or overflowing.
        static func scaled(_ text: String, units: [String: Int], factor: Int = 1) -> Int? {
            let trimmed = text.trimmingSpaces()
            let numberEnd = trimmed.firstIndex { !($0.isNumber || $0 == "." || $0 == "-" || $0 == "_") } ?? trimmed.endIndex
            let number = String(trimmed[..<numberEnd]).replacing("_", with: "")
            let unit = String(trimmed[numberEnd...]).trimmingSpaces().uppercased()
            guard !number.isEmpty, let unitSize = units[unit] else { return nil }
            let (multiplier, tooLarge) = unitSize.multipliedReportingOverflow(by: factor)
            guard !tooLarge else { return nil }
            let parts = number.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count <= 2, let whole = Int(parts[0].isEmpty ? "0" : String(parts[0])) else { return nil }
            let (base, overflow) = whole.multipliedReportingOverflow(by: multiplier)
            guard !overflow else { return nil }
            var total = base
            if parts.count == 2, !parts[1].isEmpty {
                guard let fraction = Int(parts[1]), fraction >= 0 else { return nil }
                var denominator = 1
                for _ in parts[1] { denominator *= 10 }
                let (product, overflowed) = fraction.multipliedReportingOverflow(by: multiplier)
                guard !overflowed, product % denominator == 0 else { return nil }
                total += parts[0].hasPrefix("-") ? -(product / denominator) : product / denominator
            }
            return total
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
