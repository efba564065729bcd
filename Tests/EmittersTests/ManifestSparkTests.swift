@testable import Emitters
import LakeModel
import Testing

/// Spark applications carry the resolved executors, cores and memory, and read MinIO with Secret-backed credentials.
@Suite struct ManifestSparkTests {
    typealias F = ManifestFixture
    let spark = ManifestFixture.lake.spark!.jobs[0]

    @Test func sparkApplicationCarriesTheResolvedSizes() {
        let app = F.object("SparkApplication", "etl")
        #expect(F.string(app, "spec.type") == "Python")
        #expect(F.string(app, "spec.mode") == "cluster")
        #expect(F.string(app, "spec.image") == "apache/spark:3.5.5")
        #expect(F.string(app, "spec.sparkVersion") == "3.5.5")
        #expect(F.string(app, "spec.mainApplicationFile") == "s3a://lake/etl.py")
        #expect(F.int(app, "spec.executor.instances") == spark.executors)
        #expect(F.int(app, "spec.executor.cores") == spark.executorCores)
        #expect(F.string(app, "spec.executor.coreRequest") == String(spark.executorCores))
        #expect(F.bytes(fromJVM: F.string(app, "spec.executor.memory")) == spark.executorMemory)
        #expect(F.bytes(fromJVM: F.string(app, "spec.executor.memoryOverhead")) == spark.executorOverhead)
        #expect(F.int(app, "spec.driver.cores") == spark.driverCores)
        #expect(F.bytes(fromJVM: F.string(app, "spec.driver.memory")) == spark.driverMemory)
        #expect(F.bytes(fromJVM: F.string(app, "spec.driver.memoryOverhead")) == spark.driverOverhead)
        #expect(F.int(app, "spec.dynamicAllocation.maxExecutors") == spark.maxExecutors)
        #expect(F.int(app, "spec.dynamicAllocation.initialExecutors") == spark.executors)
        #expect(app?[path: "spec.dynamicAllocation"]?.mapping?["shuffleTrackingEnabled"] == true)
        #expect(F.string(app, "spec.driver.serviceAccount") == "spark-operator-spark")
    }

    @Test func sparkReadsTheIcebergCatalogOnMinIOWithCredentialsFromSecrets() {
        let app = F.object("SparkApplication", "etl")
        let conf = app?[path: "spec.sparkConf"]?.mapping ?? [:]
        #expect(conf["spark.sql.catalog.lakehouse"] == "org.apache.iceberg.spark.SparkCatalog")
        #expect(conf["spark.sql.catalog.lakehouse.type"] == "jdbc")
        #expect(conf["spark.sql.catalog.lakehouse.warehouse"] == "s3a://datalake/warehouse")
        #expect(conf["spark.sql.catalog.lakehouse.io-impl"] == "org.apache.iceberg.aws.s3.S3FileIO")
        #expect(conf["spark.sql.catalog.lakehouse.s3.endpoint"] == "http://minio.lake.svc:80")
        #expect(conf["spark.sql.catalog.lakehouse.s3.path-style-access"] == "true")
        #expect(conf["spark.sql.catalog.lakehouse.uri"] == "jdbc:postgresql://lakeform-sample.lake.svc:5432/iceberg")
        #expect(!conf.keys.contains { $0.contains("password") || $0.contains("secret") })
        for role in ["driver", "executor"] {
            #expect(app?[path: "spec.\(role).envFrom"] == [["secretRef": ["name": "sample-s3-credentials"]]])
        }
    }

    @Test func aScheduledJobBecomesAScheduledSparkApplication() {
        let objects = ManifestFamily.objects(F.context { spec in
            spec.components.spark?.jobs[0].schedule = "0 2 * * *"
            spec.components.spark?.jobs.append(SparkJobSpec(name: "Agg_Job", language: .scala, application: "local:///agg.jar"))
        })
        let scheduled = F.object("ScheduledSparkApplication", "etl", in: objects)
        #expect(F.string(scheduled, "spec.schedule") == "0 2 * * *")
        #expect(F.string(scheduled, "spec.template.type") == "Python")
        #expect(F.object("SparkApplication", "etl", in: objects) == nil)
        let scala = F.object("SparkApplication", "agg-job", in: objects)
        #expect(F.string(scala, "spec.type") == "Scala")
        #expect(scala?[path: "spec.pythonVersion"] == nil)
    }
}
