//! `mskctl cluster`, Cluster manifests and `--rebalance` against the MSK
//! emulator (moto plus the compatibility layer in tests/support/msk_emulator.py),
//! with the Kafka side, where one is needed, served by tansu (topics) or the
//! protocol-level test cluster (reassignments, which tansu lacks).

mod support;

use std::path::Path;
use std::time::Duration;

use serde_json::Value;
use support::cli::{mskctl_bare, run};
use support::cluster::{ClusterConfig, TestCluster};
use support::msk::{MskEmulator, MskEmulatorOptions};
use support::tansu::Tansu;

fn emulator() -> MskEmulator {
    MskEmulator::start_with(MskEmulatorOptions {
        transition: Duration::from_millis(300),
        ..MskEmulatorOptions::default()
    })
}

/// `mskctl` talking to the emulator, run in `dir` (where plan and rollback
/// files land).
fn mskctl(emu: &MskEmulator, dir: &Path) -> assert_cmd::Command {
    let mut cmd = mskctl_bare();
    cmd.envs(emu.env())
        .current_dir(dir)
        .args(["--timeout", "60s"]);
    cmd
}

fn ok(cmd: assert_cmd::Command, args: &[&str]) -> String {
    let (code, out, err) = run(cmd, args);
    assert_eq!(
        code, 0,
        "mskctl {args:?} failed\nstdout:\n{out}\nstderr:\n{err}"
    );
    out
}

fn json(cmd: assert_cmd::Command, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["-o", "json"]);
    let out = ok(cmd, &all);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}"))
}

const CLUSTER_YAML: &str = "\
apiVersion: mskctl/v1
kind: Cluster
metadata:
  name: orders
spec:
  kafkaVersion: 3.6.0
  brokers: 3
  instanceType: kafka.m5.large
  storage: 100GiB
  subnets: [subnet-a, subnet-b, subnet-c]
  securityGroups: [sg-1]
  clientAuth:
    iam: true
";

