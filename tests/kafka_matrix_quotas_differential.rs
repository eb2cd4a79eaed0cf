//! The test cluster's quota and SCRAM APIs against the real thing: for every
//! release of the matrix, the same requests (sent through mskctl's admin
//! client, past the command line's own checks) get the same error codes and
//! the same describe answers from the test cluster impersonating the
//! release and from a real Apache Kafka cluster of it. Also what the test
//! cluster alone can show: a release without the SCRAM APIs.

mod support;

use std::time::Duration;

use mskctl::kafka::admin::Admin;
use mskctl::kafka::error::error_name;
use mskctl::kafka::quotas::{QuotaAlteration, QuotaEntity, QuotaFilter, QuotaMatch};
use mskctl::kafka::scram::{ScramDeletion, ScramMechanism, ScramUpsertion};
use mskctl::kafka::KafkaError;
use support::admin::settings;
use support::cluster::{ClusterConfig, TestCluster};
use support::kafka::{each_release, unique, BROKERS};

fn code(r: &Result<(), KafkaError>) -> String {
    match r {
        Ok(()) => "NONE".into(),
        Err(e) => e.code().map(error_name).unwrap_or_else(|| e.to_string()),
    }
}

fn user(name: &str) -> QuotaEntity {
    QuotaEntity::user(name)
}

/// Observations of one run of the scenario, with the unique prefix
/// replaced so both clusters' answers compare equal.
async fn scenario(bootstrap: &str, p: &str) -> Vec<String> {
    let admin = Admin::connect(settings(bootstrap), Duration::from_secs(30))
        .await
        .unwrap_or_else(|e| panic!("connect {bootstrap}: {e}"));
    let mut seen = Vec::new();
    let u = |s: &str| format!("{p}-{s}");

    // SCRAM: Kafka's checks, one result per user.
    let salt = b"0123456789abcdef".to_vec();
    let up = |name: &str, it: u32| {
        ScramUpsertion::with_salt(name, ScramMechanism::Sha512, b"pw", it, salt.clone())
    };
    let results = admin
        .alter_scram_credentials(
            &[
                up(&u("few"), 4095),
                up(&u("many"), 16385),
                up(&u("twice"), 4096),
                up(&u("twice"), 4096),
                up(&u("ok"), 4096),
                up("", 4096),
            ],
            &[ScramDeletion {
                user: u("missing"),
                mechanism: ScramMechanism::Sha256,
            }],
        )
        .await
        .expect("AlterUserScramCredentials");
    let mut lines: Vec<String> = results
        .iter()
        .map(|(name, r)| format!("alter scram {}: {}", name.replace(p, "P"), code(r)))
        .collect();
    lines.sort();
    seen.extend(lines);
    let described = admin
        .describe_scram_users(Some(&[u("ok"), u("missing")]))
        .await
        .expect("DescribeUserScramCredentials");
    for (name, r) in &described {
        let shown = match r {
            Ok(user) => format!("{:?}", user.credentials),
            Err(e) => e.code().map(error_name).unwrap_or_default(),
        };
        seen.push(format!("describe scram {}: {shown}", name.replace(p, "P")));
    }
    let deleted = admin
        .alter_scram_credentials(
            &[],
            &[ScramDeletion {
                user: u("ok"),
                mechanism: ScramMechanism::Sha512,
            }],
        )
        .await
        .expect("delete");
    seen.push(format!("delete scram: {}", code(&deleted[0].1)));

    // Quotas: validation and the describe filters.
    let both = QuotaEntity {
        user: Some(Some(u("a"))),
        client_id: Some(Some("c".into())),
        ip: None,
    };
    let set = |entity: QuotaEntity, key: &str, v: f64| QuotaAlteration {
        entity,
        set: vec![(key.to_string(), v)],
        remove: Vec::new(),
    };
    let results = admin
        .alter_client_quotas(
            &[
                set(user(&u("a")), "producer_byte_rate", 1024.0),
                set(both.clone(), "request_percentage", 50.0),
                set(user(&u("b")), "no_such_key", 1.0),
                QuotaAlteration {
                    entity: QuotaEntity {
                        user: Some(Some(u("c"))),
                        ip: Some(Some("10.0.0.1".into())),
                        client_id: None,
                    },
                    set: vec![("producer_byte_rate".into(), 1.0)],
                    remove: Vec::new(),
                },
            ],
            false,
        )
        .await
        .expect("AlterClientQuotas");
    for (e, r) in &results {
        seen.push(format!(
            "alter quota {}: {}",
            e.describe().replace(p, "P"),
            code(r)
        ));
    }
    let filters = [
        (
            "user non-strict",
            QuotaFilter {
                user: Some(QuotaMatch::Name(u("a"))),
                client_id: None,
                strict: false,
            },
        ),
        (
            "user strict",
            QuotaFilter {
                user: Some(QuotaMatch::Name(u("a"))),
                client_id: None,
                strict: true,
            },
        ),
        (
            "user and any client",
            QuotaFilter {
                user: Some(QuotaMatch::Name(u("a"))),
                client_id: Some(QuotaMatch::Any),
                strict: false,
            },
        ),
        (
            "user and default client",
            QuotaFilter {
                user: Some(QuotaMatch::Name(u("a"))),
                client_id: Some(QuotaMatch::Default),
                strict: false,
            },
        ),
    ];
    for (name, f) in filters {
        let found = admin
            .describe_client_quotas(&f)
            .await
            .expect("DescribeClientQuotas");
        let shown: Vec<String> = found
            .iter()
            .map(|e| format!("{} {:?}", e.entity.describe().replace(p, "P"), e.values))
            .collect();
        seen.push(format!("describe quotas, {name}: {shown:?}"));
    }
    let cleanup = admin
        .alter_client_quotas(
            &[
                QuotaAlteration {
                    entity: user(&u("a")),
                    set: Vec::new(),
                    remove: vec!["producer_byte_rate".into()],
                },
                QuotaAlteration {
                    entity: both,
                    set: Vec::new(),
                    remove: vec!["request_percentage".into()],
                },
            ],
            false,
        )
        .await
        .expect("cleanup");
    assert!(cleanup.iter().all(|(_, r)| r.is_ok()), "{cleanup:?}");
    seen
}

