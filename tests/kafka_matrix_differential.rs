//! The test cluster against the real thing: for every release of the matrix
//! (tests/support/kafka.rs), the test cluster impersonating that release and
//! a real Apache Kafka cluster of it must advertise the same API version
//! ranges and answer the same mskctl scenarios the same way. The test
//! cluster is where faults and scale are tested; this keeps it honest.

mod support;

use std::collections::BTreeMap;

use serde_json::Value;
use support::cli::{json, mskctl, ok, run};
use support::cluster::{ClusterConfig, TestCluster};
use support::kafka::{each_release, unique, KafkaCluster, BROKERS};
use support::tansu::api_versions_at;

fn impersonating(k: &KafkaCluster) -> TestCluster {
    TestCluster::start(ClusterConfig {
        brokers: BROKERS,
        racks: vec!["a".into(), "b".into(), "c".into()],
        kafka_version: k.version.clone(),
        kraft: Some(true),
        ..ClusterConfig::default()
    })
    .unwrap_or_else(|e| panic!("test cluster as {}: {e}", k.version))
}

fn first(bootstrap: &str) -> String {
    bootstrap.split(',').next().unwrap_or_default().to_string()
}

fn ranges(addr: &str) -> BTreeMap<i16, (i16, i16)> {
    api_versions_at(addr)
        .unwrap_or_else(|e| panic!("ApiVersions at {addr}: {e}"))
        .api_keys
        .iter()
        .map(|k| (k.api_key, (k.min_version, k.max_version)))
        .collect()
}

#[test]
fn every_api_the_test_cluster_offers_has_the_real_release_range() {
    each_release(|k| {
        let c = impersonating(k);
        let real = ranges(&first(&k.bootstrap));
        let fake = ranges(&first(&c.bootstrap()));
        let wrong: Vec<String> = fake
            .iter()
            .filter(|(api, range)| real.get(api) != Some(range))
            .map(|(api, range)| {
                format!(
                    "API {api}: test cluster {range:?}, Kafka {:?}",
                    real.get(api)
                )
            })
            .collect();
        assert!(
            wrong.is_empty(),
            "Kafka {}:\n{}",
            k.version,
            wrong.join("\n")
        );
    });
}

/// The Kafka error name mskctl quotes at the end of a broker error, e.g.
/// `(TOPIC_ALREADY_EXISTS)`, or the exit code alone.
fn outcome(code: i32, err: &str) -> String {
    let name = err
        .lines()
        .rev()
        .find_map(|l| {
            let l = l.trim_end();
            let open = l.rfind('(')?;
            let inner = l[open + 1..].strip_suffix(')')?;
            inner
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '_')
                .then(|| inner.to_string())
        })
        .unwrap_or_default();
    format!("exit {code} {name}")
}

