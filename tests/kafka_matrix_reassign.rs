//! Partition reassignment against real Apache Kafka brokers, every release
//! of the matrix (tests/support/kafka.rs): execute under a real replication
//! throttle, verify while the broker is still copying, cancel a plan, and a
//! throttled move run to completion, all in one test so that nothing else in
//! this file reassigns while the cluster-wide throttle rules are checked.

mod support;

use std::path::Path;

use support::cli::{json, mskctl, ok, run};
use support::kafka::{each_release, eventually, unique, KafkaCluster};

const THROTTLE_KEYS: &[&str] = &[
    "leader.replication.throttled.replicas",
    "follower.replication.throttled.replicas",
];

fn replicas(c: &KafkaCluster, topic: &str) -> Vec<i64> {
    let d = json(mskctl(&c.bootstrap), &["topic", "describe", topic]);
    d["partitions"][0]["replicas"]
        .as_array()
        .unwrap_or_else(|| panic!("no replicas in {d}"))
        .iter()
        .filter_map(|r| r.as_i64())
        .collect()
}

fn broker_ids(c: &KafkaCluster) -> Vec<i64> {
    json(mskctl(&c.bootstrap), &["broker", "list"])
        .as_array()
        .expect("broker list is an array")
        .iter()
        .filter_map(|b| b["id"].as_i64())
        .collect()
}

/// Throttled-replica lists set on the topic itself.
fn topic_throttles(c: &KafkaCluster, topic: &str) -> Vec<String> {
    json(
        mskctl(&c.bootstrap),
        &["topic", "config", "get", topic, "--all"],
    )
    .as_array()
    .expect("config get is an array")
    .iter()
    .filter(|e| {
        THROTTLE_KEYS.contains(&e["name"].as_str().unwrap_or_default())
            && e["source"] == "DYNAMIC_TOPIC_CONFIG"
            && !e["value"].as_str().unwrap_or_default().is_empty()
    })
    .map(|e| e.to_string())
    .collect()
}

fn write_plan(dir: &Path, name: &str, topic: &str, replicas: &[i64]) -> String {
    let p = dir.join(name);
    let plan = serde_json::json!({
        "version": 1,
        "partitions": [{"topic": topic, "partition": 0, "replicas": replicas}],
    });
    std::fs::write(&p, plan.to_string()).unwrap();
    p.to_string_lossy().into_owned()
}

fn create(c: &KafkaCluster, topic: &str) {
    ok(
        mskctl(&c.bootstrap),
        &[
            "topic",
            "create",
            topic,
            "--partitions",
            "1",
            "--replication-factor",
            "2",
        ],
    );
}

