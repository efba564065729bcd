// The text of pricebooks/on-prem.yaml, byte for byte (BundledPriceBooksTests checks it). Edit the YAML, then paste it here.
extension BundledPriceBooks {
    static let onPrem = #"""
# pricebooks/on-prem.yaml: self-hosted servers and drives, amortized, plus running costs.
#
# Copy this file, put your own quotes in, and point a blueprint (PriceBook("my-dc.yaml")) or the
# command line (lakeform cost --pricebook my-dc.yaml) at it. `lakeform cost --show-pricebook on-prem`
# prints it.
#
# Capex is a one-time price per unit, spread evenly over `years`; running costs are per month.
# Object storage follows the self-hosted $/TB formula
#   $/TB_usable_month = (capex_per_raw_TB / amortization_months + opex_per_raw_TB_month) / (K/N) / fill
# by pricing raw drive capacity (what erasure coding K/N and the fill target make MinIO buy) and
# dividing by usable TB and by data TB in the report. Compute is priced per requested vCPU and GiB
# as a share of a server, so cost follows sizing. Power, space, network and operations are per
# server in the sources; they are priced as the same 32-core server's share per requested vCPU
# (storage servers' MinIO pods included), so that they follow the requests smoothly instead of
# stepping with how pods happen to pack onto nodes.
#
# Sources: Backblaze drive prices (A. Klein, "hard drive cost per gigabyte", Nov 2022: $0.014/GB
# for 16 TB drives; https://www.backblaze.com/blog/), Backblaze Storage Pod costs
# (https://www.backblaze.com/blog/open-source-data-storage-server/) and running costs
# (https://www.backblaze.com/blog/petabytes-on-a-budget-v2-0revealing-more-secrets/). Figures
# marked "assumption" have no public source: replace them with your vendor's quotes.
format_version: 1
name: on-prem
title: Self-hosted servers and drives amortized over 5 years, plus power, space, network and operations
currency: USD
hours_per_month: 730

lines:
  - name: Object storage servers and drives (MinIO)
    covers: [minio, iceberg]
    note: >-
      MinIO's own CPU and memory are part of the storage servers' price; their power, space,
      network and operations are priced per vCPU MinIO requests, as for every other pod.
    items:
      - name: HDD drives and server share
        per: raw-tb-hdd
        capex: 21
        years: 5
        source: "Backblaze, Nov 2022: drives $14/TB (16 TB HDD) + ~50% for the server around them"
      - name: SSD drives and server share
        per: raw-tb-ssd
        capex: 90
        years: 5
        source: "assumption: SATA SSD about $60/TB + ~50% server share"
      - name: NVMe drives and server share
        per: raw-tb-nvme
        capex: 120
        years: 5
        source: "assumption: NVMe several times HDD per TB, about $80/TB + ~50% server share"
      - &power
        name: Power, space and network per requested vCPU
        per: vcpu
        price: 6.5625
        source: "Backblaze, 2011: a rack of 10 storage pods about $2,100/month in roughly equal thirds space, power, bandwidth: $210 per server, / 32 cores"
      - &operations
        name: Operations per requested vCPU
        per: vcpu
        price: 3.125
        source: "assumption: one administrator (about $150,000 a year, loaded) per 125 servers: $100 per server, / 32 cores"

  - name: PostgreSQL
    covers: [postgres]
    items: &servers
      - name: Server share per requested vCPU
        per: vcpu
        capex: 250
        years: 5
        source: "assumption: a 32-core, 256 GiB server at about $12,000: $8,000 for the cores"
      - name: Server share per requested GiB of memory
        per: memory-gib
        capex: 16
        years: 5
        source: "assumption: the same server's $4,096 of memory, $16/GiB"
      - name: Local NVMe for persistent volumes
        per: volume-gb
        capex: 0.12
        years: 5
        source: "assumption: NVMe at $0.08/GB + ~50% server share, as for MinIO's NVMe"
      - *power
      - *operations
  - name: Kafka
    covers: [kafka]
    items: *servers
  - name: Kafka Connect (Debezium)
    covers: [debezium]
    items: *servers
  - name: NiFi
    covers: [nifi]
    items: *servers
  - name: Spark
    covers: [spark]
    items: *servers
  - name: Flink
    covers: [flink]
    items: *servers
  - name: Airflow
    covers: [airflow]
    items: *servers
  - name: Trino
    covers: [trino]
    items: *servers
  - name: Druid
    covers: [druid]
    items: *servers
  - name: Elasticsearch
    covers: [elasticsearch]
    items: *servers
  - name: OpenSearch
    covers: [opensearch]
    items: *servers
  - name: Milvus
    covers: [milvus]
    items: *servers
  - name: FastAPI
    covers: [fastapi]
    items: *servers
  - name: Hasura
    covers: [hasura]
    items: *servers
  - name: Redis
    covers: [redis]
    items: *servers
  - name: Prometheus + Grafana
    covers: [monitoring]
    items: *servers
  - name: Atlas
    covers: [atlas]
    items: *servers

"""#
}
