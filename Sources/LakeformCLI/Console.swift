import Diagnostics
import Foundation

/// Where commands write: results to stdout, diagnostics to stderr.
enum Console {
    static func out(_ text: String) {
        print(text)
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints diagnostics, in source order, to stderr.
    static func report(_ diagnostics: Diagnostics) {
        guard !diagnostics.isEmpty else { return }
        error(DiagnosticRenderer.text(diagnostics))
    }
}
