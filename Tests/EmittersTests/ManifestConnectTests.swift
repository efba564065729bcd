@testable import Emitters
import LakeModel
import Testing

/// Kafka Connect and the Debezium connectors carry the resolved workers and never a literal credential.
@Suite struct ManifestConnectTests {
    typealias F = ManifestFixture
    let connect = ManifestFixture.lake.connect!

    @Test func connectUsesTLSTheSecretProviderAndTheResolvedWorkers() {
        let cluster = F.object("KafkaConnect", "sample-connect")
        #expect(F.int(cluster, "spec.replicas") == connect.workers)
        #expect(F.string(cluster, "spec.bootstrapServers") == "sample-kafka-kafka-bootstrap:9093")
        #expect(cluster?[path: "metadata.annotations"]?.mapping?["strimzi.io/use-connector-resources"] == "true")
        let config = cluster?[path: "spec.config"]?.mapping
        #expect(config?["config.providers"] == "secrets")
        #expect(config?["config.providers.secrets.class"] == "io.strimzi.kafka.KubernetesSecretConfigProvider")
        #expect(config?["group.id"] == nil && config?["bootstrap.servers"] == nil)
        #expect(F.string(cluster, "spec.groupId") == "sample-connect")
        #expect(F.bytes(fromJVM: F.text(cluster?[path: "spec.jvmOptions"]?.mapping?["-Xmx"])) == connect.heap)
        #expect(F.bytes(fromQuantity: F.string(cluster, "spec.resources.limits.memory")) == connect.resources.memoryLimit)
        #expect(cluster?[path: "spec.build.plugins"] == [[
            "name": "debezium-postgres-connector",
            "artifacts": [["type": "maven", "group": "io.debezium", "artifact": "debezium-connector-postgres", "version": "3.6.1.Final"]],
        ]])
    }

    @Test func connectorsReferenceCredentialsThroughTheConfigProvider() {
        let connector = F.object("KafkaConnector", "orders-db")
        let config = connector?[path: "spec.config"]?.mapping
        #expect(F.string(connector, "spec.class") == "io.debezium.connector.postgresql.PostgresConnector")
        #expect(connector?[path: "metadata.labels"]?.mapping?["strimzi.io/cluster"] == "sample-connect")
        #expect(config?["database.password"] == "${secrets:lake/debezium-orders-db:password}")
        #expect(config?["database.user"] == "${secrets:lake/debezium-orders-db:username}")
        #expect(config?["plugin.name"] == "pgoutput")
        #expect(config?["topic.prefix"] == "orders-db")
        #expect(config?["table.include.list"] == "public.orders")
        #expect(F.int(connector, "spec.tasksMax") == connect.tasksPerConnector)
        let role = F.object("Role", "sample-connect-secrets")
        #expect(role?[path: "rules"] == [["apiGroups": [""], "resources": ["secrets"], "resourceNames": ["debezium-orders-db"], "verbs": ["get"]]])
    }

    @Test(arguments: [
        (CDCSourceSpec.Database.mysql, "io.debezium.connector.mysql.MySqlConnector"),
        (.mongodb, "io.debezium.connector.mongodb.MongoDbConnector"),
        (.sqlserver, "io.debezium.connector.sqlserver.SqlServerConnector"),
        (.oracle, "io.debezium.connector.oracle.OracleConnector"),
    ])
    func otherDatabasesGetTheirConnectorAndNoLiteralPassword(database: CDCSourceSpec.Database, connectorClass: String) {
        let context = F.context {
            $0.components.debezium?.sources = [CDCSourceSpec(name: "src", database: database, host: "db.svc", port: 1, databaseName: "d",
                                                             tables: ["s.t"], credentialsSecret: "src-db")]
        }
        let connector = F.object("KafkaConnector", "src", in: ManifestFamily.objects(context))
        #expect(F.string(connector, "spec.class") == connectorClass)
        let values = connector?[path: "spec.config"]?.mapping?.values.compactMap(F.text) ?? []
        #expect(values.contains { $0.contains("${secrets:lake/src-db:password}") })
    }
}
