import Diagnostics
import Foundation

/// Where commands write: results to stdout, diagnostics to stderr.
enum Console {
    static func out(_ text: String, terminator: String = "\n") {
        ConsoleTranscript.note(STDOUT_FILENO, text, terminator)
        print(text, terminator: terminator)
    }

    /// A message beside a command's result: on stdout after text, on stderr when stdout carries a JSON or
    /// Markdown document, which must be the document alone.
    static func message(_ text: String, besideDocument: Bool) {
        besideDocument ? error(text) : out(text)
    }

    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    static var colorEnabled: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func error(_ text: String) {
        ConsoleTranscript.note(STDERR_FILENO, text)
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints diagnostics, in source order, to stderr.
    static func report(_ diagnostics: Diagnostics) {
        guard !diagnostics.isEmpty else { return }
        error(DiagnosticRenderer.text(diagnostics))
    }
}
