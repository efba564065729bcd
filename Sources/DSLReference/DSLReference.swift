/// The DSL as blueprint authors write it: every public builder with its wire key, initialisers, parameters and
/// members, read from the module's symbol graphs.
public struct DSLReference: Sendable {
    public var builders: [Builder]

    /// A public type of the DSL and what can be written with it.
    public struct Builder: Sendable {
        public var name: String
        /// The folder of its file (`Components`, `Workload`, …), which groups the reference.
        public var category: String
        public var kind: String
        public var doc: DocComment
        public var initializers: [Initializer] = []
        /// Static spellings such as `.terabytes(_:)` or `.kafkaBrokers`.
        public var members: [Member] = []
    }

    /// One way to construct a builder.
    public struct Initializer: Sendable {
        /// `Kafka(version:replicationFactor:)`, with `{ … }` when it takes a block.
        public var signature: String
        public var doc: DocComment
        public var parameters: [Parameter]
    }

    /// One argument a blueprint author writes.
    public struct Parameter: Sendable {
        /// The argument label, `_` when unlabelled.
        public var label: String
        public var name: String
        public var type: String
        public var doc: DocComment.Parameter?
        /// The full wire key, such as `lakes[].components.kafka.replicationFactor`; nil when it has none.
        public var wire: String?
    }

    /// A static member: a unit constructor, a column type, a pin key.
    public struct Member: Sendable {
        public var spelling: String
        public var summary: String
    }

    /// Parameters every element takes for source locations; never written by authors.
    static let sourceParameters: Set<String> = ["file", "line", "column"]
    /// Plumbing every declaration implements; documented once on `Declaration` and `DeclarationBuilder`.
    static func isPlumbing(_ name: String) -> Bool {
        name.hasPrefix("declare(") || name.hasPrefix("build") || name.first.map { !$0.isLetter } ?? true || name == "description"
    }

    public init(graphs: [SymbolGraph]) {
        let symbols = graphs.flatMap(\.symbols)
        var builders: [String: Builder] = [:]
        for symbol in symbols where symbol.pathComponents.count == 1 {
            let name = symbol.pathComponents[0]
            let category = symbol.file.map { $0.split(separator: "/").dropLast().joined(separator: "/") } ?? ""
            builders[name] = Builder(name: name, category: category.isEmpty ? "Core" : category, kind: symbol.kindName,
                                     doc: DocComment(lines: symbol.documentation))
        }
        for symbol in symbols where symbol.pathComponents.count >= 2 {
            let owner = symbol.pathComponents.first == "Wire" ? symbol.pathComponents[1] : symbol.pathComponents[0]
            let member = symbol.pathComponents.last!
            guard var builder = builders[owner], !Self.isPlumbing(member) else { continue }
            if symbol.kindName == "init" {
                builder.initializers.append(Self.initializer(symbol, owner: builder))
            } else if symbol.kindName.hasPrefix("type.") {
                builder.members.append(Member(spelling: "." + member, summary: DocComment(lines: symbol.documentation).summary))
            } else {
                continue
            }
            builders[owner] = builder
        }
        self.builders = builders.values.sorted { ($0.category, $0.name) < ($1.category, $1.name) }
    }

    static func initializer(_ symbol: SymbolGraph.Symbol, owner: Builder) -> Initializer {
        let doc = DocComment(lines: symbol.documentation)
        let path = symbol.pathComponents.last!
        let labels = path.dropFirst("init(".count).dropLast(2).split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let declared = symbol.functionSignature?.parameters ?? []
        var parameters: [Parameter] = []
        var takesBlock = false
        for (index, parameter) in declared.enumerated() where !sourceParameters.contains(parameter.name) {
            if parameter.type.contains("->") { takesBlock = true; continue }
            let documented = doc.parameters[parameter.name]
            let wire: String? = switch documented?.fields.wire {
            case "none": nil
            case let explicit?: explicit
            case nil: owner.doc.fields.wire.map { "\($0).\(parameter.name)" }
            }
            parameters.append(Parameter(label: index < labels.count ? labels[index] : parameter.name, name: parameter.name,
                                        type: parameter.type, doc: documented, wire: wire))
        }
        let arguments = parameters.map { "\($0.label):" }.joined()
        return Initializer(signature: "\(owner.name)(\(arguments))" + (takesBlock ? " { … }" : ""), doc: doc, parameters: parameters)
    }
}
