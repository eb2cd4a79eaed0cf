//! `mskctl quota` and `mskctl user` against the protocol-level test
//! cluster (crates/kafka-fake), which keeps client quotas and SCRAM
//! credentials as a KRaft controller does and lets users created through
//! AlterUserScramCredentials log in with SCRAM. One test, `tansu_*`, runs
//! against a real tansu 0.6.0 broker, which does not offer the quota APIs
//! (and answers DescribeUserScramCredentials with a response no client can
//! decode), so only clear failures and an export without quotas are
//! checked there.

mod support;

use std::collections::BTreeMap;

use serde_json::json as j;
use support::cli::{json, mskctl, ok, run};
use support::cluster::{ClusterConfig, QuotaEntityKey, TestCluster};

fn cluster() -> TestCluster {
    TestCluster::start(ClusterConfig::default()).expect("test cluster starts")
}

fn user(name: Option<&str>) -> QuotaEntityKey {
    vec![("user".to_string(), name.map(String::from))]
}

fn quotas_of(c: &TestCluster, entity: &QuotaEntityKey) -> BTreeMap<String, f64> {
    c.client_quotas()
        .into_iter()
        .find(|(e, _)| e == entity)
        .map(|(_, v)| v)
        .unwrap_or_default()
}

#[test]
fn set_with_units_then_list_in_the_issues_json_shape() {
    let c = cluster();
    let b = c.bootstrap();
    // A first limit lowers "unlimited": risky, so --yes.
    let out = ok(
        mskctl(&b),
        &[
            "quota",
            "set",
            "--user",
            "alice",
            "producer_byte_rate=1MiB/s",
            "consumer_byte_rate=10MB/s",
            "request_percentage=50%",
            "--yes",
        ],
    );
    assert!(
        out.contains("producer_byte_rate unset -> 1MiB/s (1048576)"),
        "{out}"
    );
    assert_eq!(
        quotas_of(&c, &user(Some("alice"))),
        [
            ("consumer_byte_rate".to_string(), 10_000_000.0),
            ("producer_byte_rate".to_string(), 1_048_576.0),
            ("request_percentage".to_string(), 50.0)
        ]
        .into()
    );
    ok(
        mskctl(&b),
        &[
            "quota",
            "set",
            "--default-user",
            "producer_byte_rate=2MiB",
            "--yes",
        ],
    );
    ok(
        mskctl(&b),
        &[
            "quota",
            "set",
            "--user",
            "alice",
            "--client-id",
            "reporting",
            "controller_mutation_rate=2.5",
            "--yes",
        ],
    );
    ok(
        mskctl(&b),
        &[
            "quota",
            "set",
            "--client-id",
            "x",
            "consumer_byte_rate=1000",
            "--yes",
        ],
    );
    let all = json(mskctl(&b), &["quota", "list"]);
    assert_eq!(
        all,
        j!([
            {"entity": {"client-id": "x"}, "values": {"consumer_byte_rate": 1000}},
            {"entity": {"user": null}, "values": {"producer_byte_rate": 2097152}},
            {"entity": {"user": "alice"}, "values": {
                "consumer_byte_rate": 10000000, "producer_byte_rate": 1048576, "request_percentage": 50}},
            {"entity": {"user": "alice", "client-id": "reporting"},
             "values": {"controller_mutation_rate": 2.5}},
        ])
    );
    // --user lists the user's per-client quotas too; both flags name one entity.
    let alice = json(mskctl(&b), &["quota", "list", "--user", "alice"]);
    assert_eq!(alice.as_array().unwrap().len(), 2, "{alice}");
    let exact = json(
        mskctl(&b),
        &[
            "quota",
            "list",
            "--user",
            "alice",
            "--client-id",
            "reporting",
        ],
    );
    assert_eq!(exact.as_array().unwrap().len(), 1, "{exact}");
    let default = json(mskctl(&b), &["quota", "list", "--default-user"]);
    assert_eq!(
        default,
        j!([{"entity": {"user": null}, "values": {"producer_byte_rate": 2097152}}])
    );
    let table = ok(mskctl(&b), &["quota", "list"]);
    assert!(
        table.contains("<default>") && table.contains("2MiB/s (2097152)"),
        "{table}"
    );
}

