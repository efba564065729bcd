import LakeModel

/// How the serving charts spell sizes, resources and Secret-backed environment variables.
enum ServingFormats {
    private static let kib = 1 << 10
    private static let mib = 1 << 20
    private static let gib = 1 << 30

    /// A JVM size for `-Xmx`: `8g`, `52428m`, `512k`, or plain bytes (binary units).
    static func jvm(_ bytes: Bytes) -> String {
        let value = bytes.value
        if value != 0, value % gib == 0 { return "\(value / gib)g" }
        if value != 0, value % mib == 0 { return "\(value / mib)m" }
        if value != 0, value % kib == 0 { return "\(value / kib)k" }
        return String(value)
    }

    /// Trino's data size, whose units are powers of 1024: `15GB`, `15728MB`, `12kB`, `100B`.
    static func trinoDataSize(_ bytes: Bytes) -> String {
        let value = bytes.value
        if value != 0, value % gib == 0 { return "\(value / gib)GB" }
        if value != 0, value % mib == 0 { return "\(value / mib)MB" }
        if value != 0, value % kib == 0 { return "\(value / kib)kB" }
        return "\(value)B"
    }

    /// Redis's memory units (`8gb`, `512mb`, `64kb` are powers of 1024), or plain bytes.
    static func redisMemory(_ bytes: Bytes) -> String {
        let value = bytes.value
        if value != 0, value % gib == 0 { return "\(value / gib)gb" }
        if value != 0, value % mib == 0 { return "\(value / mib)mb" }
        if value != 0, value % kib == 0 { return "\(value / kib)kb" }
        return String(value)
    }

    /// Container resources; when there is no CPU limit, `limits.cpu: null` deletes a chart default
    /// (Helm drops null keys when it merges), so that a CPU request above it stays valid.
    static func resources(_ resources: Resources, clearCPULimit: Bool) -> YAMLValue {
        guard clearCPULimit, resources.cpuLimit == nil, case .map(var map) = Kubernetes.resources(resources),
              case .map(var limits)? = map["limits"] else { return Kubernetes.resources(resources) }
        limits["cpu"] = .null
        map["limits"] = .map(limits)
        return .map(map)
    }

    /// `{name, valueFrom: {secretKeyRef: {name, key}}}`.
    static func secretEnv(_ name: String, secret: String, key: String) -> YAMLValue {
        ["name": .string(name), "valueFrom": ["secretKeyRef": ["name": .string(secret), "key": .string(key)]]]
    }

    /// `{name, value}`.
    static func env(_ name: String, _ value: String) -> YAMLValue { ["name": .string(name), "value": .string(value)] }

    /// The S3 key pair as the AWS SDK's environment variables, from the lake's S3 Secret.
    static func s3Env(_ context: EmitContext, accessKey: String = LakeConventions.s3AccessKeyKey,
                      secretKey: String = LakeConventions.s3SecretKeyKey) -> [YAMLValue] {
        [
            secretEnv(accessKey, secret: LakeConventions.s3Secret(context), key: LakeConventions.s3AccessKeyKey),
            secretEnv(secretKey, secret: LakeConventions.s3Secret(context), key: LakeConventions.s3SecretKeyKey),
        ]
    }

    /// The pod group called `name`, if the component resolved one.
    static func group(_ pods: [PodGroup], _ name: String) -> PodGroup? { pods.first { $0.name == name } }

    /// Whole MiB, rounded down.
    static func wholeMiB(_ bytes: Bytes) -> Int { bytes.value / mib }
}