#[test]
fn create_inspect_update_and_delete_a_cluster() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("cluster.yaml"), CLUSTER_YAML).unwrap();

    let out = ok(
        mskctl(&emu, d),
        &["cluster", "create", "-f", "cluster.yaml", "--dry-run"],
    );
    assert!(out.contains("create cluster"), "{out}");
    assert!(out.contains("dry run: nothing was created"), "{out}");
    assert_eq!(
        json(mskctl(&emu, d), &["cluster", "list"]),
        serde_json::json!([])
    );

    let out = ok(
        mskctl(&emu, d),
        &["cluster", "create", "-f", "cluster.yaml", "--wait"],
    );
    assert!(out.contains("cluster orders: done, ACTIVE"), "{out}");
    // A second create is refused, pointing at plan/apply.
    let (code, _, err) = run(
        mskctl(&emu, d),
        &["cluster", "create", "-f", "cluster.yaml"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("already exists") && err.contains("mskctl apply"),
        "{err}"
    );

    let list = json(
        mskctl(&emu, d),
        &["cluster", "list", "--name-prefix", "ord"],
    );
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(
        json(
            mskctl(&emu, d),
            &["cluster", "list", "--name-prefix", "zzz"]
        ),
        serde_json::json!([])
    );

    let c = json(mskctl(&emu, d), &["cluster", "describe", "orders"]);
    assert_eq!(c["state"], "ACTIVE");
    assert_eq!(c["brokerCount"], 3);
    assert_eq!(c["storageGib"], 100);
    assert_eq!(c["instanceType"], "kafka.m5.large");
    assert_eq!(c["kafkaVersion"], "3.6.0");
    assert_eq!(c["clientAuth"]["iam"], true);
    let arn = c["arn"].as_str().unwrap().to_owned();
    // The ARN works wherever the name does.
    assert_eq!(
        json(mskctl(&emu, d), &["cluster", "describe", &arn])["name"],
        "orders"
    );

    emu.set_bootstrap("orders", "b-1.orders:9098,b-2.orders:9098");
    let out = ok(
        mskctl(&emu, d),
        &["cluster", "bootstrap", "orders", "--auth", "iam"],
    );
    assert_eq!(out.trim(), "b-1.orders:9098,b-2.orders:9098");
    let (code, _, err) = run(
        mskctl(&emu, d),
        &["cluster", "bootstrap", "orders", "--auth", "scram"],
    );
    assert_ne!(code, 0, "{err}");
    assert!(err.to_lowercase().contains("scram"), "{err}");

    let nodes = json(mskctl(&emu, d), &["cluster", "nodes", "orders"]);
    let ids: Vec<i64> = nodes
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["brokerId"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, vec![1, 2, 3], "{nodes}");

    // Refused before any call to AWS, with the reason (usage errors, exit 2).
    let (code, _, err) = run(
        mskctl(&emu, d),
        &["cluster", "scale", "orders", "--brokers", "4"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("multiple of 3"), "{err}");
    let (code, _, err) = run(
        mskctl(&emu, d),
        &["cluster", "storage", "orders", "--size-gib", "50"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("only grow"), "{err}");
    let (code, _, err) = run(
        mskctl(&emu, d),
        &[
            "cluster",
            "broker-type",
            "orders",
            "--type",
            "kafka.t3.small",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("T3"), "{err}");
    assert_eq!(
        json(mskctl(&emu, d), &["cluster", "operations", "orders"])
            .as_array()
            .unwrap()
            .len(),
        1
    );

    ok(
        mskctl(&emu, d),
        &["cluster", "scale", "orders", "--brokers", "6", "--wait"],
    );
    ok(
        mskctl(&emu, d),
        &[
            "cluster",
            "storage",
            "orders",
            "--size-gib",
            "200",
            "--wait",
        ],
    );
    // A broker-type change is risky, as in Cluster manifests: it asks.
    let change_type = [
        "cluster",
        "broker-type",
        "orders",
        "--type",
        "kafka.m7g.large",
        "--wait",
    ];
    let (code, _, err) = run(mskctl(&emu, d), &change_type);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Refusing without --yes"), "{err}");
    assert!(err.contains("MSK replaces the brokers"), "{err}");
    let mut confirmed = vec!["--yes"];
    confirmed.extend(change_type);
    ok(mskctl(&emu, d), &confirmed);
    let c = json(mskctl(&emu, d), &["cluster", "describe", "orders"]);
    assert_eq!(
        (c["brokerCount"].as_i64(), c["storageGib"].as_i64()),
        (Some(6), Some(200)),
        "{c}"
    );
    assert_eq!(c["instanceType"], "kafka.m7g.large");
    // A storage change starts MSK's cooldown: the next one is refused now.
    let (code, _, err) = run(
        mskctl(&emu, d),
        &["cluster", "storage", "orders", "--size-gib", "300"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("6 hours") || err.contains("6h"), "{err}");

    let ops = json(mskctl(&emu, d), &["cluster", "operations", "orders"]);
    let types: Vec<&str> = ops
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["operationType"].as_str().unwrap())
        .collect();
    for t in [
        "CREATE",
        "INCREASE_BROKER_COUNT",
        "UPDATE_BROKER_STORAGE",
        "UPDATE_BROKER_TYPE",
    ] {
        assert!(types.contains(&t), "{t} missing from {types:?}");
    }

    // Deleting needs --yes without a terminal, and nothing happens without it.
    let (code, _, err) = run(mskctl(&emu, d), &["cluster", "delete", "orders"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("--yes"), "{err}");
    assert_eq!(
        json(mskctl(&emu, d), &["cluster", "describe", "orders"])["state"],
        "ACTIVE"
    );
    ok(
        mskctl(&emu, d),
        &["cluster", "delete", "orders", "--yes", "--wait"],
    );
    assert_eq!(
        json(mskctl(&emu, d), &["cluster", "list"]),
        serde_json::json!([])
    );
}

#[test]
fn unknown_names_list_candidates_and_busy_clusters_are_refused() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    emu.create_active_cluster("orders-eu", 3, &["s-a", "s-b", "s-c"]);
    emu.create_active_cluster("orders-us", 3, &["s-a", "s-b", "s-c"]);

    let (code, _, err) = run(mskctl(&emu, d), &["cluster", "describe", "orders"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("orders-eu") && err.contains("orders-us"),
        "{err}"
    );

    // While an update runs, the next is refused before calling AWS, and
    // `cluster wait` reports the state; with a short --timeout it gives up
    // saying how to resume.
    emu.hold_transitions(true);
    ok(
        mskctl(&emu, d),
        &["cluster", "scale", "orders-eu", "--brokers", "6"],
    );
    let (code, _, err) = run(
        mskctl(&emu, d),
        &["cluster", "scale", "orders-eu", "--brokers", "9"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("UPDATING"), "{err}");
    // What is impossible in any state is refused as impossible (exit 2),
    // not as "wait and run again" (exit 1).
    let (code, _, err) = run(
        mskctl(&emu, d),
        &["cluster", "storage", "orders-eu", "--size-gib", "1"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(!err.contains("UPDATING"), "{err}");
    let (code, _, err) = run(
        mskctl(&emu, d),
        &[
            "cluster",
            "broker-type",
            "orders-eu",
            "--type",
            "bogus.type",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("not an MSK broker type"), "{err}");
    let (code, _, err) = run(
        mskctl(&emu, d),
        &["cluster", "wait", "orders-eu", "--timeout", "2s"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("mskctl cluster wait orders-eu"), "{err}");
    assert!(err.contains("UPDATING"), "{err}");
    emu.hold_transitions(false);
    let out = ok(mskctl(&emu, d), &["cluster", "wait", "orders-eu"]);
    assert!(out.contains("ACTIVE"), "{out}");
}

#[test]
fn configurations_are_created_revised_and_attached() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    emu.create_active_cluster("orders", 3, &["s-a", "s-b", "s-c"]);
    std::fs::write(
        d.join("v1.properties"),
        "auto.create.topics.enable=false\nlog.retention.hours=72\n",
    )
    .unwrap();
    std::fs::write(d.join("v2.properties"), "log.retention.hours=96\n").unwrap();

    ok(
        mskctl(&emu, d),
        &[
            "cluster",
            "configuration",
            "create",
            "--name",
            "base",
            "--kafka-versions",
            "3.6.0",
            "-f",
            "v1.properties",
        ],
    );
    let list = json(mskctl(&emu, d), &["cluster", "configuration", "list"]);
    let arn = list[0]["arn"].as_str().unwrap().to_owned();
    assert_eq!(list[0]["name"], "base");

    ok(
        mskctl(&emu, d),
        &[
            "cluster",
            "configuration",
            "update",
            &arn,
            "-f",
            "v2.properties",
        ],
    );
    let v1 = ok(
        mskctl(&emu, d),
        &[
            "cluster",
            "configuration",
            "describe",
            &arn,
            "--revision",
            "1",
        ],
    );
    assert!(v1.contains("log.retention.hours=72"), "{v1}");
    let latest = ok(
        mskctl(&emu, d),
        &["cluster", "configuration", "describe", &arn],
    );
    assert!(latest.contains("log.retention.hours=96"), "{latest}");

    ok(
        mskctl(&emu, d),
        &[
            "cluster",
            "configuration",
            "attach",
            "orders",
            "--configuration",
            &arn,
            "--revision",
            "2",
            "--wait",
            "--yes",
        ],
    );
    let c = json(mskctl(&emu, d), &["cluster", "describe", "orders"]);
    assert_eq!(c["configuration"]["arn"], arn.as_str());
    assert_eq!(c["configuration"]["revision"], 2);
}

/// A manifest set with a Cluster and its Topic: apply creates the cluster,
/// waits for ACTIVE, then creates the topic on it (reached through
/// GetBootstrapBrokers, served by tansu); editing the manifest then scales
/// the cluster one update at a time, and a re-plan shows no changes.
#[test]
fn cluster_manifest_from_nothing_to_active_then_scaled() {
    let broker = Tansu::start();
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    emu.set_bootstrap("payments", &broker.bootstrap());
    let manifest = "\
apiVersion: mskctl/v1
kind: Cluster
metadata:
  name: payments
spec:
  kafkaVersion: 3.6.0
  brokers: 3
  instanceType: kafka.m5.large
  storage: 100GiB
  subnets: [subnet-a, subnet-b, subnet-c]
  clientAuth:
    unauthenticated: true
  encryption:
    inTransit: PLAINTEXT
---
apiVersion: mskctl/v1
kind: Topic
metadata:
  name: payments.settled
spec:
  partitions: 3
  replicationFactor: 1
";
    std::fs::write(d.join("payments.yaml"), manifest).unwrap();

    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "payments.yaml", "--exit-code"],
    );
    assert_eq!(code, 3, "{out}{err}");
    assert!(
        out.contains("create cluster") && out.contains("payments.settled"),
        "{out}"
    );

    ok(mskctl(&emu, d), &["apply", "-f", "payments.yaml", "--yes"]);
    let c = json(mskctl(&emu, d), &["cluster", "describe", "payments"]);
    assert_eq!(c["state"], "ACTIVE");
    let topics = support::cli::json(
        support::cli::mskctl(&broker.bootstrap()),
        &["topic", "list"],
    );
    assert!(
        topics
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["name"] == "payments.settled"),
        "{topics}"
    );

    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "payments.yaml", "--exit-code"],
    );
    assert_eq!(code, 0, "{out}{err}");

    std::fs::write(
        d.join("payments.yaml"),
        manifest
            .replace("brokers: 3", "brokers: 6")
            .replace("storage: 100GiB", "storage: 150GiB"),
    )
    .unwrap();
    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "payments.yaml", "--exit-code"],
    );
    assert_eq!(code, 3, "{out}{err}");
    let storage = out.find("100 GiB -> 150 GiB").expect(&out);
    let count = out.find("broker count 3 -> 6").expect(&out);
    assert!(storage < count, "storage first, then brokers:\n{out}");
    let (_, _, err) = run(mskctl(&emu, d), &["apply", "-f", "payments.yaml", "--yes"]);
    assert!(err.contains("step 2/2"), "{err}");
    let c = json(mskctl(&emu, d), &["cluster", "describe", "payments"]);
    assert_eq!(
        (c["brokerCount"].as_i64(), c["storageGib"].as_i64()),
        (Some(6), Some(150)),
        "{c}"
    );
    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "payments.yaml", "--exit-code"],
    );
    assert_eq!(code, 0, "{out}{err}");

    // Changes MSK cannot make in place are refused with the reason.
    std::fs::write(
        d.join("payments.yaml"),
        manifest.replace("subnet-c", "subnet-d"),
    )
    .unwrap();
    let (code, out, err) = run(mskctl(&emu, d), &["plan", "-f", "payments.yaml"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("cannot move a cluster to other subnets"),
        "{out}"
    );
}

