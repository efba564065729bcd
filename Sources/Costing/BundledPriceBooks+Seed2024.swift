// The text of pricebooks/seed-2024.yaml, byte for byte (BundledPriceBooksTests checks it). Edit the YAML, then paste it here.
extension BundledPriceBooks {
    static let seed2024 = #"""
# pricebooks/seed-2024.yaml: the seed stack's own prices (technology-stack.md, 2024).
#
# Every unit price below is one the seed document states ("Cost: ~$200/broker/month"), cited on
# its item as "seed § Section › Component". Priced with this book, the three bundled tiers
# reproduce the seed's "Total Cost Summary" line by line: $6,200, $23,500 and $42,700 a month, and
# $4.27 per TB and $0.43 per user at 10 PB and 100k users.
#
# Two kinds of line exist, and each says which it is:
# - unit price × quantity: the quantity is counted in the lake Lakeform resolved (brokers,
#   executors, TB of data), so the figure moves when sizing moves;
# - lump sum for a tier: where the seed's summary cannot be derived from its unit prices (it gives
#   no unit, or our sizing resolves another quantity than the seed implies), the summary's figure
#   is stated for that tier with a note saying why. A lump sum applies only to the lake with the
#   tier's name and data volume; the report still shows the unit figure next to it, so the two
#   can be compared (units above the lump sum: the seed is optimistic).
#
# Units: prices in US dollars per unit per month. Format: docs/cost.md, schemas/pricebook.schema.json.
format_version: 1
name: seed-2024
title: The seed stack's own prices (technology-stack.md, 2024)
currency: USD
hours_per_month: 730

# The seed's three tiers ("Total Cost Summary"): lake name and data volume.
tiers:
  small: {data_tb: 1000}
  medium: {data_tb: 5000}
  large: {data_tb: 10000}

lines:
  - name: Storage
    covers: [minio, iceberg]
    note: >-
      The seed applies $0.40/TB-month to the data stored (1 PB → $400), not to raw drives; the
      on-prem book prices the raw capacity that erasure coding and the fill target add.
    items:
      - name: Stored data
        per: data-tb
        price: 0.40
        source: "seed § Storage Layer › MinIO › Cost Analysis: Total ~$0.40/TB/month (amortized over 3 years)"
      - name: Iceberg tables
        per: deployment
        of: [iceberg]
        price: 0
        source: "seed § Storage Layer › Apache Iceberg: Cost: Zero (library, not a service)"

  - name: Compute (K8s)
    covers: [postgres, debezium, nifi, airflow]
    note: >-
      The seed gives no unit price for Kubernetes compute. Outside its tiers this line holds only
      the components the seed prices on their own and its summary leaves out.
    items:
      - name: Airflow
        per: deployment
        of: [airflow]
        price: 200
        source: "seed § Processing Layer › Apache Airflow: Cost: ~$200/month (small deployment)"
      - name: NiFi nodes
        per: nifi-node
        price: 150
        source: "seed § Ingestion Layer › Apache NiFi: Cost: ~$150/node/month"
      - name: PostgreSQL
        per: deployment
        of: [postgres]
        price: 0
        source: "seed § Storage Layer › PostgreSQL + pgvector: Cost: Free, hardware costs only"
      - name: Debezium (Kafka Connect)
        per: deployment
        of: [debezium]
        price: 0
        source: "seed § Ingestion Layer › Debezium: Cost: Free (runs on Kafka Connect)"
    lump_sums:
      small:
        amount: 3000
        note: "seed lump sum: the seed's minimal setup lists Compute (K8s) at $3,000/month; it gives no unit to derive it from"
      medium:
        amount: 8000
        note: "seed lump sum: the seed's medium scale lists Compute at $8,000/month; it gives no unit to derive it from"
      large:
        amount: 12000
        note: "seed lump sum: the seed's large scale lists Compute at $12,000/month; it gives no unit to derive it from"

  - name: Kafka
    covers: [kafka]
    items:
      - name: Brokers
        per: kafka-broker
        price: 200
        source: "seed § Ingestion Layer › Apache Kafka: Cost: ~$200/broker/month (compute + storage)"
    lump_sums:
      medium:
        amount: 2000
        note: "seed lump sum: the seed prices this tier's Kafka at $2,000/month, 10 brokers at its $200; not derivable from the brokers Lakeform resolves"
      large:
        amount: 3000
        note: "seed lump sum: the seed prices this tier's Kafka at $3,000/month, 15 brokers at its $200; not derivable from the brokers Lakeform resolves"

  - name: Spark
    covers: [spark]
    items:
      - name: Executors
        per: spark-executor
        price: 50
        source: "seed § Processing Layer › Apache Spark: Cost: small cluster (10 executors) ~$500/month, large (100 executors) ~$5,000/month: $50 per executor"
    lump_sums:
      medium:
        amount: 2000
        note: "seed lump sum: the seed prices this tier's Spark at $2,000/month, 40 executors at $50; not derivable from the executors Lakeform resolves"
      large:
        amount: 5000
        note: "seed lump sum: the seed prices this tier's Spark at $5,000/month, its 100-executor large cluster; not derivable from the executors Lakeform resolves"

