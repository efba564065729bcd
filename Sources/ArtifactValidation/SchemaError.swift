/// Why a schema file could not be compiled. Each case names the JSON pointer of the problem.
public enum SchemaError: Error, Equatable, CustomStringConvertible {
    case notASchema(String)
    case malformed(String)
    case badPattern(String, String)
    case remoteReference(String, String)
    case unresolvedReference(String)

    public var description: String {
        switch self {
        case .notASchema(let pointer): "\(pointer): not a schema (expected an object or a boolean)"
        case .malformed(let pointer): "\(pointer): keyword has a value of the wrong shape"
        case .badPattern(let pointer, let pattern): "\(pointer): pattern \(pattern) is not a valid regular expression"
        case .remoteReference(let pointer, let reference): "\(pointer): only local references are supported, found \(reference)"
        case .unresolvedReference(let reference): "\(reference): reference points nowhere in the document"
        }
    }
}