#[test]
fn execute_verify_cancel_and_a_throttled_move_on_real_brokers() {
    each_release(|c| {
        let dir = tempfile::tempdir().unwrap();
        let brokers = broker_ids(c);

        // 1. A replication-factor increase that cannot finish: 3 MB behind
        // a 1 KB/s throttle. Kafka lists the partition with the target
        // replicas while the new one copies.
        let topic = unique("matrix-reassign-rf");
        create(c, &topic);
        let lines: String = (0..3000).map(|i| format!("{i:0>999}\n")).collect();
        let mut produce = mskctl(&c.bootstrap);
        produce.write_stdin(lines);
        ok(produce, &["topic", "produce", &topic, "--partition", "0"]);
        let before = replicas(c, &topic);
        let extra = *brokers.iter().find(|b| !before.contains(b)).unwrap();
        let mut target = before.clone();
        target.push(extra);
        let plan = write_plan(dir.path(), "rf.json", &topic, &target);
        let rollback = dir.path().join("rf-rollback.json");
        ok(
            mskctl(&c.bootstrap),
            &[
                "partition",
                "reassign",
                "execute",
                "--plan",
                &plan,
                "--allow-replication-factor-change",
                "--throttle",
                "1KB/s",
                "--rollback-out",
                rollback.to_str().unwrap(),
                "--yes",
            ],
        );
        let (code, out, err) = run(
            mskctl(&c.bootstrap),
            &["partition", "reassign", "verify", "--plan", &plan],
        );
        assert_eq!(code, 3, "still copying is pending: {out}{err}");
        assert!(out.contains("in progress"), "{out}");
        assert!(!topic_throttles(c, &topic).is_empty(), "kept while moving");

        ok(
            mskctl(&c.bootstrap),
            &["partition", "reassign", "cancel", "--plan", &plan, "--yes"],
        );
        eventually("the cancelled replica to leave", || {
            replicas(c, &topic) == before
        });
        eventually("the throttles to go", || {
            topic_throttles(c, &topic).is_empty()
        });
        let (code, out, err) = run(
            mskctl(&c.bootstrap),
            &["partition", "reassign", "verify", "--plan", &plan],
        );
        assert_eq!(code, 4, "{out}{err}");
        assert!(out.contains("not applied"), "{out}");

        // 2. A move run to completion under a throttle, with --wait.
        let small = unique("matrix-reassign-move");
        create(c, &small);
        let mut produce = mskctl(&c.bootstrap);
        produce.write_stdin("a\nb\nc\n");
        ok(produce, &["topic", "produce", &small, "--partition", "0"]);
        let before = replicas(c, &small);
        let spare = *brokers.iter().find(|b| !before.contains(b)).unwrap();
        let target = vec![spare, before[1]];
        let plan = write_plan(dir.path(), "move.json", &small, &target);
        let out = ok(
            mskctl(&c.bootstrap),
            &[
                "partition",
                "reassign",
                "execute",
                "--plan",
                &plan,
                "--throttle",
                "10MB/s",
                "--rollback-out",
                dir.path().join("move-rollback.json").to_str().unwrap(),
                "--wait",
                "--yes",
            ],
        );
        assert!(out.contains("reassignment complete"), "{out}");
        assert_eq!(replicas(c, &small), target);
        eventually("the throttles to go", || {
            topic_throttles(c, &small).is_empty()
        });
        let (code, out, err) = run(
            mskctl(&c.bootstrap),
            &["partition", "reassign", "verify", "--plan", &plan],
        );
        assert_eq!(code, 0, "{out}{err}");

        for t in [&topic, &small] {
            ok(
                mskctl(&c.bootstrap),
                &["topic", "delete", t, "--allow-data-loss", "--yes"],
            );
        }
    });
}

/// A real cluster of its own, stopped when dropped: draining needs a fourth
/// broker and moves every topic, which the shared matrix clusters cannot
/// offer to one test.
struct OwnCluster {
    name: String,
    bootstrap: String,
}

impl OwnCluster {
    fn start(version: &str, brokers: usize) -> OwnCluster {
        let name = format!("drain-{version}-{}", std::process::id());
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/kafka-cluster");
        let out = std::process::Command::new(&script)
            .args([
                "start",
                version,
                "--brokers",
                &brokers.to_string(),
                "--name",
                &name,
            ])
            .output()
            .unwrap_or_else(|e| panic!("{}: {e}", script.display()));
        let stdout = String::from_utf8_lossy(&out.stdout);
        let bootstrap = stdout
            .lines()
            .find_map(|l| l.strip_prefix("bootstrap: "))
            .unwrap_or_else(|| {
                panic!(
                    "no bootstrap from kafka-cluster start:\n{stdout}\n{}",
                    String::from_utf8_lossy(&out.stderr)
                )
            })
            .to_string();
        OwnCluster { name, bootstrap }
    }
}

impl Drop for OwnCluster {
    fn drop(&mut self) {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/kafka-cluster");
        let _ = std::process::Command::new(script)
            .args(["stop", &self.name])
            .output();
        // Its data is of no further use; leave no gigabytes behind.
        let root = std::env::var_os("MSKCTL_KAFKA_RUN")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join(".test-servers/run"));
        let _ = std::fs::remove_dir_all(root.join(&self.name));
        let _ = std::fs::remove_file(root.join(format!("{}.start.log", self.name)));
    }
}

