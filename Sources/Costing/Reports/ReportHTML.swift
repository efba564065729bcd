import LakeModel

/// `reports/index.html`: one static page, no JavaScript, with three SVG charts drawn here with
/// integer coordinates: monthly cost by line per lake (stacked bars), cost per TB of data across
/// lakes and books (grouped bars), and storage runway (horizontal bars).
enum ReportHTML {
    static let palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                          "#9c755f", "#bab0ac", "#1f77b4", "#8c564b", "#17becf", "#bcbd22", "#7f7f7f", "#d62728",
                          "#2ca02c", "#9467bd"]

    static func render(_ lakes: [PricedLake], generatedBy: String) -> String {
        let sorted = LakeReports.byScale(lakes)
        var out = ["<!DOCTYPE html>", "<!-- \(escape(generatedBy)) -->", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
                   "<title>Lakeform cost and capacity report</title>",
                   "<style>",
                   "body { font-family: sans-serif; margin: 24px; color: #222; max-width: 1200px; }",
                   "table { border-collapse: collapse; margin: 8px 0 24px; }",
                   "th, td { border: 1px solid #ccc; padding: 4px 8px; font-size: 14px; }",
                   "td.n { text-align: right; }",
                   "svg { display: block; margin: 8px 0 24px; }",
                   "svg text { font-family: sans-serif; font-size: 12px; }",
                   "</style>", "</head>", "<body>", "<h1>Lakeform cost and capacity report</h1>",
                   "<p>\(sorted.count) lake\(sorted.count == 1 ? "" : "s"), smallest data volume first. Each lake is priced with its own book; "
                   + "cost per TB is also shown with <code>\(LakeReports.seedBook)</code> and <code>\(LakeReports.resourceBook)</code>.</p>"]
        out += summary(sorted)
        out += ["<h2>Monthly cost by line</h2>", stackedCost(sorted)]
        out += ["<h2>Cost per TB of data</h2>", costPerTB(sorted)]
        out += ["<h2>Storage runway</h2>", runway(sorted)]
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    static func summary(_ lakes: [PricedLake]) -> [String] {
        var out = ["<table>", "<tr><th>Lake</th><th>Tier</th><th>Data</th><th>Book</th><th>Monthly cost</th><th>Per TB of data</th>"
                   + "<th>\(LakeReports.seedBook)</th><th>\(LakeReports.resourceBook)</th></tr>"]
        for lake in lakes {
            let cost = lake.report.cost
            out.append("<tr><td>\(escape(lake.name))</td><td>\(escape(cost.tier))</td><td class=\"n\">\(escape(lake.dataVolume.description))</td>"
                       + "<td>\(escape(cost.book))</td><td class=\"n\">\(escape(Amounts.money(cost.total)))</td>"
                       + "<td class=\"n\">\(escape(money(cost.perUnit.perDataTB)))</td>"
                       + "<td class=\"n\">\(escape(Amounts.money(lake.seed.total)))</td>"
                       + "<td class=\"n\">\(escape(Amounts.money(lake.resource.total)))</td></tr>")
        }
        out.append("</table>")
        return out
    }

    // MARK: Charts

    static let plotTop = 40, plotHeight = 300, plotLeft = 90

    /// Stacked bars: one bar per lake, one segment per line of its own book's bill.
    static func stackedCost(_ lakes: [PricedLake]) -> String {
        var names: [String] = []
        for lake in lakes { for line in lake.report.cost.lines where !names.contains(line.name) { names.append(line.name) } }
        let maximum = niceCeiling(lakes.map(\.report.cost.total.value).max() ?? 0)
        let barWidth = 80, gap = 60
        let plotWidth = max(lakes.count * (barWidth + gap) + gap, 300)
        let legendX = plotLeft + plotWidth + 30
        let width = legendX + 220, height = max(plotTop + plotHeight + 60, plotTop + names.count * 20 + 20)
        var svg = open(width: width, height: height, label: "Monthly cost by line per lake")
        svg += axis(maximum: maximum, width: plotWidth, format: { Amounts.money(Cents($0)) })
        for (index, lake) in lakes.enumerated() {
            let x = plotLeft + gap + index * (barWidth + gap)
            var below = 0
            for line in lake.report.cost.lines where line.cost.value > 0 {
                let above = IntegerMath.sum([below, line.cost.value], saturatingAt: .max)
                let top = y(above, maximum), bottom = y(below, maximum)
                below = above
                let color = palette[(names.firstIndex(of: line.name) ?? 0) % palette.count]
                svg.append("<rect x=\"\(x)\" y=\"\(top)\" width=\"\(barWidth)\" height=\"\(max(bottom - top, 0))\" fill=\"\(color)\">"
                           + "<title>\(escape("\(lake.name): \(line.name) \(Amounts.money(line.cost))"))</title></rect>")
            }
            svg.append(text(x + barWidth / 2, y(lake.report.cost.total.value, maximum) - 6, Amounts.money(lake.report.cost.total), anchor: "middle"))
            svg.append(text(x + barWidth / 2, plotTop + plotHeight + 18, lake.name, anchor: "middle"))
            svg.append(text(x + barWidth / 2, plotTop + plotHeight + 34, lake.report.cost.book, anchor: "middle"))
        }
        for (index, name) in names.enumerated() {
            let top = plotTop + index * 20
            svg.append("<rect x=\"\(legendX)\" y=\"\(top)\" width=\"14\" height=\"14\" fill=\"\(palette[index % palette.count])\"/>")
            svg.append(text(legendX + 20, top + 12, name))
        }
        return (svg + ["</svg>"]).joined(separator: "\n")
    }

    /// Grouped bars: cost per TB of data per lake, with its own book, the seed's and the resource book.
    static func costPerTB(_ lakes: [PricedLake]) -> String {
        let series: [(String, (PricedLake) -> Cents?)] = [
            ("own book", { $0.report.cost.perUnit.perDataTB }),
            (LakeReports.seedBook, { $0.seed.perUnit.perDataTB }),
            (LakeReports.resourceBook, { $0.resource.perUnit.perDataTB }),
        ]
        let values = lakes.flatMap { lake in series.compactMap { $0.1(lake)?.value } }
        let maximum = niceCeiling(values.max() ?? 0)
        let barWidth = 36, gap = 50
        let groupWidth = series.count * barWidth
        let plotWidth = max(lakes.count * (groupWidth + gap) + gap, 300)
        let legendX = plotLeft + plotWidth + 30
        var svg = open(width: legendX + 220, height: plotTop + plotHeight + 50, label: "Monthly cost per TB of data per lake and price book")
        svg += axis(maximum: maximum, width: plotWidth, format: { Amounts.money(Cents($0)) })
        for (index, lake) in lakes.enumerated() {
            let x = plotLeft + gap + index * (groupWidth + gap)
            for (offset, entry) in series.enumerated() {
                guard let value = entry.1(lake) else { continue }
                let top = y(value.value, maximum)
                let left = x + offset * barWidth
                svg.append("<rect x=\"\(left)\" y=\"\(top)\" width=\"\(barWidth - 4)\" height=\"\(plotTop + plotHeight - top)\" "
                           + "fill=\"\(palette[offset])\"><title>\(escape("\(lake.name), \(entry.0): \(Amounts.money(value)) per TB"))</title></rect>")
                svg.append(text(left + (barWidth - 4) / 2, top - 4, Amounts.money(value), anchor: "middle", size: 10))
            }
            svg.append(text(x + groupWidth / 2, plotTop + plotHeight + 18, "\(lake.name) (\(lake.dataVolume))", anchor: "middle"))
        }
        for (index, entry) in series.enumerated() {
            let top = plotTop + index * 20
            svg.append("<rect x=\"\(legendX)\" y=\"\(top)\" width=\"14\" height=\"14\" fill=\"\(palette[index])\"/>")
            svg.append(text(legendX + 20, top + 12, entry.0))
        }
        return (svg + ["</svg>"]).joined(separator: "\n")
    }

    /// Horizontal bars: months until MinIO reaches its fill target at the declared growth.
    static func runway(_ lakes: [PricedLake]) -> String {
        let rowHeight = 34, left = 160, plotWidth = 700
        let months = lakes.compactMap { $0.report.capacity.storage?.runwayMonths }
        let maximum = niceCeiling(max(months.max() ?? 0, 12))
        let height = plotTop + lakes.count * rowHeight + 50
        var svg = open(width: left + plotWidth + 260, height: height, label: "Storage runway in months per lake")
        let bottom = plotTop + lakes.count * rowHeight
        for tick in 0...4 {
            let x = left + tick * plotWidth / 4
            svg.append("<line x1=\"\(x)\" y1=\"\(plotTop - 6)\" x2=\"\(x)\" y2=\"\(bottom)\" stroke=\"#ddd\"/>")
            svg.append(text(x, bottom + 18, "\(IntegerMath.scale(maximum, tick, 4)) months", anchor: "middle"))
        }
        let year = left + 12 * plotWidth / maximum
        svg.append("<line x1=\"\(year)\" y1=\"\(plotTop - 10)\" x2=\"\(year)\" y2=\"\(bottom)\" stroke=\"#e15759\" stroke-dasharray=\"4 3\"/>")
        svg.append(text(year + 4, plotTop - 14, "1 year", size: 11))
        for (index, lake) in lakes.enumerated() {
            let top = plotTop + index * rowHeight + 6
            svg.append(text(left - 8, top + 16, lake.name, anchor: "end"))
            guard let storage = lake.report.capacity.storage else {
                svg.append(text(left + 4, top + 16, "no object storage"))
                continue
            }
            let fill = "\(Amounts.percent(storage.fillBasisPoints)) full of \(storage.usable) usable"
            guard let runway = storage.runwayMonths else {
                svg.append(text(left + 4, top + 16, "no growth declared; \(fill)"))
                continue
            }
            let width = IntegerMath.scale(min(runway, maximum), plotWidth, maximum)
            svg.append("<rect x=\"\(left)\" y=\"\(top)\" width=\"\(width)\" height=\"\(rowHeight - 12)\" fill=\"\(palette[runway < 12 ? 2 : 4])\">"
                       + "<title>\(escape("\(lake.name): \(runway) months of runway"))</title></rect>")
            svg.append(text(left + width + 6, top + 16, "\(runway) months; \(fill)"))
        }
        return (svg + ["</svg>"]).joined(separator: "\n")
    }

    // MARK: Drawing

    static func open(width: Int, height: Int, label: String) -> [String] {
        ["<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
            + "role=\"img\" aria-label=\"\(escape(label))\">",
         "<title>\(escape(label))</title>"]
    }

    /// Horizontal grid lines and value labels at quarters of `maximum`, and the baseline.
    static func axis(maximum: Int, width: Int, format: (Int) -> String) -> [String] {
        var out: [String] = []
        for tick in 0...4 {
            let value = IntegerMath.scale(maximum, tick, 4)
            let at = y(value, maximum)
            out.append("<line x1=\"\(plotLeft)\" y1=\"\(at)\" x2=\"\(plotLeft + width)\" y2=\"\(at)\" stroke=\"\(tick == 0 ? "#888" : "#ddd")\"/>")
            out.append(text(plotLeft - 6, at + 4, format(value), anchor: "end"))
        }
        return out
    }

    /// The y coordinate of `value` on a plot whose top is `maximum`.
    static func y(_ value: Int, _ maximum: Int) -> Int {
        guard maximum > 0 else { return plotTop + plotHeight }
        return plotTop + plotHeight - ExactMath.mulDivRounded(value, plotHeight, maximum)
    }

    /// The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `value`, so the axis reads in round figures.
    static func niceCeiling(_ value: Int) -> Int {
        guard value > 0 else { return 1 }
        var power = 1
        while power <= (value - 1) / 10 { power *= 10 }  // power × 10 < value, without forming the product
        // Saturating: a cost per TB of Int.max (a one-byte lake) keeps Int.max as its ceiling.
        let times = { (factor: Int) in IntegerMath.product(factor, power, saturatingAt: .max) }
        let candidates = [power, times(2)] + (power >= 10 ? [power / 2 * 5] : []) + [times(5), times(10)]
        return candidates.sorted().first { $0 >= value } ?? times(10)
    }

    static func text(_ x: Int, _ y: Int, _ content: String, anchor: String = "start", size: Int? = nil) -> String {
        "<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"\(anchor)\"\(size.map { " font-size=\"\($0)\"" } ?? "")>\(escape(content))</text>"
    }

    static func money(_ cents: Cents?) -> String { cents.map(Amounts.money) ?? "–" }

    /// Escapes text for HTML and SVG content and attribute values.
    static func escape(_ text: String) -> String {
        guard ASCIIScan.contains(text, anyOf: "&<>\"'") else { return text }
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
