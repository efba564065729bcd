import ArtifactValidation
import Foundation
import LakeModel
import Testing
@testable import Planning

/// GIVEN a plan that changes values under credential-like keys, WHEN it is rendered as text, Markdown or JSON,
/// THEN those values read `(sensitive value)` or are marked sensitive, as Terraform does, and other values show.
@Suite struct SensitiveValueTests {
    static let plan = Planner.plan(
        desired: [
            PlanningFixtures.values("medium/helm/app.values.yaml", "auth:\n  rootPassword: n3w-s3cret\n  user: admin\nreplicas: 3\nenv:\n  - { name: API_TOKEN, value: tok-new }"),
            Artifact(path: "medium/iceberg/spark-catalog.properties", kind: .properties,
                     contents: "# header\nspark.sql.catalog.x.jdbc.password=new-pass\nspark.sql.catalog.x.type=jdbc\n"),
        ],
        recorded: [
            "medium/helm/app.values.yaml": "auth:\n  rootPassword: old-s3cret\n  user: root\nreplicas: 2\nenv:\n  - { name: API_TOKEN, value: tok-old }",
            "medium/iceberg/spark-catalog.properties": "# header\nspark.sql.catalog.x.jdbc.password=old-pass\nspark.sql.catalog.x.type=rest\n",
        ])

    static let secrets = ["n3w-s3cret", "old-s3cret", "tok-new", "tok-old", "new-pass", "old-pass"]

    @Test func textMasksSensitiveLeavesAndPropertyLines() {
        let text = PlanTextRenderer.render(Self.plan, color: false)
        #expect(text.contains("~ auth.rootPassword: (sensitive value) → (sensitive value)"))
        #expect(text.contains("~ env[name=API_TOKEN].value: (sensitive value) → (sensitive value)"))
        #expect(text.contains("~ auth.user: root → admin"))
        #expect(text.contains("+spark.sql.catalog.x.jdbc.password=(sensitive value)"))
        #expect(text.contains("+spark.sql.catalog.x.type=jdbc"))
        #expect(!Self.secrets.contains { text.contains($0) })
    }

    @Test func markdownMasksSensitiveLeavesAndPropertyLines() {
        let markdown = PlanMarkdownRenderer.render(Self.plan)
        #expect(markdown.contains("! auth.rootPassword: (sensitive value) → (sensitive value)"))
        #expect(markdown.contains("-spark.sql.catalog.x.jdbc.password=(sensitive value)"))
        #expect(markdown.contains("! replicas: 2 → 3"))
        #expect(!Self.secrets.contains { markdown.contains($0) })
    }

    @Test func jsonMarksSensitiveSidesInsteadOfPrintingThem() throws {
        let json = try PlanJSONRenderer.render(Self.plan)
        #expect(!Self.secrets.contains { json.contains($0) })
        let decoded = try JSONDecoder().decode(Plan.self, from: Data(json.utf8))
        let changes = decoded.changes.flatMap(\.keyPathChanges)
        #expect(changes.first { $0.path == "auth.rootPassword" } == KeyPathChange(path: "auth.rootPassword", before: "(sensitive value)", after: "(sensitive value)"))
        #expect(json.contains(#""after_sensitive" : true"#) && json.contains(#""before_sensitive" : true"#))
        #expect(json.contains(#""after" : "admin""#))
        let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../schemas/plan.schema.json")
        let schema = try SchemaDocument(data: try Data(contentsOf: schemaURL))
        #expect(schema.validate(try JSONValue(json: Data(json.utf8))).map(\.description) == [])
    }

    @Test func lineDiffsMaskOnlyKeyedValuesNotProse() {
        #expect(SensitiveValues.maskedLine("+jdbc.password=x") == "+jdbc.password=(sensitive value)")
        #expect(SensitiveValues.maskedLine("-    'api.token' = 'x',") == "-    'api.token' = (sensitive value)")
        #expect(SensitiveValues.maskedLine("+- Secret `orders-cdc`: username, password") == "+- Secret `orders-cdc`: username, password")
        #expect(SensitiveValues.maskedLine("+# password: comment") == "+# password: comment")
        #expect(SensitiveValues.maskedLine(" type=jdbc") == " type=jdbc")
    }

    @Test(arguments: [
        ("spec.password", true), ("s3.aws-secret-key", true), ("spec.existingSecret", false), ("valueFrom.secretKeyRef", false),
        ("auth.passwordSecretName", false), ("config.apiKey", true), ("data.private_key", true), ("spec.replicas", false),
        ("env[name=DB_PASSWORD].value", true), ("env[name=LOG_LEVEL].value", false), ("tls.credentials", true),
    ])
    func sensitivePathsAreRecognised(path: String, sensitive: Bool) {
        #expect(SensitiveValues.isSensitive(path: path) == sensitive)
    }
}
