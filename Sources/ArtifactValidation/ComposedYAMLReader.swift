import CYaml

/// Reads one YAML document straight from libyaml's events into `JSONValue`, for the catalog's chart defaults
/// (hundreds of kilobytes of upstream `values.yaml`, with comments, so `WrittenYAMLReader` steps aside): Yams
/// composes a `Node` tree first, checks duplicate keys by hashing nodes and resolves a tag per scalar, which
/// cost about as much again as parsing. The values are those `JSONValue(yaml:)` gives through Yams with the
/// basic resolver: an untagged plain scalar typed as YAML 1.1 types it (`JSONValue.plain`), a quoted or block
/// scalar a string, an alias the value of its anchor. Anything else (a second document, an explicit tag, a
/// repeated or non-scalar key, an undefined alias, a syntax error) returns nil, and the caller asks Yams,
/// which gives its own answer and error.
enum ComposedYAMLReader {
    /// The single document in `text` (`.null` for an empty stream), or nil to leave it to Yams.
    static func document(_ text: String) -> JSONValue? {
        var text = text
        return text.withUTF8 { bytes in
            let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
            defer { parser.deallocate() }
            guard yaml_parser_initialize(parser) == 1 else { return nil }
            defer { yaml_parser_delete(parser) }
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
            var composer = Composer(parser: parser)
            return composer.stream()
        }
    }

    /// The event loop over one parser; `anchors` holds each anchored value for later aliases.
    private struct Composer {
        let parser: UnsafeMutablePointer<yaml_parser_t>
        var anchors: [String: JSONValue] = [:]

        /// Stream start, at most one document, stream end.
        mutating func stream() -> JSONValue? {
            guard next(YAML_STREAM_START_EVENT) != nil, var event = nextEvent() else { return nil }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { return .null }
            guard event.type == YAML_DOCUMENT_START_EVENT, let root = node(),
                  next(YAML_DOCUMENT_END_EVENT) != nil, next(YAML_STREAM_END_EVENT) != nil else { return nil }
            return root
        }

        /// The next event when it has `type`; nil otherwise.
        private mutating func next(_ type: yaml_event_type_t) -> Void? {
            guard var event = nextEvent() else { return nil }
            defer { yaml_event_delete(&event) }
            return event.type == type ? () : nil
        }

        private mutating func nextEvent() -> yaml_event_t? {
            var event = yaml_event_t()
            guard yaml_parser_parse(parser, &event) == 1 else { return nil }
            return event
        }

        /// The value that starts with the next event; nil for the end of a collection or anything left to Yams.
        private mutating func node() -> JSONValue? {
            guard var event = nextEvent() else { return nil }
            defer { yaml_event_delete(&event) }
            return node(from: event)
        }

        private mutating func node(from event: yaml_event_t) -> JSONValue? {
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.tag == nil || scalar.quoted_implicit == 1 else { return nil }
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let value: JSONValue = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.quoted_implicit != 1 ? .plain(text) : .string(text)
                return anchored(value, scalar.anchor)
            case YAML_SEQUENCE_START_EVENT:
                var items: [JSONValue] = []
                while true {
                    guard var item = nextEvent() else { return nil }
                    defer { yaml_event_delete(&item) }
                    if item.type == YAML_SEQUENCE_END_EVENT { break }
                    guard let value = node(from: item) else { return nil }
                    items.append(value)
                }
                return anchored(.array(items), event.data.sequence_start.anchor)
            case YAML_MAPPING_START_EVENT:
                var entries: [String: JSONValue] = [:]
                while true {
                    guard var key = nextEvent() else { return nil }
                    defer { yaml_event_delete(&key) }
                    if key.type == YAML_MAPPING_END_EVENT { break }
                    guard key.type == YAML_SCALAR_EVENT, key.data.scalar.anchor == nil else { return nil }
                    let name = String(decoding: UnsafeBufferPointer(start: key.data.scalar.value, count: key.data.scalar.length), as: UTF8.self)
                    guard entries[name] == nil, let value = node() else { return nil }
                    entries[name] = value
                }
                return anchored(.object(entries), event.data.mapping_start.anchor)
            case YAML_ALIAS_EVENT:
                return event.data.alias.anchor.flatMap { anchors[String(cString: $0)] }
            default:
                return nil
            }
        }

        private mutating func anchored(_ value: JSONValue, _ anchor: UnsafeMutablePointer<yaml_char_t>?) -> JSONValue {
            if let anchor { anchors[String(cString: anchor)] = value }
            return value
        }
    }
}
