/// How one artifact changes: its action, content hashes and what changed inside it.
public struct ArtifactChange: Sendable, Codable, Equatable {
    /// Relative to the output folder: `medium/helm/trino.values.yaml`.
    public var path: String
    public var action: Action
    /// SHA-256 hex of the recorded contents, nil for a creation.
    public var beforeHash: String?
    /// SHA-256 hex of the generated contents, nil for a deletion.
    public var afterHash: String?
    /// Semantic changes for YAML and JSON artifacts; empty for creations and deletions.
    public var keyPathChanges: [KeyPathChange]
    /// Leaf values that are the same on both sides.
    public var unchangedKeys: Int
    /// Why an update cannot be applied in place.
    public var replaceReasons: [String]
    /// A small unified line diff (lines prefixed with ` `, `-` or `+`) for artifacts that are not YAML or JSON.
    public var textDiff: [String]?

    public init(
        path: String, action: Action, beforeHash: String?, afterHash: String?, keyPathChanges: [KeyPathChange] = [],
        unchangedKeys: Int = 0, replaceReasons: [String] = [], textDiff: [String]? = nil
    ) {
        self.path = path
        self.action = action
        self.beforeHash = beforeHash
        self.afterHash = afterHash
        self.keyPathChanges = keyPathChanges
        self.unchangedKeys = unchangedKeys
        self.replaceReasons = replaceReasons
        self.textDiff = textDiff
    }

    /// The lake: the path's first component.
    public var lake: String { String(path.prefix { $0 != "/" }) }

    /// How many changes the artifact has: its key-path changes, or one for a line diff.
    public var changeCount: Int { textDiff == nil ? keyPathChanges.count : 1 }

    enum CodingKeys: String, CodingKey {
        case path, lake, actions, beforeHash = "before_hash", afterHash = "after_hash"
        case keyPathChanges = "key_path_changes", unchangedKeys = "unchanged_keys"
        case replaceReasons = "replace_reasons", textDiff = "text_diff"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let actions = try container.decode([String].self, forKey: .actions)
        guard let action = Action(terraformActions: actions) else {
            throw DecodingError.dataCorruptedError(forKey: .actions, in: container, debugDescription: "unknown actions \(actions)")
        }
        self.init(
            path: try container.decode(String.self, forKey: .path), action: action,
            beforeHash: try container.decodeIfPresent(String.self, forKey: .beforeHash),
            afterHash: try container.decodeIfPresent(String.self, forKey: .afterHash),
            keyPathChanges: try container.decode([KeyPathChange].self, forKey: .keyPathChanges),
            unchangedKeys: try container.decode(Int.self, forKey: .unchangedKeys),
            replaceReasons: try container.decode([String].self, forKey: .replaceReasons),
            textDiff: try container.decodeIfPresent([String].self, forKey: .textDiff))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(lake, forKey: .lake)
        try container.encode(action.terraformActions, forKey: .actions)
        try container.encodeIfPresent(beforeHash, forKey: .beforeHash)
        try container.encodeIfPresent(afterHash, forKey: .afterHash)
        try container.encode(keyPathChanges, forKey: .keyPathChanges)
        try container.encode(unchangedKeys, forKey: .unchangedKeys)
        try container.encode(replaceReasons, forKey: .replaceReasons)
        try container.encodeIfPresent(textDiff?.map(SensitiveValues.maskedLine), forKey: .textDiff)
    }
}

/// One leaf value that changed, was added (`before` nil) or was removed (`after` nil).
public struct KeyPathChange: Sendable, Codable, Equatable {
    /// Dotted, with list items by name where they have one: `items[name=events].partitions`, else `[0]`.
    public var path: String
    /// The scalar's text before, nil when added.
    public var before: String?
    /// The scalar's text after, nil when removed.
    public var after: String?

    public init(path: String, before: String?, after: String?) {
        self.path = path
        self.before = before
        self.after = after
    }

    /// Values under sensitive keys are written as Terraform marks them: `before_sensitive`/`after_sensitive`
    /// instead of `before`/`after`, so a plan's JSON (and a saved plan) never holds them.
    enum CodingKeys: String, CodingKey {
        case path, before, after, beforeSensitive = "before_sensitive", afterSensitive = "after_sensitive"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let masked = { (key: CodingKeys) in try container.decodeIfPresent(Bool.self, forKey: key) == true ? SensitiveValues.placeholder : nil }
        self.init(
            path: try container.decode(String.self, forKey: .path),
            before: try container.decodeIfPresent(String.self, forKey: .before) ?? masked(.beforeSensitive),
            after: try container.decodeIfPresent(String.self, forKey: .after) ?? masked(.afterSensitive))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        if SensitiveValues.isSensitive(path: path) {
            if before != nil { try container.encode(true, forKey: .beforeSensitive) }
            if after != nil { try container.encode(true, forKey: .afterSensitive) }
        } else {
            try container.encodeIfPresent(before, forKey: .before)
            try container.encodeIfPresent(after, forKey: .after)
        }
    }

    /// The last key of the path, without any list selector: `size` for `spec.volumes[id=0].size`.
    var lastKey: String {
        let key = path.split(separator: ".").last.map(String.init) ?? path
        return String(key.split(separator: "[").first ?? Substring(key))
    }
}
