/// The rules for the charts' own parts (operators, Airflow's and kube-prometheus-stack's helpers, NiFi's
/// ZooKeeper), in the order docs/rules.md lists them.
enum PlatformFamily {
    static let rules: [RuleDescription] = [
        OperatorDefaultsRule.description, AirflowPartsRule.description, MonitoringPartsRule.description, NiFiZooKeeperRule.description,
    ]
}
