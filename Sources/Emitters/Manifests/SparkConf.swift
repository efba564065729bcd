import LakeModel

/// Spark settings shared by every job: the Iceberg catalog on MinIO and the S3A file system.
/// Spark configuration cannot read Secrets, so credentials arrive as environment variables: the AWS
/// SDK reads the S3 keys itself, and a JDBC catalog's job passes `ICEBERG_JDBC_USER` and
/// `ICEBERG_JDBC_PASSWORD` to `spark.sql.catalog.<catalog>.jdbc.user`/`.jdbc.password` when it builds its session.
enum SparkConf {
    /// MinIO's default region; the AWS SDK needs one even for a custom endpoint.
    static let s3Region = "us-east-1"

    static func settings(_ context: EmitContext) -> [String: String] {
        var conf: [String: String] = [:]
        let endpoint = ManifestNames.minioEndpoint(namespace: context.namespace)
        if context.lake.minio != nil {
            conf["spark.hadoop.fs.s3a.endpoint"] = endpoint
            conf["spark.hadoop.fs.s3a.path.style.access"] = "true"
        }
        guard let iceberg = context.lake.spec.components.iceberg else { return conf }
        let catalog = "spark.sql.catalog.\(iceberg.catalog)"
        conf["spark.sql.extensions"] = "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions"
        conf[catalog] = "org.apache.iceberg.spark.SparkCatalog"
        conf["\(catalog).type"] = iceberg.type.rawValue
        conf["\(catalog).warehouse"] = iceberg.warehouse
        if context.lake.minio != nil {
            conf["\(catalog).io-impl"] = "org.apache.iceberg.aws.s3.S3FileIO"
            conf["\(catalog).s3.endpoint"] = endpoint
            conf["\(catalog).s3.path-style-access"] = "true"
        }
        if usesJDBCCatalog(context) {
            let host = "\(ManifestNames.postgresCluster(context.name)).\(context.namespace).svc"
            conf["\(catalog).uri"] = "jdbc:postgresql://\(host):5432/\(ManifestNames.icebergDatabase)"
        }
        return conf
    }

    /// Plain and Secret-backed environment for the driver and executors.
    static func environment(_ context: EmitContext) -> [YAMLValue] {
        var env: [YAMLValue] = []
        if context.lake.minio != nil { env.append(["name": "AWS_REGION", "value": .string(s3Region)]) }
        if usesJDBCCatalog(context) {
            let secret = ManifestNames.postgresCredentials(user: ManifestNames.icebergDatabase, lake: context.name)
            for (name, key) in [("ICEBERG_JDBC_USER", "username"), ("ICEBERG_JDBC_PASSWORD", "password")] {
                env.append(["name": .string(name), "valueFrom": ["secretKeyRef": ["name": .string(secret), "key": .string(key)]]])
            }
        }
        return env
    }

    /// A JDBC Iceberg catalog lives in the lake's PostgreSQL.
    static func usesJDBCCatalog(_ context: EmitContext) -> Bool {
        context.lake.spec.components.iceberg?.type == .jdbc && context.lake.postgres != nil
    }
}
