import LakeModel

/// Debezium connector settings per database. Credentials are always `${secrets:<namespace>/<secret>:<key>}`
/// references that Strimzi's KubernetesSecretConfigProvider resolves inside Connect; no value is ever written.
enum DebeziumConfig {
    /// Debezium's documentation example server id; each MySQL connector adds its position so ids stay distinct.
    static let mysqlServerIDBase = 184_054

    static func connectorClass(_ database: CDCSourceSpec.Database) -> String {
        switch database {
        case .postgres: "io.debezium.connector.postgresql.PostgresConnector"
        case .mysql: "io.debezium.connector.mysql.MySqlConnector"
        case .mongodb: "io.debezium.connector.mongodb.MongoDbConnector"
        case .sqlserver: "io.debezium.connector.sqlserver.SqlServerConnector"
        case .oracle: "io.debezium.connector.oracle.OracleConnector"
        }
    }

    /// A config-provider reference to `key` of the source's credentials Secret.
    static func secret(_ source: CDCSourceSpec, _ key: String, context: EmitContext) -> String {
        "${secrets:\(context.namespace)/\(source.credentialsSecret):\(key)}"
    }

    static func config(_ source: CDCSourceSpec, context: EmitContext) -> [String: YAMLValue] {
        let tables = YAMLValue.string(source.tables.joined(separator: ","))
        var config: [String: YAMLValue] = ["topic.prefix": .string(source.name)]
        switch source.database {
        case .mongodb:
            let credentials = "\(secret(source, "username", context: context)):\(secret(source, "password", context: context))"
            config["mongodb.connection.string"] = .string("mongodb://\(credentials)@\(source.host):\(source.port)/?authSource=admin")
            config["database.include.list"] = .string(source.databaseName)
            config["collection.include.list"] = tables
            return config
        case .postgres:
            let slot = ManifestNames.dns(source.name).replacing("-", with: "_")
            config["database.dbname"] = .string(source.databaseName)
            config["plugin.name"] = "pgoutput"
            config["slot.name"] = .string(slot)
            config["publication.name"] = .string("\(slot)_publication")
        case .mysql:
            let position = context.lake.spec.components.debezium?.sources.firstIndex(of: source) ?? 0
            config["database.server.id"] = .string(String(mysqlServerIDBase + position))
            config["database.include.list"] = .string(source.databaseName)
            config.merge(schemaHistory(source, context: context)) { _, new in new }
        case .sqlserver:
            config["database.names"] = .string(source.databaseName)
            config.merge(schemaHistory(source, context: context)) { _, new in new }
        case .oracle:
            config["database.dbname"] = .string(source.databaseName)
            config.merge(schemaHistory(source, context: context)) { _, new in new }
        }
        config["database.hostname"] = .string(source.host)
        config["database.port"] = .string(String(source.port))
        config["database.user"] = .string(secret(source, "username", context: context))
        config["database.password"] = .string(secret(source, "password", context: context))
        config["table.include.list"] = tables
        return config
    }

    /// Where MySQL, SQL Server and Oracle connectors keep the schema history. Its producer has no TLS
    /// settings of its own here, so it uses the internal plain listener.
    static func schemaHistory(_ source: CDCSourceSpec, context: EmitContext) -> [String: YAMLValue] {
        [
            "schema.history.internal.kafka.bootstrap.servers": .string(ManifestNames.kafkaBootstrap(context.name, tls: false)),
            "schema.history.internal.kafka.topic": .string("\(source.name).schema-history"),
        ]
    }
}
