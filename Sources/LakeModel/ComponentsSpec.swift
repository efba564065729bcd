/// The components a lake deploys; nil means not deployed.
public struct ComponentsSpec: Equatable, Sendable {
    public var minio: MinIOSpec?
    public var iceberg: IcebergSpec?
    public var postgres: PostgresSpec?
    public var kafka: KafkaSpec?
    public var nifi: NiFiSpec?
    public var debezium: DebeziumSpec?
    public var spark: SparkSpec?
    public var flink: FlinkSpec?
    public var airflow: AirflowSpec?
    public var trino: TrinoSpec?
    public var druid: DruidSpec?
    public var elasticsearch: SearchSpec?
    public var opensearch: SearchSpec?
    public var milvus: MilvusSpec?
    public var fastapi: FastAPISpec?
    public var hasura: HasuraSpec?
    public var redis: RedisSpec?
    public var monitoring: MonitoringSpec?
    public var atlas: AtlasSpec?

    public init() {}

    /// The kinds that are deployed, in declaration order of `ComponentKind`.
    public var deployed: [ComponentKind] {
        ComponentKind.allCases.filter(contains)
    }

    /// Whether the lake deploys `kind`.
    public func contains(_ kind: ComponentKind) -> Bool {
        switch kind {
        case .minio: minio != nil
        case .iceberg: iceberg != nil
        case .postgres: postgres != nil
        case .kafka: kafka != nil
        case .nifi: nifi != nil
        case .debezium: debezium != nil
        case .spark: spark != nil
        case .flink: flink != nil
        case .airflow: airflow != nil
        case .trino: trino != nil
        case .druid: druid != nil
        case .elasticsearch: elasticsearch != nil
        case .opensearch: opensearch != nil
        case .milvus: milvus != nil
        case .fastapi: fastapi != nil
        case .hasura: hasura != nil
        case .redis: redis != nil
        case .monitoring: monitoring != nil
        case .atlas: atlas != nil
        }
    }
}
