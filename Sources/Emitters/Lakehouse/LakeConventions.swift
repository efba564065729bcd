import LakeModel

/// Names that several emitters must agree on: in-cluster endpoints of the lake's MinIO and PostgreSQL,
/// the Secrets that hold their credentials, and the releases that serve them.
///
/// Object and Secret names follow `ManifestNames` (the manifest family owns them): the S3 Service
/// `minio` over plain HTTP (port 80), the Secret `<lake>-s3-credentials` with the AWS SDK's key
/// names, the Zalando cluster `lakeform-<lake>` and the per-role Secrets the operator creates. The
/// release names are the platform family's: the MinIO tenant release `minio` and `postgres-operator`.
public enum LakeConventions {
    // MARK: Releases other families install

    /// The MinIO tenant release that serves the lake's buckets.
    public static let minioTenantRelease = PlatformNames.minio
    /// The Zalando operator release that runs the lake's PostgreSQL cluster.
    public static let postgresOperatorRelease = PlatformNames.postgresOperator

    // MARK: Object storage

    /// The Secret with the S3 access key pair every engine reads MinIO with. Its keys are the AWS
    /// SDK's environment variable names, so pods load them with `secretKeyRef` under the same names.
    public static func s3Secret(_ context: EmitContext) -> String { ManifestNames.s3Credentials(context.name) }
    public static let s3AccessKeyKey = ManifestNames.s3Keys[0]
    public static let s3SecretKeyKey = ManifestNames.s3Keys[1]
    /// MinIO ignores the region, but AWS SDK v2 clients need one to sign requests.
    public static let s3Region = "us-east-1"
    public static let s3Port = 80

    /// `minio.<namespace>.svc`.
    public static func s3Host(_ context: EmitContext) -> String { "minio.\(context.namespace).svc" }

    /// `http://minio.<namespace>.svc:80`.
    public static func s3Endpoint(_ context: EmitContext) -> String { ManifestNames.minioEndpoint(namespace: context.namespace) }

    /// The lake's bucket: MinIO's bucket, else the Iceberg warehouse's, else `datalake`.
    public static func bucket(_ context: EmitContext) -> String {
        if let bucket = context.lake.spec.components.minio?.bucket { return bucket }
        if let warehouse = context.lake.spec.components.iceberg?.warehouse, let bucket = bucketOf(warehouse) { return bucket }
        return "datalake"
    }

    /// `datalake` for `s3a://datalake/warehouse`.
    static func bucketOf(_ location: String) -> String? {
        let parts = location.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count > 2, parts[0].hasSuffix(":"), parts[1].isEmpty, !parts[2].isEmpty else { return nil }
        return String(parts[2])
    }

    // MARK: PostgreSQL

    /// The primary's service: `lakeform-<lake>.<namespace>.svc`.
    public static func postgresHost(_ context: EmitContext) -> String {
        "\(ManifestNames.postgresCluster(context.name)).\(context.namespace).svc"
    }

    /// `jdbc:postgresql://<host>:5432/<database>`.
    public static func jdbcURL(_ context: EmitContext, database: String) -> String {
        "jdbc:postgresql://\(postgresHost(context)):5432/\(database)"
    }

    /// The Secret Zalando creates for the role that owns `database` (`username`, `password`).
    public static func databaseSecret(_ context: EmitContext, role: String) -> String {
        ManifestNames.postgresCredentials(user: role, lake: context.name)
    }

    /// The Iceberg JDBC catalog's database, owned by a role of the same name.
    public static var icebergCatalogDatabase: String { ManifestNames.icebergDatabase }
    /// The Secret Zalando creates for the catalog database's owner role.
    public static func icebergCatalogSecret(_ context: EmitContext) -> String { databaseSecret(context, role: icebergCatalogDatabase) }
    /// Environment variables that carry the catalog login into Trino and Spark pods (as `SparkConf`).
    public static let icebergCatalogUserEnv = "ICEBERG_JDBC_USER"
    public static let icebergCatalogPasswordEnv = "ICEBERG_JDBC_PASSWORD"

    // MARK: Secret references

    /// The S3 Secret as `readers` read it.
    static func s3SecretReference(_ context: EmitContext, readers: [String]) -> SecretReference {
        SecretReference(name: s3Secret(context), keys: [s3AccessKeyKey, s3SecretKeyKey], readers: readers,
                        purpose: "MinIO access key pair for the lake's bucket `\(bucket(context))`")
    }

    /// The Iceberg catalog database's login, which the Zalando operator creates.
    static func icebergCatalogSecretReference(_ context: EmitContext, readers: [String]) -> SecretReference {
        SecretReference(name: icebergCatalogSecret(context), keys: ["password", "username"], readers: readers,
                        purpose: "login of role `\(icebergCatalogDatabase)` for the Iceberg JDBC catalog database "
                            + "`\(icebergCatalogDatabase)`; the Zalando operator creates it")
    }

    /// Whether the lake deploys the component.
    static func deploys(_ context: EmitContext, _ kind: ComponentKind) -> Bool { context.lake.spec.components.contains(kind) }

    /// Releases an engine that reads MinIO (and, with `postgres`, the lake's PostgreSQL) waits for.
    static func storageNeeds(_ context: EmitContext, postgres: Bool) -> [String] {
        var needs: [String] = []
        if deploys(context, .minio) { needs.append(minioTenantRelease) }
        if postgres, deploys(context, .postgres) { needs.append(postgresOperatorRelease) }
        return needs
    }
}
