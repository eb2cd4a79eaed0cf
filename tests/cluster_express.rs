//! Express clusters' intelligent rebalancing around partition moves, broker
//! reboots and rolling restarts, and Kafka version upgrades, against the MSK
//! emulator (tests/support/msk_emulator.py) with the protocol-level test
//! cluster as the Kafka side where one is needed.

mod support;

use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use support::cli::{mskctl_bare, run};
use support::cluster::{ClusterConfig, TestCluster};
use support::msk::{encode, MskEmulator, MskEmulatorOptions};

fn emulator() -> MskEmulator {
    MskEmulator::start_with(MskEmulatorOptions {
        transition: Duration::from_millis(300),
        ..MskEmulatorOptions::default()
    })
}

fn mskctl(emu: &MskEmulator, dir: &Path) -> assert_cmd::Command {
    let mut cmd = mskctl_bare();
    cmd.envs(emu.env())
        .current_dir(dir)
        .args(["--timeout", "60s"]);
    cmd
}

fn ok(cmd: assert_cmd::Command, args: &[&str]) -> (String, String) {
    let (code, out, err) = run(cmd, args);
    assert_eq!(
        code, 0,
        "mskctl {args:?} failed\nstdout:\n{out}\nstderr:\n{err}"
    );
    (out, err)
}

fn json_of(cmd: assert_cmd::Command, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["-o", "json"]);
    let (out, _) = ok(cmd, &all);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}"))
}

/// Creates an ACTIVE Express cluster (plaintext, unauthenticated) over three
/// zones; MSK turns intelligent rebalancing on for it.
fn create_express(emu: &MskEmulator, name: &str, brokers: u32) -> String {
    let body = json!({
        "clusterName": name,
        "provisioned": {
            "kafkaVersion": "3.6.0",
            "numberOfBrokerNodes": brokers,
            "brokerNodeGroupInfo": {
                "instanceType": "express.m7g.large",
                "clientSubnets": ["s-a", "s-b", "s-c"],
                "securityGroups": ["sg-0123456789abcdef0"],
            },
            "encryptionInfo": {"encryptionInTransit": {"clientBroker": "PLAINTEXT", "inCluster": true}},
            "clientAuthentication": {"unauthenticated": {"enabled": true}},
        },
    });
    let (status, response) = emu.request("POST", "/api/v2/clusters", Some(&body));
    assert_eq!(status, 200, "CreateClusterV2 {name}: {response}");
    let arn = response["clusterArn"].as_str().unwrap().to_string();
    emu.wait_for_state(&arn, "ACTIVE");
    arn
}

fn rebalancing(emu: &MskEmulator, dir: &Path, cluster: &str) -> Value {
    json_of(mskctl(emu, dir), &["cluster", "describe", cluster])["rebalancing"].clone()
}

