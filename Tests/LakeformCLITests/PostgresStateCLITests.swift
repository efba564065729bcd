import Foundation
import TestSupport
import Testing

/// The PostgreSQL state through the binary: a killed lock holder, connection errors and `state migrate`.
@Suite struct PostgresStateCLITests {
    static var serverAvailable: Bool { StateBackend.available.contains(.postgres) }

    @Test(.enabled(if: serverAvailable, "needs \(StateBackend.urlVariable)"))
    func killingTheLockHolderReleasesTheLock() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let state = try StateBackend.postgres.freshLocation(in: URL(fileURLWithPath: root))
        let holder = try PausedApply(state: state, in: root)
        defer { holder.kill() }

        let blocked = try LakeformProcess.run(["apply", "--auto-approve", "--state", state, "--lock-timeout", "0s"], in: root)
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("the state is locked by "), "\(blocked.stderr)")
        #expect(blocked.stderr.contains("(pid \(holder.pid) on "), "\(blocked.stderr)")

        holder.kill()
        let after = try LakeformProcess.run(["apply", "--auto-approve", "--state", state, "--lock-timeout", "30s"], in: root)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout.contains("State serial 1."))
    }

    @Test func aRefusedConnectionIsOneLineWithoutThePasswordAndWritesNothing() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let state = "postgres://lakeform:hunter2-secret@127.0.0.1:1/x?schema=y"
        let result = try LakeformProcess.run(["apply", "--auto-approve", "--state", state], in: root)
        #expect(result.status == 1)
        #expect(result.stderr == """
            error: cannot open the state at postgres://lakeform:***@127.0.0.1:1/x?schema=y: connection refused \
            (nothing accepts connections on 127.0.0.1:1; is PostgreSQL running there?) [state.open]

            """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["blueprints"])
    }

    @Test(.enabled(if: serverAvailable, "needs \(StateBackend.urlVariable)"), arguments: [true, false])
    func wrongCredentialsAndMissingDatabasesAreOneLineWithoutPasswords(_ wrongPassword: Bool) throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let secure = try #require(URLComponents(string: StateBackend.serverURL(StateBackend.secureURLVariable)))
        let server = "\(secure.host ?? ""):\(secure.port ?? 5432)"
        let password = try #require(secure.password)
        let (state, environment, secret, shown, problem) = wrongPassword
            ? ("postgres://lakeform@\(server)/postgres?schema=y", ["PGPASSWORD": "wrong-\(password)"], "wrong-\(password)",
               "postgres://lakeform@\(server)/postgres?schema=y", "password authentication failed for user \"lakeform\"")
            : ("postgres://lakeform:\(password)@\(server)/no_such_db", [:], password,
               "postgres://lakeform:***@\(server)/no_such_db", "database \"no_such_db\" does not exist")
        let result = try LakeformProcess.run(["plan", "--state", state], in: root, environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr == "error: cannot open the state at \(shown): \(problem) [state.open]\n")
        #expect(!result.stderr.contains(secret) && !result.stdout.contains(secret))
    }

    @Test(.enabled(if: serverAvailable, "needs \(StateBackend.urlVariable)"))
    func migrateCopiesTheWholeHistoryOnce() throws {
        let root = try ScratchRepository.withStartupBlueprint()
        defer { try? FileManager.default.removeItem(atPath: root) }
        func run(_ arguments: [String]) throws -> LakeformProcess.Result { try LakeformProcess.run(arguments, in: root) }
        let sqlite = "\(root)/.lakeform/state.db"
        #expect(try run(["apply", "--auto-approve"]).status == 0)
        let blueprint = "\(root)/blueprints/startup.yaml"
        let text = try String(contentsOfFile: blueprint, encoding: .utf8)
        try text.replacingOccurrences(of: "dataVolume: 50TB", with: "dataVolume: 80TB").write(toFile: blueprint, atomically: true, encoding: .utf8)
        #expect(try run(["apply", "--auto-approve"]).status == 0)
        let postgres = try StateBackend.postgres.freshLocation(in: URL(fileURLWithPath: root))

        let migrated = try run(["state", "migrate", "--from", "sqlite:\(sqlite)", "--to", postgres])
        #expect(migrated.status == 0, "\(migrated.stderr)")
        #expect(migrated.stdout.hasPrefix("Copied 2 revisions ("))
        #expect(migrated.stdout.contains("Every revision's artifact paths and SHA-256s were read back and match the source."))
        for command in [["state", "history"], ["state", "list"]] {
            let fromSQLite = try run(command + ["--state", sqlite]), fromPostgres = try run(command + ["--state", postgres])
            #expect(fromPostgres.status == 0)
            #expect(fromPostgres.stdout == fromSQLite.stdout)
        }
        #expect(try run(["plan", "--detailed-exitcode", "--state", postgres]).status == 0)

        let again = try run(["state", "migrate", "--from", sqlite, "--to", postgres])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already has 2 revisions; migrate only into an empty state [state.migrate]"))
        let missing = try run(["state", "migrate", "--from", "\(root)/nope.db", "--to", postgres])
        #expect(missing.stderr == "error: there is no SQLite state at \(root)/nope.db [state.migrate]\n")
        #expect(!FileManager.default.fileExists(atPath: "\(root)/nope.db"))
    }
}

/// `lakeform apply` held right after a step (`LAKEFORM_TEST_PAUSE_AFTER`, by default `lock`), until killed.
final class PausedApply {
    let process = Process()
    var pid: Int32 { process.processIdentifier }

    /// Starts the apply and returns once it says it reached `step`.
    init(state: String, in root: String, step: String = "lock") throws {
        process.executableURL = URL(fileURLWithPath: LakeformProcess.executable)
        process.arguments = ["apply", "--auto-approve", "--state", state]
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        process.environment = ProcessInfo.processInfo.environment.merging(["LAKEFORM_TEST_PAUSE_AFTER": step]) { $1 }
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var said = ""
        while !said.contains("paused after \(step)") {
            let chunk = stderr.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        try #require(said.contains("paused after \(step)"), "the apply exited instead: \(said)")
    }

    /// SIGKILL: no cleanup runs, as when a machine or a CI job dies.
    func kill() {
        guard process.isRunning else { return }
        Foundation.kill(pid, SIGKILL)
        process.waitUntilExit()
    }
}
