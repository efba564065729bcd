import Foundation

/// The part of a `swift-symbolgraph-extract` symbol graph the reference reads: symbols, their doc comments,
/// parameters and source files.
public struct SymbolGraph: Decodable, Sendable {
    public var symbols: [Symbol]

    /// One public declaration of the module.
    public struct Symbol: Decodable, Sendable {
        public var kind: Kind
        public var pathComponents: [String]
        public var docComment: DocLines?
        public var functionSignature: Signature?
        public var location: Location?
        /// The declaration as written, such as `init(…, @DeclarationBuilder<LakeBlock> _ content: …)`.
        public var declarationFragments: [Parameter.Fragment]?

        public struct Kind: Decodable, Sendable { public var identifier: String }
        public struct DocLines: Decodable, Sendable { public var lines: [Line] }
        public struct Line: Decodable, Sendable { public var text: String }
        public struct Signature: Decodable, Sendable { public var parameters: [Parameter]? }
        public struct Location: Decodable, Sendable { public var uri: String }

        /// A parameter's internal name and its declaration, such as `retention: TimeSpan?`.
        public struct Parameter: Decodable, Sendable {
            public var name: String
            public var declarationFragments: [Fragment]

            public struct Fragment: Decodable, Sendable { public var spelling: String }

            /// The declared type, without the name: `TimeSpan?`.
            public var type: String {
                let text = declarationFragments.map(\.spelling).joined()
                return text.range(of: ": ").map { String(text[$0.upperBound...]) } ?? text
            }
        }

        /// The doc comment's lines, empty when there is none.
        public var documentation: [String] { docComment?.lines.map(\.text) ?? [] }
        /// `swift.struct` without the `swift.` prefix.
        public var kindName: String { kind.identifier.replacingOccurrences(of: "swift.", with: "") }
        /// The source file relative to the module folder: `Components/Kafka.swift`.
        public var file: String? { location.map { $0.uri.components(separatedBy: "/Sources/LakeformDSL/").last ?? $0.uri } }
    }

    /// Reads a symbol graph file.
    public static func load(_ url: URL) throws -> SymbolGraph {
        try JSONDecoder().decode(SymbolGraph.self, from: Data(contentsOf: url))
    }
}
