/// The heaviest set of mutually unordered items of a partial order (jobs no dependency keeps apart),
/// exactly: total weight − max flow through the order's bipartite split (weighted Dilworth/König).
struct MaximumAntichain {
    /// Indices of the chosen items, ascending.
    let members: [Int]
    let weight: Int

    /// `weights[i]` ≥ 0; `precedes[i]` lists the items that must finish before item i starts (direct edges).
    init(weights: [Int], precedes: [[Int]]) {
        let count = weights.count
        let below = Self.closure(precedes, count: count)
        // Vertices: 0 source, 1 sink, 2 + i the item's left copy, 2 + count + i its right copy.
        let size = 2 + 2 * count
        let unbounded = weights.reduce(1) { $0 + $1 }
        var capacity = Array(repeating: Array(repeating: 0, count: size), count: size)
        for item in 0..<count {
            capacity[0][2 + item] = weights[item]
            capacity[2 + count + item][1] = weights[item]
            for earlier in below[item] { capacity[2 + earlier][2 + count + item] = unbounded }
        }
        var flow = 0
        while let path = Self.augmentingPath(capacity) {
            let bottleneck = zip(path, path.dropFirst()).map { capacity[$0][$1] }.min() ?? 0
            for (from, to) in zip(path, path.dropFirst()) {
                capacity[from][to] -= bottleneck
                capacity[to][from] += bottleneck
            }
            flow += bottleneck
        }
        let reachable = Self.reachable(capacity)
        members = (0..<count).filter { reachable[2 + $0] && !reachable[2 + count + $0] }
        weight = weights.reduce(0, +) - flow
    }

    /// For each item, every item that precedes it directly or through others.
    private static func closure(_ precedes: [[Int]], count: Int) -> [Set<Int>] {
        (0..<count).map { item in
            var seen = Set<Int>(), stack = precedes[item]
            while let next = stack.popLast() {
                if next != item, seen.insert(next).inserted { stack += precedes[next] }
            }
            return seen
        }
    }

    /// A shortest source-to-sink path with residual capacity (Edmonds–Karp), if any.
    private static func augmentingPath(_ capacity: [[Int]]) -> [Int]? {
        var parent = Array(repeating: -1, count: capacity.count)
        parent[0] = 0
        var queue = [0], head = 0
        while head < queue.count {
            let vertex = queue[head]
            head += 1
            for next in capacity.indices where parent[next] < 0 && capacity[vertex][next] > 0 {
                parent[next] = vertex
                if next == 1 {
                    var path = [1]
                    while path[0] != 0 { path.insert(parent[path[0]], at: 0) }
                    return path
                }
                queue.append(next)
            }
        }
        return nil
    }

    /// Vertices the source still reaches through residual capacity.
    private static func reachable(_ capacity: [[Int]]) -> [Bool] {
        var seen = Array(repeating: false, count: capacity.count)
        seen[0] = true
        var stack = [0]
        while let vertex = stack.popLast() {
            for next in capacity.indices where !seen[next] && capacity[vertex][next] > 0 {
                seen[next] = true
                stack.append(next)
            }
        }
        return seen
    }
}
