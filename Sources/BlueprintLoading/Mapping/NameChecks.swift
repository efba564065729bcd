import LakeformWire

/// Checks every blueprint string that becomes a name in the generated files with the rule of its kind.
enum NameChecks {
    static func check(_ lake: Wire.Lake, _ context: MappingContext) {
        for (index, stream) in (lake.workload.streams ?? []).enumerated() {
            context.checkName(stream.name, .stream, at: "workload.streams[\(index)].name")
        }
        let components = lake.components
        if let bucket = components.minio?.bucket { context.checkName(bucket, .bucket, at: "components.minio.bucket") }
        if let iceberg = components.iceberg { checkIceberg(iceberg, context) }
        if let postgres = components.postgres {
            let kind = NameKind.database(prepared: postgres.pgvector == true)
            for (index, database) in (postgres.databases ?? []).enumerated() {
                context.checkName(database, kind, at: "components.postgres.databases[\(index)]")
            }
            context.checkName(postgres.version, .version, at: "components.postgres.version")
        }
        context.checkName(components.kafka?.version, .version, at: "components.kafka.version")
        if let debezium = components.debezium { checkDebezium(debezium, context) }
        if let spark = components.spark {
            context.checkName(spark.version, .version, at: "components.spark.version")
            context.checkName(spark.image, .image, at: "components.spark.image")
            for (index, job) in spark.jobs.enumerated() {
                let path = "components.spark.jobs[\(index)]"
                context.checkName(job.name, .sparkJob(scheduled: job.schedule != nil), at: "\(path).name")
                context.checkName(job.application, .location, at: "\(path).application")
            }
        }
        if let flink = components.flink {
            context.checkName(flink.version, .version, at: "components.flink.version")
            context.checkName(flink.image, .image, at: "components.flink.image")
            for (index, job) in flink.jobs.enumerated() {
                context.checkName(job.name, .flinkJob, at: "components.flink.jobs[\(index)].name")
                context.checkName(job.jarURI, .location, at: "components.flink.jobs[\(index)].jarURI")
            }
        }
        for (index, dag) in (components.airflow?.dags ?? []).enumerated() {
            context.checkName(dag.name, .dag, at: "components.airflow.dags[\(index)].name")
            for (position, task) in dag.tasks.enumerated() {
                context.checkName(task.id, .task, at: "components.airflow.dags[\(index)].tasks[\(position)].id")
            }
        }
        context.checkName(components.fastapi?.image, .image, at: "components.fastapi.image")
        context.checkName(components.atlas?.image, .image, at: "components.atlas.image")
        context.checkName(components.hasura?.secret, .secret, at: "components.hasura.secret")
    }

    private static func checkIceberg(_ iceberg: Wire.Iceberg, _ context: MappingContext) {
        context.checkName(iceberg.catalog, .catalog, at: "components.iceberg.catalog")
        context.checkName(iceberg.warehouse, .location, at: "components.iceberg.warehouse")
        if let bucket = CredentialCheck.authority(of: iceberg.warehouse), !bucket.contains("@") {
            context.checkName(bucket, .bucket, at: "components.iceberg.warehouse")
        }
        for (index, table) in (iceberg.tables ?? []).enumerated() {
            let path = "components.iceberg.tables[\(index)]"
            context.checkName(table.namespace, .table("table namespace"), at: "\(path).namespace")
            context.checkName(table.name, .table("table name"), at: "\(path).name")
            for (position, column) in table.columns.enumerated() {
                context.checkName(column.type, .columnType, at: "\(path).columns[\(position)].type")
            }
        }
    }

    private static func checkDebezium(_ debezium: Wire.Debezium, _ context: MappingContext) {
        for (index, source) in debezium.sources.enumerated() {
            let path = "components.debezium.sources[\(index)]"
            context.checkName(source.name, .cdcSource(postgres: source.database == .postgres), at: "\(path).name")
            if !CredentialCheck.hostHasUserinfo(source.host, at: "\(path).host", context) {
                context.checkName(source.host, .host, at: "\(path).host")
            }
            context.checkName(source.databaseName, .includeListEntry, at: "\(path).databaseName")
            for (position, table) in source.tables.enumerated() {
                context.checkName(table, .includeListEntry, at: "\(path).tables[\(position)]")
            }
            context.checkName(source.credentialsSecret, .secret, at: "\(path).credentialsSecret")
        }
    }
}

extension MappingContext {
    /// Reports `name` (when given) at `relativePath` unless it follows the rule of `kind`; a control character is
    /// reported on its own by `BlueprintStrings.checkCharacters`.
    func checkName(_ name: String?, _ kind: NameKind, at relativePath: String) {
        guard let name, !name.unicodeScalars.contains(where: BlueprintStrings.isForbidden), let problem = kind.problem(name) else { return }
        error(
            "blueprint.invalidName", "\(kind.what) \(BlueprintStrings.quoted(name)) \(problem)", at: relativePath,
            address: String(relativePath.trimmingPrefix("components.")), notes: [kind.rule])
    }
}