fn operation_types(emu: &MskEmulator, dir: &Path, cluster: &str) -> Vec<String> {
    json_of(mskctl(emu, dir), &["cluster", "operations", cluster])
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|o| o["operationType"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn rebalancing_is_shown_paused_and_resumed_on_express_clusters_only() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let arn = create_express(&emu, "fast", 3);
    let standard = emu.create_active_cluster("std", 3, &["s-a", "s-b", "s-c"]);

    assert_eq!(rebalancing(&emu, d, "fast"), "ACTIVE");
    assert_eq!(rebalancing(&emu, d, "std"), Value::Null);
    let (table, _) = ok(mskctl(&emu, d), &["cluster", "describe", "fast"]);
    assert!(table.contains("Intelligent rebalancing"), "{table}");

    // Pausing is risky: refused without --yes and a terminal, before any
    // call to AWS.
    let (code, out, err) = run(
        mskctl(&emu, d),
        &["cluster", "rebalancing", "pause", "fast"],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("risky") && err.contains("--yes"), "{err}");
    assert!(err.contains("MSK cluster \"fast\""), "{err}");
    assert_eq!(rebalancing(&emu, d, "fast"), "ACTIVE");

    ok(
        mskctl(&emu, d),
        &["cluster", "rebalancing", "pause", "fast", "--wait", "--yes"],
    );
    assert_eq!(rebalancing(&emu, d, "fast"), "PAUSED");
    assert!(operation_types(&emu, d, "fast").contains(&"UPDATE_REBALANCING".to_string()));

    // Resuming is safe: announced, not asked.
    let (_, err) = ok(
        mskctl(&emu, d),
        &["cluster", "rebalancing", "resume", "fast", "--wait"],
    );
    assert!(err.contains("(safe)"), "{err}");
    assert_eq!(rebalancing(&emu, d, "fast"), "ACTIVE");
    let (out, _) = ok(
        mskctl(&emu, d),
        &["cluster", "rebalancing", "resume", "fast"],
    );
    assert!(out.contains("already ACTIVE"), "{out}");

    // Standard brokers have none: mskctl says so, and the emulator refuses
    // the call as MSK does.
    let (code, _, err) = run(
        mskctl(&emu, d),
        &["cluster", "rebalancing", "pause", "std", "--yes"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("Express"), "{err}");
    let described = emu.describe(&standard).unwrap();
    let (status, response) = emu.request(
        "PUT",
        &format!("/v1/clusters/{}/rebalancing", encode(&standard)),
        Some(&json!({
            "currentVersion": described["currentVersion"],
            "rebalancing": {"status": "PAUSED"},
        })),
    );
    assert_eq!(status, 400, "{response}");
    assert!(
        response["message"]
            .as_str()
            .unwrap_or_default()
            .contains("Express"),
        "{response}"
    );
    assert!(emu.describe(&arn).is_some());
}

/// A 6-broker Kafka cluster holding `orders` (partitions on brokers 1-3),
/// behind the emulated Express cluster `events`.
fn express_with_kafka() -> (TestCluster, MskEmulator) {
    let kafka = TestCluster::start(ClusterConfig {
        brokers: 6,
        racks: vec!["a".into(), "b".into(), "c".into()],
        ..ClusterConfig::default()
    })
    .unwrap();
    let assignment: Vec<Vec<i32>> = (0..3).map(|i| vec![1 + i % 3, 1 + (i + 1) % 3]).collect();
    kafka.create_topic_with_assignment("orders", &assignment, &[]);
    let emu = emulator();
    emu.set_bootstrap("events", &kafka.bootstrap());
    create_express(&emu, "events", 6);
    (kafka, emu)
}

fn replicas_of(kafka: &TestCluster, partition: i32) -> Vec<i32> {
    kafka.topic("orders").unwrap().partitions[partition as usize]
        .replicas
        .clone()
}

fn execute(emu: &MskEmulator, dir: &Path, plan: &str, extra: &[&str]) -> (i32, String, String) {
    std::fs::write(dir.join("plan.json"), plan).unwrap();
    let mut args = vec![
        "partition",
        "reassign",
        "execute",
        "--plan",
        "plan.json",
        "--msk-cluster",
        "events",
        "--msk-auth",
        "plaintext",
    ];
    args.extend_from_slice(extra);
    run(mskctl(emu, dir), &args)
}

#[test]
fn a_reassignment_on_an_express_cluster_pauses_and_resumes_rebalancing() {
    let (kafka, emu) = express_with_kafka();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let plan = r#"{"version":1,"partitions":[{"topic":"orders","partition":0,"replicas":[4,5]}]}"#;

    // ACTIVE: refused, nothing moved, nothing paused.
    let (code, out, err) = execute(&emu, d, plan, &["--wait", "--yes"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("intelligent rebalancing is ACTIVE"), "{err}");
    assert!(err.contains("--pause-rebalancing"), "{err}");
    assert_eq!(replicas_of(&kafka, 0), [1, 2]);
    assert!(!operation_types(&emu, d, "events").contains(&"UPDATE_REBALANCING".to_string()));

    // Pausing around a move that is not waited for would resume too early.
    let (code, _, err) = execute(&emu, d, plan, &["--pause-rebalancing", "--yes"]);
    assert_eq!(code, 2, "{err}");

    // Paused, moved, resumed.
    let (code, out, err) = execute(&emu, d, plan, &["--pause-rebalancing", "--wait", "--yes"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(replicas_of(&kafka, 0), [4, 5]);
    assert!(err.contains("PAUSED"), "{err}");
    assert!(err.contains("resumed (ACTIVE)"), "{err}");
    let types = operation_types(&emu, d, "events");
    assert_eq!(
        types.iter().filter(|t| *t == "UPDATE_REBALANCING").count(),
        2,
        "{types:?}"
    );
    assert_eq!(rebalancing(&emu, d, "events"), "ACTIVE");

    // A move that fails still gets rebalancing resumed, and says so.
    let bad = r#"{"version":1,"partitions":[{"topic":"orders","partition":1,"replicas":[4,99]}]}"#;
    let (code, out, err) = execute(&emu, d, bad, &["--pause-rebalancing", "--wait", "--yes"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("99"), "{err}");
    assert!(
        err.contains("the move failed; intelligent rebalancing of MSK cluster events was resumed"),
        "{err}"
    );
    assert_eq!(rebalancing(&emu, d, "events"), "ACTIVE");
    assert_eq!(replicas_of(&kafka, 1), [2, 3]);

    // broker drain is held to the same rule.
    let (code, _, err) = run(
        mskctl(&emu, d),
        &[
            "broker",
            "drain",
            "1",
            "--msk-cluster",
            "events",
            "--msk-auth",
            "plaintext",
            "--wait",
            "--yes",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("intelligent rebalancing is ACTIVE"), "{err}");
    assert!(replicas_of(&kafka, 2).contains(&1));
}

#[test]
fn express_scale_in_with_rebalance_leaves_the_moves_to_msk() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Brokers nobody can reach: nothing is drained, so Kafka is not needed.
    emu.set_bootstrap("events", "127.0.0.1:1");
    create_express(&emu, "events", 6);
    let (out, err) = ok(
        mskctl(&emu, d),
        &[
            "cluster",
            "scale",
            "events",
            "--brokers",
            "3",
            "--rebalance",
            "--yes",
        ],
    );
    assert!(err.contains("not drained by hand"), "{err}");
    assert!(out.contains("done, 3 brokers"), "{out}");
    assert_eq!(
        json_of(mskctl(&emu, d), &["cluster", "describe", "events"])["brokerCount"],
        3
    );
    assert!(operation_types(&emu, d, "events").contains(&"DECREASE_BROKER_COUNT".to_string()));

    // Moving partitions onto new brokers is MSK's job too while ACTIVE.
    let (code, _, err) = run(
        mskctl(&emu, d),
        &[
            "cluster",
            "scale",
            "events",
            "--brokers",
            "6",
            "--rebalance",
            "--yes",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("--pause-rebalancing"), "{err}");
    assert_eq!(
        json_of(mskctl(&emu, d), &["cluster", "describe", "events"])["brokerCount"],
        3,
        "refused before growing"
    );
}

fn reboots(emu: &MskEmulator, arn: &str) -> Vec<(String, Value)> {
    let (status, response) = emu.request(
        "GET",
        &format!("/api/v2/clusters/{}/operations", encode(arn)),
        None,
    );
    assert_eq!(status, 200, "{response}");
    let mut out: Vec<(String, Value)> = response["clusterOperationInfoList"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .filter(|o| o["operationType"] == "REBOOT_NODE")
        .map(|o| {
            let state = o["operationState"].as_str().unwrap_or_default().to_string();
            let detail = emu
                .request(
                    "GET",
                    &format!(
                        "/api/v2/operations/{}",
                        encode(o["operationArn"].as_str().unwrap_or_default())
                    ),
                    None,
                )
                .1;
            (
                state,
                detail["clusterOperationInfo"]["provisioned"]["targetClusterInfo"]["brokerIds"][0]
                    .clone(),
            )
        })
        .collect();
    out.reverse();
    out
}

#[test]
fn a_rolling_restart_waits_for_under_replicated_partitions_between_brokers() {
    let kafka = TestCluster::start(ClusterConfig {
        brokers: 3,
        ..ClusterConfig::default()
    })
    .unwrap();
    kafka.create_topic_with_assignment("orders", &[vec![1, 2, 3], vec![2, 3, 1]], &[]);
    let emu = emulator();
    emu.set_bootstrap("events", &kafka.bootstrap());
    let arn = emu.create_active_cluster("events", 3, &["s-a", "s-b", "s-c"]);
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_path_buf();

    // Risky: refused without --yes.
    let (code, _, err) = run(
        mskctl(&emu, &d),
        &[
            "cluster",
            "restart",
            "events",
            "--rolling",
            "--msk-auth",
            "plaintext",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("risky"), "{err}");
    assert!(reboots(&emu, &arn).is_empty());

    // Broker 3 lags behind on partition 0 while the first broker reboots.
    kafka.set_partition("orders", 0, 1, vec![1, 2]);
    let cmd = mskctl(&emu, &d);
    let restart = thread::spawn(move || {
        run(
            cmd,
            &[
                "cluster",
                "restart",
                "events",
                "--rolling",
                "--wait",
                "--yes",
                "--msk-auth",
                "plaintext",
            ],
        )
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    while !reboots(&emu, &arn)
        .iter()
        .any(|(state, _)| state == "UPDATE_COMPLETE")
    {
        assert!(
            Instant::now() < deadline,
            "the first reboot never completed"
        );
        thread::sleep(Duration::from_millis(50));
    }
    // Several ISR polls later, the next broker is still up: the restart
    // waits for the partition to catch up.
    thread::sleep(Duration::from_secs(5));
    assert_eq!(reboots(&emu, &arn).len(), 1, "{:?}", reboots(&emu, &arn));
    kafka.set_partition("orders", 0, 1, vec![1, 2, 3]);

    let (code, out, err) = restart.join().unwrap();
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        err.contains("waiting for 1 under-replicated partition(s)"),
        "{err}"
    );
    assert!(out.contains("brokers 1,2,3 restarted"), "{out}");
    let done = reboots(&emu, &arn);
    assert_eq!(
        done.iter().map(|(_, b)| b.clone()).collect::<Vec<_>>(),
        [json!("1"), json!("2"), json!("3")]
    );
    assert!(done.iter().all(|(s, _)| s == "UPDATE_COMPLETE"), "{done:?}");

    // Resuming from a broker restarts that one and the ones after it.
    let (out, _) = ok(
        mskctl(&emu, &d),
        &[
            "cluster",
            "restart",
            "events",
            "--rolling",
            "--from-broker",
            "3",
            "--wait",
            "--yes",
            "--msk-auth",
            "plaintext",
        ],
    );
    assert!(out.contains("brokers 3 restarted"), "{out}");
    assert_eq!(reboots(&emu, &arn).len(), 4);
    let (code, _, err) = run(
        mskctl(&emu, &d),
        &[
            "cluster",
            "restart",
            "events",
            "--rolling",
            "--from-broker",
            "7",
            "--yes",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no broker 7"), "{err}");
}

#[test]
fn reboot_broker_waits_and_reports_a_failed_reboot() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let arn = emu.create_active_cluster("orders", 3, &["s-a", "s-b", "s-c"]);
    let (code, _, err) = run(
        mskctl(&emu, d),
        &["cluster", "reboot-broker", "orders", "--broker", "2"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("Reboot broker 2 of MSK cluster \"orders\""),
        "{err}"
    );
    let (out, _) = ok(
        mskctl(&emu, d),
        &[
            "cluster",
            "reboot-broker",
            "orders",
            "--broker",
            "2",
            "--wait",
            "--yes",
        ],
    );
    assert!(out.contains("done, ACTIVE"), "{out}");
    assert_eq!(
        reboots(&emu, &arn),
        [("UPDATE_COMPLETE".to_string(), json!("2"))]
    );

    let (code, _, err) = run(
        mskctl(&emu, d),
        &[
            "cluster",
            "reboot-broker",
            "orders",
            "--broker",
            "9",
            "--yes",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no broker 9"), "{err}");

    emu.fail_operation(
        "RebootBroker",
        "InternalFailure",
        "broker 1 did not come back",
    );
    let (code, out, err) = run(
        mskctl(&emu, d),
        &[
            "cluster",
            "reboot-broker",
            "orders",
            "--broker",
            "1",
            "--wait",
            "--yes",
        ],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("InternalFailure: broker 1 did not come back"),
        "{err}"
    );
}

fn version_manifest(version: &str) -> String {
    format!(
        "\
apiVersion: mskctl/v1
kind: Cluster
metadata:
  name: orders
spec:
  kafkaVersion: {version}
  brokers: 3
  instanceType: kafka.m5.large
  storage: 100GiB
  subnets: [s-a, s-b, s-c]
  clientAuth:
    unauthenticated: true
  encryption:
    inTransit: PLAINTEXT
"
    )
}

#[test]
fn kafka_versions_are_listed_and_upgraded_through_a_cluster_manifest() {
    let emu = emulator();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    emu.set_bootstrap("orders", "b-1.orders.invalid:9092");
    emu.create_active_cluster("orders", 3, &["s-a", "s-b", "s-c"]);

    let v = json_of(mskctl(&emu, d), &["cluster", "versions", "orders"]);
    assert_eq!(v["kafkaVersion"], "3.6.0");
    assert_eq!(v["compatibleVersions"], json!(["3.7.x", "3.8.x", "3.9.x"]));
    let (table, _) = ok(mskctl(&emu, d), &["cluster", "versions", "orders"]);
    assert!(table.contains("3.7.x, 3.8.x, 3.9.x"), "{table}");

    let manifest = d.join("orders.yaml");
    // Not compatible (ZooKeeper mode to KRaft): refused with the list.
    std::fs::write(&manifest, version_manifest("4.1.x.kraft")).unwrap();
    let (code, out, err) = run(mskctl(&emu, d), &["plan", "-f", "orders.yaml"]);
    assert!(
        format!("{out}{err}").contains("3.7.x, 3.8.x, 3.9.x"),
        "{code}\n{out}{err}"
    );
    let (code, out, err) = run(mskctl(&emu, d), &["apply", "-f", "orders.yaml", "--yes"]);
    assert_ne!(code, 0, "{out}{err}");
    // A downgrade is refused as one.
    std::fs::write(&manifest, version_manifest("2.8.1")).unwrap();
    let (_, out, err) = run(mskctl(&emu, d), &["plan", "-f", "orders.yaml"]);
    assert!(format!("{out}{err}").contains("downgrade"), "{out}{err}");

    // A failed upgrade leaves the version as it was and says why.
    std::fs::write(&manifest, version_manifest("3.8.x")).unwrap();
    let (code, out, _) = run(
        mskctl(&emu, d),
        &["plan", "-f", "orders.yaml", "--exit-code"],
    );
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("Kafka version 3.6.0 -> 3.8.x"), "{out}");
    emu.fail_operation(
        "UpdateClusterKafkaVersion",
        "InternalFailure",
        "broker 2 failed to start on 3.8.x",
    );
    let (code, out, err) = run(mskctl(&emu, d), &["apply", "-f", "orders.yaml", "--yes"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("InternalFailure: broker 2 failed to start on 3.8.x"),
        "{err}"
    );
    assert_eq!(
        json_of(mskctl(&emu, d), &["cluster", "describe", "orders"])["kafkaVersion"],
        "3.6.0"
    );

    // Risky (a rolling restart): asked, then upgraded, then converged.
    let (code, _, err) = run(mskctl(&emu, d), &["apply", "-f", "orders.yaml"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("risky"), "{err}");
    ok(mskctl(&emu, d), &["apply", "-f", "orders.yaml", "--yes"]);
    assert_eq!(
        json_of(mskctl(&emu, d), &["cluster", "describe", "orders"])["kafkaVersion"],
        "3.8.x"
    );
    assert!(
        operation_types(&emu, d, "orders").contains(&"UPDATE_CLUSTER_KAFKA_VERSION".to_string())
    );
    let (code, out, err) = run(
        mskctl(&emu, d),
        &["plan", "-f", "orders.yaml", "--exit-code"],
    );
    assert_eq!(code, 0, "{out}{err}");
}
