//! `mskctl partition throttle list|clear` against the test cluster
//! (crates/kafka-fake), which keeps broker and topic configs and runs
//! reassignments until told to complete them.

mod support;

use kafka_protocol::messages::ApiKey;
use serde_json::Value;
use support::cli::{json, mskctl, ok, run};
use support::cluster::{ClusterConfig, Fault, TestCluster};
use support::manifests::write;

const LEADER_RATE: &str = "leader.replication.throttled.rate";
const FOLLOWER_RATE: &str = "follower.replication.throttled.rate";
const LEADER_REPLICAS: &str = "leader.replication.throttled.replicas";
const FOLLOWER_REPLICAS: &str = "follower.replication.throttled.replicas";

fn cluster(brokers: usize) -> TestCluster {
    TestCluster::start(ClusterConfig {
        brokers,
        ..ClusterConfig::default()
    })
    .expect("test cluster starts")
}

fn broker_ids(v: &Value) -> Vec<i64> {
    v["brokers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["broker"].as_i64().unwrap())
        .collect()
}

fn topic_names(v: &Value) -> Vec<String> {
    v["topics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["topic"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn list_shows_the_throttles_of_a_reassignment_and_clear_needs_a_yes() {
    let c = cluster(4);
    c.create_topic_with_assignment("t", &[vec![1, 2], vec![2, 3]], &[]);
    c.create_topic_with_assignment("quiet", &[vec![1, 2]], &[]);
    c.set_partition_size("t", 0, 50_000_000);
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let plan = write(
        dir.path(),
        "p.json",
        r#"{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[4,2]}]}"#,
    );
    let rollback = dir.path().join("rb.json");
    ok(
        mskctl(&b),
        &[
            "partition",
            "reassign",
            "execute",
            "--plan",
            &plan,
            "--throttle",
            "1MB/s",
            "--rollback-out",
            rollback.to_str().unwrap(),
            "--yes",
        ],
    );

    let v = json(mskctl(&b), &["partition", "throttle", "list"]);
    assert_eq!(broker_ids(&v), vec![1, 2, 4], "{v}");
    assert_eq!(v["brokers"][0]["follower_rate"], "1000000", "{v}");
    assert_eq!(v["brokers"][0]["leader_rate"], "1000000", "{v}");
    assert_eq!(topic_names(&v), vec!["t"], "{v}");
    assert_eq!(v["topics"][0]["leader_replicas"], "0:1,0:2", "{v}");
    assert_eq!(v["topics"][0]["follower_replicas"], "0:4", "{v}");

    let table = ok(mskctl(&b), &["partition", "throttle", "list"]);
    assert!(
        table.contains("broker") && table.contains("1000000") && table.contains("0:4"),
        "{table}"
    );

    // Filters: brokers only, topics only.
    let v = json(
        mskctl(&b),
        &["partition", "throttle", "list", "--broker", "2,3"],
    );
    assert_eq!(broker_ids(&v), vec![2], "{v}");
    assert_eq!(topic_names(&v), Vec::<String>::new(), "{v}");
    let v = json(
        mskctl(&b),
        &["partition", "throttle", "list", "--topic", "^t$"],
    );
    assert_eq!(broker_ids(&v), Vec::<i64>::new(), "{v}");
    assert_eq!(topic_names(&v), vec!["t"], "{v}");
    let (code, _o, err) = run(
        mskctl(&b),
        &["partition", "throttle", "list", "--broker", "9"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no broker 9"), "{err}");

    // No terminal, no --yes: shown, warned about (still moving), refused.
    let (code, _o, err) = run(mskctl(&b), &["partition", "throttle", "clear"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Replication throttles to remove"), "{err}");
    assert!(
        err.contains("broker 4") && err.contains("topic 't'"),
        "{err}"
    );
    assert!(err.contains("in progress"), "{err}");
    assert!(err.contains("Refusing without --yes"), "{err}");
    assert_eq!(
        c.broker_configs(Some(4))
            .get(FOLLOWER_RATE)
            .map(String::as_str),
        Some("1000000")
    );
    assert!(c
        .topic("t")
        .unwrap()
        .configs
        .contains_key(FOLLOWER_REPLICAS));

    let (code, out, err) = run(mskctl(&b), &["partition", "throttle", "clear", "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("0:4"), "what was removed: {out}");
    assert!(err.contains("removed the replication throttles"), "{err}");
    for broker in [1, 2, 3, 4] {
        let cfg = c.broker_configs(Some(broker));
        assert!(
            !cfg.contains_key(LEADER_RATE) && !cfg.contains_key(FOLLOWER_RATE),
            "broker {broker}: {cfg:?}"
        );
    }
    let cfg = c.topic("t").unwrap().configs;
    assert!(
        !cfg.contains_key(LEADER_REPLICAS) && !cfg.contains_key(FOLLOWER_REPLICAS),
        "{cfg:?}"
    );

    let v = json(mskctl(&b), &["partition", "throttle", "list"]);
    assert_eq!(broker_ids(&v), Vec::<i64>::new(), "{v}");
    assert_eq!(topic_names(&v), Vec::<String>::new(), "{v}");
    let (code, _o, err) = run(mskctl(&b), &["partition", "throttle", "clear"]);
    assert_eq!(code, 0, "nothing to clear needs no yes: {err}");
    assert!(err.contains("nothing to clear"), "{err}");
}

#[test]
fn clear_with_a_scope_removes_only_that() {
    let c = cluster(3);
    c.create_topic(
        "orders",
        2,
        2,
        &[(LEADER_REPLICAS, "*"), (FOLLOWER_REPLICAS, "*")],
    );
    c.create_topic("payments", 1, 2, &[(FOLLOWER_REPLICAS, "0:3")]);
    c.set_broker_config(Some(1), LEADER_RATE, Some("5000000"));
    c.set_broker_config(Some(2), FOLLOWER_RATE, Some("7000000"));
    let b = c.bootstrap();

    let v = json(mskctl(&b), &["partition", "throttle", "list"]);
    assert_eq!(broker_ids(&v), vec![1, 2], "{v}");
    assert!(v["brokers"][0]["follower_rate"].is_null(), "{v}");
    assert_eq!(topic_names(&v), vec!["orders", "payments"], "{v}");

    ok(
        mskctl(&b),
        &["partition", "throttle", "clear", "--broker", "1", "--yes"],
    );
    assert!(!c.broker_configs(Some(1)).contains_key(LEADER_RATE));
    assert_eq!(
        c.broker_configs(Some(2))
            .get(FOLLOWER_RATE)
            .map(String::as_str),
        Some("7000000")
    );
    assert!(c
        .topic("orders")
        .unwrap()
        .configs
        .contains_key(LEADER_REPLICAS));

    ok(
        mskctl(&b),
        &[
            "partition",
            "throttle",
            "clear",
            "--topic",
            "^orders$",
            "--yes",
        ],
    );
    let cfg = c.topic("orders").unwrap().configs;
    assert!(
        !cfg.contains_key(LEADER_REPLICAS) && !cfg.contains_key(FOLLOWER_REPLICAS),
        "{cfg:?}"
    );
    assert!(c
        .topic("payments")
        .unwrap()
        .configs
        .contains_key(FOLLOWER_REPLICAS));
    assert!(c.broker_configs(Some(2)).contains_key(FOLLOWER_RATE));
}

#[test]
fn a_throttle_that_cannot_be_removed_is_named_and_not_reported_removed() {
    let c = cluster(3);
    c.create_topic("orders", 1, 2, &[(FOLLOWER_REPLICAS, "*")]);
    c.set_broker_config(Some(1), FOLLOWER_RATE, Some("5000000"));
    let b = c.bootstrap();
    // The first IncrementalAlterConfigs carries the topics; it is refused.
    c.inject(Fault::Error {
        api: ApiKey::IncrementalAlterConfigs,
        code: 29, // TOPIC_AUTHORIZATION_FAILED
        times: 1,
    });
    let (code, out, err) = run(
        mskctl(&b),
        &["partition", "throttle", "clear", "--yes", "-o", "json"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("not done") && err.contains("topic 'orders'"),
        "{err}"
    );
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(broker_ids(&v), vec![1], "{v}");
    assert_eq!(topic_names(&v), Vec::<String>::new(), "{v}");
    assert!(c
        .topic("orders")
        .unwrap()
        .configs
        .contains_key(FOLLOWER_REPLICAS));
    assert!(!c.broker_configs(Some(1)).contains_key(FOLLOWER_RATE));
}
