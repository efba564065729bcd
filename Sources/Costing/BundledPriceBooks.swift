/// The price books shipped inside the binary, so an installed `lakeform` needs no files beside it.
/// Their text is byte-identical to `pricebooks/*.yaml` (a test checks it): edit the YAML file, then
/// paste it between the raw-string delimiters of `BundledPriceBooks+<Name>.swift`.
public enum BundledPriceBooks {
    /// The book a lake gets when neither its blueprint nor `--pricebook` names one: it prices any
    /// lake from its resolved requests.
    public static let defaultName = "opencost-default"

    /// Every bundled book, name and YAML text, in the order `--show-pricebook` lists them.
    public static let all: [(name: String, text: String)] = [
        ("seed-2024", seed2024), ("opencost-default", openCostDefault), ("on-prem", onPrem),
    ]

    public static var names: [String] { all.map(\.name) }

    public static func text(named name: String) -> String? { all.first { $0.name == name }?.text }
}
