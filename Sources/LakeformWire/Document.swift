extension Wire {
    /// A blueprint file: one or more lakes.
    public struct Document: Codable, Equatable, Sendable {
        public var formatVersion: Int
        public var lakes: [Lake]

        public init(formatVersion: Int = Wire.formatVersion, lakes: [Lake]) {
            self.formatVersion = formatVersion
            self.lakes = lakes
        }
    }

    /// Where a wire value came from, as recorded by a front-end.
    public struct SourceLocation: Codable, Hashable, Sendable {
        public var file: String
        public var line: Int
        public var column: Int

        public init(file: String, line: Int, column: Int) {
            self.file = file
            self.line = line
            self.column = column
        }
    }

    /// An error the DSL runtime found while evaluating a Swift blueprint.
    public struct EvaluationError: Codable, Hashable, Sendable {
        public var message: String
        public var source: SourceLocation?

        public init(message: String, source: SourceLocation?) {
            self.message = message
            self.source = source
        }
    }

    /// What a Swift blueprint's process writes to the path in `LAKEFORM_WIRE_OUTPUT`.
    ///
    /// `sourceMap` maps wire paths such as `lakes[0].components.kafka` to the blueprint line
    /// that declared them, so host diagnostics can point at the user's file.
    public struct EvaluationResult: Codable, Equatable, Sendable {
        public var formatVersion: Int
        public var document: Document?
        public var sourceMap: [String: SourceLocation]
        public var errors: [EvaluationError]

        public init(
            formatVersion: Int = Wire.formatVersion,
            document: Document?,
            sourceMap: [String: SourceLocation] = [:],
            errors: [EvaluationError] = []
        ) {
            self.formatVersion = formatVersion
            self.document = document
            self.sourceMap = sourceMap
            self.errors = errors
        }
    }
}
