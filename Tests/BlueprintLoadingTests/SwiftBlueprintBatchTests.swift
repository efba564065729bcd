@testable import BlueprintLoading
import Diagnostics
import Foundation
import Testing

/// Batched Swift blueprints (`SwiftBlueprintLoader.loadAll`): one compile and one run for many, and for each
/// the outcome and cache entry of a single load. Each compile costs seconds, so keep this suite small.
@Suite("Swift blueprint batches")
struct SwiftBlueprintBatchTests {
    static func lake(_ name: String, after extra: String = "") -> String {
        """
        // the \(name) lake
        import LakeformDSL

        let blueprint = Blueprint {
            Lake("\(name)", tier: "test", namespace: "datalake") {
                Workload(dataVolume: .terabytes(\(name.count)))
                Kafka(replicationFactor: 3)
            }
        }
        \(extra)
        """
    }

    /// Where the `forbidden` blueprint would leave a file if it ever ran.
    static let marker = FileManager.default.temporaryDirectory.appendingPathComponent("lakeform-batch-ran-\(UUID().uuidString)").path

    /// Three plain ones, so that with any number of cores each chunk of the batch has a blueprint that loads.
    static let blueprints = [
        "untouched": "import LakeformDSL\n\nlet blueprint = 1\n",
        "plain": lake("plain"), "plain2": lake("plain2"), "plain3": lake("plain3"),
        "chatty": lake("chatty", after: "print(\"hello from chatty\")\n"),
        "mistyped": lake("mistyped").replacingOccurrences(of: "replicationFactor", with: "replicationFactr"),
        "forbidden": "import LakeformDSL\nimport Foundation\n/* hidden */ import Glibc\n"
            + "try? \"ran\".write(toFile: \"\(marker)\", atomically: false, encoding: .utf8)\nlet blueprint = Blueprint {}\n",
        "crashing": lake("crashing", after: "func element(_ values: [Int], _ index: Int) -> Int { values[index] }\n_ = element([1], 3)\n"),
    ]

    /// Whether two loads have the same outcome: the same blueprint (its `sourceDigest` hashes the wire JSON) and
    /// the same diagnostics.
    static func same(_ first: SwiftBlueprintLoad?, _ second: SwiftBlueprintLoad?) -> Bool {
        switch (first?.outcome, second?.outcome) {
        case (.loaded(let one, let oneWarnings), .loaded(let other, let otherWarnings)):
            one == other && oneWarnings.items == otherWarnings.items
        case (.failed(let one), .failed(let other)): one.items == other.items
        default: false
        }
    }

    static func describe(_ load: SwiftBlueprintLoad?) -> String {
        guard let outcome = load?.outcome else { return "missing" }
        return SwiftBlueprintTestbed.failures(outcome).map(\.message).joined(separator: "; ")
    }