  - name: Flink
    covers: [flink]
    items:
      - name: TaskManagers
        per: flink-taskmanager
        price: 300
        source: "seed § Processing Layer › Apache Flink: Cost: ~$300/task manager/month"
    lump_sums:
      medium:
        amount: 1500
        note: "seed lump sum: the seed prices this tier's Flink at $1,500/month, 5 TaskManagers at $300; not derivable from the TaskManagers Lakeform resolves"
      large:
        amount: 3000
        note: "seed lump sum: the seed prices this tier's Flink at $3,000/month, 10 TaskManagers at $300; not derivable from the TaskManagers Lakeform resolves"

  - name: Trino
    covers: [trino]
    items:
      - name: Workers
        per: trino-worker
        price: 400
        source: "seed § Query Layer › Trino: Cost: ~$400/worker/month"
    lump_sums:
      small:
        amount: 1200
        note: "seed lump sum: the seed prices this tier's Trino at $1,200/month, 3 workers at $400; not derivable from the workers Lakeform resolves"
      medium:
        amount: 4000
        note: "seed lump sum: the seed prices this tier's Trino at $4,000/month, 10 workers at $400; not derivable from the workers Lakeform resolves"
      large:
        amount: 8000
        note: "seed lump sum: the seed prices this tier's Trino at $8,000/month, 20 workers at $400; not derivable from the workers Lakeform resolves"

  - name: Druid
    covers: [druid]
    items:
      - name: Druid cluster
        per: deployment
        price: 500
        source: "seed § Query Layer › Apache Druid: Cost: ~$500/month (small cluster)"
    lump_sums:
      medium:
        amount: 1000
        note: "seed lump sum: the seed lists Druid at $1,000/month here, twice its small-cluster price, with no unit to derive it from"
      large:
        amount: 2000
        note: "seed lump sum: the seed lists Druid at $2,000/month here, four times its small-cluster price, with no unit to derive it from"

  - name: Elasticsearch
    covers: [elasticsearch]
    items:
      - name: Data nodes
        per: search-node
        price: 300
        source: "seed § Query Layer › Elasticsearch: Cost: ~$300/node/month"
    lump_sums:
      medium:
        amount: 900
        note: "seed lump sum: the seed prices this tier's Elasticsearch at $900/month, 3 nodes at $300; not derivable from the data nodes Lakeform resolves"
      large:
        amount: 1500
        note: "seed lump sum: the seed prices this tier's Elasticsearch at $1,500/month, 5 nodes at $300; not derivable from the data nodes Lakeform resolves"

  - name: Milvus
    covers: [milvus]
    items:
      - name: Milvus cluster
        per: deployment
        price: 600
        source: "seed § Query Layer › Milvus: Cost: ~$600/month (cluster mode)"
    lump_sums:
      large:
        amount: 1200
        note: "seed lump sum: the seed lists Milvus at $1,200/month here, two cluster-mode deployments' worth; Lakeform deploys one cluster"

  - name: APIs
    covers: [fastapi, hasura, redis]
    items:
      - name: FastAPI instances
        per: api-replica
        price: 50
        source: "seed § API Layer › FastAPI: Cost: ~$50/instance/month"
      - name: Hasura
        per: deployment
        of: [hasura]
        price: 0
        source: "seed § API Layer › Hasura: Cost: Free (open source)"
      - name: Redis
        per: deployment
        of: [redis]
        price: 100
        source: "seed § API Layer › Redis: Cost: ~$100/month (small cluster)"
    lump_sums:
      medium:
        amount: 500
        note: "seed lump sum: the seed lists APIs at $500/month here; its unit prices give no such figure for the replicas Lakeform resolves"
      large:
        amount: 1000
        note: "seed lump sum: the seed lists APIs at $1,000/month here; its unit prices give no such figure for the replicas Lakeform resolves"

  - name: Monitoring
    covers: [monitoring, opensearch, atlas]
    items:
      - name: Prometheus + Grafana
        per: deployment
        of: [monitoring]
        price: 200
        source: "seed § Monitoring & Governance › Prometheus + Grafana: Cost: ~$200/month"
      - name: OpenSearch logging
        per: deployment
        of: [opensearch]
        price: 300
        source: "seed § Monitoring & Governance › OpenSearch: Cost: ~$300/month"
      - name: Atlas
        per: deployment
        of: [atlas]
        price: 400
        source: "seed § Monitoring & Governance › Apache Atlas: Cost: ~$400/month"
    lump_sums:
      small:
        amount: 500
        note: "seed lump sum: the seed lists Monitoring at $500/month for its minimal setup, more than its $200 Prometheus + Grafana price"
      medium:
        amount: 1000
        note: "seed lump sum: the seed lists Monitoring at $1,000/month here; its per-deployment prices add up to a different figure"
      large:
        amount: 2000
        note: "seed lump sum: the seed lists Monitoring at $2,000/month here; its per-deployment prices add up to a different figure"

"""#
}
