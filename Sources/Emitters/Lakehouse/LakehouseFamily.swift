import LakeModel

/// The Iceberg catalog as Spark and Trino see it, the DDL of every declared table, and the Airflow
/// DAGs that run the Spark jobs:
/// - `iceberg/spark-catalog.properties`: `spark.sql.catalog.<catalog>.*` for `--properties-file`
///   or a SparkApplication's `sparkConf`;
/// - `iceberg/trino-iceberg.properties`: the Trino catalog file (the Trino values embed the same text);
/// - `sql/<namespace>.<table>.sql`: `CREATE TABLE IF NOT EXISTS … USING iceberg`;
/// - `airflow/dags/<dag>.py`: one DAG per blueprint DAG (see `AirflowDAGFile`).
public enum LakehouseFamily: EmitterFamily {
    public static func artifacts(_ context: EmitContext) -> [Artifact] {
        var artifacts: [Artifact] = []
        if let iceberg = context.lake.spec.components.iceberg {
            artifacts.append(file(context, "iceberg/spark-catalog.properties", .properties, comment: "#",
                                  notes: sparkNotes(context, iceberg), body: IcebergCatalogProperties.render(IcebergCatalogProperties.spark(context, iceberg))))
            let trino = IcebergCatalogProperties.trino(context, iceberg)
            artifacts.append(file(context, "iceberg/trino-iceberg.properties", .properties, comment: "#",
                                  notes: trinoNotes(context, iceberg, supported: trino != nil), body: trino.map(IcebergCatalogProperties.render) ?? ""))
            let tables = iceberg.tables.sorted { ($0.namespace, $0.name) < ($1.namespace, $1.name) }
            for table in tables {
                artifacts.append(file(context, "sql/\(table.namespace).\(table.name).sql", .sql, comment: "--", notes: [],
                                      body: IcebergDDL.createTable(table, catalog: iceberg.catalog) + "\n"))
            }
        }
        for dag in (context.lake.spec.components.airflow?.dags ?? []).sorted(by: { $0.name < $1.name }) {
            artifacts.append(Artifact(path: "\(context.name)/airflow/dags/\(dag.name).py", kind: .python,
                                      contents: AirflowDAGFile.render(dag, context: context)))
        }
        return artifacts
    }

    public static func secrets(_ context: EmitContext) -> [SecretReference] {
        var secrets: [SecretReference] = []
        let components = context.lake.spec.components
        if let iceberg = components.iceberg {
            var readers = ["spark (catalog \(iceberg.catalog))"]
            if components.trino != nil, IcebergCatalogProperties.trino(context, iceberg) != nil { readers.append("trino (catalog \(iceberg.catalog))") }
            secrets.append(LakeConventions.s3SecretReference(context, readers: readers))
            if IcebergCatalogProperties.usesCatalogDatabase(iceberg) {
                secrets.append(LakeConventions.icebergCatalogSecretReference(context, readers: readers))
            }
        }
        return secrets
    }

    /// The Kubernetes name of a Spark job's SparkApplication: lowercased, `_` → `-`
    /// (`bronze_to_silver` → `bronze-to-silver`), as in `manifests/SparkApplication.<name>.yaml`.
    /// It is `ManifestNames.dns`, which the manifest family names the SparkApplication with (it also
    /// turns any other character that DNS-1123 forbids into `-`).
    public static func sparkApplicationName(_ job: String) -> String { ManifestNames.dns(job) }

    // MARK: Files

    private static func file(_ context: EmitContext, _ path: String, _ kind: ArtifactKind, comment: String, notes: [String], body: String) -> Artifact {
        let header = commentLines(context.header + notes, marker: comment)
        return Artifact(path: "\(context.name)/\(path)", kind: kind, contents: header.joined(separator: "\n") + "\n" + body)
    }

    /// `lines` as comments behind `marker`; a line break inside a line starts another comment line, never a line of code.
    static func commentLines(_ lines: [String], marker: String) -> [String] {
        lines.flatMap { line in
            // Only a line with a byte of a line break is split by Characters (1,400 instructions a line).
            ASCIIScan.contains(line, anyOf: "\n\r\u{0B}\u{0C}\u{85}\u{2028}\u{2029}")
                ? line.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) : [Substring(line)]
        }
        .map { $0.isEmpty ? marker : "\(marker) \($0)" }
    }

    private static func sparkNotes(_ context: EmitContext, _ iceberg: IcebergSpec) -> [String] {
        var notes = ["", "Iceberg catalog `\(iceberg.catalog)` (\(iceberg.type.rawValue)) for Spark. S3 credentials come from the AWS SDK's",
                     "default chain: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from Secret \(LakeConventions.s3Secret(context))."]
        if IcebergCatalogProperties.usesCatalogDatabase(iceberg) {
            notes += ["The ${env:…} references name the variables that carry Secret \(LakeConventions.icebergCatalogSecret(context));",
                      "Spark does not expand them in catalog options, so the submitter substitutes them."]
        }
        return notes
    }

    private static func trinoNotes(_ context: EmitContext, _ iceberg: IcebergSpec, supported: Bool) -> [String] {
        guard supported else {
            return ["", "Trino's Iceberg connector has no `hadoop` catalog (it supports hive_metastore, glue, jdbc, rest,",
                    "nessie and snowflake), so Trino gets no catalog for `\(iceberg.catalog)`. Use a jdbc or rest catalog to",
                    "query these tables from Trino."]
        }
        return ["", "Trino catalog `\(iceberg.catalog)`: Trino resolves the ${ENV:…} references from Secrets",
                "\(LakeConventions.s3Secret(context))\(IcebergCatalogProperties.usesCatalogDatabase(iceberg) ? " and \(LakeConventions.icebergCatalogSecret(context))" : "")."]
    }
}