/// `broker drain` on real brokers of every release of the matrix, each on
/// a 4-broker cluster of its own started for the test (one at a time):
/// every replica leaves the drained broker, throttled, and no throttle is
/// left behind.
#[test]
fn broker_drain_empties_a_real_broker() {
    each_release(|k| drain_on(&k.version));
}

fn drain_on(version: &str) {
    let c = OwnCluster::start(version, 4);
    let b = &c.bootstrap;
    ok(
        mskctl(b),
        &[
            "topic",
            "create",
            "drained",
            "--partitions",
            "8",
            "--replication-factor",
            "2",
        ],
    );
    let on_4 = |b: &str| -> usize {
        json(mskctl(b), &["topic", "describe", "drained"])["partitions"]
            .as_array()
            .map(|ps| {
                ps.iter()
                    .filter(|p| {
                        p["replicas"]
                            .as_array()
                            .is_some_and(|r| r.contains(&4.into()))
                    })
                    .count()
            })
            .unwrap_or(0)
    };
    assert!(
        on_4(b) > 0,
        "round-robin placement puts replicas on broker 4"
    );

    let dir = tempfile::tempdir().unwrap();
    let rollback = dir.path().join("rollback.json");
    // drain writes its plan (drain-4-plan.json) to the working directory.
    let mut drain = mskctl(b);
    drain.current_dir(dir.path());
    let (code, out, err) = run(
        drain,
        &[
            "broker",
            "drain",
            "4",
            "--throttle",
            "50MB/s",
            "--wait",
            "--yes",
            "--rollback-out",
            &rollback.to_string_lossy(),
        ],
    );
    assert_eq!(code, 0, "Kafka {version}: {out}{err}");
    assert_eq!(on_4(b), 0, "Kafka {version}: broker 4 still holds replicas");
    assert!(rollback.exists(), "the rollback plan is written first");
    assert!(
        dir.path().join("drain-4-plan.json").exists(),
        "the plan is kept"
    );
    let probe = KafkaCluster {
        version: version.to_string(),
        bootstrap: b.clone(),
        sasl_bootstrap: None,
    };
    assert!(
        topic_throttles(&probe, "drained").is_empty(),
        "Kafka {version}: throttles left"
    );
}

/// The sizes DescribeLogDirs reports on real brokers make `--balance
/// bytes` the default, and the plan summary counts them per broker.
#[test]
fn plans_balance_bytes_from_real_partition_sizes() {
    each_release(|c| {
        let topic = unique("matrix-reassign-bytes");
        create(c, &topic);
        let lines: String = (0..200).map(|i| format!("{i:0>999}\n")).collect();
        let mut produce = mskctl(&c.bootstrap);
        produce.write_stdin(lines);
        ok(produce, &["topic", "produce", &topic, "--partition", "0"]);
        let holders = replicas(c, &topic);
        let filter = format!("^{topic}$");
        // The per-broker summary: `- before: {id, ..., bytes}` entries.
        let bytes_before = |yaml: &str, broker: i64| -> u64 {
            yaml.split("- before:")
                .skip(1)
                .find(|entry| entry.contains(&format!("id: {broker}\n")))
                .and_then(|entry| {
                    entry
                        .lines()
                        .map(str::trim)
                        .find_map(|l| l.strip_prefix("bytes: "))
                        .and_then(|v| v.parse().ok())
                })
                .unwrap_or(0)
        };
        let mut last = String::new();
        eventually("the produced bytes show in the plan", || {
            last = ok(
                mskctl(&c.bootstrap),
                &[
                    "partition",
                    "reassign",
                    "plan",
                    "--topics",
                    &filter,
                    "-o",
                    "yaml",
                ],
            );
            holders
                .iter()
                .all(|&b| bytes_before(&last, b) >= 200 * 1000)
        });
        assert!(last.contains("balance: bytes"), "{last}");
        assert!(last.contains("bytes_lower_bound:"), "{last}");
    });
}
