import Foundation

/// Where the running program lives, for finding files installed next to it and for keys that name this very build.
/// `/proc/self/exe` is read directly: `Bundle.main` builds a whole CoreFoundation bundle first (about 9 M
/// instructions, looking for an Info.plist), which every command paid.
public enum RunningExecutable {
    /// The executable's path with symlinks resolved; `Bundle.main`'s where `/proc` is absent.
    public static var path: String? {
        if let resolved = realpath("/proc/self/exe", nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath().path
    }

    /// The directory the executable is in.
    public static var directory: String? {
        path.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
    }
}
