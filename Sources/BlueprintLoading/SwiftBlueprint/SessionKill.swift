import Foundation

/// Kills every process of a session: the leader's process group, then whatever `/proc` still lists in the
/// session, which includes grandchildren that Foundation's `Process` put in process groups of their own.
/// Only a process that starts a session of its own (`setsid`) escapes; without `/proc` (macOS), only the group dies.
enum SessionKill {
    /// Call while the leader `session` is unreaped (a zombie at most), so that no other session can have its id.
    static func killAll(_ session: pid_t) {
        kill(-session, SIGKILL)
        // A member may fork between the listing and the kill; the forked child is in the session too.
        for _ in 0..<10 {
            let members = members(of: session)
            guard !members.isEmpty else { return }
            members.forEach { kill($0, SIGKILL) }
        }
    }

    /// The live processes whose session id (field 6 of `/proc/<pid>/stat`) is `session`, the leader excluded.
    static func members(of session: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry), pid != session,
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let commandEnd = stat.lastIndex(of: ")")
            else { return nil }
            // After "pid (command)": state, parent, group, session.
            let fields = stat[stat.index(after: commandEnd)...].split(separator: " ")
            guard fields.count > 3, pid_t(fields[3]) == session, fields[0] != "Z" else { return nil }
            return pid
        }
    }
}
