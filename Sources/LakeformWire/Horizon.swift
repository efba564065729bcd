extension Wire {
    /// The planning horizon: how many months ahead stateful stores are sized for. Decodes from a
    /// number of months (`18`), a span such as `18mo`, `18 months`, `2y` or `2 years`, or `{months: 18}`;
    /// encodes as `{months: N}`.
    public struct Horizon: Codable, Hashable, Sendable {
        public var months: Int
        public init(months: Int) { self.months = months }

        private enum CodingKeys: String, CodingKey { case months }

        public init(from decoder: any Decoder) throws {
            if let keyed = try? decoder.container(keyedBy: CodingKeys.self) {
                months = try keyed.decode(Int.self, forKey: .months)
                return
            }
            let container = try decoder.singleValueContainer()
            if let whole = try? container.decode(Int.self) {
                months = whole
                return
            }
            let expected = "a horizon such as 12 (months), 18mo, 18 months or 2y"
            guard let text = try? container.decode(String.self), let parsed = Self.months(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected \(expected)")
            }
            months = parsed
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(months, forKey: .months)
        }

        /// `18mo`, `18 months`, `1 month`, `2y`, `2 years` → months; nil for anything else.
        static func months(_ text: String) -> Int? {
            let trimmed = trimmingBlanks(text).lowercased()
            guard let numberEnd = trimmed.firstIndex(where: { !$0.isASCII || !$0.isNumber }),
                  let count = Int(trimmed[..<numberEnd]) else { return Int(trimmed) }
            let unit = trimmingBlanks(trimmed[numberEnd...])
            switch unit {
            case "mo", "month", "months": return count
            case "y", "yr", "year", "years":
                let (value, overflow) = count.multipliedReportingOverflow(by: 12)
                return overflow ? nil : value
            default: return nil
            }
        }

        /// `text` without leading and trailing tabs and space separators (Foundation's `.whitespaces`), so the
        /// wire module needs no Foundation and a blueprint's compile loads none of its C modules.
        private static func trimmingBlanks(_ text: some StringProtocol) -> String {
            let isBlank = { (character: Character) in
                character.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
            }
            guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) })
            else { return "" }
            return String(text[first...last])
        }
    }
}