#[test]
fn lowering_needs_yes_raising_does_not_and_delete_is_destructive() {
    let c = cluster();
    let b = c.bootstrap();
    ok(
        mskctl(&b),
        &[
            "quota",
            "set",
            "--user",
            "bob",
            "producer_byte_rate=10MB/s",
            "--yes",
        ],
    );
    // Raising: safe, no --yes needed.
    ok(
        mskctl(&b),
        &["quota", "set", "--user", "bob", "producer_byte_rate=20MB/s"],
    );
    assert_eq!(
        quotas_of(&c, &user(Some("bob")))["producer_byte_rate"],
        20e6
    );
    // Lowering without --yes and without a terminal: refused, nothing changed,
    // the cluster named.
    let (code, _, err) = run(
        mskctl(&b),
        &["quota", "set", "--user", "bob", "producer_byte_rate=1MB/s"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("risky") && err.contains("--yes"), "{err}");
    assert!(err.contains(&format!("bootstrap servers {b}")), "{err}");
    assert_eq!(
        quotas_of(&c, &user(Some("bob")))["producer_byte_rate"],
        20e6
    );
    // A first limit where nothing applied is a lowering too.
    let (code, _, err) = run(
        mskctl(&b),
        &["quota", "set", "--user", "carol", "request_percentage=10%"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(c
        .client_quotas()
        .iter()
        .all(|(e, _)| *e != user(Some("carol"))));
    // Delete: destructive.
    let (code, _, err) = run(
        mskctl(&b),
        &["quota", "delete", "--user", "bob", "producer_byte_rate"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("destructive"), "{err}");
    ok(
        mskctl(&b),
        &[
            "quota",
            "delete",
            "--user",
            "bob",
            "producer_byte_rate",
            "--yes",
        ],
    );
    assert!(c.client_quotas().is_empty(), "{:?}", c.client_quotas());
    // Deleting what is not there changes nothing.
    let out = ok(
        mskctl(&b),
        &["quota", "delete", "--user", "bob", "producer_byte_rate"],
    );
    assert!(out.contains("nothing to do"), "{out}");
}

#[test]
fn bad_quota_input_is_a_usage_error_before_connecting() {
    // Nothing listens on port 1: a usage error must come first.
    for args in [
        vec!["quota", "set", "--user", "a", "producer_byte_rte=1MB/s"],
        vec!["quota", "set", "--user", "a", "producer_byte_rate=fast"],
        vec!["quota", "set", "--user", "a", "request_percentage=-1%"],
        vec!["quota", "set", "producer_byte_rate=1MB/s"],
        vec!["quota", "set", "--user", "", "producer_byte_rate=1MB/s"],
        vec![
            "quota",
            "set",
            "--user",
            "a\x1b[2J",
            "producer_byte_rate=1MB/s",
        ],
        vec![
            "quota",
            "set",
            "--user",
            "a",
            "--default-user",
            "producer_byte_rate=1",
        ],
        vec!["quota", "delete", "--user", "a", "nope"],
        vec![
            "user",
            "set",
            "a",
            "--mechanism",
            "SCRAM-SHA-512",
            "--password-env",
            "X",
            "--iterations",
            "4095",
        ],
        vec![
            "user",
            "set",
            "a",
            "--mechanism",
            "SCRAM-SHA-1",
            "--password-env",
            "X",
        ],
        vec!["user", "set", "a", "--mechanism", "SCRAM-SHA-512"],
    ] {
        let (code, _, err) = run(mskctl("127.0.0.1:1"), &args);
        assert_eq!(code, 2, "{args:?}: {err}");
    }
    let (_, _, err) = run(
        mskctl("127.0.0.1:1"),
        &["quota", "set", "--user", "a", "producer_byte_rte=1MB/s"],
    );
    assert!(err.contains("did you mean 'producer_byte_rate'"), "{err}");
}

const PASSWORD: &str = "n3w-Us3r-Pa55";

fn sasl_cluster() -> TestCluster {
    TestCluster::start(ClusterConfig {
        sasl_users: vec![("admin".into(), "admin-secret".into())],
        ..ClusterConfig::default()
    })
    .expect("test cluster starts")
}

/// `mskctl` logged in as `user` with SCRAM-SHA-512, the password in
/// MSKCTL_TEST_LOGIN_PW.
fn as_user(b: &str, user: &str, password: &str) -> assert_cmd::Command {
    let mut m = mskctl(b);
    m.env("MSKCTL_TEST_LOGIN_PW", password).args([
        "--security-protocol",
        "SASL_PLAINTEXT",
        "--sasl-mechanism",
        "SCRAM-SHA-512",
        "--sasl-username",
        user,
        "--sasl-password-env",
        "MSKCTL_TEST_LOGIN_PW",
    ]);
    m
}

#[test]
fn user_set_list_login_and_delete_without_the_password_ever_on_argv_or_output() {
    let c = sasl_cluster();
    let b = c.bootstrap();
    let mut set = as_user(&b, "admin", "admin-secret");
    set.env("NEW_USER_PW", PASSWORD);
    let args = [
        "-vvv",
        "user",
        "set",
        "payments-svc",
        "--mechanism",
        "SCRAM-SHA-512",
        "--password-env",
        "NEW_USER_PW",
        "--iterations",
        "8192",
    ];
    let (code, out, err) = run(set, &args);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(!args.contains(&PASSWORD));
    assert!(
        !out.contains(PASSWORD) && !err.contains(PASSWORD),
        "the password leaked:\n{out}\n{err}"
    );
    assert!(out.contains("SCRAM-SHA-512 credential set"), "{out}");
    assert!(c
        .scram_credentials()
        .contains(&("payments-svc".into(), "SCRAM-SHA-512".into(), 8192)));

    // The new user logs in with the password it was given, and only with it.
    ok(as_user(&b, "payments-svc", PASSWORD), &["topic", "list"]);
    let (code, _, err) = run(as_user(&b, "payments-svc", "wrong"), &["topic", "list"]);
    assert_eq!(code, 1, "{err}");
    assert!(c.logins().iter().any(|(_, u)| u == "payments-svc"));

    let listed = json(as_user(&b, "admin", "admin-secret"), &["user", "list"]);
    let users: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["user"].as_str().unwrap())
        .collect();
    assert_eq!(users, ["admin", "payments-svc"], "{listed}");
    assert_eq!(
        listed[1],
        j!({"user": "payments-svc", "mechanisms": [{"mechanism": "SCRAM-SHA-512", "iterations": 8192}]})
    );

    // Replacing a credential is risky: refused without --yes.
    let mut again = as_user(&b, "admin", "admin-secret");
    again.env("NEW_USER_PW", "other");
    let (code, _, err) = run(
        again,
        &[
            "user",
            "set",
            "payments-svc",
            "--mechanism",
            "SCRAM-SHA-512",
            "--password-env",
            "NEW_USER_PW",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("risky") && err.contains("--yes"), "{err}");
    ok(as_user(&b, "payments-svc", PASSWORD), &["topic", "list"]);

    // Delete: destructive; then the login fails.
    let (code, _, err) = run(
        as_user(&b, "admin", "admin-secret"),
        &["user", "delete", "payments-svc"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("destructive"), "{err}");
    ok(
        as_user(&b, "admin", "admin-secret"),
        &["user", "delete", "payments-svc", "--yes"],
    );
    assert!(c
        .scram_credentials()
        .iter()
        .all(|(u, _, _)| u != "payments-svc"));
    let (code, _, _) = run(as_user(&b, "payments-svc", PASSWORD), &["topic", "list"]);
    assert_eq!(code, 1);
    // Deleting again: nothing to delete, said so.
    let (code, _, err) = run(
        as_user(&b, "admin", "admin-secret"),
        &["user", "delete", "payments-svc", "--yes"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("no SCRAM credentials"), "{err}");
}

#[test]
fn password_file_is_read_bounded_and_never_shown() {
    let c = cluster();
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pw");
    std::fs::write(&file, format!("{PASSWORD}\n")).unwrap();
    let path = file.to_str().unwrap();
    let out = ok(
        mskctl(&b),
        &[
            "user",
            "set",
            "etl",
            "--mechanism",
            "scram-sha-256",
            "--password-file",
            path,
        ],
    );
    assert!(!out.contains(PASSWORD));
    assert!(c
        .scram_credentials()
        .contains(&("etl".into(), "SCRAM-SHA-256".into(), 4096)));
    let big = dir.path().join("big");
    std::fs::write(&big, vec![b'p'; 100 * 1024]).unwrap();
    let (code, out, err) = run(
        mskctl(&b),
        &[
            "user",
            "set",
            "etl2",
            "--mechanism",
            "SCRAM-SHA-256",
            "--password-file",
            big.to_str().unwrap(),
        ],
    );
    assert_ne!(code, 0);
    assert!(!out.contains("pppp") && !err.contains("pppp"), "{err}");
    // --mechanism on delete removes only that credential.
    ok(
        mskctl(&b),
        &[
            "user",
            "set",
            "etl",
            "--mechanism",
            "SCRAM-SHA-512",
            "--password-file",
            path,
        ],
    );
    ok(
        mskctl(&b),
        &[
            "user",
            "delete",
            "etl",
            "--mechanism",
            "SCRAM-SHA-256",
            "--yes",
        ],
    );
    assert_eq!(
        c.scram_credentials(),
        vec![("etl".to_string(), "SCRAM-SHA-512".to_string(), 4096)]
    );
}

#[test]
fn under_zookeeper_only_the_controller_alters_credentials_and_mskctl_finds_it() {
    // A ZooKeeper-mode release (the default, 3.6) with three brokers,
    // reached through broker 3 only: broker 1 is the controller and the
    // others answer AlterUserScramCredentials with NOT_CONTROLLER.
    let c = TestCluster::start(ClusterConfig {
        brokers: 3,
        ..ClusterConfig::default()
    })
    .expect("test cluster starts");
    assert_eq!(c.controller(), 1);
    let third = c.bootstrap().split(',').nth(2).unwrap().to_string();
    let mut set = mskctl(&third);
    set.env("NEW_USER_PW", PASSWORD);
    ok(
        set,
        &[
            "user",
            "set",
            "zk-user",
            "--mechanism",
            "SCRAM-SHA-256",
            "--password-env",
            "NEW_USER_PW",
        ],
    );
    assert!(c
        .scram_credentials()
        .contains(&("zk-user".into(), "SCRAM-SHA-256".into(), 4096)));
    let listed = json(mskctl(&third), &["user", "list"]);
    assert_eq!(listed[0]["user"], "zk-user", "{listed}");
}

#[test]
fn tansu_without_the_quota_apis_fails_clearly_and_exports_without_quotas() {
    let broker = support::tansu::Tansu::start();
    let b = broker.bootstrap();
    let (code, _, err) = run(mskctl(&b), &["quota", "list"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("does not support DescribeClientQuotas"),
        "{err}"
    );
    let exported = ok(mskctl(&b), &["export"]);
    assert!(!exported.contains("kind: Quota"), "{exported}");
}
