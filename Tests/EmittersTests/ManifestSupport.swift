@testable import Emitters
import Foundation
import LakeModel
import Sizing
import Testing
import TestSupport

/// The sample lake's manifests, lookups into them, and parsers that read emitted sizes back into bytes.
enum ManifestFixture {
    static let lake = SampleLakes.resolved()
    static let context = EmitContext(lake: lake)
    static let objects = ManifestFamily.objects(context)

    /// The lake resolved from the sample spec after `change`, and its context.
    static func context(name: String = "variant", _ change: (inout LakeSpec) -> Void) -> EmitContext {
        var spec = SampleLakes.spec(data: 5_000_000_000_000_000, ingest: 50_000_000, name: name)
        change(&spec)
        return EmitContext(lake: Resolver.resolve(spec).lake)
    }

    /// The object of `kind` named `name`, from the sample lake unless `objects` are given.
    static func object(_ kind: String, _ name: String, in objects: [YAMLValue] = objects) -> YAMLValue? {
        objects.first { string($0, "kind") == kind && string($0, "metadata.name") == name }
    }

    static func string(_ value: YAMLValue?, _ path: String) -> String? { text(value?[path: path]) }

    /// The text of a string scalar.
    static func text(_ value: YAMLValue?) -> String? {
        if case .string(let text) = value { return text }
        return nil
    }

    static func int(_ value: YAMLValue?, _ path: String) -> Int? {
        if case .int(let number) = value?[path: path] { return number }
        return nil
    }

    /// The first container of a Deployment's or StatefulSet's pod template.
    static func firstContainer(_ workload: YAMLValue?) -> YAMLValue? {
        if case .list(let containers) = workload?[path: "spec.template.spec.containers"] { return containers.first }
        return nil
    }

    /// `5g`, `5120m`, `512k`, `100b` or plain digits, binary units (JVM, Spark, Flink).
    static func bytes(fromJVM text: String?) -> Bytes? {
        parse(text, [("g", 30), ("m", 20), ("k", 10), ("b", 0), ("", 0)])
    }

    /// `16Gi`, `512Mi` or plain digits (Kubernetes).
    static func bytes(fromQuantity text: String?) -> Bytes? {
        parse(text, [("Ti", 40), ("Gi", 30), ("Mi", 20), ("Ki", 10), ("", 0)])
    }

    /// `4GB`, `512MB`, `64kB` or `100B` (PostgreSQL, binary units).
    static func bytes(fromPostgres text: String?) -> Bytes? {
        parse(text, [("GB", 30), ("MB", 20), ("kB", 10), ("B", 0)])
    }

    private static func parse(_ text: String?, _ units: [(String, Int)]) -> Bytes? {
        guard let text else { return nil }
        for (suffix, shift) in units where text.hasSuffix(suffix) {
            if let number = Int(text.dropLast(suffix.count)) { return Bytes(number << shift) }
        }
        return nil
    }
}

/// Golden files under `Tests/EmittersTests/__Snapshots__/`. `LAKEFORM_RECORD_SNAPSHOTS=1` rewrites
/// them, except in CI, where a difference always fails.
enum ManifestSnapshot {
    static func assertMatches(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = RepositoryPaths.path("Tests/EmittersTests/__Snapshots__/\(name)")
        let environment = ProcessInfo.processInfo.environment
        if environment["LAKEFORM_RECORD_SNAPSHOTS"] == "1", environment["CI"] == nil {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let recorded = try? String(contentsOfFile: path, encoding: .utf8)
        #expect(recorded == text, "snapshot \(name) differs; review and run with LAKEFORM_RECORD_SNAPSHOTS=1 to record", sourceLocation: sourceLocation)
    }
}
