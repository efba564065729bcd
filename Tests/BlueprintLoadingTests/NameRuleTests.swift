@testable import BlueprintLoading
import Testing

/// GIVEN a name of some kind, WHEN it is checked, THEN the rule of what it becomes decides, with the limit
/// less the suffix that Lakeform or the operator appends.
@Suite struct NameRuleTests {
    static func fits(_ kind: NameKind, _ name: String) -> Bool { kind.problem(name) == nil }
    static func name(_ count: Int, first: Character = "a") -> String { String(first) + String(repeating: "b", count: count - 1) }

    @Test func objectNameLimitsLeaveRoomForTheSuffixes() {
        #expect(Self.fits(.sparkJob(scheduled: false), Self.name(63)) && !Self.fits(.sparkJob(scheduled: false), Self.name(64)))
        #expect(Self.fits(.sparkJob(scheduled: true), Self.name(43)) && !Self.fits(.sparkJob(scheduled: true), Self.name(44)))
        #expect(43 + NameKind.scheduledRunSuffix.count == NameRules.maxLabelLength)
        #expect(Self.fits(.flinkJob, Self.name(45)) && !Self.fits(.flinkJob, Self.name(46)))
        #expect(!Self.fits(.flinkJob, "9lives"))
        #expect(Self.fits(.cdcSource(postgres: true), Self.name(51)) && !Self.fits(.cdcSource(postgres: true), Self.name(52)))
        #expect(51 + NameKind.publicationSuffix.count == NameRules.maxLabelLength)
        #expect(Self.fits(.cdcSource(postgres: false), Self.name(63)) && !Self.fits(.cdcSource(postgres: false), Self.name(64)))
        #expect(Self.fits(.database(prepared: true), Self.name(51)) && !Self.fits(.database(prepared: true), Self.name(52)))
        #expect(Self.fits(.database(prepared: false), Self.name(63)) && !Self.fits(.database(prepared: false), Self.name(64)))
    }

    @Test(arguments: [
        ("events", true), ("orders.cdc_v2-x", true), (String(repeating: "t", count: 239), true), (String(repeating: "t", count: 240), false),
        (".", false), ("..", false), ("", false), ("clicks stream", false), ("strøm", false), ("a/b", false),
    ])
    func kafkaTopics(name: String, valid: Bool) {
        #expect(Self.fits(.stream, name) == valid)
    }

    @Test(arguments: [
        ("datalake", true), ("my.lake-01", true), ("ab", false), (String(repeating: "b", count: 64), false), ("Data", false),
        ("-lake", false), ("lake-", false), ("a..b", false), ("192.168.1.10", false), ("xn--lake", false), ("sthree-x", false),
        ("lake-s3alias", false), ("lake--ol-s3", false), ("data_lake", false), ("192.168.1", true),
    ])
    func s3Buckets(name: String, valid: Bool) {
        #expect(Self.fits(.bucket, name) == valid)
    }

    @Test(arguments: [
        ("orders-cdc", true), ("db.example.com", true), ("Orders", false), ("a_b", false), ("a/b", false), ("-a", false),
        ("a..b", false), ("a.-b", false), (String(repeating: "s", count: 254), false), (String(repeating: "s", count: 63) + ".x", true),
    ])
    func secretNames(name: String, valid: Bool) {
        #expect(Self.fits(.secret, name) == valid)
    }

    @Test(arguments: [
        ("daily_etl", true), ("etl.v2-x", true), ("../../etc", false), (".hidden", false), ("a..b", false), ("a/b", false), ("a b", false),
        (String(repeating: "d", count: 250), true), (String(repeating: "d", count: 251), false),
    ])
    func dagNames(name: String, valid: Bool) {
        #expect(Self.fits(.dag, name) == valid)
    }

    @Test(arguments: [
        ("orders-db.production.svc.cluster.local", true), ("10.0.0.5", true), ("Orders-DB", true), ("db:5432", false),
        ("db/x", false), (String(repeating: "h", count: 64) + ".example", false),
    ])
    func hosts(name: String, valid: Bool) {
        #expect(Self.fits(.host, name) == valid)
    }

    @Test(arguments: [
        ("lakehouse", true), ("lake_house2", true), ("Lakehouse", false), ("lake-house", false), ("2lake", false), ("lake.house", false),
    ])
    func catalogs(name: String, valid: Bool) {
        #expect(Self.fits(.catalog, name) == valid)
    }

    @Test func credentialsInURIsAreFoundWhateverTheScheme() {
        #expect(CredentialCheck.userinfo(in: "s3a://AKIA:SECRET@datalake/warehouse") == "AKIA:SECRET")
        #expect(CredentialCheck.userinfo(in: "postgresql://u:p@h:5432/db") == "u:p")
        #expect(CredentialCheck.userinfo(in: "jdbc:postgresql://u:p@h:5432/db") == "u:p")
        #expect(CredentialCheck.userinfo(in: "mirror of https://x:y@host/path, kept for audits") == "x:y")
        #expect(CredentialCheck.userinfo(in: "mail ops@example.com or see https://docs.example.com") == nil)
        #expect(CredentialCheck.userinfo(in: "https://token@host/x") == "token")
        #expect(CredentialCheck.userinfo(in: "s3a://datalake/path@v2") == nil)
        #expect(CredentialCheck.userinfo(in: "local:///opt/flink/job.jar") == nil)
        #expect(CredentialCheck.userinfo(in: "team@example.com") == nil)
    }

    @Test func foldingFindsCaseAccentAndSeparatorCollisions() {
        #expect(NameFolding.kubernetes.key("Bronze_To.Silver") == "bronze-to-silver")
        #expect(NameFolding.kubernetes.key("Ströme") == NameFolding.kubernetes.key("strome"))
        #expect(NameFolding.caseInsensitive.key("Größe") == NameFolding.caseInsensitive.key("GROSSE"))
        #expect(NameFolding.exact.key("A") != NameFolding.exact.key("a"))
    }

    @Test func onlyAllowedCharactersPassAsTheSetOfScalarsDecides() {
        let allowed = "abcdefghijklmnopqrstuvwxyz0123456789-._~@"
        for text in ["", "kafka-1", "a.b_c", "Kafka", "é", "a\u{301}", "a b", "~@", "\u{7F}", "-", "\0"] {
            #expect(NameRules.only(text, allowed) == text.unicodeScalars.allSatisfy(Set(allowed.unicodeScalars).contains), "\(text)")
        }
        #expect(NameRules.only("é-é", "é-"), "a set that is not ASCII is still honoured")
        #expect(!NameRules.only("e", "é"))
    }
}
