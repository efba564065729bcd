@testable import Sizing
import LakeModel
import Testing

/// MinIO's set selection reproduces MinIO's published examples and its refusals.
@Suite struct MinIORuleTests {
    @Test(arguments: [
        (4, 4, 16), (16, 2, 16), (12, 1, 12), (32, 32, 16), (8, 16, 16), (7, 16, 14), (6, 1, 6), (1, 4, 4), (3, 2, 6),
    ])
    func setSizes(nodes: Int, drives: Int, expected: Int) {
        #expect(MinIOErasureSetRule.setSize(nodes: nodes, drivesPerNode: drives) == expected)
    }

    @Test func layoutsMinIORefusesHaveNoSet() {
        #expect(MinIOErasureSetRule.setSize(nodes: 1, drivesPerNode: 1) == nil)
        #expect(MinIOErasureSetRule.setSize(nodes: 17, drivesPerNode: 1) == nil)
    }

    @Test func moreDataNeverMeansFewerNodes() {
        var previous = 0
        for petabytes in stride(from: 1, through: 60, by: 1) {
            let nodes = MinIOLayoutRule.nodes(
                data: petabytes * 1_000_000_000_000_000, drivesPerNode: 16, driveSize: 15_360_000_000_000, fillPercent: 80).nodes
            #expect(nodes >= previous, "\(petabytes) PB")
            previous = nodes
        }
    }

    @Test func runwayShrinksAsGrowthRises() throws {
        let slow = MinIOGrowthRule.runwayMonths(data: 100, fillable: 200, growthPercent: 20)
        let fast = MinIOGrowthRule.runwayMonths(data: 100, fillable: 200, growthPercent: 80)
        #expect(try #require(slow) > (try #require(fast)))
        #expect(MinIOGrowthRule.runwayMonths(data: 100, fillable: 200, growthPercent: 0) == nil)
        #expect(GrowthCurve(yearlyPercent: 100).monthlyFactorPPM == 1_059_463)
    }
}