#[test]
fn quota_and_scram_answers_match_the_real_release() {
    each_release(|k| {
        let fake = TestCluster::start(ClusterConfig {
            brokers: BROKERS,
            kafka_version: k.version.clone(),
            kraft: Some(true),
            ..ClusterConfig::default()
        })
        .unwrap_or_else(|e| panic!("test cluster as {}: {e}", k.version));
        let rt = tokio::runtime::Runtime::new().unwrap();
        let p = unique("diff");
        let real = rt.block_on(scenario(&k.bootstrap, &p));
        let p2 = unique("diff");
        let ours = rt.block_on(scenario(&fake.bootstrap(), &p2));
        let ours: Vec<String> = ours.iter().map(|l| l.replace(&p2, "P")).collect();
        assert_eq!(ours, real, "Kafka {}", k.version);
    });
}

#[tokio::test]
async fn a_release_without_the_scram_apis_is_named_as_such() {
    // KRaft brokers before 3.5 do not offer the SCRAM APIs at all.
    let c = TestCluster::start(ClusterConfig {
        kafka_version: "3.4.0".into(),
        kraft: Some(true),
        ..ClusterConfig::default()
    })
    .unwrap();
    let admin = Admin::connect(settings(&c.bootstrap()), Duration::from_secs(10))
        .await
        .unwrap();
    let e = admin.describe_scram_users(None).await.unwrap_err();
    assert!(
        matches!(e, KafkaError::Unsupported { .. })
            && e.to_string().contains("DescribeUserScramCredentials"),
        "{e}"
    );
    // Quotas are there.
    assert!(admin
        .describe_client_quotas(&QuotaFilter::default())
        .await
        .is_ok());
}

/// What Kafka 3.6.2, 3.9.1 and 4.1.1 answered to the scenario (the test
/// above holds the test cluster to them wherever the matrix runs); checked
/// here without it, so the test cluster stays honest in every test run.
#[tokio::test]
async fn the_test_cluster_alone_gives_the_answers_kafka_gave() {
    let c = TestCluster::start(ClusterConfig::default()).unwrap();
    let seen = scenario(&c.bootstrap(), "P").await;
    let expected = [
        "alter scram : UNACCEPTABLE_CREDENTIAL",
        "alter scram P-few: UNACCEPTABLE_CREDENTIAL",
        "alter scram P-many: UNACCEPTABLE_CREDENTIAL",
        "alter scram P-missing: RESOURCE_NOT_FOUND",
        "alter scram P-ok: NONE",
        "alter scram P-twice: DUPLICATE_RESOURCE",
        "describe scram P-missing: RESOURCE_NOT_FOUND",
        "describe scram P-ok: [ScramCredentialInfo { mechanism: Sha512, iterations: 4096 }]",
        "delete scram: NONE",
        "alter quota user 'P-a': NONE",
        "alter quota user 'P-a', client-id 'c': NONE",
        "alter quota user 'P-b': INVALID_REQUEST",
        "alter quota user 'P-c', ip '10.0.0.1': INVALID_REQUEST",
        r#"describe quotas, user non-strict: ["user 'P-a' {\"producer_byte_rate\": 1024.0}", "user 'P-a', client-id 'c' {\"request_percentage\": 50.0}"]"#,
        r#"describe quotas, user strict: ["user 'P-a' {\"producer_byte_rate\": 1024.0}"]"#,
        r#"describe quotas, user and any client: ["user 'P-a', client-id 'c' {\"request_percentage\": 50.0}"]"#,
        "describe quotas, user and default client: []",
    ];
    assert_eq!(seen, expected);
}
