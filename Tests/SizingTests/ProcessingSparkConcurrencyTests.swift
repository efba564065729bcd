import LakeModel
@testable import Sizing
import Testing

/// The node pool holds the Spark executors that run at once under the DAGs' dependencies, not the sum of every job.
@Suite struct ProcessingSparkConcurrencyTests {
    /// A lake whose jobs get `shares` of 10 TB a day, run by `dags` (task id = job name).
    static func lake(_ shares: [String: Int], dags: [DAGSpec]) -> LakeSpec {
        var workload = WorkloadSpec(dataVolume: .terabytes(500))
        workload.batchPerDay = .terabytes(10)
        var components = ComponentsSpec()
        components.spark = SparkSpec(jobs: shares.keys.sorted().map { name in
            var job = ProcessingLake.sparkJob(name)
            job.inputSharePercent = shares[name]!
            return job
        })
        var airflow = AirflowSpec()
        airflow.dags = dags
        components.airflow = airflow
        return LakeSpec(name: "test", tier: "test", namespace: "lake", blueprintPath: "test.yaml", workload: workload, components: components)
    }

    static func dag(_ name: String, _ edges: [(task: String, after: [String])]) -> DAGSpec {
        DAGSpec(name: name, schedule: "@daily", tasks: edges.map { edge in
            var task = DAGTaskSpec(id: edge.task, sparkJob: edge.task)
            task.after = edge.after
            return task
        })
    }

    static func executors(_ spark: ResolvedSpark, _ job: String) -> Int { spark.jobs.first { $0.name == job }!.executors }

    @Test func aSequentialDAGNeedsTheLargestJobNotTheSum() throws {
        let spec = Self.lake(["bronze": 60, "silver": 40], dags: [Self.dag("etl", [("bronze", []), ("silver", ["bronze"])])])
        let (lake, _) = Resolver.resolve(spec)
        let spark = try #require(lake.spark)
        let bronze = Self.executors(spark, "bronze"), silver = Self.executors(spark, "silver")
        #expect(spark.concurrentExecutors == max(bronze, silver))
        #expect(spark.concurrentExecutors < bronze + silver)
        let packed = lake.podGroupsAtPeak.filter { $0.component == .spark && $0.name.hasSuffix("-executor") }
        #expect(packed.reduce(0) { $0 + $1.replicas } == max(bronze, silver))
        let pool = try #require(lake.nodePools.first { $0.name == "compute" })
        let jobPods = { (name: String) in name.hasPrefix("spark-") && !name.hasPrefix("spark-operator") }
        #expect(pool.podGroups.filter(jobPods).count == 2, "one job's executor and driver")
        #expect(lake.podGroups.filter { $0.component == .spark && jobPods($0.name) }.count == 4, "pricing still sees every job")
    }

    @Test func parallelBranchesAndJobsInNoDAGRunTogether() throws {
        let dag = Self.dag("fan", [("a", []), ("b", ["a"]), ("c", ["a"]), ("d", ["b", "c"])])
        let spec = Self.lake(["a": 10, "b": 30, "c": 25, "d": 20, "adhoc": 15], dags: [dag])
        let spark = try #require(Resolver.resolve(spec).lake.spark)
        let branches = Self.executors(spark, "b") + Self.executors(spark, "c")
        #expect(spark.concurrentExecutors == branches + Self.executors(spark, "adhoc"))
    }

    @Test func separateDAGsMayOverlap() throws {
        let spec = Self.lake(["a": 50, "b": 50], dags: [Self.dag("one", [("a", [])]), Self.dag("two", [("b", [])])])
        let spark = try #require(Resolver.resolve(spec).lake.spark)
        #expect(spark.concurrentExecutors == Self.executors(spark, "a") + Self.executors(spark, "b"))
    }

    @Test func theAntichainIsTheHeaviestOverRandomOrders() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let count = Int.random(in: 1...7, using: &generator)
            let weights = (0..<count).map { _ in Int.random(in: 0...50, using: &generator) }
            let precedes = (0..<count).map { item in (0..<item).filter { _ in Bool.random(using: &generator) } }
            let solved = MaximumAntichain(weights: weights, precedes: precedes)
            #expect(solved.weight == Self.bruteForce(weights, precedes), "\(weights) \(precedes)")
            #expect(solved.members.reduce(0) { $0 + weights[$1] } == solved.weight, "members carry the weight")
        }
    }

    /// The heaviest subset with no dependency path between two members, by enumeration.
    static func bruteForce(_ weights: [Int], _ precedes: [[Int]]) -> Int {
        let count = weights.count
        var below = (0..<count).map { Set(precedes[$0]) }
        for item in 0..<count { for earlier in precedes[item] { below[item].formUnion(below[earlier]) } }
        return (0..<(1 << count)).map { mask in
            let members = (0..<count).filter { mask & (1 << $0) != 0 }
            let unordered = members.allSatisfy { a in members.allSatisfy { !below[a].contains($0) } }
            return unordered ? members.reduce(0) { $0 + weights[$1] } : 0
        }.max() ?? 0
    }
}
