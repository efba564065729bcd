import LakeModel

/// An Airflow DAG file whose tasks submit the lake's SparkApplications.
///
/// Each task runs `SparkKubernetesOperator` on the SparkApplication manifest the processing
/// emitters write as `manifests/SparkApplication.<name>.yaml`, where `<name>` is the Spark job's
/// name lowercased with `_` turned into `-` (`LakehouseFamily.sparkApplicationName`). The DAG
/// finds those files through `template_searchpath`: the `manifests/` folder two levels above the
/// DAG (`<lake>/airflow/dags/<dag>.py` → `<lake>/manifests/`), so the generated tree must be
/// synced into the DAG folder as a whole.
enum AirflowDAGFile {
    /// A start date in the past, fixed so that the file is deterministic; with `catchup=False`
    /// Airflow schedules from the latest interval only.
    static let startDate = "datetime(2024, 1, 1)"
    /// Minutes between retries (the seed's DAG).
    static let retryDelayMinutes = 5

    static func render(_ dag: DAGSpec, context: EmitContext) -> String {
        let variables = variableNames(dag.tasks.map(\.id))
        var lines = LakehouseFamily.commentLines(context.header, marker: "#")
        lines += [
            "\"\"\"DAG \(pythonDocText(dag.name)): runs the lake's Spark jobs as SparkApplications on \(pythonDocText(dag.schedule)).\"\"\"",
            "",
            "from datetime import datetime, timedelta",
            "from pathlib import Path",
            "",
            "from airflow import DAG",
            "from airflow.providers.cncf.kubernetes.operators.spark_kubernetes import SparkKubernetesOperator",
            "",
            "# SparkApplication manifests: <lake>/manifests/SparkApplication.<job>.yaml, beside <lake>/airflow/dags/.",
            "MANIFESTS = str(Path(__file__).resolve().parent.parent.parent / \"manifests\")",
            "",
            "default_args = {",
            "    \"owner\": \"lakeform\",",
            "    \"depends_on_past\": False,",
            "    \"retries\": \(dag.retries),",
            "    \"retry_delay\": timedelta(minutes=\(retryDelayMinutes)),",
            "}",
            "",
            "with DAG(",
            "    dag_id=\(python(dag.name)),",
            "    default_args=default_args,",
            "    schedule=\(python(dag.schedule)),",
            "    start_date=\(startDate),",
            "    catchup=False,",
            "    template_searchpath=[MANIFESTS],",
            "    tags=[\"lakeform\", \(python(context.name))],",
            ") as dag:",
        ]
        for task in dag.tasks {
            lines += [
                "    \(variables[task.id] ?? task.id) = SparkKubernetesOperator(",
                "        task_id=\(python(task.id)),",
                "        namespace=\(python(context.namespace)),",
                "        application_file=\(python("SparkApplication.\(LakehouseFamily.sparkApplicationName(task.sparkJob)).yaml")),",
                "    )",
            ]
        }
        let edges = dag.tasks.flatMap { task in task.after.map { (upstream: $0, downstream: task.id) } }
        if !edges.isEmpty { lines.append("") }
        for edge in edges {
            lines.append("    \(variables[edge.upstream] ?? edge.upstream) >> \(variables[edge.downstream] ?? edge.downstream)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Python variable per task id: letters, digits and `_`, not starting with a digit, not a
    /// keyword, unique (a numeric suffix resolves clashes in task order).
    static func variableNames(_ ids: [String]) -> [String: String] {
        var names: [String: String] = [:]
        var used: Set<String> = ["DAG", "MANIFESTS", "Path", "SparkKubernetesOperator", "dag", "datetime", "default_args", "timedelta"]
        for id in ids where names[id] == nil {
            var base = String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
            if base.isEmpty || base.first?.isNumber == true { base = "task_" + base }
            if pythonKeywords.contains(base) { base += "_" }
            var candidate = base
            var suffix = 2
            while used.contains(candidate) {
                candidate = "\(base)_\(suffix)"
                suffix += 1
            }
            used.insert(candidate)
            names[id] = candidate
        }
        return names
    }

    static let pythonKeywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
        "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
        "return", "try", "while", "with", "yield",
    ]

    /// A double-quoted Python string literal; control characters and line separators are escaped.
    static func python(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                } else if scalar.value == 0x2028 || scalar.value == 0x2029 {
                    result += "\\u\(String(scalar.value, radix: 16))"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Text safe inside a one-line docstring.
    static func pythonDocText(_ text: String) -> String {
        String(text.map { $0 == "\"" || $0 == "\\" || $0.isNewline ? "_" : $0 })
    }
}
