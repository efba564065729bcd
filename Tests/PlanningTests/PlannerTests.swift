import LakeModel
import Testing
@testable import Planning

@Suite struct PlannerTests {
    @Test func detectsCreateUpdateDeleteAndReplace() {
        let plan = Planner.plan(
            desired: [
                PlanningFixtures.manifest("medium/new.yaml", "a: 1"),
                PlanningFixtures.manifest("medium/changed.yaml", "a: 2"),
                PlanningFixtures.manifest("medium/same.yaml", "a: 1"),
                PlanningFixtures.manifest("medium/pool.yaml", "kind: KafkaNodePool\nspec:\n  roles: [broker]"),
            ],
            recorded: [
                "medium/changed.yaml": "a: 1", "medium/same.yaml": "a: 1", "medium/gone.yaml": "a: 1",
                "medium/pool.yaml": "kind: KafkaNodePool\nspec:\n  roles: [controller]",
            ])
        #expect(plan.changes.map(\.path) == ["medium/changed.yaml", "medium/gone.yaml", "medium/new.yaml", "medium/pool.yaml"])
        #expect(plan.changes.map(\.action) == [.update, .delete, .create, .replace])
        #expect(plan.changes.map(\.lake) == ["medium", "medium", "medium", "medium"])
        #expect(plan.summary == PlanSummary(add: 2, change: 1, destroy: 2))
        #expect(plan.changes[3].replaceReasons.count == 1)
        #expect(plan.changes[2].beforeHash == nil && plan.changes[2].afterHash == Planner.hash("a: 1"))
        #expect(Planner.hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func aCarriedHashIsUsedAndDroppedWithTheBytesItHashed() {
        var artifact = PlanningFixtures.manifest("medium/new.yaml", "a: 1").hashed
        #expect(artifact.sha256 == Planner.hash("a: 1") && Planner.hash(artifact) == Planner.hash("a: 1"))
        artifact.contents = "a: 2"
        #expect(artifact.sha256 == nil && Planner.hash(artifact) == Planner.hash("a: 2"))
        #expect(artifact.hashed == artifact, "the hash is not part of an artifact's identity")
        // Unsorted input is sorted, and the carried hash is the creation's afterHash.
        let plan = Planner.plan(desired: [PlanningFixtures.manifest("m/b.yaml", "b: 1").hashed, PlanningFixtures.manifest("m/a.yaml", "a: 1")],
                                recorded: [:])
        #expect(plan.changes.map(\.path) == ["m/a.yaml", "m/b.yaml"])
        #expect(plan.changes.map(\.afterHash) == [Planner.hash("a: 1"), Planner.hash("b: 1")])
    }

    @Test func reportsSemanticKeyPaths() {
        let after = PlanningFixtures.kafka.replacingOccurrences(of: "replicas: 3", with: "replicas: 6")
        let change = PlanningFixtures.update("medium/kafka.yaml", PlanningFixtures.kafka, after).changes[0]
        #expect(change.keyPathChanges == [KeyPathChange(path: "spec.kafka.replicas", before: "3", after: "6")])
        #expect(change.unchangedKeys == 6)
    }

    @Test func reorderedMapsAreNoChange() {
        let plan = PlanningFixtures.update("m/a.yaml", "b: 1\na: {y: 2, x: 3}\n", "# comment\na: {x: 3, y: 2}\nb: 1\n")
        #expect(plan.isEmpty)
    }

    @Test func jsonIsComparedSemantically() {
        let plan = PlanningFixtures.update("m/a.json", #"{"a": 1, "b": [1, 2]}"#, #"{"b": [1, 3], "a": 1}"#, kind: .json)
        #expect(plan.changes[0].keyPathChanges == [KeyPathChange(path: "b[1]", before: "2", after: "3")])
    }

    @Test func listItemsAreMatchedByName() {
        let before = "topics:\n- {name: events, partitions: 3}\n- {name: audit, partitions: 1}\n"
        let after = "topics:\n- {name: audit, partitions: 1}\n- {name: events, partitions: 6}\n- {name: new, partitions: 1}\n"
        let change = PlanningFixtures.update("m/t.yaml", before, after).changes[0]
        #expect(change.keyPathChanges == [
            KeyPathChange(path: "topics[name=events].partitions", before: "3", after: "6"),
            KeyPathChange(path: "topics[name=new].name", before: nil, after: "new"),
            KeyPathChange(path: "topics[name=new].partitions", before: nil, after: "1"),
        ])
        #expect(change.unchangedKeys == 3)
    }

    @Test func listItemsAreMatchedByIdThenIndex() {
        let before = "volumes:\n- {id: 0, size: 100Gi}\nargs: [a, b]\n"
        let after = "volumes:\n- {id: 0, size: 200Gi}\nargs: [a, c]\n"
        let paths = PlanningFixtures.update("m/v.yaml", before, after).changes[0].keyPathChanges.map(\.path)
        #expect(paths == ["args[1]", "volumes[id=0].size"])
    }

    @Test func multiDocumentManifestsAreMatchedByKindAndName() {
        let before = "kind: A\nmetadata: {name: x}\nv: 1\n---\nkind: B\nmetadata: {name: y}\nv: 1\n"
        let after = "kind: B\nmetadata: {name: y}\nv: 2\n---\nkind: A\nmetadata: {name: x}\nv: 1\n"
        let paths = PlanningFixtures.update("m/all.yaml", before, after).changes[0].keyPathChanges.map(\.path)
        #expect(paths == ["[B/y].v"])
    }

    @Test func nonYAMLArtifactsGetALineDiff() {
        let before = (1...10).map { "line \($0)" }.joined(separator: "\n")
        let after = before.replacingOccurrences(of: "line 5", with: "line five")
        let change = PlanningFixtures.update("m/init.sql", before, after, kind: .sql).changes[0]
        #expect(change.textDiff == [" line 3", " line 4", "-line 5", "+line five", " line 6", " line 7"])
        #expect(change.changeCount == 1)
    }

    @Test func invalidYAMLFallsBackToALineDiff() {
        let change = PlanningFixtures.update("m/bad.yaml", "a: [", "a: [1").changes[0]
        #expect(change.textDiff == ["-a: [", "+a: [1"])
    }
}
