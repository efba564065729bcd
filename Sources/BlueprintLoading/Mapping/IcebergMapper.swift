import Diagnostics
import LakeModel
import LakeformWire

/// Maps the Iceberg catalog and checks tables, columns and partition transforms.
enum IcebergMapper {
    static func map(_ wire: Wire.Iceberg, _ context: MappingContext) -> IcebergSpec {
        var spec = IcebergSpec(catalog: wire.catalog, type: .init(rawValue: wire.type.rawValue) ?? .rest, warehouse: wire.warehouse)
        if !(wire.warehouse.hasPrefix("s3a://") || wire.warehouse.hasPrefix("s3://")) {
            context.error("iceberg.warehouse", "warehouse '\(wire.warehouse)' is not an s3:// or s3a:// location",
                          at: "components.iceberg.warehouse", address: "iceberg.warehouse",
                          notes: ["the lake keeps its tables in MinIO, for example s3a://datalake/warehouse"])
        }
        let tables = wire.tables ?? []
        context.requireUnique(tables.enumerated().map { ("\($0.element.namespace).\($0.element.name)", "components.iceberg.tables[\($0.offset)]") },
                              kind: "table", address: "iceberg.tables", folding: .caseInsensitive)
        spec.tables = tables.enumerated().map { index, table in
            mapTable(table, path: "components.iceberg.tables[\(index)]", context)
        }
        return spec
    }

    private static func mapTable(_ wire: Wire.Table, path: String, _ context: MappingContext) -> TableSpec {
        let address = "iceberg.tables.\(wire.name)"
        if wire.columns.isEmpty {
            context.error("iceberg.noColumns", "table '\(wire.name)' has no columns", at: path, address: address)
        }
        context.requireUnique(wire.columns.enumerated().map { ($0.element.name, "\(path).columns[\($0.offset)]") },
                              kind: "column", address: "\(address).columns", folding: .caseInsensitive)
        var spec = TableSpec(namespace: wire.namespace, name: wire.name, columns: wire.columns.map {
            ColumnSpec(name: $0.name, type: $0.type, required: $0.required ?? false)
        })
        let columnNames = wire.columns.map(\.name)
        for (index, text) in (wire.partitionBy ?? []).enumerated() {
            let transformPath = "\(path).partitionBy[\(index)]"
            guard let transform = PartitionTransform(parsing: text) else {
                context.error("iceberg.invalidTransform", "'\(text)' is not an Iceberg partition transform", at: transformPath,
                              address: "\(address).partitionBy",
                              notes: ["use identity(col), years(col), months(col), days(col), hours(col), bucket(n, col) or truncate(w, col)"])
                continue
            }
            context.requireKnown(transform.column, in: columnNames, kind: "column", at: transformPath, address: "\(address).partitionBy")
            spec.partitionBy.append(transform)
        }
        spec.properties = wire.properties ?? [:]
        return spec
    }
}
