@testable import Emitters
import LakeModel
import TestSupport
import Testing

/// The NetworkPolicies follow the data flows: default deny, then exactly one allow per flow and side,
/// and a component's flows come and go with it.
@Suite struct NetworkPolicyTests {
    typealias F = ManifestFixture

    static func policies(_ context: EmitContext) -> [String: YAMLValue] {
        let objects = NetworkPolicies.objects(context)
        return Dictionary(objects.map { (F.string($0, "metadata.name") ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func everyFlowHasItsPoliciesAndNothingElseIsAllowed() throws {
        let flows = DataFlows.of(F.context)
        #expect(F.context.flows == flows, "the context carries the flows found once")
        let policies = Self.policies(F.context)
        #expect(NetworkPolicies.objects(F.context).count == policies.count, "policy names are unique")
        for flow in flows {
            let egress = try #require(policies["\(flow.name)-egress"], "\(flow.name) has no egress policy")
            #expect(egress[path: "spec.podSelector"] == flow.client.selector)
            if case .pods(let server) = flow.server {
                let ingress = try #require(policies[flow.name], "\(flow.name) has no ingress policy")
                #expect(ingress[path: "spec.podSelector"] == server.selector)
                #expect(ingress[path: "spec.policyTypes"] == ["Ingress"])
            }
        }
        let expected = Set(flows.flatMap { flow -> [String] in
            if case .pods = flow.server { return [flow.name, "\(flow.name)-egress"] }
            return ["\(flow.name)-egress"]
        }).union(["sample-default-deny", "sample-dns"]).union(DataFlows.webhooks(F.context).map { "kube-apiserver-to-\($0.pods.name)" })
        #expect(Set(policies.keys) == expected)
        #expect(policies["sample-default-deny"]?[path: "spec.policyTypes"] == ["Ingress", "Egress"])
        #expect(policies["sample-default-deny"]?[path: "spec.podSelector"] == [:])
    }

    @Test func theIssuesFlowsAreModelled() {
        let names = Set(DataFlows.of(F.context).map(\.name))
        for flow in [
            "connect-to-kafka", "flink-to-kafka", "druid-to-kafka", "spark-to-kafka", "spark-to-minio", "trino-to-minio", "trino-to-postgres",
            "hasura-to-postgres", "fastapi-to-postgres", "fastapi-to-redis", "fastapi-to-trino", "fastapi-to-milvus", "flink-to-milvus", "spark-to-milvus", "prometheus-to-kafka",
            "prometheus-to-minio", "strimzi-operator-to-kube-apiserver", "postgres-operator-to-postgres",
        ] {
            #expect(names.contains(flow), "\(flow)")
        }
    }

    @Test func removingMilvusClosesExactlyItsFlows() {
        let without = F.context(name: "sample") { $0.components.milvus = nil }
        let withMilvus = F.context(name: "sample") { _ in }
        let removed = Set(Self.policies(withMilvus).keys).subtracting(Self.policies(without).keys)
        #expect(!removed.isEmpty)
        #expect(removed.allSatisfy { $0.contains("milvus") }, "\(removed)")
        #expect(Set(Self.policies(without).keys).isSubset(of: Self.policies(withMilvus).keys), "adding Milvus opens only its flows")
        #expect(removed.contains("milvus-to-kafka") && removed.contains("milvus-to-minio"))
    }

    @Test func embeddingWritersReachTheMilvusProxyOnlyBesideMilvus() throws {
        let flows = DataFlows.of(F.context)
        for writer in ["flink", "spark"] {
            let flow = try #require(flows.first { $0.name == "\(writer)-to-milvus" }, "\(writer) writes its embeddings to Milvus")
            #expect(flow.ports == [19530])
        }
        let withoutMilvus = DataFlows.of(F.context(name: "sample") { $0.components.milvus = nil }).map(\.name)
        #expect(!withoutMilvus.contains { $0.hasSuffix("-to-milvus") })
        let withoutWriters = DataFlows.of(F.context(name: "sample") { ($0.components.flink, $0.components.spark) = (nil, nil) }).map(\.name)
        #expect(withoutWriters.contains("fastapi-to-milvus"))
        #expect(!withoutWriters.contains("flink-to-milvus") && !withoutWriters.contains("spark-to-milvus"))
    }

    @Test func aLakeWithoutComponentsHasNoPolicies() {
        let bare = F.context(name: "bare") { $0.components = ComponentsSpec() }
        #expect(NetworkPolicies.objects(bare).isEmpty)
    }

    /// The selectors of Lakeform's own pods match the labels its manifests put on them.
    @Test func ownPodsCarryTheLabelsTheirSelectorsName() throws {
        let labelled: [(String, YAMLValue?)] = [
            ("fastapi", F.object("Deployment", "sample-fastapi")?[path: "spec.template.metadata.labels"]),
            ("atlas", F.object("StatefulSet", "sample-atlas")?[path: "spec.template.metadata.labels"]),
            ("spark", F.object("SparkApplication", "etl")?[path: "spec.driver.labels"]),
            ("flink", F.object("FlinkDeployment", "enrich")?[path: "spec.podTemplate.metadata.labels"]),
        ]
        for (component, labels) in labelled {
            let selector = LakePodsCatalog.own(F.context, component)
            for (key, values) in selector.labels {
                #expect(values.contains(F.text(labels?.mapping?[key]) ?? ""), "\(component): \(key)")
            }
        }
    }

    @Test func severalValuesBecomeAnInExpression() {
        let pods = LakePods("search", ["release": ["elasticsearch", "elasticsearch-data"], "tier": ["data"]])
        #expect(pods.selector == [
            "matchLabels": ["tier": "data"],
            "matchExpressions": [["key": "release", "operator": "In", "values": ["elasticsearch", "elasticsearch-data"]]],
        ])
    }
}

/// The flow diagram draws every flow and lists it with its ports, as static SVG.
@Suite struct FlowDiagramTests {
    @Test func everyFlowIsDrawnAndListed() throws {
        let context = ManifestFixture.context
        let svg = try #require(FlowDiagram.artifact(context))
        #expect(svg.path == "sample/network/data-flows.svg")
        #expect(svg.kind == .svg)
        #expect(!svg.contents.contains("<script"))
        let flows = DataFlows.of(context)
        #expect(svg.contents.components(separatedBy: "<line ").count - 1 == flows.count)
        #expect(svg.contents.contains("trino → minio: 9000"))
        #expect(svg.contents.contains("<title>trino-to-minio: 9000</title>"))
        #expect(FlowDiagram.escape("a<b & \"c\"") == "a&lt;b &amp; &quot;c&quot;")
    }

    @Test func aLakeWithoutFlowsHasNoDiagram() {
        #expect(FlowDiagram.artifact(ManifestFixture.context(name: "bare") { $0.components = ComponentsSpec() }) == nil)
    }
}
