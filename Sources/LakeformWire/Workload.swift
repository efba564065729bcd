extension Wire {
    /// What the lake must carry: volumes, rates, users and queries.
    public struct Workload: Codable, Equatable, Sendable {
        /// Data stored in the lake today (logical bytes, before erasure coding).
        public var dataVolume: ByteCount
        public var yearlyGrowthPercent: Int?
        /// Months ahead that stateful stores are sized for (default 12).
        public var horizon: Horizon?
        public var ingest: Ingest?
        /// Streams and how long each is retained in Kafka.
        public var streams: [Stream]?
        public var activeUsers: Int?
        public var concurrentQueries: Int?
        public var scannedPerDay: ByteCount?
        public var batchPerDay: ByteCount?
        public var vectors: Vectors?
        public var logsPerDay: ByteCount?
        /// One-line reasons for the inputs, keyed by input name (`dataVolume`, `ingest`, ...).
        public var reasons: [String: String]?

        public init(
            dataVolume: ByteCount, yearlyGrowthPercent: Int? = nil, horizon: Horizon? = nil, ingest: Ingest? = nil,
            streams: [Stream]? = nil, activeUsers: Int? = nil, concurrentQueries: Int? = nil,
            scannedPerDay: ByteCount? = nil, batchPerDay: ByteCount? = nil, vectors: Vectors? = nil,
            logsPerDay: ByteCount? = nil, reasons: [String: String]? = nil
        ) {
            self.dataVolume = dataVolume
            self.yearlyGrowthPercent = yearlyGrowthPercent
            self.horizon = horizon
            self.ingest = ingest
            self.streams = streams
            self.activeUsers = activeUsers
            self.concurrentQueries = concurrentQueries
            self.scannedPerDay = scannedPerDay
            self.batchPerDay = batchPerDay
            self.vectors = vectors
            self.logsPerDay = logsPerDay
            self.reasons = reasons
        }
    }

    /// Ingest rate: either events per second with an average event size, or a byte rate.
    public struct Ingest: Codable, Equatable, Sendable {
        public var eventsPerSecond: Int?
        public var averageEventSize: ByteCount?
        public var rate: ByteRate?
        /// Ratio of peak to average ingest, in percent (100 = flat).
        public var peakPercent: Int?

        public init(
            eventsPerSecond: Int? = nil, averageEventSize: ByteCount? = nil, rate: ByteRate? = nil,
            peakPercent: Int? = nil
        ) {
            self.eventsPerSecond = eventsPerSecond
            self.averageEventSize = averageEventSize
            self.rate = rate
            self.peakPercent = peakPercent
        }
    }

    /// A Kafka stream (topic): its rate (a share of the ingest, a byte rate, or events × size), retention and keying.
    public struct Stream: Codable, Equatable, Sendable {
        public var name: String
        /// Share of the lake's ingest that flows through this stream, in percent.
        public var sharePercent: Int?
        /// The stream's own average byte rate (format 2).
        public var rate: ByteRate?
        /// The stream's own average event rate, with `eventSize` (format 2).
        public var eventsPerSecond: Int?
        /// Average size of one of the stream's events, with `eventsPerSecond` (format 2).
        public var eventSize: ByteCount?
        public var retention: TimeSpan
        public var consumerGroups: Int?
        public var partitions: Int?
        /// Consumers rely on per-key ordering (format 2).
        public var keyed: Bool?

        public init(
            name: String, sharePercent: Int? = nil, rate: ByteRate? = nil, eventsPerSecond: Int? = nil,
            eventSize: ByteCount? = nil, retention: TimeSpan, consumerGroups: Int? = nil, partitions: Int? = nil,
            keyed: Bool? = nil
        ) {
            self.name = name
            self.sharePercent = sharePercent
            self.rate = rate
            self.eventsPerSecond = eventsPerSecond
            self.eventSize = eventSize
            self.retention = retention
            self.consumerGroups = consumerGroups
            self.partitions = partitions
            self.keyed = keyed
        }
    }

    /// Embedding vectors the lake serves.
    public struct Vectors: Codable, Equatable, Sendable {
        public var count: Int
        public var dimensions: Int

        public init(count: Int, dimensions: Int) {
            self.count = count
            self.dimensions = dimensions
        }
    }
}