fn replicas_on(cluster: &TestCluster, topic: &str, broker: i32) -> usize {
    cluster
        .topic(topic)
        .unwrap()
        .partitions
        .iter()
        .filter(|p| p.replicas.contains(&broker))
        .count()
}

/// A 6-broker Kafka cluster (racks a, b, c) holding topic `orders` as
/// assigned, behind an ACTIVE emulated MSK cluster `events` of `msk_brokers`
/// brokers over three zones.
fn rebalance_setup(msk_brokers: u32, assignment: &[Vec<i32>]) -> (TestCluster, MskEmulator) {
    rebalance_setup_as(
        ClusterConfig::default().kafka_version.as_str(),
        None,
        msk_brokers,
        assignment,
    )
}

/// [`rebalance_setup`] with the Kafka side impersonating `release`.
fn rebalance_setup_as(
    release: &str,
    kraft: Option<bool>,
    msk_brokers: u32,
    assignment: &[Vec<i32>],
) -> (TestCluster, MskEmulator) {
    let kafka = TestCluster::start(ClusterConfig {
        brokers: 6,
        racks: vec!["a".into(), "b".into(), "c".into()],
        kafka_version: release.to_string(),
        kraft,
        ..ClusterConfig::default()
    })
    .unwrap();
    kafka.create_topic_with_assignment("orders", assignment, &[]);
    let emu = emulator();
    emu.set_bootstrap("events", &kafka.bootstrap());
    emu.create_active_cluster("events", msk_brokers, &["s-a", "s-b", "s-c"]);
    (kafka, emu)
}

/// `cluster scale events --brokers N --rebalance` over the plaintext
/// listener, plus `extra` flags.
fn scale_rebalance(
    emu: &MskEmulator,
    dir: &Path,
    brokers: &str,
    extra: &[&str],
) -> (i32, String, String) {
    let mut args = vec![
        "cluster",
        "scale",
        "events",
        "--brokers",
        brokers,
        "--rebalance",
        "--msk-auth",
        "plaintext",
    ];
    args.extend_from_slice(extra);
    run(mskctl(emu, dir), &args)
}

/// Scale out with --rebalance: MSK adds brokers 4-6, then partitions move
/// onto them with the throttle set and removed again.
#[test]
fn scale_out_with_rebalance_moves_partitions_onto_the_new_brokers() {
    // The releases MSK offers, in the modes it runs them: the reassignment
    // request and the throttles differ across these (version negotiation).
    for (release, kraft) in [("3.6.0", None), ("3.9.1", Some(true)), ("4.1.1", None)] {
        scale_out_with_rebalance_as(release, kraft);
    }
}

fn scale_out_with_rebalance_as(release: &str, kraft: Option<bool>) {
    eprintln!("--- Kafka side as {release}");
    let assignment: Vec<Vec<i32>> = (0..12).map(|i| vec![1 + i % 3, 1 + (i + 1) % 3]).collect();
    let (kafka, emu) = rebalance_setup_as(release, kraft, 3, &assignment);
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();

    // The emulator's cluster lists brokers 1-3 while the Kafka side has 6:
    // nothing may move while MSK and Kafka disagree on the brokers (a
    // connection pointing at another cluster looks just like this).
    let (code, _, err) = scale_rebalance(&emu, d, "3", &["--yes"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("has brokers 1,2,3,4,5,6 but MSK cluster events has 1,2,3"),
        "{err}"
    );
    assert_eq!(replicas_on(&kafka, "orders", 4), 0);

    let (_, out, err) = scale_rebalance(&emu, d, "6", &["--throttle", "50MB/s", "--yes"]);
    for b in 4..=6 {
        assert!(
            replicas_on(&kafka, "orders", b) > 0,
            "broker {b} got nothing\n{out}\n{err}"
        );
    }
    let c = json(mskctl(&emu, d), &["cluster", "describe", "events"]);
    assert_eq!(c["brokerCount"], 6);
    // Balanced: 24 replicas over 6 brokers.
    for b in 1..=6 {
        assert_eq!(replicas_on(&kafka, "orders", b), 4, "broker {b}\n{err}");
    }
    assert!(d.join("events-rebalance-plan.json").exists());
    assert!(
        std::fs::read_dir(d).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with("reassign-rollback-")),
        "the rollback plan is written first"
    );
    for b in 1..=6 {
        let configs = kafka.broker_configs(Some(b));
        assert!(
            !configs.contains_key("leader.replication.throttled.rate"),
            "throttle left on broker {b}: {configs:?}"
        );
    }

    // A re-run converges: nothing left to move.
    let out = {
        let (code, out, err) = scale_rebalance(&emu, d, "6", &["--yes"]);
        assert_eq!(code, 0, "{out}{err}");
        out
    };
    assert!(out.contains("already balanced"), "{out}");
}

