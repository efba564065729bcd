import LakeModel

/// Artifacts by path, found by binary search in the artifacts sorted by path: a plan's artifacts come sorted, and
/// hashing 131,000 paths into a dictionary took one core 40 ms before drift's reads could start on both.
struct ArtifactLookup {
    private let artifacts: [Artifact]

    init(_ artifacts: [Artifact]) {
        let sorted = artifacts.indices.dropFirst().allSatisfy { artifacts[$0 - 1].path <= artifacts[$0].path }
        self.artifacts = sorted ? artifacts : artifacts.sorted { $0.path < $1.path }
    }

    /// The contents of the first artifact at `path`, or nil when there is none.
    func contents(of path: String) -> String? {
        var low = 0, high = artifacts.count
        while low < high {
            let middle = (low + high) / 2
            if artifacts[middle].path < path { low = middle + 1 } else { high = middle }
        }
        return low < artifacts.count && artifacts[low].path == path ? artifacts[low].contents : nil
    }
}
