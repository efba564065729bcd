/// Where the state database lives: `--state` wins, then `LAKEFORM_STATE`, then `.lakeform/state.db`.
public enum StateLocation {
    public static let defaultPath = ".lakeform/state.db"
    public static let environmentVariable = "LAKEFORM_STATE"

    public static func path(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        return defaultPath
    }
}
