extension Wire {
    /// Trino. Workers are sized from scan volume and concurrency unless pinned.
    public struct Trino: Codable, Equatable, Sendable {
        /// Seconds a typical query may take; drives the worker count.
        public var querySLA: TimeSpan?
        public var workerMemory: ByteCount?

        public init(querySLA: TimeSpan? = nil, workerMemory: ByteCount? = nil) {
            self.querySLA = querySLA
            self.workerMemory = workerMemory
        }
    }

    /// Apache Druid for real-time OLAP on a stream.
    public struct Druid: Codable, Equatable, Sendable {
        /// The stream Druid ingests.
        public var source: String?
        /// Days of segments kept on historicals.
        public var hotRetention: TimeSpan?
        public var replicants: Int?

        public init(source: String? = nil, hotRetention: TimeSpan? = nil, replicants: Int? = nil) {
            self.source = source
            self.hotRetention = hotRetention
            self.replicants = replicants
        }
    }

    /// Elasticsearch or OpenSearch holding the lake's logs or search documents.
    public struct SearchCluster: Codable, Equatable, Sendable {
        public var retention: TimeSpan?
        public var replicas: Int?
        public var nodes: Int?
        public var dashboards: Bool?

        public init(retention: TimeSpan? = nil, replicas: Int? = nil, nodes: Int? = nil, dashboards: Bool? = nil) {
            self.retention = retention
            self.replicas = replicas
            self.nodes = nodes
            self.dashboards = dashboards
        }
    }

    /// Vector index families with different memory formulas.
    public enum VectorIndex: String, Codable, Sendable, CaseIterable { case hnsw, ivf }

    /// Milvus in cluster mode.
    public struct Milvus: Codable, Equatable, Sendable {
        public var index: VectorIndex?
        /// HNSW `M` (links per node).
        public var hnswM: Int?
        /// IVF `nlist` (clusters).
        public var ivfNlist: Int?
        public var replicas: Int?

        public init(index: VectorIndex? = nil, hnswM: Int? = nil, ivfNlist: Int? = nil, replicas: Int? = nil) {
            self.index = index
            self.hnswM = hnswM
            self.ivfNlist = ivfNlist
            self.replicas = replicas
        }
    }
}
