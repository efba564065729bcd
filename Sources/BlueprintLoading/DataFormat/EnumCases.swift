/// Reflection over the wire enums (`CaseIterable & RawRepresentable`) for messages and placeholders.
enum EnumCases {
    /// The raw values a wire enum accepts, in declaration order; nil for any other type.
    static func names(of type: Any.Type) -> [String]? {
        guard let enumType = type as? any (CaseIterable & RawRepresentable).Type else { return nil }
        return rawValues(enumType)
    }

    /// The first case of an enum, used as a placeholder after its value was reported.
    static func first<T>(of type: T.Type) -> T? {
        guard let enumType = type as? any CaseIterable.Type else { return nil }
        return firstCase(enumType) as? T
    }

    private static func rawValues<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> [String] {
        E.allCases.map { "\($0.rawValue)" }
    }

    private static func firstCase<E: CaseIterable>(_ type: E.Type) -> E? {
        E.allCases.first
    }
}
