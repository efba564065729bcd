// The text of pricebooks/opencost-default.yaml, byte for byte (BundledPriceBooksTests checks it). Edit the YAML, then paste it here.
extension BundledPriceBooks {
    static let openCostDefault = #"""
# pricebooks/opencost-default.yaml: OpenCost's default price sheet, priced on resolved requests.
#
# Source: github.com/opencost/opencost, configs/default.json ("Default prices based on GCP
# us-central1", the sheet OpenCost loads for on-prem and custom providers; its docs show
# node_cpu_hourly_cost = 0.031611, i.e. hourly prices):
#   CPU      0.031611       $/vCPU-hour   (× 730 h ≈ $23.08 per vCPU-month)
#   RAM      0.004237       $/GB-hour     (× 730 h ≈ $3.09 per GB-month)
#   storage  0.00005479452  $/GB-hour     (× 730 h = $0.04 per GB-month)
# OpenCost counts RAM and volume "GB" as 2^30 bytes (it divides bytes by 1024³), so the measures
# below are GiB. The OpenCost Helm chart's example costModel (CPU 1.25, RAM 0.50, storage 0.25) is
# a "modified prices" example, not these defaults (https://www.opencost.io/docs/configuration/on-prem).
#
# Every component is priced by what its pods request: vCPU and memory for the hours they run (a
# Spark job's pods for its target duration each day, every other pod all month) and its
# persistent volumes all month, MinIO's drives included. The cost moves whenever sizing moves.
#
# Storage is priced at cloud block-storage prices: OpenCost's default storage price, $0.04 per
# GB-month (sizing-rules §13.1), is a persistent-disk rate, and MinIO's raw drives are priced as
# such volumes. That is what MinIO on cloud block volumes costs; self-hosted drives cost a few
# dollars per TB-month (sizing-rules §13.2, the on-prem book), ten times less.
# One line per component, so the report is a cost per component; the items are shared through
# the YAML anchor &resources, so a price is edited in one place.
format_version: 1
name: opencost-default
title: OpenCost default price sheet (GCP us-central1 list prices) on resolved requests, volumes at cloud block-storage prices
currency: USD
hours_per_month: 730

lines:
  - name: MinIO
    covers: [minio, iceberg]
    note: >-
      MinIO's drives are priced as cloud block storage (OpenCost's default $0.04/GB-month,
      sizing-rules §13.1); self-hosted drives cost about ten times less (§13.2, the on-prem book).
    items: &resources
      - name: CPU
        per: vcpu
        price: 0.031611
        period: hour
        source: "OpenCost configs/default.json: CPU 0.031611 $/vCPU-hour"
      - name: Memory
        per: memory-gib
        price: 0.004237
        period: hour
        source: "OpenCost configs/default.json: RAM 0.004237 $/GB-hour (GB = 2^30 B)"
      - name: Persistent volumes
        per: volume-gib
        price: 0.00005479452
        period: hour
        source: "OpenCost configs/default.json: storage 0.00005479452 $/GB-hour ($0.04/GB-month)"
  - name: PostgreSQL
    covers: [postgres]
    items: *resources
  - name: Kafka
    covers: [kafka]
    items: *resources
  - name: Kafka Connect (Debezium)
    covers: [debezium]
    items: *resources
  - name: NiFi
    covers: [nifi]
    items: *resources
  - name: Spark
    covers: [spark]
    items: *resources
  - name: Flink
    covers: [flink]
    items: *resources
  - name: Airflow
    covers: [airflow]
    items: *resources
  - name: Trino
    covers: [trino]
    items: *resources
  - name: Druid
    covers: [druid]
    items: *resources
  - name: Elasticsearch
    covers: [elasticsearch]
    items: *resources
  - name: OpenSearch
    covers: [opensearch]
    items: *resources
  - name: Milvus
    covers: [milvus]
    items: *resources
  - name: FastAPI
    covers: [fastapi]
    items: *resources
  - name: Hasura
    covers: [hasura]
    items: *resources
  - name: Redis
    covers: [redis]
    items: *resources
  - name: Prometheus + Grafana
    covers: [monitoring]
    items: *resources
  - name: Atlas
    covers: [atlas]
    items: *resources

"""#
}
