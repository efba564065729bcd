/// The files `lakeform init` writes besides the workflows: two small lakes (one YAML, one Swift), a .gitignore and a
/// README. The lakes are sized from their workloads, so they plan as written.
enum InitTemplates {
    static let yamlBlueprint = """
        # A lake written as data: YAML blueprints need no compiler, so they suit untrusted pull requests.
        # Quantities are integers in canonical units or strings with a unit: 20TB, 1MB/s, 7d, 60s, $2,000.
        formatVersion: 2
        lakes:
          - name: analytics
            tier: 50 TB
            namespace: analytics
            workload:
              dataVolume: 20TB
              yearlyGrowthPercent: 40
              ingest:
                rate: 1MB/s
                peakPercent: 200
              activeUsers: 50
              concurrentQueries: 5
              scannedPerDay: 500GB
              batchPerDay: 100GB
              reasons:
                dataVolume: two years of exports from the product database
                activeUsers: analysts and product managers
            components:
              minio:
                media: nvme
                fillTargetPercent: 80
                bucket: analytics
              trino:
                querySLA: 60s

        """

    static let swiftBlueprint = """
        // A lake written in the Swift DSL: types, autocompletion and loops, compiled against Lakeform's runtime.
        import LakeformDSL

        let blueprint = Blueprint {
            Lake("events", tier: "50 TB", namespace: "events") {
                Workload(dataVolume: .terabytes(10), reason: "a year of click events") {
                    YearlyGrowth(percent: 50, reason: "traffic grows by half each year")
                    Ingest(rate: .megabytesPerSecond(1), peakPercent: 300, reason: "about 1,000 events/s of ~1 kB, evening peak 3x")
                    EventStream("clicks", sharePercent: 100, retention: .days(7), consumerGroups: 1,
                                reason: "one loader; a week lets it catch up after an outage")
                }
                MinIO(media: .nvme, fillTargetPercent: 80, bucket: "events")
                Kafka(replicationFactor: 3, minInsyncReplicas: 2, controllers: 3)
            }
        }

        """

    static let gitignore = """
        # Lakeform's caches and local state, and SwiftPM's build folder; generated/ is committed.
        .build/
        .lakeform/
        # The Lakeform source the workflows check out and build.
        .lakeform-src/

        """

    static let readme = """
        # Data lake blueprints

        Blueprints for Lakeform: `blueprints/analytics.yaml` (YAML, no compiler needed) and `blueprints/events.swift`
        (the Swift DSL). Each declares one lake; Lakeform sizes it and writes its Helm values, custom resources and
        cost reports under `generated/<lake>/`.

        ```
        lakeform validate          # check the blueprints
        lakeform plan              # what apply would change, against the state (.lakeform/state.db by default)
        lakeform apply             # record a new state revision and write generated/
        lakeform build --check     # is the committed generated/ what the blueprints produce?
        ```

        Commands work from any folder of this repository. Commit `generated/` with every blueprint change.

        ## CI

        `.github/workflows/lakeform-plan.yml` validates each pull request, checks `generated/` and posts the plan as a
        comment that later pushes update. `.github/workflows/lakeform-apply.yml` applies each merge to `main` against the
        shared PostgreSQL state and pushes `generated/` if the apply changed it. Before the first run:

        - set `LAKEFORM_REPOSITORY` and `LAKEFORM_REF` in both workflows to the Lakeform you install (pin a commit);
        - add the secrets `LAKEFORM_STATE` (`postgres://USER@HOST:5432/DATABASE?schema=lakeform`) and
          `LAKEFORM_STATE_PASSWORD`.

        Lakeform's `docs/ci.md` says who commits `generated/`, who applies and how the state lock behaves.

        """
}
