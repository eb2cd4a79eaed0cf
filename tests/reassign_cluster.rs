//! Partition reassignment and leader election against the test cluster
//! (crates/kafka-fake): no available real broker implements
//! AlterPartitionReassignments, ListPartitionReassignments, ElectLeaders or
//! DescribeLogDirs. The cluster copies replicas over time at the throttled
//! rate, then drops the old ones, as Kafka does.

mod support;

use std::path::Path;

use kafka_protocol::messages::ApiKey;
use support::cli::{mskctl, ok, run};
use support::cluster::{ClusterConfig, TestCluster};

fn cluster(brokers: usize) -> TestCluster {
    TestCluster::start(ClusterConfig {
        brokers,
        racks: vec!["az1".into(), "az2".into(), "az3".into()],
        ..ClusterConfig::default()
    })
    .expect("test cluster starts")
}

/// Topics on brokers 1..=3 only, as if brokers 4..=6 had just been added.
fn crowded(c: &TestCluster) {
    let assignment: Vec<Vec<i32>> = (0..12).map(|p| vec![1 + p % 3, 1 + (p + 1) % 3]).collect();
    c.create_topic_with_assignment("orders", &assignment, &[]);
    let assignment: Vec<Vec<i32>> = (0..6).map(|p| vec![1 + (p + 2) % 3, 1 + p % 3]).collect();
    c.create_topic_with_assignment("payments", &assignment, &[]);
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

fn replicas_on(c: &TestCluster, broker: i32) -> usize {
    c.topic_names()
        .iter()
        .filter_map(|t| c.topic(t))
        .flat_map(|t| t.partitions)
        .filter(|p| p.replicas.contains(&broker))
        .count()
}

#[test]
fn plan_spreads_onto_new_brokers_and_execute_wait_completes_and_cleans_up() {
    let c = cluster(6);
    crowded(&c);
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();

    let json_plan = ok(
        mskctl(&b),
        &["partition", "reassign", "plan", "live", "-o", "json"],
    );
    let plan: serde_json::Value = serde_json::from_str(&json_plan).unwrap();
    assert_eq!(plan["version"], 1);
    assert!(!plan["partitions"].as_array().unwrap().is_empty(), "{plan}");
    let plan_file = write(dir.path(), "plan.json", &json_plan);

    let table = ok(mskctl(&b), &["partition", "reassign", "plan"]);
    assert!(
        table.contains("REPLICA MOVES") && table.contains("LOWER BOUND"),
        "{table}"
    );

    let rollback = dir.path().join("rollback.json");
    let out = ok(
        mskctl(&b),
        &[
            "partition",
            "reassign",
            "execute",
            "--plan",
            &plan_file,
            "--throttle",
            "50MB/s",
            "--rollback-out",
            rollback.to_str().unwrap(),
            "--wait",
            "--yes",
        ],
    );
    assert!(out.contains("reassignment complete"), "{out}");

    // The rollback plan holds the original assignment of every moved partition.
    let rb: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&rollback).unwrap()).unwrap();
    let moved = plan["partitions"].as_array().unwrap();
    assert_eq!(rb["partitions"].as_array().unwrap().len(), moved.len());
    for e in rb["partitions"].as_array().unwrap() {
        assert!(
            e["replicas"]
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r.as_i64().unwrap() <= 3),
            "{e}"
        );
    }

    // Every broker now holds replicas, and the live assignment is the plan.
    for broker in 1..=6 {
        assert!(
            replicas_on(&c, broker) >= 5,
            "broker {broker}: {}",
            replicas_on(&c, broker)
        );
    }
    for e in moved {
        let t = c.topic(e["topic"].as_str().unwrap()).unwrap();
        let p = &t.partitions[e["partition"].as_i64().unwrap() as usize];
        let want: Vec<i32> = e["replicas"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_i64().unwrap() as i32)
            .collect();
        assert_eq!(p.replicas, want);
    }
    // Throttles set for the move are gone.
    for broker in 1..=6 {
        let cfg = c.broker_configs(Some(broker));
        assert!(
            !cfg.contains_key("leader.replication.throttled.rate"),
            "{broker}: {cfg:?}"
        );
        assert!(
            !cfg.contains_key("follower.replication.throttled.rate"),
            "{broker}: {cfg:?}"
        );
    }
    for t in ["orders", "payments"] {
        let cfg = c.topic(t).unwrap().configs;
        assert!(
            !cfg.contains_key("leader.replication.throttled.replicas"),
            "{cfg:?}"
        );
        assert!(
            !cfg.contains_key("follower.replication.throttled.replicas"),
            "{cfg:?}"
        );
    }

    // Balanced now: planning again moves nothing.
    let again: serde_json::Value = serde_json::from_str(&ok(
        mskctl(&b),
        &["partition", "reassign", "plan", "-o", "json"],
    ))
    .unwrap();
    assert!(
        again["partitions"].as_array().unwrap().is_empty(),
        "{again}"
    );
}

