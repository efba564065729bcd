import LakeModel

/// Apache Airflow on the official chart (Airflow 3, where the API server replaces the webserver).
///
/// DAG delivery: a ReadWriteMany `dags` volume (`dags.persistence`) that the schedulers, the DAG
/// processor, the triggerer and every task pod mount at `/opt/airflow/dags`. The generated `<lake>/`
/// folder is copied into it as a whole (for example `kubectl cp` into a scheduler pod): Airflow finds
/// `<lake>/airflow/dags/*.py` recursively, and each DAG reads its SparkApplication manifests from
/// `<lake>/manifests/` beside them. git-sync was not chosen because the blueprint names no Git
/// repository to pull from. The volume needs a storage class that offers ReadWriteMany.
enum AirflowValues {
    static func entry(_ context: EmitContext) -> PlatformEntry? {
        guard let airflow = context.lake.airflow, let spec = context.lake.spec.components.airflow else { return nil }
        let lake = context.name
        let celery = spec.executor == .celery
        let keys = PlatformNames.airflowKeys(lake)
        var config: [String: YAMLValue] = ["core": ["parallelism": .int(airflow.parallelism)]]
        let parts = context.lake.chartParts
        let logGroomer: YAMLValue = ["resources": parts.values(ChartPartName.airflowLogGroomer)]
        var workers: [String: YAMLValue] = ["logGroomerSidecar": logGroomer]
        if celery {
            config["celery"] = ["worker_concurrency": .int(airflow.workerConcurrency)]
            workers["replicas"] = .int(airflow.workers)
            workers["resources"] = resources(airflow, "airflow-worker")
        } else {
            // KubernetesExecutor's pod template takes `workers.resources` for every task pod.
            workers["resources"] = resources(airflow, "airflow-task")
        }
        let values: YAMLValue = [
            "executor": .string(spec.executor.rawValue),
            // The metadata DB is the lake's PostgreSQL; the Secret holds the whole connection string.
            "data": ["metadataSecretName": .string(PlatformNames.airflowMetadata(lake))],
            "postgresql": ["enabled": false],
            // Redis is Celery's broker only; the chart generates its password on install.
            "redis": celery ? ["enabled": true, "resources": parts.values(ChartPartName.airflowBroker)] : ["enabled": false],
            "fernetKeySecretName": .string(keys),
            // Airflow 3: `[api] secret_key` and `[api_auth] jwt_secret` (the webserver key is Airflow 2's).
            "apiSecretKeySecretName": .string(keys),
            "jwtSecretName": .string(keys),
            "scheduler": [
                "replicas": .int(airflow.schedulers), "resources": resources(airflow, "airflow-scheduler"), "logGroomerSidecar": logGroomer,
            ],
            "apiServer": ["replicas": .int(replicas(airflow, "airflow-webserver")), "resources": resources(airflow, "airflow-webserver")],
            "triggerer": [
                "replicas": .int(partReplicas(parts, ChartPartName.airflowTriggerer)), "resources": parts.values(ChartPartName.airflowTriggerer),
                "logGroomerSidecar": logGroomer,
            ],
            "dagProcessor": [
                "replicas": .int(partReplicas(parts, ChartPartName.airflowDagProcessor)), "resources": parts.values(ChartPartName.airflowDagProcessor),
                "logGroomerSidecar": logGroomer,
            ],
            "statsd": ["resources": parts.values(ChartPartName.airflowStatsd)],
            "migrateDatabaseJob": ["resources": parts.values(ChartPartName.airflowMigrations)],
            "workers": .map(workers),
            "config": .map(config),
            "dags": ["persistence": ["enabled": true, "accessMode": "ReadWriteMany"]],
            // No create-user job with the chart's admin/admin default; create the first admin with
            // `airflow users create` and a password of your own. The webserver Deployment (Airflow 2
            // images) gets the API server's size.
            "webserver": ["defaultUser": ["enabled": false], "resources": resources(airflow, "airflow-webserver")],
        ]
        let needs = context.lake.postgres != nil ? [PlatformNames.postgresOperator] : []
        return PlatformEntry(release: PinnedChart.airflow.release(PlatformNames.airflow, context, phase: .processing, needs: needs),
                             values: values, secrets: secrets(context))
    }

    static func group(_ airflow: ResolvedAirflow, _ name: String) -> PodGroup? { airflow.pods.first { $0.name == name } }

    static func resources(_ airflow: ResolvedAirflow, _ name: String) -> YAMLValue {
        group(airflow, name).map { Kubernetes.resources($0.resources) } ?? [:]
    }

    static func replicas(_ airflow: ResolvedAirflow, _ name: String) -> Int { group(airflow, name)?.replicas ?? 1 }

    static func partReplicas(_ parts: ResolvedChartParts, _ name: String) -> Int { parts.pods.first { $0.name == name }?.replicas ?? 1 }

    static func secrets(_ context: EmitContext) -> [SecretReference] {
        let lake = context.name
        let database = context.lake.postgres != nil
            ? "the lake's PostgreSQL (`\(PlatformNames.postgresCluster(lake)).\(context.namespace).svc:5432`, database `airflow`)"
            : "Airflow's PostgreSQL metadata database"
        return [
            SecretReference(
                name: PlatformNames.airflowMetadata(lake), keys: ["connection"], readers: ["airflow"],
                purpose: "SQLAlchemy URL of \(database): `postgresql://<user>:<password>@<host>:5432/airflow`"),
            SecretReference(
                name: PlatformNames.airflowKeys(lake), keys: ["fernet-key", "api-secret-key", "jwt-secret"], readers: ["airflow"],
                purpose: "Fernet key for stored connections, the API server's Flask secret key and the JWT signing secret"),
        ]
    }
}
