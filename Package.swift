// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Lakeform",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lakeform", targets: ["lakeform"]),
        /// The runtime that `blueprints/*.swift` files link against, like SwiftPM's PackageDescription.
        .library(name: "LakeformDSL", type: .static, targets: ["LakeformDSL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
    ],
    targets: [
        /** Versioned Codable wire format shared by the DSL runtime and the host. */
        .target(name: "LakeformWire", exclude: ["README.md"]),
        /** Result builders that blueprint files import; depends on the wire format only. */
        .target(
            name: "LakeformDSL", dependencies: ["LakeformWire"], exclude: ["README.md"],
            // Blueprints then load only the DSL's public imports, not Foundation's C modules (docs/blueprints.md).
            swiftSettings: [.unsafeFlags(["-enable-library-evolution"])]
        ),
        /** Diagnostics as values: id, severity, message, address, source location. */
        .target(name: "Diagnostics"),
        /** LakeSpec (what was asked), integer units, artifacts. No I/O. */
        .target(name: "LakeModel", dependencies: ["Diagnostics"], exclude: ["README.md"]),
        /** Sizing rules (one type per rule, each with its source and examples), the resolver and invariants. Pure. */
        .target(name: "Sizing", dependencies: ["LakeModel", "Diagnostics"]),
        /** Helm values, custom resources, reports: pure functions from ResolvedLake to artifacts, plus their validation. */
        .target(name: "Emitters", dependencies: ["LakeModel", "Diagnostics"]),
        /** Checks emitted artifacts against schemas/upstream: custom resources against their CRD schemas, Helm
            values against the chart's keys and values.schema.json. The schemas are bundled as a resource. */
        .target(
            name: "ArtifactValidation",
            dependencies: ["LakeModel", "Diagnostics", "Emitters", .product(name: "Yams", package: "Yams")],
            exclude: ["README.md"],
            resources: [.copy("../../schemas/upstream")]
        ),
        /** Price books (parsed from YAML text), the cost and capacity model, guardrails and cost reports. Pure. */
        .target(
            name: "Costing",
            dependencies: ["LakeModel", "Diagnostics", .product(name: "Yams", package: "Yams")],
            exclude: ["README.md"]
        ),
        /** Plans: actions per artifact, semantic key-path diffs, destructive changes and text/Markdown/JSON renderers. Pure. */
        .target(name: "Planning", dependencies: ["LakeModel", "Diagnostics", "Emitters", .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto")]),
        /** Swift, YAML and JSON front-ends, the wire-to-spec mapper and blueprint validation. */
        .target(
            name: "BlueprintLoading",
            dependencies: [
                "LakeformWire", "LakeModel", "Diagnostics",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        /** Lineage, serial, revisions, artifact contents and the lock: the StateStore protocol and its SQLite backend. */
        .target(
            name: "StateStore",
            dependencies: [
                "LakeModel", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        /** The StateStore over PostgreSQL (postgres-nio): versioned schema, one transaction per commit, advisory locks. */
        .target(
            name: "PostgresStateStore",
            dependencies: [
                "StateStore", "LakeModel",
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        /** Commands, wiring, exit codes and file I/O: the composition root. */
        .target(
            name: "LakeformCLI",
            dependencies: [
                "BlueprintLoading", "LakeModel", "Diagnostics", "LakeformWire", "Sizing", "Emitters", "ArtifactValidation", "Costing", "StateStore", "PostgresStateStore", "Planning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        /** The ten-line entry point. It also depends on LakeformDSL so that `swift run lakeform`
            builds the DSL module that Swift blueprints compile against (see docs/blueprints.md). */
        .executableTarget(
            name: "lakeform", dependencies: ["LakeformCLI", "LakeformDSL"],
            // Release: the Swift runtime and Foundation linked in, so start-up skips loading and relocating a dozen
            // shared libraries (issue 18: a warm plan was 3.2× the process floor). Swift blueprints still link:
            // they are separate programs that swiftc builds against the LakeformDSL objects (docs/blueprints.md).
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-lCoreFoundation", "-l_FoundationCShims", "-l_FoundationCollections", "-l_FoundationICU"], .when(configuration: .release))]
        ),
        /** In-process benchmarks (key-path diff, blueprint evaluation, build phases) for benchmarks/run.sh. */
        .executableTarget(
            name: "lakeform-bench",
            dependencies: [
                "Planning", "LakeModel", "Emitters", "ArtifactValidation", "BlueprintLoading", "Costing", "Sizing", "Diagnostics",
                .product(name: "Yams", package: "Yams"), .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/LakeformBench"
        ),
        /** The DSL reference: reads LakeformDSL's symbol graph and writes docs/dsl.md and the schema's descriptions. */
        .target(name: "DSLReference", dependencies: ["ArtifactValidation"]),
        /** Regenerates (or with --check, verifies) the files DSLReference writes. */
        .executableTarget(name: "lakeform-dsl-docs", dependencies: ["DSLReference"]),
        /** Seeded mutations of the bundled blueprints through the CLI, under time and memory bounds (.ci/run). */
        .executableTarget(
            name: "lakeform-fuzz",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/LakeformFuzz"
        ),
        .target(name: "TestSupport", dependencies: ["Diagnostics", "LakeModel", "Sizing"], path: "Tests/TestSupport"),
        .testTarget(name: "LakeformWireTests", dependencies: ["LakeformWire", "TestSupport"]),
        .testTarget(name: "LakeformDSLTests", dependencies: ["LakeformDSL", "LakeformWire", "DSLReference", "ArtifactValidation"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "SizingTests", dependencies: ["Sizing", "LakeModel", "Diagnostics", "TestSupport"]),
        .testTarget(name: "EmittersTests", dependencies: ["Emitters", "ArtifactValidation", "Sizing", "LakeModel", "TestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "ArtifactValidationTests", dependencies: ["ArtifactValidation", "Emitters", "LakeModel", "Diagnostics", "TestSupport"]),
        .testTarget(
            name: "CostingTests",
            dependencies: [
                "Costing", "LakeformCLI", "BlueprintLoading", "Sizing", "LakeModel", "Diagnostics", "ArtifactValidation", "TestSupport",
            ]
        ),
        .testTarget(name: "PlanningTests", dependencies: ["Planning", "LakeModel", "ArtifactValidation", "Emitters", "TestSupport"]),
        .testTarget(
            name: "BlueprintLoadingTests",
            dependencies: [
                "BlueprintLoading", "LakeModel", "LakeformWire", "Diagnostics", "TestSupport", "DSLReference",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(name: "StateStoreTests", dependencies: ["StateStore", "PostgresStateStore", "LakeModel", "TestSupport"]),
        .testTarget(
            name: "LakeformCLITests",
            dependencies: ["LakeformCLI", "BlueprintLoading", "Sizing", "LakeModel", "Emitters", "ArtifactValidation", "Planning", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
