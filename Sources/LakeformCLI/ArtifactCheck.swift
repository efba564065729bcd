import ArtifactValidation
import Diagnostics
import Emitters
import LakeModel

/// Emits every lake's artifacts and validates them against the CRD schemas and chart values;
/// prints the problems and throws when any artifact is invalid.
enum ArtifactCheck {
    static func emitAndValidate(_ lakes: [ResolvedLake]) throws -> [Artifact] {
        let validator: ArtifactValidator
        do {
            validator = try ArtifactValidator.loadDefault()
        } catch {
            Console.error("error: \(error) [artifact.catalog]")
            throw ExitStatus.failure
        }
        var artifacts: [Artifact] = []
        var problems = Diagnostics()
        for lake in lakes {
            let emission = Emission(lake: lake)
            let charts = ArtifactValidator.chartFolders(lake: lake.name, releases: emission.releases)
            problems.append(contentsOf: validator.validate(emission.artifacts, charts: charts))
            artifacts += emission.artifacts
        }
        Console.report(problems)
        guard !problems.hasErrors else {
            Console.error("Nothing was written: the generated artifacts are invalid. This is a Lakeform bug; please report it.")
            throw ExitStatus.failure
        }
        return artifacts
    }
}
