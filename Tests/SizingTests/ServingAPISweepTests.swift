import LakeModel
import Testing
@testable import Sizing

/// From 1 to 1,000,000 users: each API scales with its own rate, PostgreSQL stays bounded behind the pooler.
@Suite struct ServingAPISweepTests {
    static let users = [1, 10, 100, 1_000, 10_000, 50_000, 100_000, 1_000_000]

    static func apiLake(users: Int, dataVolume: Int = ServingTestLakes.petabyte) -> LakeSpec {
        ServingTestLakes.lake(dataVolume: dataVolume) { workload, components in
            workload.activeUsers = users
            components.postgres = PostgresSpec()
            components.airflow = AirflowSpec()
            components.fastapi = FastAPISpec(image: "api:1")
            components.hasura = HasuraSpec()
        }
    }

    static func ceil(_ a: Int, _ b: Int) -> Int { (a + b - 1) / b }

    @Test func eachAPIScalesWithItsOwnRate() {
        var previous = (fastapi: 0, hasura: 0)
        var poolers = 0
        for users in Self.users {
            let lake = ServingTestLakes.resolve(Self.apiLake(users: users)).lake
            let fastapi = lake.fastapi?.replicas ?? 0, hasura = lake.hasura?.replicas ?? 0
            let pooler = lake.postgres?.pooler?.instances ?? 0
            #expect(pooler >= max(2, poolers), "\(users) users: PgBouncer instances follow the APIs' rate")
            poolers = pooler
            #expect(fastapi >= previous.fastapi && hasura >= previous.hasura, "\(users) users")
            #expect(fastapi == max(2, Self.ceil(Self.ceil(users, 10), 100)), "FastAPI: ⌈⌈users / 10⌉ / 100⌉")
            #expect(hasura == max(2, Self.ceil(Self.ceil(users, 30), 500)), "Hasura: its own ⌈⌈users / 30⌉ / 500⌉, not users / 10")
            previous = (fastapi, hasura)
        }
        #expect(previous == (1_000, 67))
        #expect(poolers == 14, "⌈(100,000 + 33,334) req/s / 10,000⌉")
    }

    @Test(arguments: [10 * ServingTestLakes.terabyte, ServingTestLakes.petabyte, 50 * ServingTestLakes.petabyte])
    func postgresStaysBoundedWithWorkMemAtLeastFourMB(dataVolume: Int) throws {
        for users in Self.users {
            let (lake, ledger) = ServingTestLakes.resolve(Self.apiLake(users: users, dataVolume: dataVolume))
            let postgres = try #require(lake.postgres)
            #expect(postgres.maxConnections == 123, "\(users) users: 3 + Airflow 60 + pooler 60, whatever the users")
            #expect(postgres.workMem.value >= 4 << 20, "\(users) users: work_mem \(postgres.workMem)")
            #expect(postgres.pooler?.maxDBConnections == 60)
            #expect(ServingTestLakes.errorIDs(ledger).isEmpty)
        }
    }

    @Test func withoutAnAPIThereIsNoPooler() throws {
        let spec = ServingTestLakes.lake { workload, components in
            workload.activeUsers = 1_000
            components.postgres = PostgresSpec()
            components.airflow = AirflowSpec()
        }
        let postgres = try #require(ServingTestLakes.resolve(spec).lake.postgres)
        #expect(postgres.pooler == nil)
        #expect(postgres.pods.map(\.name) == ["postgres"])
        #expect(postgres.maxConnections == 100)
    }

    @Test func aGivenMaxConnectionsAboveTheWorkMemCapIsCappedWithAWarning() throws {
        var spec = Self.apiLake(users: 1_000, dataVolume: 10 * ServingTestLakes.terabyte)
        spec.components.postgres?.maxConnections = 10_083
        let (lake, ledger) = ServingTestLakes.resolve(spec)
        let postgres = try #require(lake.postgres)
        #expect(postgres.maxConnections == 469, "8 GiB: (8,192 − 2,048 − 512) MiB / 12 MiB")
        #expect(postgres.workMem.value >= 4 << 20)
        #expect(ledger.diagnostics.map(\.id).contains("postgres.connectionsCapped"))
        #expect(ServingTestLakes.errorIDs(ledger).isEmpty)
    }
}

/// A blueprint that fixes Hasura below its request rate hears about it.
@Suite struct ServingHasuraRateTests {
    @Test func givenReplicasBelowTheRateWarn() {
        var spec = ServingAPISweepTests.apiLake(users: 50_000)
        spec.components.hasura?.replicas = 2
        #expect(ServingTestLakes.resolve(spec).ledger.diagnostics.map(\.id).contains("hasura.replicasBelowRate"))
        spec.components.hasura?.replicas = 4
        #expect(!ServingTestLakes.resolve(spec).ledger.diagnostics.map(\.id).contains("hasura.replicasBelowRate"))
    }
}