#[test]
fn throttles_cover_exactly_the_moving_replicas_until_verify_removes_them() {
    let c = cluster(4);
    c.create_topic_with_assignment("t", &[vec![1, 2], vec![2, 3]], &[]);
    c.set_partition_size("t", 0, 50_000_000);
    c.set_partition_size("t", 1, 50_000_000);
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
    let cfg = c.topic("t").unwrap().configs;
    assert_eq!(
        cfg.get("leader.replication.throttled.replicas")
            .map(String::as_str),
        Some("0:1,0:2")
    );
    assert_eq!(
        cfg.get("follower.replication.throttled.replicas")
            .map(String::as_str),
        Some("0:4")
    );
    for broker in [1, 2, 4] {
        assert_eq!(
            c.broker_configs(Some(broker))
                .get("follower.replication.throttled.rate")
                .map(String::as_str),
            Some("1000000"),
            "broker {broker}"
        );
    }
    assert!(!c
        .broker_configs(Some(3))
        .contains_key("follower.replication.throttled.rate"));

    let status = ok(
        mskctl(&b),
        &["partition", "reassign", "status", "-o", "json"],
    );
    let status: serde_json::Value = serde_json::from_str(&status).unwrap();
    assert_eq!(status[0]["topic"], "t");
    assert_eq!(status[0]["adding"], serde_json::json!([4]));
    assert_eq!(status[0]["removing"], serde_json::json!([1]));

    let (code, out, err) = run(
        mskctl(&b),
        &["partition", "reassign", "verify", "--plan", &plan],
    );
    assert_eq!(code, 3, "still moving is pending: {err}");
    assert!(out.contains("in progress"), "{out}");
    assert!(
        c.topic("t")
            .unwrap()
            .configs
            .contains_key("follower.replication.throttled.replicas"),
        "kept while in progress"
    );

    c.complete_reassignments();
    let (code, out, err) = run(
        mskctl(&b),
        &["partition", "reassign", "verify", "--plan", &plan],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("done") && err.contains("throttles removed"),
        "{out}{err}"
    );
    assert!(!c
        .topic("t")
        .unwrap()
        .configs
        .contains_key("follower.replication.throttled.replicas"));
    assert!(!c
        .broker_configs(Some(4))
        .contains_key("follower.replication.throttled.rate"));
    assert_eq!(c.topic("t").unwrap().partitions[0].replicas, vec![4, 2]);
}

