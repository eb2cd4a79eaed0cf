//! Reassignment across Kafka releases, against the test cluster
//! impersonating each release (its API version ranges, ZooKeeper or KRaft):
//! AlterPartitionReassignments is v0 up to 4.0 and v1 (with
//! AllowReplicationFactorChange) from 4.1. Also Kafka's tool habits: a
//! partition is done only once no longer listed as reassigning, throttles are
//! removed only when nothing moves cluster-wide, cancel is scoped to a plan,
//! and execute does not start beside other reassignments unless told to.

mod support;

use std::path::Path;

use kafka_protocol::messages::ApiKey;
use support::cli::{mskctl, ok, run};
use support::cluster::{ClusterConfig, Fault, TestCluster};

const RELEASES: &[&str] = &["3.6.0", "3.9.0", "4.0.0", "4.1.0"];

const LEADER_LIST: &str = "leader.replication.throttled.replicas";
const FOLLOWER_LIST: &str = "follower.replication.throttled.replicas";
const FOLLOWER_RATE: &str = "follower.replication.throttled.rate";
const LEADER_RATE: &str = "leader.replication.throttled.rate";

fn cluster_as(version: &str, brokers: usize) -> TestCluster {
    TestCluster::start(ClusterConfig {
        brokers,
        kafka_version: version.to_string(),
        ..ClusterConfig::default()
    })
    .expect("test cluster starts")
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

fn plan_of(entries: &[(&str, i32, &[i32])]) -> String {
    let parts: Vec<serde_json::Value> = entries
        .iter()
        .map(|(t, p, r)| serde_json::json!({"topic": t, "partition": p, "replicas": r}))
        .collect();
    serde_json::json!({"version": 1, "partitions": parts}).to_string()
}

fn execute(b: &str, plan: &str, dir: &Path, extra: &[&str]) -> (i32, String, String) {
    let rollback = dir.join(format!("rb-{}.json", std::process::id()));
    let mut args = vec![
        "partition",
        "reassign",
        "execute",
        "--plan",
        plan,
        "--rollback-out",
        rollback.to_str().unwrap(),
        "--yes",
    ];
    args.extend_from_slice(extra);
    run(mskctl(b), &args)
}

/// No throttle left anywhere: no broker rate, no topic list.
fn assert_no_throttles(c: &TestCluster, topics: &[&str], context: &str) {
    for broker in c.broker_ids() {
        let cfg = c.broker_configs(Some(broker));
        assert!(
            !cfg.contains_key(FOLLOWER_RATE) && !cfg.contains_key(LEADER_RATE),
            "{context}: broker {broker} still throttled: {cfg:?}"
        );
    }
    for t in topics {
        let cfg = c.topic(t).unwrap().configs;
        assert!(
            !cfg.contains_key(FOLLOWER_LIST) && !cfg.contains_key(LEADER_LIST),
            "{context}: topic {t} still throttled: {cfg:?}"
        );
    }
}

#[test]
fn execute_verify_cancel_work_on_every_release() {
    for release in RELEASES {
        let c = cluster_as(release, 4);
        c.create_topic_with_assignment("t", &[vec![1, 2], vec![2, 3]], &[]);
        // Never finishes on its own at 1 KB/s: every state below is stable.
        c.set_partition_size("t", 0, 10_000_000_000);
        let b = c.bootstrap();
        let dir = tempfile::tempdir().unwrap();
        let plan = write(dir.path(), "p.json", &plan_of(&[("t", 0, &[4, 2])]));

        let (code, _out, err) = execute(&b, &plan, dir.path(), &["--throttle", "1KB/s"]);
        assert_eq!(code, 0, "{release}: execute: {err}");
        let p = &c.topic("t").unwrap().partitions[0];
        assert_eq!(p.adding_replicas, vec![4], "{release}");

        let (code, out, err) = run(
            mskctl(&b),
            &["partition", "reassign", "verify", "--plan", &plan],
        );
        assert_eq!(code, 3, "{release}: still moving is exit 3: {out}{err}");
        assert!(out.contains("in progress"), "{release}: {out}");

        ok(
            mskctl(&b),
            &["partition", "reassign", "cancel", "--plan", &plan, "--yes"],
        );
        // Kafka's revert drops the adding replicas and keeps the order of
        // the rest: [4, 2, 1] becomes [2, 1].
        let p = &c.topic("t").unwrap().partitions[0];
        assert_eq!(p.replicas, vec![2, 1], "{release}");
        assert!(p.adding_replicas.is_empty(), "{release}");
        assert_no_throttles(&c, &["t"], release);

        // The reverted partition is reported as not applied, not as a
        // failure to wait for.
        let (code, out, err) = run(
            mskctl(&b),
            &["partition", "reassign", "verify", "--plan", &plan],
        );
        assert_eq!(code, 4, "{release}: {out}{err}");
        assert!(out.contains("not applied"), "{release}: {out}");
    }
}

#[test]
fn broker_drain_completes_on_every_release() {
    for release in RELEASES {
        let c = cluster_as(release, 4);
        c.create_topic_with_assignment("t", &[vec![1, 4], vec![4, 2], vec![3, 4]], &[]);
        let b = c.bootstrap();
        let dir = tempfile::tempdir().unwrap();
        let mut cmd = mskctl(&b);
        cmd.current_dir(dir.path());
        let out = ok(
            cmd,
            &[
                "broker",
                "drain",
                "4",
                "--throttle",
                "10MB/s",
                "--wait",
                "--yes",
            ],
        );
        assert!(out.contains("reassignment complete"), "{release}: {out}");
        for p in c.topic("t").unwrap().partitions {
            assert!(!p.replicas.contains(&4), "{release}: {p:?}");
            assert_eq!(p.replicas.len(), 2, "{release}: {p:?}");
        }
        assert_no_throttles(&c, &["t"], release);
    }
}

#[test]
fn replication_factor_change_uses_the_v1_field_only_where_it_exists() {
    for release in RELEASES {
        let c = cluster_as(release, 3);
        c.create_topic_with_assignment("t", &[vec![1, 2]], &[]);
        let b = c.bootstrap();
        let dir = tempfile::tempdir().unwrap();
        let plan = write(dir.path(), "p.json", &plan_of(&[("t", 0, &[1, 2, 3])]));
        // Refused on the client side on every release, before any request.
        let (code, _out, err) = execute(&b, &plan, dir.path(), &[]);
        assert_eq!(code, 1, "{release}: {err}");
        assert!(err.contains("replication"), "{release}: {err}");
        assert!(!c.topic("t").unwrap().partitions[0].replicas.contains(&3));

        let (code, _out, err) = execute(
            &b,
            &plan,
            dir.path(),
            &["--allow-replication-factor-change", "--wait"],
        );
        assert_eq!(code, 0, "{release}: {err}");
        assert_eq!(
            c.topic("t").unwrap().partitions[0].replicas,
            vec![1, 2, 3],
            "{release}"
        );
    }
}

#[test]
fn a_replication_factor_increase_is_in_progress_until_its_copy_finishes() {
    let c = cluster_as("3.6.0", 3);
    c.create_topic_with_assignment("t", &[vec![1, 2]], &[]);
    c.set_partition_size("t", 0, 10_000_000_000);
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let plan = write(dir.path(), "p.json", &plan_of(&[("t", 0, &[1, 2, 3])]));
    let (code, _out, err) = execute(
        &b,
        &plan,
        dir.path(),
        &["--allow-replication-factor-change", "--throttle", "1KB/s"],
    );
    assert_eq!(code, 0, "{err}");
    // Kafka lists target ++ removing = the target while broker 3 copies.
    let p = &c.topic("t").unwrap().partitions[0];
    assert_eq!(p.replicas, vec![1, 2, 3]);
    assert_eq!(p.adding_replicas, vec![3]);

    let (code, out, err) = run(
        mskctl(&b),
        &["partition", "reassign", "verify", "--plan", &plan],
    );
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains("in progress"), "{out}");
    assert!(
        c.topic("t").unwrap().configs.contains_key(FOLLOWER_LIST),
        "throttles stay while the copy runs"
    );

    c.complete_reassignments();
    let (code, out, err) = run(
        mskctl(&b),
        &["partition", "reassign", "verify", "--plan", &plan],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert_no_throttles(&c, &["t"], "after completion");
}

#[test]
fn execute_wait_returns_only_after_an_added_replica_caught_up() {
    let c = cluster_as("3.9.0", 3);
    c.create_topic_with_assignment("t", &[vec![1, 2]], &[]);
    // A few hundred milliseconds of copying at the throttle.
    c.set_partition_size("t", 0, 300_000);
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let plan = write(dir.path(), "p.json", &plan_of(&[("t", 0, &[1, 2, 3])]));
    let (code, out, err) = execute(
        &b,
        &plan,
        dir.path(),
        &[
            "--allow-replication-factor-change",
            "--throttle",
            "1MB/s",
            "--wait",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("reassignment complete"), "{out}");
    let p = &c.topic("t").unwrap().partitions[0];
    assert!(p.adding_replicas.is_empty(), "still copying: {p:?}");
    assert_eq!(c.reassignment_progress("t", 0), None);
    assert!(p.isr.contains(&3), "{p:?}");
}

/// Two moves on one topic: `slow` (t-0) runs, `quick` (t-1) is added.
fn two_moves(c: &TestCluster, dir: &Path) -> (String, String) {
    c.create_topic_with_assignment("t", &[vec![1, 2], vec![2, 3]], &[]);
    c.set_partition_size("t", 0, 10_000_000_000);
    let slow = write(dir, "slow.json", &plan_of(&[("t", 0, &[4, 2])]));
    let quick = write(dir, "quick.json", &plan_of(&[("t", 1, &[2, 4])]));
    (slow, quick)
}

#[test]
fn execute_refuses_to_start_beside_another_reassignment_without_additional() {
    let c = cluster_as("3.6.0", 4);
    let dir = tempfile::tempdir().unwrap();
    let (slow, quick) = two_moves(&c, dir.path());
    let b = c.bootstrap();
    let (code, _o, err) = execute(&b, &slow, dir.path(), &["--throttle", "1KB/s"]);
    assert_eq!(code, 0, "{err}");

    let (code, _o, err) = execute(&b, &quick, dir.path(), &["--throttle", "1KB/s"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("--additional"), "{err}");
    assert_eq!(c.topic("t").unwrap().partitions[1].replicas, vec![2, 3]);
    assert_eq!(
        c.topic("t")
            .unwrap()
            .configs
            .get(FOLLOWER_LIST)
            .map(String::as_str),
        Some("0:4"),
        "the running move's throttles are untouched"
    );
}

#[test]
fn additional_moves_merge_throttles_and_verify_keeps_them_while_others_run() {
    let c = cluster_as("4.0.0", 4);
    let dir = tempfile::tempdir().unwrap();
    let (slow, quick) = two_moves(&c, dir.path());
    let b = c.bootstrap();
    let (code, _o, err) = execute(&b, &slow, dir.path(), &["--throttle", "1KB/s"]);
    assert_eq!(code, 0, "{err}");

    let rollback = dir.path().join("quick-rb.json");
    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "partition",
            "reassign",
            "execute",
            "--plan",
            &quick,
            "--throttle",
            "1KB/s",
            "--additional",
            "--rollback-out",
            rollback.to_str().unwrap(),
            "--yes",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let rb: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&rollback).unwrap()).unwrap();
    assert_eq!(rb["partitions"][0]["replicas"], serde_json::json!([2, 3]));
    let cfg = c.topic("t").unwrap().configs;
    let follower: Vec<&str> = cfg[FOLLOWER_LIST].split(',').collect();
    assert!(
        follower.contains(&"0:4") && follower.contains(&"1:4"),
        "{follower:?}"
    );
    let leader: Vec<&str> = cfg[LEADER_LIST].split(',').collect();
    assert!(
        leader.contains(&"0:1") && leader.contains(&"1:3"),
        "{leader:?}"
    );

    // quick (t-1) is nearly empty and completes; slow keeps running.
    c.set_partition_size("t", 1, 0);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while c.topic("t").unwrap().partitions[1].replicas != vec![2, 4] {
        assert!(std::time::Instant::now() < deadline, "t-1 never completed");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let (code, out, err) = run(
        mskctl(&b),
        &["partition", "reassign", "verify", "--plan", &quick],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("left in place"), "{err}");
    assert!(c.topic("t").unwrap().configs.contains_key(FOLLOWER_LIST));
    assert!(c.broker_configs(Some(4)).contains_key(FOLLOWER_RATE));
    assert_eq!(c.topic("t").unwrap().partitions[0].adding_replicas, vec![4]);

    // --preserve-throttles keeps them even once nothing moves.
    c.complete_reassignments();
    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "partition",
            "reassign",
            "verify",
            "--plan",
            &slow,
            "--preserve-throttles",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(c.broker_configs(Some(4)).contains_key(FOLLOWER_RATE));
    let (code, _o, err) = run(
        mskctl(&b),
        &["partition", "reassign", "verify", "--plan", &slow],
    );
    assert_eq!(code, 0, "{err}");
    assert_no_throttles(&c, &["t"], "nothing moving");
}

#[test]
fn cancel_touches_only_the_plan_and_all_needs_confirmation() {
    let c = cluster_as("4.1.0", 4);
    let dir = tempfile::tempdir().unwrap();
    let (slow, quick) = two_moves(&c, dir.path());
    c.set_partition_size("t", 1, 10_000_000_000);
    let b = c.bootstrap();
    assert_eq!(
        execute(&b, &slow, dir.path(), &["--throttle", "1KB/s"]).0,
        0
    );
    let (code, _o, err) = execute(
        &b,
        &quick,
        dir.path(),
        &["--throttle", "1KB/s", "--additional"],
    );
    assert_eq!(code, 0, "{err}");

    let (code, _o, err) = run(
        mskctl(&b),
        &["partition", "reassign", "cancel", "--plan", &slow],
    );
    assert_eq!(code, 1, "no terminal, no --yes: {err}");
    let (code, _o, err) = run(mskctl(&b), &["partition", "reassign", "cancel"]);
    assert_eq!(code, 2, "--plan or --all: {err}");

    ok(
        mskctl(&b),
        &["partition", "reassign", "cancel", "--plan", &slow, "--yes"],
    );
    let t = c.topic("t").unwrap();
    assert_eq!(t.partitions[0].replicas, vec![2, 1], "slow cancelled");
    assert_eq!(t.partitions[1].adding_replicas, vec![4], "quick untouched");
    assert!(
        c.broker_configs(Some(4)).contains_key(FOLLOWER_RATE),
        "throttles kept while quick runs"
    );

    let (code, _o, err) = run(mskctl(&b), &["partition", "reassign", "cancel", "--all"]);
    assert_eq!(code, 1, "--all asks too: {err}");
    ok(
        mskctl(&b),
        &["partition", "reassign", "cancel", "--all", "--yes"],
    );
    assert_eq!(c.topic("t").unwrap().partitions[1].replicas, vec![2, 3]);
    assert_no_throttles(&c, &["t"], "after cancelling everything");
}

#[test]
fn a_refused_submission_removes_the_throttles_it_set() {
    let c = cluster_as("3.6.0", 4);
    c.create_topic_with_assignment("t", &[vec![1, 2]], &[]);
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let plan = write(dir.path(), "p.json", &plan_of(&[("t", 0, &[4, 2])]));
    // A cluster-wide default rate set by the operator must survive.
    c.set_broker_config(None, FOLLOWER_RATE, Some("777"));
    c.inject(Fault::Error {
        api: ApiKey::AlterPartitionReassignments,
        code: 29, // CLUSTER_AUTHORIZATION_FAILED
        times: 1,
    });
    let (code, _o, err) = execute(&b, &plan, dir.path(), &["--throttle", "1MB/s"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("throttles it set were removed"), "{err}");
    assert_eq!(c.topic("t").unwrap().partitions[0].replicas, vec![1, 2]);
    for broker in c.broker_ids() {
        let cfg = c.broker_configs(Some(broker));
        assert!(
            !cfg.contains_key(FOLLOWER_RATE) && !cfg.contains_key(LEADER_RATE),
            "broker {broker}: {cfg:?}"
        );
    }
    let cfg = c.topic("t").unwrap().configs;
    assert!(!cfg.contains_key(FOLLOWER_LIST) && !cfg.contains_key(LEADER_LIST));
    assert_eq!(
        c.broker_configs(None)
            .get(FOLLOWER_RATE)
            .map(String::as_str),
        Some("777")
    );
}

#[test]
fn broker_list_names_the_controller_only_under_zookeeper() {
    let zk = cluster_as("3.9.0", 3);
    let out = ok(mskctl(&zk.bootstrap()), &["broker", "list", "-o", "json"]);
    let brokers: serde_json::Value = serde_json::from_str(&out).unwrap();
    let marked: Vec<i64> = brokers
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["controller"] == true)
        .map(|b| b["id"].as_i64().unwrap())
        .collect();
    assert_eq!(marked, vec![i64::from(zk.controller())]);

    // KRaft brokers name a random broker; none may be presented as the
    // controller.
    let kraft = cluster_as("4.0.0", 3);
    for _ in 0..5 {
        let (code, out, err) = run(
            mskctl(&kraft.bootstrap()),
            &["broker", "list", "-o", "json"],
        );
        assert_eq!(code, 0, "{err}");
        let brokers: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(brokers.as_array().unwrap().len(), 3);
        assert!(
            brokers
                .as_array()
                .unwrap()
                .iter()
                .all(|b| b["controller"] == false),
            "{out}"
        );
        assert!(err.contains("KRaft"), "{err}");
    }
}
