import LakeModel

/// Hasura GraphQL Engine (hasura/helm-charts `graphql-engine` 0.9.1, Hasura 2.48.6): replicas and
/// resources from the resolved lake, the database URL and admin secret from the blueprint's Secret.
///
/// The chart's own Secret (`secret.enabled`, which would hold the admin secret as a value) and its
/// bundled PostgreSQL are off; with both off the chart wires no credentials, so `extraEnvs` reads
/// `HASURA_GRAPHQL_DATABASE_URL` (metadata and the default source, in the lake's PostgreSQL) and
/// `HASURA_GRAPHQL_ADMIN_SECRET` from the Secret the blueprint names (`hasura-secrets` by default).
/// With the lake's PostgreSQL the URL names the PgBouncer pooler in transaction mode, so prepared
/// statements are off (`HASURA_GRAPHQL_USE_PREPARED_STATEMENTS=false`), as Hasura asks for poolers.
enum HasuraValues {
    static let keys = ["HASURA_GRAPHQL_ADMIN_SECRET", "HASURA_GRAPHQL_DATABASE_URL"]

    static func charts(_ context: EmitContext) -> [ServingChart] {
        guard let hasura = context.lake.hasura, let spec = context.lake.spec.components.hasura else { return [] }
        let pooled = context.lake.postgres?.pooler != nil
        var env = keys.map { ServingFormats.secretEnv($0, secret: spec.secret, key: $0) }
        if pooled { env.append(ServingFormats.env("HASURA_GRAPHQL_USE_PREPARED_STATEMENTS", "false")) }
        let values: YAMLValue = [
            "replicas": .int(hasura.replicas),
            "resources": ServingFormats.resources(hasura.resources, clearCPULimit: false),
            "postgres": ["enabled": false],
            "secret": ["enabled": false, "name": .string(spec.secret)],
            "extraEnvs": .list(env),
        ]
        let usesPostgres = LakeConventions.deploys(context, .postgres)
        let database = usesPostgres
            ? "`postgres://<user>:<password>@\(pooled ? PostgresManifests.poolerHost(context) : LakeConventions.postgresHost(context)):5432/hasura` "
                + "in the lake's PostgreSQL\(pooled ? ", through its PgBouncer pooler" : "")"
            : "a `postgres://` URL of Hasura's PostgreSQL database"
        let secrets = [SecretReference(
            name: spec.secret, keys: keys, readers: ["hasura"],
            purpose: "Hasura's admin secret and its database URL, \(database)")]
        let release = PinnedChart.hasura.release(
            "hasura", context, phase: .serving, needs: usesPostgres ? [LakeConventions.postgresOperatorRelease] : [])
        return [ServingChart(release: release, values: values, secrets: secrets)]
    }
}
