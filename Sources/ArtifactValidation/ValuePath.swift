/// Where a value sits in a document: `spec.kafka.listeners[0].port`.
///
/// Keys that contain a dot, a bracket or a space, or are empty, are written in brackets:
/// `metadata.labels["app.kubernetes.io/name"]`. The document itself is `(root)`.
public struct ValuePath: Hashable, Sendable, CustomStringConvertible {
    /// One step: a mapping key or a list index.
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) { self.components = components }

    /// A path of mapping keys only, such as `["spec", "kafka", "replicas"]`.
    public init(keys: [String]) { self.components = keys.map(Component.key) }

    public static let root = ValuePath()

    /// One copy of the components, grown by one (`components + [key]` built a second array for every value validated).
    public func appending(_ key: String) -> ValuePath { appending(.key(key)) }
    public func appending(index: Int) -> ValuePath { appending(.index(index)) }

    private func appending(_ component: Component) -> ValuePath {
        var longer: [Component] = []
        longer.reserveCapacity(components.count + 1)
        longer.append(contentsOf: components)
        longer.append(component)
        return ValuePath(longer)
    }

    /// Whether `self` equals `other` or lies below it.
    public func isWithin(_ other: ValuePath) -> Bool {
        components.starts(with: other.components)
    }

    public var description: String {
        guard !components.isEmpty else { return "(root)" }
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where key.isEmpty || key.contains(where: { ".[] \"".contains($0) }):
                text += "[\"\(key)\"]"
            case .key(let key):
                text += text.isEmpty ? key : ".\(key)"
            }
        }
        return text
    }
}
