/// The values mutations put into blueprints: numeric extremes, quantities beyond 64 bits, and hostile strings.
enum HostileValues {
    /// Integers and floats at and past every limit, written as YAML scalars.
    static let numbers = [
        "0", "-1", "1", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "18446744073709551616",
        "2147483648", "4294967296", "1000000000", "1000000000000", "1000000000000000000", "10001", "100001", "1e9", "1e12",
        "1e308", "-1e308", "1.7976931348623157e309", ".nan", ".inf", "-.inf", "NaN", "0.5", "-0", "0x7fffffffffffffff",
        "1_000_000_000", "0o777", "99999999999999999999999999999",
        // The largest values the bounds allow, which sizing must carry without overflow.
        "10000", "100000", "65536", "262143", "1000000000000", "1000000000000000000", "100000000",
    ]

    /// Sizes, rates, durations and amounts with units, many of them too large for 64 bits.
    static let quantities = [
        "9223.5PB", "9223372036854775807PB", "9223PB", "8EB", "1000000PB", "0.0001B", "-1TB", "1e3KB", "0B", "16TB",
        "1000000000TB/s", "9223372036854775807/s", "1PB/s", "-5MB/s", "$99999999999999999", "$92233720368547758.07",
        "9999999999999y", "106751991167d", "1000000000000w", "0s", "-7d", "1.5h", "18446744073709551616s",
        "120000000mo", "9223372036854775807 months", "1.00000000000000000000001GB",
        // The largest values the bounds allow.
        "1000PB", "1000000000000000000", "1PB", "1TB/s", "1000GB/s", "36500d", "1y", "120mo", "$1000000000000",
    ]

    /// Strings that break names, paths, formats and terminals.
    static let strings = [
        "", " ", "-", "Ünïcödé-ñame", "数据湖", "🦆🦆", "name\u{0}nul", "bell\u{7}", "tab\tname", "cr\rname", "line\nbreak",
        "sep\u{2028}arator", "para\u{2029}graph", "bidi\u{202E}txt", "zero\u{200B}width", String(repeating: "a", count: 300),
        String(repeating: "b", count: 64), String(repeating: "c", count: 254), "../../etc", "../../../../etc/passwd",
        "/etc/passwd", "/proc/self/environ", "a/b", "a..b", "UPPER", "bronze-to-silver", "bronze_to_silver", "${HOME}",
        "$(id)", "`id`", "'; DROP TABLE x;--", "\"", "'", "\\", "%s%n%x", "{{ .Values }}", "s3a://KEY:SECRET@bucket/x",
        "postgres://user:pw@host/db", "yes", "no", "y", "n", "null", "~", "on", "08", "1.0", ".", "..", "*", "&anchor",
        "!!binary", "#comment", "key: value", "- item", "[", "{", "\u{FEFF}bom",
    ]
}