/// Scale out with --rebalance when the partitions' sizes are known: the
/// plan balances bytes (a hot partition counts for more than many cold
/// ones), under the EBS volume size as capacity.
#[test]
fn scale_out_with_rebalance_balances_bytes_when_sizes_are_known() {
    let assignment: Vec<Vec<i32>> = (0..24).map(|i| vec![1 + i % 3, 1 + (i + 1) % 3]).collect();
    let (kafka, emu) = rebalance_setup(3, &assignment);
    // Heavy-tailed: partition i is i^2 KiB.
    let size = |i: i32| (i as u64 + 1).pow(2) * 1024;
    for i in 0..24 {
        kafka.set_partition_size("orders", i, size(i));
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (code, out, err) = scale_rebalance(&emu, d, "6", &["--yes"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("plan (bytes balance)"), "{err}");
    let topic = kafka.topic("orders").unwrap();
    let mut bytes = [0u64; 7];
    for (i, p) in topic.partitions.iter().enumerate() {
        for &r in &p.replicas {
            bytes[r as usize] += size(i as i32);
        }
    }
    let mean = bytes[1..].iter().sum::<u64>() as f64 / 6.0;
    for (b, &held) in bytes.iter().enumerate().skip(1) {
        let share = held as f64 / mean;
        assert!(
            (0.9..=1.1).contains(&share),
            "broker {b} holds {share:.2} of the mean bytes\n{err}"
        );
    }
    // A bad --max-fill is a usage error.
    let (code, _, err) = scale_rebalance(&emu, d, "6", &["--max-fill", "0", "--yes"]);
    assert_eq!(code, 2, "{err}");
}

/// Scale in with --rebalance: one broker per zone is drained (the emptiest),
/// then the count goes down; the Kafka side never loses a replica.
#[test]
fn scale_in_with_rebalance_drains_then_removes() {
    // Brokers 1-3 hold more than 4-6, so 4, 5 and 6 are the ones to go.
    let assignment: Vec<Vec<i32>> = (0..9)
        .map(|i| {
            if i < 6 {
                vec![1 + i % 3, 1 + (i + 1) % 3]
            } else {
                vec![1 + i % 3, 4 + i % 3]
            }
        })
        .collect();
    let (kafka, emu) = rebalance_setup(6, &assignment);
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();

    // Destructive: refused without --yes when there is no terminal.
    let (code, _, err) = scale_rebalance(&emu, d, "3", &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("brokers 4,5,6"), "{err}");
    assert!(replicas_on(&kafka, "orders", 4) > 0);

    let out = {
        let (code, out, err) = scale_rebalance(&emu, d, "3", &["--yes"]);
        assert_eq!(code, 0, "{out}{err}");
        out
    };
    assert!(out.contains("brokers 4,5,6 drained and removed"), "{out}");
    for b in 4..=6 {
        assert_eq!(
            replicas_on(&kafka, "orders", b),
            0,
            "broker {b} still holds replicas"
        );
    }
    let topic = kafka.topic("orders").unwrap();
    assert!(
        topic.partitions.iter().all(|p| p.replicas.len() == 2),
        "{topic:?}"
    );
    assert_eq!(
        json(mskctl(&emu, d), &["cluster", "describe", "events"])["brokerCount"],
        3
    );
}

/// A context naming an MSK cluster gets its bootstrap servers from
/// GetBootstrapBrokers; Kafka commands then work as with -b.
#[test]
fn a_context_naming_the_cluster_reaches_its_brokers() {
    let broker = Tansu::start();
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    emu.set_bootstrap("orders", &broker.bootstrap());
    emu.create_active_cluster("orders", 3, &["s-a", "s-b", "s-c"]);
    let config_home = d.join("config");
    let with_config = |emu: &MskEmulator| {
        let mut cmd = mskctl(emu, d);
        cmd.env("XDG_CONFIG_HOME", &config_home);
        cmd
    };
    ok(
        with_config(&emu),
        &[
            "config",
            "set-context",
            "prod",
            "--msk-cluster",
            "orders",
            "--msk-auth",
            "plaintext",
        ],
    );
    ok(with_config(&emu), &["config", "use-context", "prod"]);
    ok(
        with_config(&emu),
        &[
            "topic",
            "create",
            "via-msk",
            "--partitions",
            "1",
            "--replication-factor",
            "1",
        ],
    );
    let out = ok(with_config(&emu), &["topic", "list"]);
    assert!(out.contains("via-msk"), "{out}");
    ok(
        with_config(&emu),
        &["topic", "produce", "via-msk", "--value", "hello"],
    );
    let out = ok(
        with_config(&emu),
        &["topic", "tail", "via-msk", "--from-beginning"],
    );
    assert!(out.trim_end().ends_with("hello"), "{out}");
}

/// The operations of `cluster` as `cluster operations -o json` lists them.
fn operations(emu: &MskEmulator, dir: &Path, cluster: &str) -> Vec<Value> {
    json(mskctl(emu, dir), &["cluster", "operations", cluster])
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn operation_types(emu: &MskEmulator, dir: &Path, cluster: &str) -> Vec<String> {
    operations(emu, dir, cluster)
        .iter()
        .map(|o| o["operationType"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// A fresh emulator with one ACTIVE cluster over three zones, and a
/// directory to run in.
fn with_cluster(name: &str, brokers: u32) -> (MskEmulator, tempfile::TempDir) {
    let emu = emulator();
    emu.create_active_cluster(name, brokers, &["s-a", "s-b", "s-c"]);
    (emu, tempfile::tempdir().unwrap())
}

/// Runs `args` with neither --yes nor a terminal: refused (exit 1) before
/// any write to AWS, so the cluster's operations are what they were.
/// Returns stderr.
fn refused_without_yes(emu: &MskEmulator, dir: &Path, cluster: &str, args: &[&str]) -> String {
    let before = operation_types(emu, dir, cluster);
    let (code, out, err) = run(mskctl(emu, dir), args);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("--yes"), "{err}");
    assert_eq!(operation_types(emu, dir, cluster), before);
    err
}

/// A failed update ends UPDATE_FAILED while MSK puts the cluster back to
/// ACTIVE: the command must report the failure with MSK's error, not "done".
#[test]
fn failed_storage_and_scale_operations_are_reported_with_msk_error() {
    let (emu, dir) = with_cluster("orders", 3);
    let d = dir.path();

    emu.fail_operation(
        "UpdateBrokerStorage",
        "InternalFailure",
        "EBS volume modification failed for broker 2",
    );
    let (code, out, err) = run(
        mskctl(&emu, d),
        &[
            "cluster",
            "storage",
            "orders",
            "--size-gib",
            "200",
            "--wait",
        ],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(!out.contains("done"), "{out}");
    assert!(err.contains("UPDATE_FAILED"), "{err}");
    assert!(
        err.contains("InternalFailure: EBS volume modification failed for broker 2"),
        "{err}"
    );
    assert!(
        err.contains("done (0)") && err.contains("not done (1)"),
        "{err}"
    );
    let c = json(mskctl(&emu, d), &["cluster", "describe", "orders"]);
    assert_eq!(
        (c["state"].as_str(), c["storageGib"].as_i64()),
        (Some("ACTIVE"), Some(100))
    );
    // `cluster operations` shows the failed operation's error.
    let ops = operations(&emu, d, "orders");
    let failed = ops
        .iter()
        .find(|o| o["operationType"] == "UPDATE_BROKER_STORAGE")
        .unwrap_or_else(|| panic!("no storage operation in {ops:?}"));
    assert_eq!(failed["state"], "UPDATE_FAILED");
    assert_eq!(
        failed["error"],
        "InternalFailure: EBS volume modification failed for broker 2"
    );
    let table = ok(mskctl(&emu, d), &["cluster", "operations", "orders"]);
    assert!(table.contains("EBS volume modification failed"), "{table}");
    // Without --wait the update only starts; `cluster wait` would see
    // ACTIVE after a failure too, so the hint is the operation list.
    let out = ok(
        mskctl(&emu, d),
        &["cluster", "storage", "orders", "--size-gib", "150"],
    );
    assert!(out.contains("mskctl cluster operations orders"), "{out}");
    emu.wait_for_state(c["arn"].as_str().unwrap_or_default(), "ACTIVE");

    emu.fail_operation(
        "UpdateBrokerCount",
        "CapacityUnavailable",
        "Insufficient capacity for kafka.m5.large in subnet s-b",
    );
    let (code, out, err) = run(
        mskctl(&emu, d),
        &["cluster", "scale", "orders", "--brokers", "6", "--wait"],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("CapacityUnavailable: Insufficient capacity for kafka.m5.large in subnet s-b"),
        "{err}"
    );
    assert!(err.contains("not done (1)"), "{err}");
    let c = json(mskctl(&emu, d), &["cluster", "describe", "orders"]);
    assert_eq!(
        (c["state"].as_str(), c["brokerCount"].as_i64()),
        (Some("ACTIVE"), Some(3))
    );
}

/// Broker names that can never resolve (RFC 6761 `.invalid`): planning and
/// applying Cluster documents alone must not need Kafka at all.
const UNRESOLVABLE: &str = "b-1.orders.invalid:9098,b-2.orders.invalid:9098";

fn orders_manifest(storage: &str) -> String {
    format!(
        "\
apiVersion: mskctl/v1
kind: Cluster
metadata:
  name: orders
spec:
  kafkaVersion: 3.6.0
  brokers: 3
  instanceType: kafka.m5.large
  storage: {storage}
  subnets: [s-a, s-b, s-c]
  clientAuth:
    unauthenticated: true
  encryption:
    inTransit: PLAINTEXT
"
    )
}

#[test]
fn cluster_only_manifests_plan_and_apply_without_reaching_kafka() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    emu.set_bootstrap("orders", UNRESOLVABLE);
    emu.create_active_cluster("orders", 3, &["s-a", "s-b", "s-c"]);
    std::fs::create_dir(d.join("cluster")).unwrap();
    std::fs::write(d.join("cluster/orders.yaml"), orders_manifest("100GiB")).unwrap();

    let (code, out, err) = run(mskctl(&emu, d), &["plan", "-f", "cluster/", "--exit-code"]);
    assert_eq!(code, 0, "{out}{err}");

    std::fs::write(d.join("cluster/orders.yaml"), orders_manifest("200GiB")).unwrap();
    let (code, out, err) = run(mskctl(&emu, d), &["plan", "-f", "cluster/", "--exit-code"]);
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains("100 GiB -> 200 GiB"), "{out}");
    assert!(!err.contains("bootstrap"), "{err}");

    let (code, out, err) = run(mskctl(&emu, d), &["apply", "-f", "cluster/", "--yes"]);
    assert_eq!(code, 0, "{out}{err}");
    let c = json(mskctl(&emu, d), &["cluster", "describe", "orders"]);
    assert_eq!(c["storageGib"], 200);
    let (code, out, err) = run(mskctl(&emu, d), &["plan", "-f", "cluster/", "--exit-code"]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn a_failed_operation_stops_a_cluster_manifest_apply() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    emu.set_bootstrap("orders", UNRESOLVABLE);
    emu.create_active_cluster("orders", 3, &["s-a", "s-b", "s-c"]);
    std::fs::write(
        d.join("orders.yaml"),
        orders_manifest("200GiB").replace("brokers: 3", "brokers: 6"),
    )
    .unwrap();
    emu.fail_operation(
        "UpdateBrokerStorage",
        "InternalFailure",
        "EBS volume modification failed for broker 3",
    );
    let (code, out, err) = run(mskctl(&emu, d), &["apply", "-f", "orders.yaml", "--yes"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("InternalFailure: EBS volume modification failed for broker 3"),
        "{err}"
    );
    // The failed storage step and the broker step after it are not done.
    assert!(
        err.contains("done (0)") && err.contains("not done (2)"),
        "{err}"
    );
    assert!(err.contains("broker count 3 -> 6"), "{err}");
    let c = json(mskctl(&emu, d), &["cluster", "describe", "orders"]);
    assert_eq!(
        (c["storageGib"].as_i64(), c["brokerCount"].as_i64()),
        (Some(100), Some(3))
    );
    assert!(!operation_types(&emu, d, "orders").contains(&"INCREASE_BROKER_COUNT".to_string()));
}

#[test]
fn scale_in_asks_and_removes_one_broker_per_zone_per_operation() {
    let (emu, dir) = with_cluster("big", 9);
    let d = dir.path();

    // Destructive: without a terminal and without --yes, refused before
    // any write to AWS, naming the cluster and its region.
    let err = refused_without_yes(
        &emu,
        d,
        "big",
        &["cluster", "scale", "big", "--brokers", "3"],
    );
    assert!(err.contains("big") && err.contains("us-east-1"), "{err}");
    assert_eq!(operation_types(&emu, d, "big"), ["CREATE"]);
    assert_eq!(
        json(mskctl(&emu, d), &["cluster", "describe", "big"])["brokerCount"],
        9
    );

    // With --yes: two operations of one broker per zone, 9 -> 6 -> 3.
    let out = ok(
        mskctl(&emu, d),
        &["cluster", "scale", "big", "--brokers", "3", "--yes"],
    );
    assert!(out.contains("done"), "{out}");
    let ops = operations(&emu, d, "big");
    let removals: Vec<(i64, i64)> = ops
        .iter()
        .filter(|o| o["operationType"] == "DECREASE_BROKER_COUNT")
        .map(|o| {
            assert_eq!(o["state"], "UPDATE_COMPLETE", "{o}");
            let arn = o["arn"].as_str().unwrap();
            let (_, body) = emu.request(
                "GET",
                &format!("/api/v2/operations/{}", support::msk::encode(arn)),
                None,
            );
            let p = &body["clusterOperationInfo"]["provisioned"];
            (
                p["sourceClusterInfo"]["numberOfBrokerNodes"]
                    .as_i64()
                    .unwrap(),
                p["targetClusterInfo"]["numberOfBrokerNodes"]
                    .as_i64()
                    .unwrap(),
            )
        })
        .collect();
    // Newest first.
    assert_eq!(removals, [(6, 3), (9, 6)]);
    assert_eq!(
        json(mskctl(&emu, d), &["cluster", "describe", "big"])["brokerCount"],
        3
    );
    // The brokers reported are the ones MSK says it removed: six of them,
    // none still a node of the cluster.
    let listed = out
        .split("MSK removed brokers ")
        .nth(1)
        .unwrap_or_else(|| panic!("no removed brokers reported: {out}"));
    let removed: Vec<i64> = listed
        .trim()
        .split(',')
        .map(|id| id.parse().unwrap())
        .collect();
    assert_eq!(removed.len(), 6, "{out}");
    let nodes = json(mskctl(&emu, d), &["cluster", "nodes", "big"]);
    let left: Vec<i64> = nodes
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["brokerId"].as_i64().unwrap())
        .collect();
    assert!(
        removed.iter().all(|id| !left.contains(id)),
        "{removed:?} {left:?}"
    );
}

#[test]
fn implausible_growth_and_rolling_restarts_need_confirmation() {
    let (emu, dir) = with_cluster("orders", 3);
    let d = dir.path();

    let err = refused_without_yes(
        &emu,
        d,
        "orders",
        &["cluster", "scale", "orders", "--brokers", "999999"],
    );
    assert!(err.contains("quota"), "{err}");
    // A modest growth needs no confirmation.
    ok(
        mskctl(&emu, d),
        &["cluster", "scale", "orders", "--brokers", "6", "--wait"],
    );

    std::fs::write(
        d.join("server.properties"),
        "auto.create.topics.enable=false\n",
    )
    .unwrap();
    let created = json(
        mskctl(&emu, d),
        &[
            "cluster",
            "configuration",
            "create",
            "--name",
            "strict",
            "--kafka-versions",
            "3.6.0",
            "-f",
            "server.properties",
        ],
    );
    let arn = created["arn"].as_str().unwrap().to_string();
    let attach = [
        "cluster",
        "configuration",
        "attach",
        "orders",
        "--configuration",
        &arn,
        "--revision",
        "1",
    ];
    let err = refused_without_yes(&emu, d, "orders", &attach);
    assert!(err.contains("restarts") && err.contains("orders"), "{err}");
}

/// Ctrl-C during `cluster wait --state X` stops waiting (the operation goes
/// on in AWS) and prints a resume command that waits for the same state.
#[test]
fn an_interrupted_wait_resumes_with_the_same_state() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    emu.create_active_cluster("orders", 3, &["s-a", "s-b", "s-c"]);
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_mskctl"))
        .envs(emu.env())
        .env("XDG_CONFIG_HOME", dir.path().join("no-config"))
        .env("NO_COLOR", "1")
        .env_remove("MSKCTL_BOOTSTRAP_SERVERS")
        .env_remove("MSKCTL_CONTEXT")
        .current_dir(dir.path())
        .args([
            "cluster",
            "wait",
            "orders",
            "--state",
            "DELETING",
            "--timeout",
            "2m",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Let it start waiting, then interrupt it as a terminal's Ctrl-C would.
    std::thread::sleep(Duration::from_secs(2));
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("stopped waiting (interrupted)"), "{err}");
    assert!(
        err.contains("mskctl cluster wait orders --state DELETING"),
        "{err}"
    );
}

/// Every `cluster` change says, before it acts, which cluster in which
/// region it acts on and how the MSK rulebook classed it: safe changes are
/// said, risky and destructive ones are asked (or confirmed with --yes).
#[test]
fn cluster_changes_name_the_cluster_and_their_class_first() {
    let (emu, dir) = with_cluster("orders", 3);
    let d = dir.path();
    let named = r#"MSK cluster "orders" in us-east-1"#;

    let (code, out, err) = run(
        mskctl(&emu, d),
        &[
            "cluster",
            "storage",
            "orders",
            "--size-gib",
            "200",
            "--wait",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        err.contains(&format!(
            "Grow the storage of {named} from 100 to 200 GiB per broker (safe)"
        )),
        "{err}"
    );

    let (code, out, err) = run(
        mskctl(&emu, d),
        &["cluster", "scale", "orders", "--brokers", "6", "--wait"],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        err.contains(&format!("Grow {named} from 3 to 6 brokers (safe)")),
        "{err}"
    );
    assert!(err.contains("broker count 3 -> 6 (safe)"), "{err}");

    let err = refused_without_yes(
        &emu,
        d,
        "orders",
        &[
            "cluster",
            "broker-type",
            "orders",
            "--type",
            "kafka.m5.xlarge",
        ],
    );
    assert!(err.contains(named), "{err}");
    assert!(err.contains("the change is risky"), "{err}");
    assert!(
        err.contains("broker type kafka.m5.large -> kafka.m5.xlarge (risky)"),
        "{err}"
    );

    let (code, out, err) = run(mskctl(&emu, d), &["--yes", "cluster", "delete", "orders"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        err.contains(&format!(
            "Delete {named} and all the data on it (destructive, confirmed with --yes)"
        )),
        "{err}"
    );
}

/// Declared tags are reconciled through TagResource / UntagResource: a
/// safe step with no cluster operation, and a re-run has nothing to do.
#[test]
fn cluster_manifest_tags_are_reconciled() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    emu.set_bootstrap("orders", UNRESOLVABLE);
    let arn = emu.create_active_cluster("orders", 3, &["s-a", "s-b", "s-c"]);
    let (status, body) = emu.request(
        "POST",
        &format!("/v1/tags/{}", support::msk::encode(&arn)),
        Some(&serde_json::json!({"tags": {"old": "x", "env": "dev"}})),
    );
    assert_eq!(status / 100, 2, "{body}");
    let manifest = format!(
        "{}  tags:\n    team: payments\n    env: prod\n",
        orders_manifest("100GiB")
    );
    std::fs::write(d.join("orders.yaml"), manifest).unwrap();

    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "orders.yaml", "--exit-code"],
    );
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains("tags: set env, team; remove old"), "{out}");
    let before = operation_types(&emu, d, "orders");

    let (code, out, err) = run(mskctl(&emu, d), &["apply", "-f", "orders.yaml", "--yes"]);
    assert_eq!(code, 0, "{out}{err}");
    let (_, body) = emu.request(
        "GET",
        &format!("/v1/tags/{}", support::msk::encode(&arn)),
        None,
    );
    assert_eq!(
        body["tags"],
        serde_json::json!({"team": "payments", "env": "prod"}),
        "{body}"
    );
    // No cluster operation for tags.
    assert_eq!(operation_types(&emu, d, "orders"), before);
    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "orders.yaml", "--exit-code"],
    );
    assert_eq!(code, 0, "{out}{err}");
}

/// SCRAM users of an MSK cluster are Secrets Manager secrets associated
/// with it: listed, associated (safe) and disassociated (destructive),
/// with MSK's rules checked before any call.
#[test]
fn scram_secrets_are_listed_associated_and_disassociated() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let body = serde_json::json!({
        "clusterName": "users",
        "kafkaVersion": "3.6.0",
        "numberOfBrokerNodes": 3,
        "brokerNodeGroupInfo": {
            "instanceType": "kafka.m5.large",
            "clientSubnets": ["s-a", "s-b", "s-c"],
            "storageInfo": {"ebsStorageInfo": {"volumeSize": 100}},
        },
        "clientAuthentication": {"sasl": {"scram": {"enabled": true}}},
    });
    let (status, created) = emu.request("POST", "/v1/clusters", Some(&body));
    assert_eq!(status, 200, "{created}");
    emu.wait_for_state(created["clusterArn"].as_str().unwrap(), "ACTIVE");
    let account_region = created["clusterArn"]
        .as_str()
        .unwrap()
        .split(':')
        .skip(3)
        .take(2)
        .collect::<Vec<_>>()
        .join(":");
    let alice = format!("arn:aws:secretsmanager:{account_region}:secret:AmazonMSK_alice-AbCdEf");
    let bob = format!("arn:aws:secretsmanager:{account_region}:secret:AmazonMSK_bob-GhIjKl");

    // Offline: a name MSK would refuse is a usage error, nothing sent.
    let wrong = format!("arn:aws:secretsmanager:{account_region}:secret:alice-AbCdEf");
    let (code, _, err) = run(
        mskctl(&emu, d),
        &[
            "cluster",
            "scram",
            "associate",
            "users",
            "--secret-arn",
            &wrong,
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("AmazonMSK_"), "{err}");

    let (code, out, err) = run(
        mskctl(&emu, d),
        &[
            "cluster",
            "scram",
            "associate",
            "users",
            "--secret-arn",
            &alice,
            "--secret-arn",
            &bob,
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        err.contains(r#"MSK cluster "users""#) && err.contains("(safe)"),
        "{err}"
    );
    assert!(out.contains("2 secret(s) associated"), "{out}");
    let listed = json(mskctl(&emu, d), &["cluster", "scram", "list", "users"]);
    assert_eq!(listed, serde_json::json!([alice, bob]));

    // Disassociating locks users out: destructive, refused without --yes.
    let (code, _, err) = run(
        mskctl(&emu, d),
        &[
            "cluster",
            "scram",
            "disassociate",
            "users",
            "--secret-arn",
            &bob,
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("the change is destructive"), "{err}");
    assert_eq!(
        json(mskctl(&emu, d), &["cluster", "scram", "list", "users"]),
        serde_json::json!([alice, bob])
    );
    ok(
        mskctl(&emu, d),
        &[
            "--yes",
            "cluster",
            "scram",
            "disassociate",
            "users",
            "--secret-arn",
            &bob,
        ],
    );
    assert_eq!(
        json(mskctl(&emu, d), &["cluster", "scram", "list", "users"]),
        serde_json::json!([alice])
    );

    // A cluster without SCRAM: refused from its live state (exit 1).
    emu.create_active_cluster("plain", 3, &["s-a", "s-b", "s-c"]);
    let (code, _, err) = run(
        mskctl(&emu, d),
        &[
            "cluster",
            "scram",
            "associate",
            "plain",
            "--secret-arn",
            &alice,
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("SASL/SCRAM"), "{err}");
}

/// Client authentication, encryption in transit and public access are
/// applied from a Cluster manifest (UpdateSecurity, then
/// UpdateConnectivity), and combinations MSK forbids are refused first.
#[test]
fn security_and_public_access_are_applied_from_a_manifest() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    emu.set_bootstrap("orders", UNRESOLVABLE);
    emu.create_active_cluster("orders", 3, &["s-a", "s-b", "s-c"]);
    let base = orders_manifest("100GiB");

    // IAM over PLAINTEXT is a combination MSK refuses: nothing is sent.
    let forbidden = base.replace("unauthenticated: true", "iam: true");
    std::fs::write(d.join("orders.yaml"), &forbidden).unwrap();
    let (code, out, err) = run(mskctl(&emu, d), &["plan", "-f", "orders.yaml"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        format!("{out}{err}").contains("only with client-broker encryption TLS"),
        "{out}{err}"
    );

    let wanted = base
        .replace("unauthenticated: true", "iam: true")
        .replace("inTransit: PLAINTEXT", "inTransit: TLS")
        + "  publicAccess: true\n";
    std::fs::write(d.join("orders.yaml"), &wanted).unwrap();
    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "orders.yaml", "--exit-code"],
    );
    assert_eq!(code, 3, "{out}{err}");
    assert!(
        out.contains("client authentication unauthenticated -> IAM"),
        "{out}"
    );
    assert!(
        out.contains("encryption in transit PLAINTEXT -> TLS"),
        "{out}"
    );
    assert!(out.contains("public access off -> on"), "{out}");
    let before = operation_types(&emu, d, "orders").len();

    let (code, out, err) = run(mskctl(&emu, d), &["apply", "-f", "orders.yaml", "--yes"]);
    assert_eq!(code, 0, "{out}{err}");
    let types = operation_types(&emu, d, "orders");
    assert_eq!(types.len(), before + 2, "{types:?}");
    // Newest first: security before connectivity.
    assert_eq!(types[..2], ["UPDATE_CONNECTIVITY", "UPDATE_SECURITY"]);
    let c = json(mskctl(&emu, d), &["cluster", "describe", "orders"]);
    assert_eq!(c["clientAuth"]["iam"], true, "{c}");
    assert_eq!(c["publicAccess"], true, "{c}");
    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "orders.yaml", "--exit-code"],
    );
    assert_eq!(code, 0, "{out}{err}");
    ok(
        mskctl(&emu, d),
        &[
            "cluster",
            "bootstrap",
            "orders",
            "--auth",
            "iam",
            "--public",
        ],
    );
}

/// `clientAuth.scram.secrets` in a Cluster manifest: declared secrets are
/// associated (safe), undeclared ones disassociated (destructive).
#[test]
fn cluster_manifest_scram_secrets_are_reconciled() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    emu.set_bootstrap("users", UNRESOLVABLE);
    let body = serde_json::json!({
        "clusterName": "users",
        "kafkaVersion": "3.6.0",
        "numberOfBrokerNodes": 3,
        "brokerNodeGroupInfo": {
            "instanceType": "kafka.m5.large",
            "clientSubnets": ["s-a", "s-b", "s-c"],
            "storageInfo": {"ebsStorageInfo": {"volumeSize": 100}},
        },
        "clientAuthentication": {"sasl": {"scram": {"enabled": true}}},
    });
    let (status, created) = emu.request("POST", "/v1/clusters", Some(&body));
    assert_eq!(status, 200, "{created}");
    let arn = created["clusterArn"].as_str().unwrap().to_string();
    emu.wait_for_state(&arn, "ACTIVE");
    let at = arn.split(':').skip(3).take(2).collect::<Vec<_>>().join(":");
    let alice = format!("arn:aws:secretsmanager:{at}:secret:AmazonMSK_alice-AbCdEf");
    let bob = format!("arn:aws:secretsmanager:{at}:secret:AmazonMSK_bob-GhIjKl");
    let manifest = |secrets: &[&str]| {
        format!(
            "apiVersion: mskctl/v1\nkind: Cluster\nmetadata:\n  name: users\nspec:\n  kafkaVersion: 3.6.0\n  brokers: 3\n  instanceType: kafka.m5.large\n  storage: 100GiB\n  subnets: [s-a, s-b, s-c]\n  clientAuth:\n    scram:\n      secrets: [{}]\n",
            secrets.join(", ")
        )
    };
    std::fs::write(d.join("users.yaml"), manifest(&[&alice, &bob])).unwrap();
    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "users.yaml", "--exit-code"],
    );
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains("SCRAM secrets: associate 2 secrets"), "{out}");
    let (code, out, err) = run(mskctl(&emu, d), &["apply", "-f", "users.yaml", "--yes"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        json(mskctl(&emu, d), &["cluster", "scram", "list", "users"]),
        serde_json::json!([alice, bob])
    );
    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "users.yaml", "--exit-code"],
    );
    assert_eq!(code, 0, "{out}{err}");

    // Dropping bob from the manifest locks bob out: destructive.
    std::fs::write(d.join("users.yaml"), manifest(&[&alice])).unwrap();
    let (code, out, err) = run(mskctl(&emu, d), &["apply", "-f", "users.yaml"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("destructive"), "{err}");
    let (code, out, err) = run(mskctl(&emu, d), &["apply", "-f", "users.yaml", "--yes"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        json(mskctl(&emu, d), &["cluster", "scram", "list", "users"]),
        serde_json::json!([alice])
    );

    // A secret MSK would refuse is a manifest error, with its position.
    std::fs::write(
        d.join("users.yaml"),
        manifest(&[&format!("arn:aws:secretsmanager:{at}:secret:carol-x")]),
    )
    .unwrap();
    let (code, out, err) = run(mskctl(&emu, d), &["validate", "-f", "users.yaml"]);
    assert_ne!(code, 0, "{out}{err}");
    assert!(
        format!("{out}{err}").contains("users.yaml:13:")
            && format!("{out}{err}").contains("AmazonMSK_"),
        "{out}{err}"
    );
}

/// `plan --out` saves Cluster plans with the version each was made at;
/// `apply --plan` carries them out exactly, and refuses once the cluster
/// has been updated since.
#[test]
fn saved_cluster_plans_apply_only_while_the_cluster_is_unchanged() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    emu.set_bootstrap("orders", UNRESOLVABLE);
    emu.create_active_cluster("orders", 3, &["s-a", "s-b", "s-c"]);
    std::fs::write(d.join("orders.yaml"), orders_manifest("200GiB")).unwrap();

    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "orders.yaml", "--out", "p.json"],
    );
    assert_eq!(code, 0, "{out}{err}");
    let saved: Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("p.json")).unwrap()).unwrap();
    assert!(
        saved["clusters"][0]["observed_version"].is_string(),
        "{saved}"
    );
    let (code, out, err) = run(mskctl(&emu, d), &["apply", "--plan", "p.json", "--yes"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        json(mskctl(&emu, d), &["cluster", "describe", "orders"])["storageGib"],
        200
    );

    // Planned, then the cluster is updated by someone else: refused.
    std::fs::write(
        d.join("orders.yaml"),
        orders_manifest("200GiB").replace("brokers: 3", "brokers: 6"),
    )
    .unwrap();
    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "orders.yaml", "--out", "p2.json"],
    );
    assert_eq!(code, 0, "{out}{err}");
    ok(
        mskctl(&emu, d),
        &[
            "cluster",
            "broker-type",
            "orders",
            "--type",
            "kafka.m7g.large",
            "--yes",
            "--wait",
        ],
    );
    let (code, out, err) = run(mskctl(&emu, d), &["apply", "--plan", "p2.json", "--yes"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("changed since the plan was made"), "{err}");
    assert_eq!(
        json(mskctl(&emu, d), &["cluster", "describe", "orders"])["brokerCount"],
        3
    );
}

