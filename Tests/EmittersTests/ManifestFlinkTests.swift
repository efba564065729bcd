@testable import Emitters
import LakeModel
import Testing

/// Flink deployments carry the resolved memory model, slots, parallelism and TaskManagers.
@Suite struct ManifestFlinkTests {
    typealias F = ManifestFixture
    let flink = ManifestFixture.lake.flink!.jobs[0]

    @Test func flinkDeploymentWritesTheWholeMemoryModel() {
        let deployment = F.object("FlinkDeployment", "enrich")
        let conf = deployment?[path: "spec.flinkConfiguration"]?.mapping ?? [:]
        func bytes(_ key: String) -> Bytes? { F.bytes(fromJVM: F.text(conf["taskmanager.memory.\(key)"])) }
        let memory = flink.taskManagerMemory
        #expect(bytes("process.size") == memory.process)
        #expect(bytes("jvm-overhead.min") == memory.jvmOverhead && bytes("jvm-overhead.max") == memory.jvmOverhead)
        #expect(bytes("jvm-metaspace.size") == memory.metaspace)
        #expect(bytes("framework.heap.size") == memory.frameworkHeap)
        #expect(bytes("framework.off-heap.size") == memory.frameworkOffHeap)
        #expect(bytes("task.heap.size") == memory.taskHeap)
        #expect(bytes("task.off-heap.size") == memory.taskOffHeap)
        #expect(bytes("network.min") == memory.network && bytes("network.max") == memory.network)
        #expect(bytes("managed.size") == memory.managed)
        let parts = ["jvm-overhead.max", "jvm-metaspace.size", "framework.heap.size", "framework.off-heap.size", "task.heap.size",
                     "task.off-heap.size", "network.max", "managed.size"].compactMap(bytes)
        #expect(parts.reduce(Bytes(0), +) == memory.process)
        #expect(conf["taskmanager.numberOfTaskSlots"] == .string(String(flink.slotsPerTaskManager)))
        #expect(conf["parallelism.default"] == .string(String(flink.parallelism)))
        #expect(conf["pipeline.max-parallelism"] == .string(String(flink.maxParallelism)))
        #expect(conf["state.backend.type"] == "rocksdb")
    }

    @Test func flinkResourcesMatchTheProcessSizeAndTaskManagerCount() {
        let deployment = F.object("FlinkDeployment", "enrich")
        #expect(F.string(deployment, "spec.flinkVersion") == "v1_20")
        #expect(F.string(deployment, "spec.image") == "flink:1.20")
        #expect(F.int(deployment, "spec.taskManager.replicas") == flink.taskManagers)
        #expect(F.int(deployment, "spec.taskManager.resource.cpu") == flink.taskManagerCPU.value / 1_000)
        #expect(F.bytes(fromJVM: F.string(deployment, "spec.taskManager.resource.memory")) == flink.taskManagerMemory.process)
        #expect(F.bytes(fromJVM: F.string(deployment, "spec.jobManager.resource.memory")) == flink.jobManager.memoryLimit)
        #expect(F.string(deployment, "spec.job.jarURI") == "local:///job.jar")
        #expect(F.int(deployment, "spec.job.parallelism") == flink.parallelism)
        #expect(F.string(deployment, "spec.job.upgradeMode") == "savepoint")
        #expect(flink.taskManagerLocalDisk.value > 0)
        #expect(F.bytes(fromQuantity: F.string(deployment, "spec.taskManager.resource.ephemeralStorage")) == flink.taskManagerLocalDisk)
    }

    @Test func hashmapStateNeedsNoRocksDBDisk() throws {
        let context = F.context { $0.components.flink?.jobs[0].stateBackend = .hashmap }
        let job = try #require(context.lake.flink?.jobs.first)
        #expect(job.taskManagerLocalDisk == 0)
        let deployment = F.object("FlinkDeployment", "enrich", in: FlinkManifests.objects(context))
        #expect(deployment?[path: "spec.taskManager.resource.ephemeralStorage"] == nil)
    }

    @Test func aFractionalCPUMovesToTheFlinkConfiguration() {
        var configuration: [String: String] = [:]
        let resource = FlinkManifests.resource(cpu: Millicores(1_500), memory: .mebibytes(2_048), role: "taskmanager", &configuration)
        #expect(resource == ["memory": "2048m"])
        #expect(configuration == ["kubernetes.taskmanager.cpu.amount": "1.500"])
        #expect(FlinkManifests.flinkVersion("1.18.1") == "v1_18")
    }
}