#[test]
fn cancel_reverts_a_running_reassignment() {
    let c = cluster(4);
    c.create_topic_with_assignment("slow", &[vec![1, 2]], &[]);
    c.set_partition_size("slow", 0, 10_000_000_000);
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let plan = write(
        dir.path(),
        "p.json",
        r#"{"version":1,"partitions":[{"topic":"slow","partition":0,"replicas":[3,4]}]}"#,
    );
    let rb = dir.path().join("rb.json");
    ok(
        mskctl(&b),
        &[
            "partition",
            "reassign",
            "execute",
            "--plan",
            &plan,
            "--throttle",
            "1KB/s",
            "--rollback-out",
            rb.to_str().unwrap(),
            "--yes",
        ],
    );
    let (code, _o, err) = run(
        mskctl(&b),
        &["partition", "reassign", "cancel", "--plan", &plan],
    );
    assert_eq!(code, 1, "no terminal, no --yes: {err}");
    ok(
        mskctl(&b),
        &["partition", "reassign", "cancel", "--plan", &plan, "--yes"],
    );
    let p = &c.topic("slow").unwrap().partitions[0];
    assert_eq!(p.replicas, vec![1, 2]);
    let status = ok(
        mskctl(&b),
        &["partition", "reassign", "status", "-o", "json"],
    );
    assert_eq!(status.trim(), "[]");
}

#[test]
fn bad_plans_are_refused_before_any_request_listing_every_problem() {
    let c = cluster(3);
    c.create_topic_with_assignment("t", &[vec![1, 2], vec![2, 3]], &[]);
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let plan = write(
        dir.path(),
        "bad.json",
        r#"{"version":1,"partitions":[
            {"topic":"ghost","partition":0,"replicas":[1,2]},
            {"topic":"t","partition":7,"replicas":[1,2]},
            {"topic":"t","partition":0,"replicas":[1,9]},
            {"topic":"t","partition":1,"replicas":[3,3]},
            {"topic":"t","partition":1,"replicas":[1,2,3]}
        ]}"#,
    );
    let (code, _o, err) = run(
        mskctl(&b),
        &["partition", "reassign", "execute", "--plan", &plan, "--yes"],
    );
    assert_eq!(code, 1, "{err}");
    for needle in ["ghost", "partition 7", "9", "duplicate"] {
        assert!(err.contains(needle), "missing {needle:?} in: {err}");
    }
    assert_eq!(c.request_count(ApiKey::AlterPartitionReassignments), 0);

    let broken = write(
        dir.path(),
        "broken.json",
        "{\n  \"version\": 1,\n  \"partitions\": [\n    {\"topic\": }\n  ]\n}",
    );
    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "partition",
            "reassign",
            "execute",
            "--plan",
            &broken,
            "--yes",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("broken.json:4:"), "{err}");
}

#[test]
fn kafka_tool_plans_with_log_dirs_are_accepted() {
    let c = cluster(3);
    c.create_topic_with_assignment("t", &[vec![1, 2]], &[]);
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let plan = write(
        dir.path(),
        "kafka.json",
        r#"{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[3,2],"log_dirs":["any","any"]}]}"#,
    );
    let rb = dir.path().join("rb.json");
    ok(
        mskctl(&b),
        &[
            "partition",
            "reassign",
            "execute",
            "--plan",
            &plan,
            "--rollback-out",
            rb.to_str().unwrap(),
            "--wait",
            "--yes",
        ],
    );
    assert_eq!(c.topic("t").unwrap().partitions[0].replicas, vec![3, 2]);
}

#[test]
fn preferred_election_restores_leaders_and_unclean_needs_confirmation() {
    let c = cluster(3);
    c.create_topic_with_assignment("t", &[vec![1, 2, 3], vec![2, 3, 1]], &[]);
    c.set_partition("t", 0, 2, vec![1, 2, 3]);
    let b = c.bootstrap();
    ok(
        mskctl(&b),
        &[
            "partition",
            "elect-leaders",
            "--preferred",
            "--topic",
            "t",
            "--partition",
            "0",
        ],
    );
    assert_eq!(c.topic("t").unwrap().partitions[0].leader, 1);
    let (code, _o, err) = run(
        mskctl(&b),
        &["partition", "elect-leaders", "--preferred", "--all"],
    );
    assert_eq!(code, 0, "{err}");
    // Safe, so not asked, but where and how it was judged is said first.
    assert!(
        err.contains(&format!(
            "Run a preferred leader election on every partition on bootstrap servers {b} (safe)"
        )),
        "{err}"
    );

    let (code, _o, err) = run(
        mskctl(&b),
        &["partition", "elect-leaders", "--unclean", "--topic", "t"],
    );
    assert_eq!(code, 1, "{err}");
    assert_eq!(c.request_count(ApiKey::ElectLeaders), 2);
    let (code, _o, err) = run(mskctl(&b), &["partition", "elect-leaders", "--topic", "t"]);
    assert_eq!(code, 2, "needs --preferred or --unclean: {err}");
}

