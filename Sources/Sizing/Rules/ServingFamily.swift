import LakeModel

/// The query, search and serving rules (Trino, Druid, Elasticsearch/OpenSearch, Milvus, Redis,
/// PostgreSQL, FastAPI, Hasura, Atlas, Prometheus), in the order docs/rules.md lists them.
enum ServingFamily {
    static let rules: [RuleDescription] = [
        TrinoConcurrencyRule.description, TrinoWorkersRule.description, TrinoHeapRule.description, TrinoQueryMemoryRule.description,
        TrinoCoordinatorRule.description,
        DruidSegmentRule.description, DruidHistoricalRule.description, DruidHistoricalMemoryRule.description,
        DruidIngestRule.description, DruidMiddleManagerRule.description, DruidBrokerRule.description,
        DruidCoordinatorRule.description, DruidRouterRule.description, DruidZooKeeperRule.description,
        DruidMetadataStoreRule.description,
        SearchVolumeRule.description, SearchIndexRule.description, SearchShardRule.description, SearchMemoryRule.description,
        SearchNodeRule.description, SearchMasterRule.description, SearchDashboardsRule.description,
        MilvusGrowthRule.description, MilvusIndexRule.description, MilvusQueryNodeRule.description, MilvusObjectStorageRule.description,
        MilvusScaleRule.description, MilvusComponentsRule.description,
        MilvusStreamingNodeRule.description, MilvusPulsarRule.description,
        RedisMemoryRule.description, RedisTopologyRule.description,
        PostgresSizeRule.description, PostgresPoolerRule.description, PostgresConnectionsRule.description, PostgresSettingsRule.description,
        FastAPIReplicasRule.description, HasuraReplicasRule.description, AtlasRule.description,
        PrometheusSeriesRule.description, PrometheusShardRule.description, PrometheusStorageRule.description, PrometheusMemoryRule.description,
        GrafanaRule.description,
    ]
}

/// Binary units the serving rules round memory and volumes to (text goes through `Bytes.memoryText`/`storageText`).
enum ServingUnits {
    static let mib = 1 << 20
    static let gib = 1 << 30
}