    @Test("a batch with a type error, a forbidden import, a crash and no Blueprint loads the others; each outcome and cache entry is a single load's")
    func batchMatchesSingleLoads() async throws {
        let scratch = SwiftBlueprintScratch()
        defer { scratch.remove() }
        let (compiler, log) = scratch.countingCompiler()
        let paths = Self.blueprints.keys.sorted().map { scratch.write(Self.blueprints[$0]!, name: $0) }
        let path = Dictionary(uniqueKeysWithValues: zip(Self.blueprints.keys.sorted(), paths))
        let batchCache = scratch.directory("batch-cache"), singleCache = scratch.directory("single-cache")

        let batched = await Self.detached {
            SwiftBlueprintTestbed.loader(cacheDirectory: batchCache, compilerPath: compiler).loadAll(paths: paths + [paths[0]])
        }
        let compiles = ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n")
        #expect(compiles.contains { $0.contains("-wmo") && $0.contains("blueprint0.swift") }, "one program for the batch")
        #expect(batched.count == 8)
        guard case .loaded(let plain, _) = batched[path["plain"]!]?.outcome else {
            Issue.record("plain: \(Self.describe(batched[path["plain"]!]))")
            return
        }
        #expect(plain.document.lakes.map(\.name) == ["plain"])
        #expect(plain.location(of: "lakes[0]")?.file == path["plain"])
        #expect(plain.location(of: "lakes[0]")?.line == 5)
        guard case .loaded(_, let chattyWarnings) = batched[path["chatty"]!]?.outcome else {
            Issue.record("chatty: \(Self.describe(batched[path["chatty"]!]))")
            return
        }
        #expect(chattyWarnings.first("blueprint.output")?.notes == ["hello from chatty"])
        let mistyped = SwiftBlueprintTestbed.failures(try #require(batched[path["mistyped"]!]).outcome)
        #expect(mistyped.map(\.id) == ["blueprint.unknownLabel"])
        #expect(mistyped.first?.source == SourceLocation(file: path["mistyped"]!, line: 7, column: 15))
        let untouched = SwiftBlueprintTestbed.failures(try #require(batched[path["untouched"]!]).outcome)
        #expect(untouched.map(\.id) == ["blueprint.noOutput"], "a program that never builds a Blueprint writes nothing")
        let crashing = SwiftBlueprintTestbed.failures(try #require(batched[path["crashing"]!]).outcome)
        #expect(crashing.map(\.id) == ["blueprint.crashed"])
        #expect(crashing.first?.message.contains("Index out of range") == true)

        let forbidden = SwiftBlueprintTestbed.failures(try #require(batched[path["forbidden"]!]).outcome)
        #expect(forbidden.map(\.id) == ["blueprint.forbiddenImport"])
        #expect(forbidden.first?.source == SourceLocation(file: path["forbidden"]!, line: 3, column: 14))

        let singles = await Self.detached {
            let loader = SwiftBlueprintTestbed.loader(cacheDirectory: singleCache, compilerPath: compiler)
            return paths.map { loader.loadReportingCache(path: $0) }
        }
        for (single, path) in zip(singles, paths) {
            #expect(Self.same(single, batched[path]), "\(path): batch and single differ")
        }

        let fromBatchCache = await Self.detached {
            SwiftBlueprintTestbed.loader(cacheDirectory: batchCache, compilerPath: compiler).loadReportingCache(path: path["chatty"]!)
        }
        #expect(fromBatchCache.cacheHit && Self.same(fromBatchCache, batched[path["chatty"]!]))
        let fromSingleCache = await Self.detached {
            SwiftBlueprintTestbed.loader(cacheDirectory: singleCache, compilerPath: compiler).loadAll(paths: [path["plain"]!, path["chatty"]!])
        }
        #expect(fromSingleCache.values.allSatisfy { $0.cacheHit })
        #expect(Self.same(fromSingleCache[path["plain"]!], batched[path["plain"]!]))
        #expect(!FileManager.default.fileExists(atPath: Self.marker), "a program with a forbidden import ran")
    }

    @Test("a blueprint becomes a function behind its imports, every line in place; the rest are evaluated alone")
    func batchSource() throws {
        let source = "// header\n@preconcurrency import Foundation\nimport LakeformDSL // the DSL\n\nlet blueprint = Blueprint {}\n"
        let wrapped = try #require(BatchSource(Data(source.utf8), path: "a \"b\".swift", function: "f"))
        #expect(wrapped.text == """
            @preconcurrency import Foundation
            import LakeformDSL // the DSL
            func f() {
            defer {
            #sourceLocation(file: "a \\"b\\".swift", line: 1)
            // header



            let blueprint = Blueprint {}

            #sourceLocation()
            _ = blueprint
            }
            _ = ()
            }

            """)
        for alone in ["import Foundation\nlet x = 1\n", "import LakeformDSL\nimport Yams\n", "import LakeformDSL\r\nlet blueprint = 1\r\n",
                      "import struct LakeformDSL.Lake\n"] {
            #expect(BatchSource(Data(alone.utf8), path: "p.swift", function: "f") == nil, "\(alone)")
        }
    }

    /// Runs `body` on a thread of its own (as `SwiftBlueprintTestbed.load` does), off Swift Testing's threads.
    static func detached<Value: Sendable>(_ body: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: body()) }
        }
    }
}