#[test]
fn drain_empties_a_broker() {
    let c = cluster(4);
    c.create_topic("a", 8, 2, &[]);
    c.create_topic("b", 4, 3, &[]);
    let b = c.bootstrap();
    assert!(replicas_on(&c, 2) > 0);
    let dir = tempfile::tempdir().unwrap();
    let rb = dir.path().join("rb.json");
    let mut cmd = mskctl(&b);
    cmd.current_dir(dir.path());
    let (code, out, err) = run(
        cmd,
        &[
            "broker",
            "drain",
            "2",
            "--rollback-out",
            rb.to_str().unwrap(),
            "--wait",
            "--yes",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(replicas_on(&c, 2), 0);
    assert!(rb.exists());
}

#[test]
fn snapshot_round_trips_into_the_planner() {
    let c = cluster(3);
    c.create_topic("s", 3, 2, &[]);
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let snap = dir.path().join("snap.json");
    ok(
        mskctl(&b),
        &["partition", "snapshot", "--out", snap.to_str().unwrap()],
    );
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&snap).unwrap()).unwrap();
    assert_eq!(v["brokers"].as_array().unwrap().len(), 3);
    assert_eq!(v["brokers"][0]["rack"], "az1");
    assert_eq!(v["partitions"].as_array().unwrap().len(), 3);
    let out = ok(
        mskctl(&b),
        &[
            "partition",
            "reassign",
            "plan",
            "--snapshot",
            snap.to_str().unwrap(),
            "--drain-brokers",
            "3",
            "-o",
            "json",
        ],
    );
    let plan: serde_json::Value = serde_json::from_str(&out).unwrap();
    for e in plan["partitions"].as_array().unwrap() {
        assert!(
            !e["replicas"]
                .as_array()
                .unwrap()
                .contains(&serde_json::json!(3)),
            "{e}"
        );
    }
}