/// `storageMode` and `provisionedThroughput` through UpdateStorage, with
/// MSK's limits checked against the broker type first.
#[test]
fn storage_mode_and_throughput_are_applied_within_msk_limits() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    emu.set_bootstrap("orders", UNRESOLVABLE);
    emu.create_active_cluster("orders", 3, &["s-a", "s-b", "s-c"]);

    // kafka.m5.large cannot have provisioned throughput: refused, named.
    let throughput = orders_manifest("100GiB")
        + "  provisionedThroughput:\n    enabled: true\n    volumeThroughput: 300\n";
    std::fs::write(d.join("orders.yaml"), throughput).unwrap();
    let (code, out, err) = run(mskctl(&emu, d), &["plan", "-f", "orders.yaml"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        format!("{out}{err}").contains("kafka.m5.4xlarge and larger"),
        "{out}{err}"
    );

    let tiered = orders_manifest("100GiB") + "  storageMode: TIERED\n";
    std::fs::write(d.join("orders.yaml"), tiered).unwrap();
    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "orders.yaml", "--exit-code"],
    );
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains("storage mode LOCAL -> TIERED"), "{out}");
    let (code, out, err) = run(mskctl(&emu, d), &["apply", "-f", "orders.yaml", "--yes"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(operation_types(&emu, d, "orders").contains(&"UPDATE_STORAGE".to_string()));
    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "orders.yaml", "--exit-code"],
    );
    assert_eq!(code, 0, "{out}{err}");

    // Back to LOCAL deletes the tier's data: destructive.
    let local = orders_manifest("100GiB") + "  storageMode: LOCAL\n";
    std::fs::write(d.join("orders.yaml"), local).unwrap();
    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "orders.yaml", "-o", "json"],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("\"destructive\""), "{out}");
}

