import LakeModel

/// The MinIO tenant: every server pool, oldest first, laid out exactly as sizing resolved it (servers × drives ×
/// drive size, erasure parity), root credentials from an existing Secret, the lake's bucket and metrics.
enum MinIOTenantValues {
    static func entry(_ context: EmitContext) -> PlatformEntry? {
        guard let minio = context.lake.minio, let spec = context.lake.spec.components.minio else { return nil }
        let lake = context.name
        let values: YAMLValue = [
            "tenant": [
                "name": .string(PlatformNames.minioTenant(lake)),
                // The Secret holds `config.env`; with existingSecret the chart renders no Secret of its
                // own, and null drops its placeholder keys from the merged values.
                "configSecret": [
                    "name": .string(PlatformNames.minioRootSecret(lake)), "existingSecret": true, "accessKey": .null, "secretKey": .null,
                ],
                "pools": .list(zip(minio.pools, minio.pods).map { pool($0, resources: $1.resources) }),
                "env": [
                    // Parity of the STANDARD class: EC:M per erasure set, as sized.
                    ["name": "MINIO_STORAGE_CLASS_STANDARD", "value": .string("EC:\(minio.parity)")],
                ],
                "buckets": [["name": .string(spec.bucket)]],
                // The lake's S3 client credentials become a MinIO user (CONSOLE_ACCESS_KEY / CONSOLE_SECRET_KEY).
                "users": [["name": .string(PlatformNames.s3Credentials(lake))]],
                "metrics": ["enabled": true],
                // In-cluster clients reach `http://minio.<namespace>.svc:80` without a private CA.
                "certificate": ["requestAutoCert": false],
            ],
        ]
        return PlatformEntry(
            release: PinnedChart.minioTenant.release(PlatformNames.minio, context, phase: .storage, needs: [PlatformNames.minioOperator]),
            values: values, secrets: secrets(lake))
    }

    /// The pools replace the chart's default list, so its security contexts are carried over.
    static func pool(_ pool: MinIOPoolShape, resources: Resources) -> YAMLValue {
        [
            "name": .string(pool.name),
            "servers": .int(pool.servers),
            "volumesPerServer": .int(pool.volumesPerServer),
            "size": Kubernetes.quantity(pool.driveSize),
            "resources": Kubernetes.resources(resources),
            "securityContext": [
                "runAsUser": 1000, "runAsGroup": 1000, "fsGroup": 1000, "fsGroupChangePolicy": "OnRootMismatch", "runAsNonRoot": true,
            ],
            "containerSecurityContext": [
                "runAsUser": 1000, "runAsGroup": 1000, "runAsNonRoot": true, "allowPrivilegeEscalation": false,
                "capabilities": ["drop": ["ALL"]], "seccompProfile": ["type": "RuntimeDefault"],
            ],
        ]
    }

    static func secrets(_ lake: String) -> [SecretReference] {
        [
            SecretReference(
                name: PlatformNames.minioRootSecret(lake), keys: ["config.env"], readers: ["minio (tenant \(PlatformNames.minioTenant(lake)))"],
                purpose: "MinIO root credentials as `export MINIO_ROOT_USER=...` and `export MINIO_ROOT_PASSWORD=...` lines"),
            SecretReference(
                name: PlatformNames.s3Credentials(lake), keys: ["CONSOLE_ACCESS_KEY", "CONSOLE_SECRET_KEY"],
                readers: ["minio-operator (tenant user)"],
                purpose: "the lake's S3 access key and secret, also under CONSOLE_ACCESS_KEY / CONSOLE_SECRET_KEY so the operator creates them as a MinIO user"),
        ]
    }
}
