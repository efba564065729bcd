/// The tool's version, printed by `lakeform --version` and written into generated headers.
public enum LakeformVersion {
    public static let current = "0.1.0"
}