/// MSK Serverless through a Cluster manifest (`spec.serverless`): created
/// with CreateClusterV2, listed with its type, described, left alone when
/// it matches, refused where MSK changes nothing in place, and deleted.
/// The provisioned-only commands say they do not apply.
#[test]
fn serverless_clusters_from_manifests() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let manifest = |subnets: &str| {
        format!(
            "apiVersion: mskctl/v1\nkind: Cluster\nmetadata:\n  name: events\nspec:\n  serverless:\n    subnets: [{subnets}]\n    securityGroups: [sg-1]\n"
        )
    };
    std::fs::write(d.join("events.yaml"), manifest("s-a, s-b")).unwrap();
    let (code, out, err) = run(mskctl(&emu, d), &["validate", "-f", "events.yaml"]);
    assert_eq!(code, 0, "{out}{err}");

    // Provisioned fields are not for Serverless: named with their position.
    std::fs::write(d.join("bad.yaml"), manifest("s-a, s-b") + "  brokers: 3\n").unwrap();
    let (code, out, err) = run(mskctl(&emu, d), &["validate", "-f", "bad.yaml"]);
    assert_ne!(code, 0, "{out}{err}");
    assert!(
        format!("{out}{err}").contains("bad.yaml:9:3: 'brokers' is not for a Serverless cluster"),
        "{out}{err}"
    );

    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "events.yaml", "--exit-code"],
    );
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains("MSK Serverless"), "{out}");
    let (code, out, err) = run(mskctl(&emu, d), &["apply", "-f", "events.yaml", "--yes"]);
    assert_eq!(code, 0, "{out}{err}");

    let listed = json(mskctl(&emu, d), &["cluster", "list"]);
    let events = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "events")
        .unwrap_or_else(|| panic!("{listed}"));
    assert_eq!(events["clusterType"], "SERVERLESS", "{listed}");
    let described = json(mskctl(&emu, d), &["cluster", "describe", "events"]);
    assert_eq!(described["serverless"], true, "{described}");

    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "events.yaml", "--exit-code"],
    );
    assert_eq!(code, 0, "{out}{err}");
    std::fs::write(d.join("events.yaml"), manifest("s-a, s-c")).unwrap();
    let (code, out, err) = run(mskctl(&emu, d), &["plan", "-f", "events.yaml"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        format!("{out}{err}").contains("cannot move a Serverless cluster"),
        "{out}{err}"
    );

    let (code, out, err) = run(
        mskctl(&emu, d),
        &["cluster", "scale", "events", "--brokers", "6", "--yes"],
    );
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("Serverless cluster: this command applies to provisioned clusters only"),
        "{err}"
    );

    let (code, out, err) = run(mskctl(&emu, d), &["--yes", "cluster", "delete", "events"]);
    assert_eq!(code, 0, "{out}{err}");
}
