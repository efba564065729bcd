import Foundation
@testable import LakeformCLI
import TestSupport
import Testing

/// A price book named by a blueprint is a bundled book or a .yaml file inside the repository; anything else is
/// refused without reading it, so a pull request cannot make Lakeform print `/proc/self/environ` or `/etc/passwd`.
@Suite struct PriceBookConfinementTests {
    @Test func onlyYAMLFilesInsideTheRepositoryAreAccepted() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "x: 1\n".write(toFile: "\(root)/team-book.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: "\(root)/passwd.yaml", withDestinationPath: "/etc/passwd")
        let inside = ["team-book.yaml", "blueprints/../team-book.yaml"]
        let outside = ["/etc/passwd", "/proc/self/environ", "../team-book.yaml", "blueprints/../../etc/passwd.yaml", "passwd.yaml",
                       "\(root)/team-book.yaml", "team-book.txt"]
        for path in inside { #expect(RepositoryFile.isInside(path, extensions: ["yaml"], root: root), "\(path)") }
        for path in outside { #expect(!RepositoryFile.isInside(path, extensions: ["yaml"], root: root), "\(path)") }
    }

    @Test(arguments: ["/proc/self/environ", "../../../../etc/passwd", "/etc/passwd"])
    func aBlueprintCannotReadAFileOutsideTheRepository(book: String) throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let blueprint = "\(root)/blueprints/startup.yaml"
        let text = try String(contentsOfFile: blueprint, encoding: .utf8)
        try text.replacingOccurrences(of: "priceBook: seed-2024", with: "priceBook: \"\(book)\"").write(toFile: blueprint, atomically: true, encoding: .utf8)
        for command in [["cost"], ["build"], ["plan"]] {
            let result = try LakeformProcess.run(command, in: root, environment: ["LAKEFORM_TEST_SECRET": "do-not-print-me", "NO_COLOR": "1"])
            #expect(result.status == 1, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("[pricebook.outsideRepository]"), "\(command): \(result.stderr)")
            #expect(!(result.stdout + result.stderr).contains("do-not-print-me") && !(result.stdout + result.stderr).contains("root:x:0"))
        }
    }
}
