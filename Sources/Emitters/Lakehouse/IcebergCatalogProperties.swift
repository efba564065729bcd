import LakeModel

/// The Iceberg catalog as Spark and Trino configure it: the same catalog name, warehouse and MinIO
/// endpoint, credentials only as references to environment variables filled from Secrets.
enum IcebergCatalogProperties {
    /// Iceberg's S3 file IO, which Spark uses for MinIO.
    static let s3FileIO = "org.apache.iceberg.aws.s3.S3FileIO"

    /// A REST catalog service, which Lakeform does not deploy: `iceberg-rest` on port 8181.
    static func restURI(_ context: EmitContext) -> String { "http://iceberg-rest.\(context.namespace).svc:8181" }

    /// A Hive metastore, which Lakeform does not deploy: `hive-metastore` on port 9083.
    static func metastoreURI(_ context: EmitContext) -> String { "thrift://hive-metastore.\(context.namespace).svc:9083" }

    // MARK: Spark

    /// `spark.sql.catalog.<catalog>.*` and the Iceberg SQL extensions. S3 credentials come from the
    /// AWS SDK's default chain (`AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` from the S3 Secret).
    static func spark(_ context: EmitContext, _ iceberg: IcebergSpec) -> [String: String] {
        let prefix = "spark.sql.catalog.\(iceberg.catalog)"
        var properties = [
            prefix: "org.apache.iceberg.spark.SparkCatalog",
            "\(prefix).type": iceberg.type.rawValue,
            "\(prefix).warehouse": iceberg.warehouse,
            "\(prefix).io-impl": s3FileIO,
            "\(prefix).s3.endpoint": LakeConventions.s3Endpoint(context),
            "\(prefix).s3.path-style-access": "true",
            "\(prefix).client.region": LakeConventions.s3Region,
            "spark.sql.extensions": "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions",
        ]
        switch iceberg.type {
        case .hadoop:
            break
        case .jdbc:
            properties["\(prefix).uri"] = LakeConventions.jdbcURL(context, database: LakeConventions.icebergCatalogDatabase)
            properties["\(prefix).jdbc.user"] = "${env:\(LakeConventions.icebergCatalogUserEnv)}"
            properties["\(prefix).jdbc.password"] = "${env:\(LakeConventions.icebergCatalogPasswordEnv)}"
        case .rest:
            properties["\(prefix).uri"] = restURI(context)
        case .hive:
            properties["\(prefix).uri"] = metastoreURI(context)
        }
        return properties
    }

    // MARK: Trino

    /// Trino's Iceberg connector for the catalog, or nil for a Hadoop catalog, which Trino's
    /// connector does not offer (it knows hive_metastore, glue, jdbc, rest, nessie and snowflake).
    static func trino(_ context: EmitContext, _ iceberg: IcebergSpec) -> [String: String]? {
        var properties = [
            "connector.name": "iceberg",
            "fs.native-s3.enabled": "true",
            "s3.endpoint": LakeConventions.s3Endpoint(context),
            "s3.path-style-access": "true",
            "s3.region": LakeConventions.s3Region,
            "s3.aws-access-key": "${ENV:\(LakeConventions.s3AccessKeyKey)}",
            "s3.aws-secret-key": "${ENV:\(LakeConventions.s3SecretKeyKey)}",
        ]
        switch iceberg.type {
        case .hadoop:
            return nil
        case .jdbc:
            properties["iceberg.catalog.type"] = "jdbc"
            properties["iceberg.jdbc-catalog.catalog-name"] = iceberg.catalog
            properties["iceberg.jdbc-catalog.driver-class"] = "org.postgresql.Driver"
            properties["iceberg.jdbc-catalog.connection-url"] = LakeConventions.jdbcURL(context, database: LakeConventions.icebergCatalogDatabase)
            properties["iceberg.jdbc-catalog.connection-user"] = "${ENV:\(LakeConventions.icebergCatalogUserEnv)}"
            properties["iceberg.jdbc-catalog.connection-password"] = "${ENV:\(LakeConventions.icebergCatalogPasswordEnv)}"
            properties["iceberg.jdbc-catalog.default-warehouse-dir"] = iceberg.warehouse
        case .rest:
            properties["iceberg.catalog.type"] = "rest"
            properties["iceberg.rest-catalog.uri"] = restURI(context)
            properties["iceberg.rest-catalog.warehouse"] = iceberg.warehouse
        case .hive:
            properties["iceberg.catalog.type"] = "hive_metastore"
            properties["hive.metastore.uri"] = metastoreURI(context)
        }
        return properties
    }

    /// Whether Trino's catalog needs the JDBC catalog database login.
    static func usesCatalogDatabase(_ iceberg: IcebergSpec) -> Bool { iceberg.type == .jdbc }

    // MARK: Rendering

    /// `key=value` lines, sorted by key, with a final newline.
    static func render(_ properties: [String: String]) -> String {
        properties.keys.sorted().map { "\(escapeKey($0))=\(escapeValue(properties[$0] ?? ""))" }.joined(separator: "\n") + "\n"
    }

    private static let keySpecials = Set("\\=: #!".unicodeScalars)

    /// Java properties escaping of a key: backslashes, separators and spaces, and `escapeValue`'s line breaks.
    static func escapeKey(_ key: String) -> String {
        escape(key) { keySpecials.contains($0) }
    }

    /// Java properties escaping of a value: backslashes, a leading space, and every line break or control
    /// character (`\n`, `\r`, `\t`, `\f`, else `\uXXXX`), so that no value can start a line of its own.
    static func escapeValue(_ value: String) -> String {
        let escaped = escape(value) { $0 == "\\" }
        return escaped.first == " " ? "\\" + escaped : escaped
    }

    /// `text` with `special` characters backslash-escaped and line breaks and control characters spelled out.
    private static func escape(_ text: String, special: (Unicode.Scalar) -> Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    if special(scalar) { result += "\\" }
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
