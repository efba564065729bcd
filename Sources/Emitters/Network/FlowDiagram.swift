import LakeModel

/// `network/data-flows.svg`: the lake's data flows (`DataFlows`) as a static SVG, no script. Clients
/// sit in the left column and servers in the right, one line per flow with its ports in the line's
/// `<title>`; the legend below lists every flow with its ports, as the NetworkPolicies allow it.
enum FlowDiagram {
    static let path = "network/data-flows.svg"
    static let rowHeight = 28
    static let boxWidth = 200
    static let serverX = 520
    static let legendLine = 16

    static func artifact(_ context: EmitContext) -> Artifact? {
        let flows = context.flows
        guard !flows.isEmpty else { return nil }
        return Artifact(path: "\(context.name)/\(path)", kind: .svg, contents: render(context, flows))
    }

    static func render(_ context: EmitContext, _ flows: [DataFlow]) -> String {
        let clients = Array(Set(flows.map(\.client.name))).sorted()
        let servers = Array(Set(flows.map(\.serverName))).sorted()
        let top = 48
        let rows = max(clients.count, servers.count)
        let legendTop = top + rows * rowHeight + 24
        let height = legendTop + (flows.count + 1) * legendLine + 16
        let width = serverX + boxWidth + 20
        func y(_ index: Int) -> Int { top + index * rowHeight }
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\""
                + " font-family=\"sans-serif\" font-size=\"12\" role=\"img\">",
            "<!-- \(escape(context.header.joined(separator: " ")).replacing("--", with: "- -")) -->",
            "<title>Data flows of lake \(escape(context.name))</title>",
            text(20, 24, "Data flows of lake \(context.name) (namespace \(context.namespace)): clients → servers", size: 14),
        ]
        for flow in flows {
            guard let from = clients.firstIndex(of: flow.client.name), let to = servers.firstIndex(of: flow.serverName) else { continue }
            lines.append("<line x1=\"\(20 + boxWidth)\" y1=\"\(y(from) + 10)\" x2=\"\(serverX)\" y2=\"\(y(to) + 10)\" stroke=\"#6b7a8f\">"
                + "<title>\(escape(flow.name)): \(escape(portText(flow)))</title></line>")
        }
        for (index, name) in clients.enumerated() { lines += box(20, y(index), name) }
        for (index, name) in servers.enumerated() { lines += box(serverX, y(index), name) }
        lines.append(text(20, legendTop, "Flow: ports (TCP)", size: 13))
        for (index, flow) in flows.enumerated() {
            lines.append(text(20, legendTop + (index + 1) * legendLine, "\(flow.client.name) → \(flow.serverName): \(portText(flow))"))
        }
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func portText(_ flow: DataFlow) -> String {
        flow.ports.isEmpty ? "all ports (within the component)" : flow.ports.map(String.init).joined(separator: ", ")
    }

    static func box(_ x: Int, _ y: Int, _ name: String) -> [String] {
        [
            "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(boxWidth)\" height=\"20\" rx=\"4\" fill=\"#e8eef6\" stroke=\"#34495e\"/>",
            text(x + 8, y + 14, name),
        ]
    }

    static func text(_ x: Int, _ y: Int, _ content: String, size: Int? = nil) -> String {
        let font = size.map { " font-size=\"\($0)\"" } ?? ""
        return "<text x=\"\(x)\" y=\"\(y)\"\(font)>\(escape(content))</text>"
    }

    /// XML text: `&`, `<`, `>` and quotes escaped.
    static func escape(_ text: String) -> String {
        guard ASCIIScan.contains(text, anyOf: "&<>\"") else { return text }
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
