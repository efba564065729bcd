@testable import Emitters
import LakeModel
import Testing

/// Every Deployment and StatefulSet Lakeform writes itself meets the Kubernetes "restricted" Pod
/// Security Standard, mounts a volume at every path it declares writable, is probed and sized, and
/// pins its image; Atlas keeps its data on a claim per server.
@Suite struct RestrictedWorkloadTests {
    typealias F = ManifestFixture

    /// The problems of one pod spec against the restricted standard and Lakeform's own rules;
    /// `claims` are the names of a StatefulSet's volume claim templates, which containers may mount too.
    static func problems(_ pod: YAMLValue, claims: Set<String> = []) -> [String] {
        var found: [String] = []
        if pod[path: "securityContext.runAsNonRoot"] != true { found.append("pod runAsNonRoot") }
        if case .int(let user)? = pod[path: "securityContext.runAsUser"], user >= 10_000 {} else { found.append("pod runAsUser ≥ 10000") }
        if pod[path: "securityContext.seccompProfile.type"] != "RuntimeDefault" { found.append("pod seccomp") }
        if pod[path: "automountServiceAccountToken"] != false { found.append("ServiceAccount token mounted") }
        let volumes = Set(list(pod[path: "volumes"]).compactMap { F.text($0[path: "name"]) }).union(claims)
        guard case .list(let containers)? = pod[path: "containers"], !containers.isEmpty else { return found + ["no containers"] }
        for container in containers {
            let name = F.text(container[path: "name"]) ?? "?"
            let context = container[path: "securityContext"]
            if context?[path: "allowPrivilegeEscalation"] != false { found.append("\(name): allowPrivilegeEscalation") }
            if context?[path: "capabilities.drop"] != ["ALL"] { found.append("\(name): capabilities") }
            if context?[path: "readOnlyRootFilesystem"] != true { found.append("\(name): readOnlyRootFilesystem") }
            if context?[path: "privileged"] == true { found.append("\(name): privileged") }
            for probe in ["livenessProbe", "readinessProbe"] where container[path: probe] == nil { found.append("\(name): \(probe)") }
            for path in ["resources.requests.cpu", "resources.requests.memory", "resources.limits.memory"] where container[path: path] == nil {
                found.append("\(name): \(path)")
            }
            let image = F.text(container[path: "image"]) ?? ""
            if !image.contains(":") && !image.contains("@") || image.hasSuffix(":latest") { found.append("\(name): image \(image) not pinned") }
            if case .list(let mounts)? = container[path: "volumeMounts"] {
                for mount in mounts where !volumes.contains(F.text(mount[path: "name"]) ?? "") { found.append("\(name): mount without a pod volume") }
            }
        }
        return found
    }

    /// The items of a list, or none.
    static func list(_ value: YAMLValue?) -> [YAMLValue] {
        if case .list(let items)? = value { return items }
        return []
    }

    static func workloads(_ objects: [YAMLValue]) -> [YAMLValue] {
        objects.filter { ["Deployment", "StatefulSet", "Job", "DaemonSet"].contains(F.string($0, "kind") ?? "") }
    }

    @Test func everyWorkloadWeWriteIsRestricted() throws {
        let workloads = Self.workloads(F.objects)
        #expect(workloads.count == 2, "FastAPI and Atlas")
        for workload in workloads {
            let pod = try #require(workload[path: "spec.template.spec"])
            let templates = Self.list(workload[path: "spec.volumeClaimTemplates"])
            let problems = Self.problems(pod, claims: Set(templates.compactMap { F.string($0, "metadata.name") }))
            #expect(problems.isEmpty, "\(F.string(workload, "metadata.name") ?? ""): \(problems)")
        }
    }

    @Test func theCheckFindsAWeakPod() {
        let weak: YAMLValue = ["containers": [["name": "app", "image": "example/app:latest"]]]
        let problems = Self.problems(weak)
        #expect(problems.contains("pod runAsNonRoot"))
        #expect(problems.contains("app: allowPrivilegeEscalation"))
        #expect(problems.contains("app: image example/app:latest not pinned"))
        #expect(problems.contains("app: livenessProbe"))
        let unmounted: YAMLValue = ["containers": [["name": "app", "volumeMounts": [["name": "data", "mountPath": "/data"]]]]]
        #expect(Self.problems(unmounted).contains("app: mount without a pod volume"))
        #expect(!Self.problems(unmounted, claims: ["data"]).contains("app: mount without a pod volume"))
    }

    @Test func fastAPIWritesOnlyToItsTmp() throws {
        let pod = try #require(F.object("Deployment", "sample-fastapi")?[path: "spec.template.spec"])
        #expect(pod[path: "volumes"] == [["name": "tmp", "emptyDir": [:]]])
        #expect(F.firstContainer(F.object("Deployment", "sample-fastapi"))?[path: "volumeMounts"] == [["name": "tmp", "mountPath": "/tmp"]])
    }

    @Test func atlasKeepsItsDataOnAClaimAndItsLogsOnScratch() throws {
        let atlas = try #require(F.object("StatefulSet", "sample-atlas"))
        let claim = try #require(Self.list(atlas[path: "spec.volumeClaimTemplates"]).first)
        #expect(F.string(claim, "metadata.name") == "data")
        #expect(claim[path: "spec.resources.requests.storage"] == Kubernetes.quantity(AtlasManifests.dataVolume))
        guard case .list(let mounts)? = F.firstContainer(atlas)?[path: "volumeMounts"] else { Issue.record("no mounts"); return }
        let paths = mounts.compactMap { F.text($0[path: "mountPath"]) }
        #expect(Set(paths) == ["/opt/apache-atlas/data", "/opt/apache-atlas/logs", "/opt/apache-atlas/server/webapp/atlas", "/tmp"])
        #expect(F.firstContainer(atlas)?[path: "startupProbe.failureThreshold"] == .int(AtlasManifests.startupSeconds / 10))
        #expect(F.firstContainer(atlas)?[path: "resources"] == Kubernetes.resources(try #require(F.lake.atlas).resources), "sizing unchanged")
    }
}