/// One scenario of topic, config, partition, offset and reassignment work,
/// as observations that must not depend on which cluster ran it.
fn scenario(b: &str, t: &str) -> Vec<(String, Value)> {
    let mut seen: Vec<(String, Value)> = Vec::new();
    let mut step = |name: &str, args: &[&str]| {
        let (code, _out, err) = run(mskctl(b), args);
        seen.push((name.to_string(), Value::from(outcome(code, &err))));
    };
    let create = [
        "topic",
        "create",
        t,
        "--partitions",
        "3",
        "--replication-factor",
        "3",
        "--config",
        "retention.ms=86400000",
        "--config",
        "cleanup.policy=delete",
    ];
    step("create", &create);
    step("create again", &create);
    let wide = format!("{t}-wide");
    step(
        "create with RF above the brokers",
        &[
            "topic",
            "create",
            &wide,
            "--partitions",
            "1",
            "--replication-factor",
            "4",
        ],
    );
    let bad = format!("{t}-bad");
    step(
        "create with an invalid config value",
        &[
            "topic",
            "create",
            &bad,
            "--partitions",
            "1",
            "--replication-factor",
            "1",
            "--config",
            "min.insync.replicas=5",
            "--validate-only",
        ],
    );
    step(
        "raise retention",
        &["topic", "config", "set", t, "retention.ms=172800000"],
    );
    step(
        "remove a key",
        &["topic", "config", "delete", t, "cleanup.policy", "--yes"],
    );
    step(
        "shrink partitions",
        &["topic", "alter", t, "--partitions", "2", "--yes"],
    );
    step(
        "grow partitions",
        &["topic", "alter", t, "--partitions", "4", "--yes"],
    );
    step(
        "describe a missing topic",
        &["topic", "describe", &format!("{t}-missing")],
    );

    let mut seen = seen;
    let d = json(mskctl(b), &["topic", "describe", t]);
    let partitions = d["partitions"].as_array().cloned().unwrap_or_default();
    seen.push(("partitions".into(), Value::from(partitions.len())));
    seen.push((
        "replicas per partition".into(),
        Value::from(
            partitions
                .iter()
                .map(|p| p["replicas"].as_array().map_or(0, Vec::len))
                .collect::<Vec<_>>(),
        ),
    ));
    seen.push(("explicit configs".into(), d["configs"].clone()));
    let dynamic: Vec<Value> = json(mskctl(b), &["topic", "config", "get", t])
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|e| serde_json::json!([e["name"], e["value"], e["source"]]))
        .collect();
    seen.push(("config get".into(), Value::from(dynamic)));

    // Offsets for a group that does not exist yet, then read back.
    let g = format!("{t}-group");
    ok(
        mskctl(b),
        &[
            "group",
            "reset-offsets",
            &g,
            "--topic",
            t,
            "--to-earliest",
            "--execute",
        ],
    );
    let described = json(mskctl(b), &["group", "describe", &g]);
    let mut offsets: Vec<String> = described["partitions"]
        .as_array()
        .or_else(|| described["offsets"].as_array())
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|p| {
            format!(
                "{}/{}={}",
                p["topic"], p["partition"], p["committed_offset"]
            )
        })
        .collect();
    offsets.sort();
    assert_eq!(offsets.len(), partitions.len(), "{described}");
    seen.push(("committed offsets".into(), Value::from(offsets)));
    seen.push((
        "group".into(),
        serde_json::json!([described["group_type"], described["state"]]),
    ));

    // A reassignment of partition 0 onto the reverse order of its replicas
    // (a leader change), executed and verified.
    let mut replicas: Vec<i64> = partitions[0]["replicas"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default();
    replicas.reverse();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let plan = dir.path().join("plan.json");
    let body = serde_json::json!({
        "version": 1,
        "partitions": [{"topic": t, "partition": 0, "replicas": replicas}]
    });
    std::fs::write(&plan, body.to_string()).unwrap_or_else(|e| panic!("plan: {e}"));
    let plan = plan.to_string_lossy().to_string();
    let rollback = dir
        .path()
        .join("rollback.json")
        .to_string_lossy()
        .to_string();
    let (code, _out, err) = run(
        mskctl(b),
        &[
            "partition",
            "reassign",
            "execute",
            "--plan",
            &plan,
            "--yes",
            "--wait",
            "--rollback-out",
            &rollback,
        ],
    );
    seen.push((
        "reassign execute --wait".into(),
        Value::from(outcome(code, &err)),
    ));
    let (code, _out, err) = run(
        mskctl(b),
        &["partition", "reassign", "verify", "--plan", &plan],
    );
    seen.push(("reassign verify".into(), Value::from(outcome(code, &err))));
    let after = json(mskctl(b), &["topic", "describe", t]);
    seen.push((
        "replicas after".into(),
        Value::from(after["partitions"][0]["replicas"] == Value::from(replicas.clone())),
    ));
    seen
}

#[test]
fn the_same_scenario_gets_the_same_answers_from_both() {
    each_release(|k| {
        let c = impersonating(k);
        let t = unique("diff");
        let real = scenario(&k.bootstrap, &t);
        // The scenario must exercise what it names on the real cluster,
        // or agreeing would prove nothing.
        let at = |name: &str| real.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
        assert_eq!(at("create"), Some(Value::from("exit 0 ")), "{real:?}");
        assert_eq!(
            at("create again"),
            Some(Value::from("exit 1 TOPIC_ALREADY_EXISTS"))
        );
        assert_eq!(
            at("shrink partitions"),
            Some(Value::from("exit 1 ")),
            "{real:?}"
        );
        assert_eq!(
            at("reassign execute --wait"),
            Some(Value::from("exit 0 ")),
            "{real:?}"
        );
        assert_eq!(at("replicas after"), Some(Value::from(true)), "{real:?}");
        let fake = scenario(&c.bootstrap(), &t);
        let differ: Vec<String> = real
            .iter()
            .zip(&fake)
            .filter(|(r, f)| r != f)
            .map(|(r, f)| format!("{}: Kafka {} / test cluster {}", r.0, r.1, f.1))
            .collect();
        assert!(
            differ.is_empty(),
            "Kafka {}:\n{}",
            k.version,
            differ.join("\n")
        );
    });
}
