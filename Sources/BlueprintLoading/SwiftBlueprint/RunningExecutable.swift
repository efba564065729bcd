import Foundation

/// Where the running program lives, for finding files installed next to it.
public enum RunningExecutable {
    /// The directory of `/proc/self/exe` (symlinks resolved), or of `Bundle.main`'s executable elsewhere.
    public static var directory: String? {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: target).deletingLastPathComponent().path
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().path
    }
}
