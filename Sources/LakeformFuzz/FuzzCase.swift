import Foundation
import Yams

/// One generated blueprint: its bytes, its file extension, the seed file and mutations it came from.
struct FuzzCase {
    let index: Int
    let data: Data
    let fileExtension: String
    let label: String

    /// The largest tree a case may grow to, and the most bytes it may take; a larger case keeps its seed's text.
    static let maximumNodes = 200_000
    static let maximumBytes = 8 << 20

    /// Case `index` under `seed`: a seed blueprint with one to four tree mutations (mostly one), sometimes followed by a byte-level
    /// one; JSON seeds are sometimes mutated as raw text so that they stay JSON.
    static func make(index: Int, seed: UInt64, seeds: [SeedBlueprint]) -> FuzzCase {
        var random = SplitMix(seed: seed, case: index)
        let valid = seeds.filter { !$0.isInvalid }
        let source = random.chance(80) && !valid.isEmpty ? random.pick(valid) : random.pick(seeds)
        var labels = [source.name]
        var data = Data(source.text.utf8)
        var fileExtension = source.fileExtension
        let textOnly = source.fileExtension == "json" && random.chance(30)
        if !textOnly, let tree = try? Yams.compose(yaml: source.text) {
            let rounds = random.pick([1, 1, 1, 1, 2, 2, 3, 4])
            var mutator = TreeMutator(random: random)
            var node = tree
            for _ in 0..<rounds {
                let (mutated, label) = mutator.mutate(node)
                // A tree past this size tests the disk, not the loader; the 1,000-lake monorepo case stays well below it.
                guard TreeMutator.count(mutated, where: { _ in true }) <= maximumNodes else { continue }
                node = mutated
                labels.append(label)
            }
            random = mutator.random
            if let text = try? Yams.serialize(node: node, allowUnicode: true), text.utf8.count <= maximumBytes {
                data = Data(text.utf8)
                fileExtension = "yaml"
            } else {
                labels.append("over \(maximumBytes >> 20) MB: seed text kept")
            }
        }
        if textOnly || random.chance(15) {
            let (mutated, label) = TextMutator.mutate(data, &random)
            data = mutated
            labels.append(label)
        }
        return FuzzCase(index: index, data: data, fileExtension: fileExtension, label: labels.joined(separator: " · "))
    }
}
