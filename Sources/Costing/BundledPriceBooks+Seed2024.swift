// The text of pricebooks/seed-2024.yaml, byte for byte (BundledPriceBooksTests checks it). Edit the YAML, then paste it here.
extension BundledPriceBooks {
    static let seed2024 = #"""
# pricebooks/seed-2024.yaml: the seed stack's own prices (technology-stack.md, 2024), as unit prices.
#
# The seed's "Total Cost Summary" prices three lakes: $6,200 a month for 1 PB, $23,500 for 5 PB and
# 50k users, $42,700 for 10 PB and 100k users. Its lines ("Compute (K8s): $8,000/month",
# "Trino: $4,000/month") are lump sums per tier, and its per-component prices ("~$400/worker/month")
# imply far fewer pods than Lakeform resolves for the same workloads, so neither can price another
# lake. This book prices every lake, whatever its name, from unit prices alone:
#
#   monthly cost = $0.40 × TB stored                        (Storage: the seed's own price)
#                + $3,655 + $1.546 × TB stored              (Platform)
#                + $2.257 × vCPU + $0.3025 × GiB requested  (Compute (K8s))
#
# - Storage, $0.40 per TB of data stored: the seed's own price (MinIO › Cost Analysis), which its
#   summary applies to the data (1 PB → $400), not to raw drives.
# - The rest of each tier's total (5,800, 21,500 and 38,700 dollars) is split three ways, solved
#   exactly from the three tiers as Lakeform resolves them (blueprints/*.swift):
#     a part per lake (control plane, operators, on-call: the seed's "minimal production setup"),
#     a part per TB of data (what the seed's lines add with the data beyond the pods: its Spark,
#       Trino and Druid lines grow with the tier),
#     and the pods' requests: vCPU and GiB of memory (batch pods by their share of the day), priced
#       in OpenCost's CPU-to-memory ratio (0.031611 : 0.004237 $/hour, sizing-rules §13.1) so that
#       memory-heavy pods cost more than light ones.
#   With the tiers' 178.2, 2,618.7 and 5,043.4 vCPU and 649.7, 13,896 and 27,106.9 GiB
#   (vCPU-equivalents v = vCPU + 0.134 × GiB) and 1, 5 and 10 PB, the system
#     F + p·v + t·TB = rest   gives   F = $3,655.10, p = $2.2571, t = $1.5461,
#   rounded to $3,655 per lake, $2.257 per vCPU, $0.3025 per GiB and $1.546 per TB. The tiers then cost
#   $6,199.77, $23,498.85 and $42,697.83 a month (within 0.01% of the seed), $4.27 per TB at 10 PB.
#
# Every lake's cost is continuous and monotone in its data and its pods' requests: no tier names,
# no lump sums, no cliff between 9.9 and 10 PB, no step when a pod no longer fits a node. When sizing
# changes the tiers' requests, solve the system again (SeedReproductionTests prints the solution).
#
# Units: prices in US dollars per unit per month. Format: docs/cost.md, schemas/pricebook.schema.json.
format_version: 1
name: seed-2024
title: The seed stack's prices (technology-stack.md, 2024) as unit prices per TB stored, per lake and per requested vCPU and GiB
currency: USD
hours_per_month: 730

lines:
  - name: Storage
    note: >-
      The seed applies $0.40/TB-month to the data stored (1 PB → $400), not to raw drives; the
      on-prem book prices the raw capacity that erasure coding and the fill target add.
    items:
      - name: Stored data
        per: data-tb
        price: 0.40
        source: "seed § Storage Layer › MinIO › Cost Analysis: Total ~$0.40/TB/month (amortized over 3 years)"

  - name: Platform
    note: >-
      What the seed's tier totals hold beyond storage and the pods' requests: a part per lake and
      a part per TB of data, solved from its three tiers (the book's header).
    items:
      - name: Base per lake
        per: lake
        price: 3655
        source: "derived from seed § Total Cost Summary: the per-lake part of its three tiers' totals less storage (the book's header)"
      - name: Data served
        per: data-tb
        price: 1.546
        source: "derived from seed § Total Cost Summary: the per-TB part of its three tiers' totals less storage (the book's header)"

  - name: Compute (K8s)
    covers: [minio, iceberg, postgres, kafka, nifi, debezium, spark, flink, airflow, trino, druid, elasticsearch, opensearch, milvus, fastapi, hasura, redis, monitoring, atlas]
    note: >-
      Every pod's requests, MinIO's included: the seed's summary has no unit for compute, so the
      prices per vCPU and GiB are the part of its three tiers' totals that follows the requests,
      in OpenCost's CPU-to-memory price ratio (the book's header).
    items:
      - name: CPU
        per: vcpu
        price: 2.257
        source: "derived from seed § Total Cost Summary: the per-request part of its three tiers' totals (the book's header)"
      - name: Memory
        per: memory-gib
        price: 0.3025
        source: "derived from seed § Total Cost Summary: $2.257 × 0.004237 / 0.031611, OpenCost's RAM-to-CPU price ratio (sizing-rules §13.1)"

"""#
}