#[test]
fn execute_batches_bound_the_copies_arriving_per_broker() {
    let c = cluster(6);
    crowded(&c);
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let json_plan = ok(
        mskctl(&b),
        &[
            "partition",
            "reassign",
            "plan",
            "--balance",
            "replicas",
            "-o",
            "json",
        ],
    );
    let plan: serde_json::Value = serde_json::from_str(&json_plan).unwrap();
    // Brokers 4..=6 start empty: each receives 6 of the 36 replicas.
    let arriving = |broker: i64| {
        plan["partitions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["replicas"].as_array().unwrap().contains(&broker.into()))
            .count()
    };
    assert_eq!(arriving(4), 6, "{plan}");
    let plan_file = write(dir.path(), "plan.json", &json_plan);
    let rollback = dir.path().join("rollback.json");
    // Executes the plan on a fresh crowded cluster with the bound given;
    // returns the cluster and stderr.
    let execute = |bound: &str| {
        let c = cluster(6);
        crowded(&c);
        let (code, out, err) = run(
            mskctl(&c.bootstrap()),
            &[
                "partition",
                "reassign",
                "execute",
                "--plan",
                &plan_file,
                "--max-concurrent-per-broker",
                bound,
                "--rollback-out",
                rollback.to_str().unwrap(),
                "--wait",
                "--yes",
            ],
        );
        assert_eq!(code, 0, "{out}{err}");
        (c, err)
    };
    let (c, err) = execute("2");
    // At most 2 of broker 4's 6 arrivals per batch: at least 3 batches,
    // each submitted after the one before finished.
    let batches = c.request_count(ApiKey::AlterPartitionReassignments);
    assert!(batches >= 3, "{batches} batches\n{err}");
    assert!(err.contains(&format!("batch {batches}/{batches}")), "{err}");
    for broker in 4..=6 {
        assert_eq!(replicas_on(&c, broker), 6);
    }
    // Without a tight bound the same plan goes in one batch.
    let (c, _) = execute("100");
    assert_eq!(c.request_count(ApiKey::AlterPartitionReassignments), 1);
}

#[test]
fn bytes_balance_shows_bytes_per_broker_and_the_bound() {
    let c = cluster(3);
    c.create_topic("s", 3, 2, &[]);
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    // Four brokers, one empty; sizes heavy on one topic.
    let snap = write(
        dir.path(),
        "snap.json",
        r#"{"brokers": [{"id": 1, "capacity_bytes": 100000}, {"id": 2}, {"id": 3}, {"id": 4}],
 "partitions": [
  {"topic": "hot", "partition": 0, "replicas": [1, 2], "size_bytes": 9000},
  {"topic": "hot", "partition": 1, "replicas": [2, 3], "size_bytes": 9000},
  {"topic": "hot", "partition": 2, "replicas": [3, 1], "size_bytes": 9000},
  {"topic": "cold", "partition": 0, "replicas": [1, 2], "size_bytes": 100},
  {"topic": "cold", "partition": 1, "replicas": [2, 3], "size_bytes": 100},
  {"topic": "cold", "partition": 2, "replicas": [3, 1], "size_bytes": 100},
  {"topic": "cold", "partition": 3, "replicas": [1, 2], "size_bytes": 100},
  {"topic": "cold", "partition": 4, "replicas": [2, 3], "size_bytes": 100},
  {"topic": "cold", "partition": 5, "replicas": [3, 1], "size_bytes": 100}
 ]}"#,
    );
    let table = ok(
        mskctl(&b),
        &["partition", "reassign", "plan", "--snapshot", &snap],
    );
    for want in ["BYTES LOWER BOUND", "BYTES BAND", "BYTES BEFORE", "bytes"] {
        assert!(table.contains(want), "{want}: {table}");
    }
    let yaml = ok(
        mskctl(&b),
        &[
            "partition",
            "reassign",
            "plan",
            "--snapshot",
            &snap,
            "-o",
            "yaml",
        ],
    );
    assert!(yaml.contains("balance: bytes"), "{yaml}");
    assert!(yaml.contains("bytes_lower_bound:"), "{yaml}");
    let replicas = ok(
        mskctl(&b),
        &[
            "partition",
            "reassign",
            "plan",
            "--snapshot",
            &snap,
            "--balance",
            "replicas",
            "-o",
            "yaml",
        ],
    );
    assert!(replicas.contains("balance: replicas"), "{replicas}");

    // Broker 1's own capacity is too small for what draining 4 others
    // would put there; a global one for the rest.
    let (code, _, err) = run(
        mskctl(&b),
        &[
            "partition",
            "reassign",
            "plan",
            "--snapshot",
            &snap,
            "--drain-brokers",
            "2,3",
            "--capacity",
            "1MiB",
            "--max-fill",
            "20%",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("refused") && err.contains("broker 1"), "{err}");

    // Usage errors exit 2.
    for bad in [
        &["--max-fill", "0%"][..],
        &["--max-fill", "150%"],
        &["--max-bytes", "0"],
        &["--balance", "disks"],
    ] {
        let mut args = vec!["partition", "reassign", "plan", "--snapshot", &snap];
        args.extend_from_slice(bad);
        let (code, _, err) = run(mskctl(&b), &args);
        assert_eq!(code, 2, "{bad:?}: {err}");
    }
    // --max-bytes cuts the step.
    let capped = ok(
        mskctl(&b),
        &[
            "partition",
            "reassign",
            "plan",
            "--snapshot",
            &snap,
            "--max-bytes",
            "200B",
        ],
    );
    assert!(capped.contains("--max-bytes reached"), "{capped}");
}
