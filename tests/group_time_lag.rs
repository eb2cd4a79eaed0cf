//! Time lag: `group lag` and `group describe` report the age of the oldest
//! unconsumed record, read with one Fetch per partition leader, and
//! `--max-time-lag` fails the check (exit 4). Against the protocol-level
//! test cluster, whose logs keep each record's timestamp and answer Fetch
//! with record batches as Kafka does.

mod support;

use std::collections::BTreeMap;
use std::time::{SystemTime, UNIX_EPOCH};

use kafka_protocol::messages::ApiKey;
use serde_json::Value;
use support::cli::{json, mskctl, run};
use support::cluster::{ClusterConfig, TestCluster};

fn cluster() -> TestCluster {
    TestCluster::start(ClusterConfig {
        brokers: 3,
        ..ClusterConfig::default()
    })
    .expect("test cluster starts")
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

fn by_group(report: &Value) -> BTreeMap<String, Value> {
    report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["group_id"].as_str().unwrap().to_string(), g.clone()))
        .collect()
}

/// Records one second apart, the first `age_s` seconds ago.
fn append_aged(c: &TestCluster, topic: &str, partition: i32, count: i64, age_s: i64) -> i64 {
    let first = now_ms() - age_s * 1000;
    c.append_records(topic, partition, count, first, 1000);
    first
}

/// Asserts `ms` is the age of a record stamped `ts`, allowing for the
/// time the test itself takes.
fn assert_age(ms: &Value, ts: i64, what: &str) {
    let ms = ms
        .as_i64()
        .unwrap_or_else(|| panic!("{what}: no time lag: {ms}"));
    let expected = now_ms() - ts;
    assert!(
        ms <= expected && ms > expected - 120_000,
        "{what}: time lag {ms} ms, record is {expected} ms old"
    );
}

#[test]
fn lag_reports_the_age_of_the_record_at_the_committed_offset() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("orders", 2, 1, &[]);
    let first = append_aged(&c, "orders", 0, 100, 600);
    append_aged(&c, "orders", 1, 100, 600);
    // Offset 30 is inside a stored batch (0..50): its own timestamp counts.
    c.commit_offset("billing", "orders", 0, 30);
    c.commit_offset("billing", "orders", 1, 100);
    c.commit_offset("idle", "orders", 0, 100);
    c.commit_offset("idle", "orders", 1, 100);

    let r = json(mskctl(&b), &["group", "lag"]);
    let groups = by_group(&r);
    assert_age(&groups["billing"]["time_lag_ms"], first + 30_000, "billing");
    assert_eq!(groups["idle"]["time_lag_ms"], Value::Null, "caught up");
    assert_eq!(groups["billing"]["over_max_time_lag"], false);
    assert_eq!(r["max_time_lag_ms"], Value::Null);

    let d = json(mskctl(&b), &["group", "describe", "billing"]);
    let parts = d["partitions"].as_array().unwrap();
    assert_age(&parts[0]["time_lag_ms"], first + 30_000, "orders-0");
    assert_eq!(parts[1]["time_lag_ms"], Value::Null, "{d}");
}

#[test]
fn one_fetch_per_leader_covers_all_lagging_partitions() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("events", 12, 1, &[]);
    let mut firsts = Vec::new();
    for p in 0..12 {
        firsts.push(append_aged(&c, "events", p, 200, 3600));
    }
    // Ten groups over the twelve partitions, each partition at one offset.
    for p in 0..12 {
        c.commit_offset(&format!("svc-{}", p % 10), "events", p, 120);
    }
    let leaders: std::collections::BTreeSet<i32> = c
        .topic("events")
        .unwrap()
        .partitions
        .iter()
        .map(|p| p.leader)
        .collect();
    let before = c.request_count(ApiKey::Fetch);
    let r = json(mskctl(&b), &["group", "lag"]);
    assert_eq!(
        c.request_count(ApiKey::Fetch) - before,
        leaders.len(),
        "one Fetch per leader, not per partition"
    );
    let groups = by_group(&r);
    assert_eq!(groups.len(), 10);
    for g in groups.values() {
        assert_age(&g["time_lag_ms"], firsts[0] + 120_000, "every group");
    }
}

#[test]
fn max_time_lag_fails_the_check_alone_or_with_threshold() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("orders", 1, 1, &[]);
    append_aged(&c, "orders", 0, 100, 600);
    c.commit_offset("billing", "orders", 0, 0);
    c.commit_offset("fresh", "orders", 0, 100);

    let lag = |args: &[&str]| {
        let mut all = vec!["group", "lag"];
        all.extend_from_slice(args);
        run(mskctl(&b), &all)
    };
    let (code, out, err) = lag(&["--max-time-lag", "5m"]);
    assert_eq!(code, 4, "{out}\n{err}");
    assert!(
        err.contains("1 of 2 group(s) have records waiting longer than 5m: billing"),
        "{err}"
    );
    assert!(out.contains("(over)"), "{out}");
    let (code, out, err) = lag(&["--max-time-lag", "1h"]);
    assert_eq!(code, 0, "{out}\n{err}");

    // Combined: either check failing fails the run.
    let (code, _o, err) = lag(&["--threshold", "1000", "--max-time-lag", "5m"]);
    assert_eq!(code, 4, "{err}");
    let (code, _o, err) = lag(&["--threshold", "10", "--max-time-lag", "1h"]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("total lag over 10"), "{err}");
    let (code, out, err) = lag(&["--threshold", "1000", "--max-time-lag", "1h", "-o", "json"]);
    assert_eq!(code, 0, "{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["max_time_lag_ms"], 3_600_000);

    // A group caught up is never too old.
    let (code, _o, err) = lag(&["fresh", "--max-time-lag", "1ms"]);
    assert_eq!(code, 0, "{err}");

    let (code, _o, err) = lag(&["--max-time-lag", "soon"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn an_offset_below_the_log_start_leaves_the_time_lag_unknown() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("orders", 1, 1, &[]);
    append_aged(&c, "orders", 0, 100, 600);
    c.commit_offset("billing", "orders", 0, 10);
    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "--yes",
            "retention",
            "purge",
            "orders",
            "--partition",
            "0",
            "--before-offset",
            "50",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let r = json(mskctl(&b), &["group", "lag", "billing"]);
    let g = &r["groups"][0];
    assert_eq!(g["total_lag"], 90);
    assert_eq!(g["time_lag_ms"], Value::Null, "{r}");
}
