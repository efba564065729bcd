extension Wire {
    /// A size in bytes. Encodes as an integer; decodes from an integer or a string with a unit
    /// such as `10PB`, `1.5 TB` or `512GiB`.
    public struct ByteCount: Codable, Hashable, Sendable {
        public var bytes: Int
        public init(bytes: Int) { self.bytes = bytes }

        public init(from decoder: any Decoder) throws {
            bytes = try decodeQuantity(decoder, parse: UnitParser.bytes, expected: "a size such as 500GB, 10PB or 512GiB")
        }
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(bytes)
        }
    }

    /// A throughput in bytes per second. Decodes from an integer or a string such as `500MB/s`.
    public struct ByteRate: Codable, Hashable, Sendable {
        public var bytesPerSecond: Int
        public init(bytesPerSecond: Int) { self.bytesPerSecond = bytesPerSecond }

        public init(from decoder: any Decoder) throws {
            bytesPerSecond = try decodeQuantity(decoder, parse: UnitParser.rate, expected: "a rate such as 500MB/s")
        }
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(bytesPerSecond)
        }
    }

    /// A duration in seconds. Decodes from an integer or a string such as `7d`, `24h` or `2w`.
    public struct TimeSpan: Codable, Hashable, Sendable {
        public var seconds: Int
        public init(seconds: Int) { self.seconds = seconds }

        public init(from decoder: any Decoder) throws {
            seconds = try decodeQuantity(decoder, parse: UnitParser.duration, expected: "a duration such as 7d, 24h or 90m")
        }
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(seconds)
        }
    }

    /// An amount of US dollars, kept in cents. Encodes as a string such as `$4.27`;
    /// decodes from that, from `$30,000`, or from a number of dollars.
    public struct Money: Codable, Hashable, Sendable {
        public var cents: Int
        public init(cents: Int) { self.cents = cents }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let whole = try? container.decode(Int.self) {
                let (product, overflow) = whole.multipliedReportingOverflow(by: 100)
                guard !overflow else { throw tooLarge(String(whole), decoder) }
                cents = product
                return
            }
            let text: String
            if let string = try? container.decode(String.self) {
                text = string
            } else if let number = try? container.decode(Double.self) {
                text = String(number)
            } else {
                throw DecodingError.typeMismatch(Int.self, .init(codingPath: decoder.codingPath, debugDescription: "expected an amount such as $30,000 or 4.27"))
            }
            guard let parsed = UnitParser.money(text) else {
                if UnitParser.isTooLarge(text) { throw tooLarge(text, decoder) }
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not an amount; write it as $30,000 or 4.27"))
            }
            cents = parsed
        }
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(description)
        }

        /// `$1234.50`: dollars with exactly two decimals, no grouping.
        public var description: String {
            let sign = cents < 0 ? "-" : ""
            let magnitude = cents.magnitude
            let fraction = magnitude % 100
            return "\(sign)$\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
        }
    }

    /// A pinned value: an integer in the pin key's canonical unit. Decodes from an integer or a
    /// string with a byte unit (`16TB`) or a duration (`7d`).
    public struct Quantity: Codable, Hashable, Sendable {
        public var value: Int
        public init(_ value: Int) { self.value = value }

        public init(from decoder: any Decoder) throws {
            value = try decodeQuantity(
                decoder, parse: { UnitParser.bytes($0) ?? UnitParser.duration($0) },
                expected: "an integer, a size such as 16TB or a duration such as 7d")
        }
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(value)
        }
    }
}

private func decodeQuantity(_ decoder: any Decoder, parse: (String) -> Int?, expected: String) throws -> Int {
    let container = try decoder.singleValueContainer()
    if let value = try? container.decode(Int.self) { return value }
    guard let text = try? container.decode(String.self) else {
        throw DecodingError.typeMismatch(Int.self, .init(codingPath: decoder.codingPath, debugDescription: "expected \(expected)"))
    }
    guard let value = parse(text) else {
        if Wire.UnitParser.isTooLarge(text) { throw tooLarge(text, decoder) }
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not \(expected)"))
    }
    return value
}

/// The error for a well-formed quantity beyond what a 64-bit integer counts (`9223.5PB`, `$1e17`).
private func tooLarge(_ text: String, _ decoder: any Decoder) -> DecodingError {
    .dataCorrupted(.init(codingPath: decoder.codingPath,
                         debugDescription: "'\(text)' is too large to count in a 64-bit integer; give a value within the documented range"))
}
