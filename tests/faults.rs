//! Faults between mskctl and the brokers, through the fault-injecting proxy
//! (tests/support/fault_proxy.rs): answers dropped, stalled, delayed or
//! trickled per API, on every connection the client opens.

mod support;

use std::time::Duration;

use kafka_protocol::messages::ApiKey;
use support::cli::{mskctl, ok, run};
use support::cluster::{ClusterConfig, TestCluster};
use support::fault_proxy::{Action, FaultProxy};

fn cluster() -> TestCluster {
    TestCluster::start(ClusterConfig {
        brokers: 3,
        ..ClusterConfig::default()
    })
    .unwrap()
}

fn first_broker(c: &TestCluster) -> String {
    c.bootstrap()
        .split(',')
        .next()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn every_connection_goes_through_the_proxy() {
    let c = cluster();
    let proxy = FaultProxy::start(&first_broker(&c));
    let b = proxy.bootstrap();
    ok(
        mskctl(&b),
        &[
            "topic",
            "create",
            "t",
            "--partitions",
            "3",
            "--replication-factor",
            "3",
        ],
    );
    assert!(c.topic("t").is_some());
    // CreateTopics goes to the controller, reached at the address the
    // proxy rewrote into the metadata.
    assert_eq!(proxy.requests(ApiKey::CreateTopics), 1);
    assert!(proxy.requests(ApiKey::Metadata) >= 1);
}

#[test]
fn a_dropped_or_trickled_answer_to_a_read_is_survived() {
    let c = cluster();
    c.create_topic("t", 3, 3, &[]);
    let proxy = FaultProxy::start(&first_broker(&c));
    let b = proxy.bootstrap();
    proxy.on(ApiKey::Metadata, Action::Drop, 1);
    let out = ok(mskctl(&b), &["topic", "list"]);
    assert!(out.contains('t'), "{out}");

    proxy.on(
        ApiKey::Metadata,
        Action::Trickle {
            chunk: 7,
            every: Duration::from_millis(2),
        },
        2,
    );
    let out = ok(mskctl(&b), &["topic", "describe", "t"]);
    assert!(
        out.contains("PARTITION") || out.contains("partition"),
        "{out}"
    );
}

/// `apply` when the answer to a change is lost (the broker may or may not
/// have acted): the run says so and fails, and running it again converges
/// instead of failing on what the first run did do.
#[test]
fn apply_after_a_lost_answer_converges_on_the_next_run() {
    let c = cluster();
    let proxy = FaultProxy::start(&first_broker(&c));
    let b = proxy.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let manifest = dir.path().join("topics.yaml");
    std::fs::write(
        &manifest,
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata:\n  name: lost-answer\nspec:\n  partitions: 3\n  replicationFactor: 3\n",
    )
    .unwrap();
    let m = manifest.to_string_lossy().to_string();

    // The broker creates the topic; its answer never arrives.
    proxy.on(ApiKey::CreateTopics, Action::Drop, 1);
    let (code, out, err) = run(mskctl(&b), &["apply", "-f", &m, "--yes"]);
    assert_ne!(code, 0, "a lost answer is not a success\n{out}{err}");
    assert!(c.topic("lost-answer").is_some(), "the broker did act");

    // The next run finds the topic as declared and has nothing to do.
    let (code, out, err) = run(mskctl(&b), &["apply", "-f", &m, "--yes"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = run(mskctl(&b), &["plan", "-f", &m, "--exit-code"]);
    assert_eq!(code, 0, "no changes pending\n{out}{err}");
}

#[test]
fn timeout_bounds_the_whole_command_and_the_error_counts_the_attempts() {
    let c = cluster();
    let proxy = FaultProxy::start(&first_broker(&c));
    let b = proxy.bootstrap();
    proxy.always(ApiKey::Metadata, Action::Stall);
    let mut cmd = support::cli::mskctl_bare();
    cmd.args(["-b", &b, "--timeout", "2s"]);
    let (code, out, err) = run(cmd, &["topic", "list"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("(--timeout 2s bounds the whole command)"),
        "{err}"
    );
    let sent = proxy.requests(ApiKey::Metadata);
    let said = if sent == 1 {
        "Metadata request timed out after 2s: 1 attempt over".to_string()
    } else {
        format!("Metadata request timed out after 2s: {sent} attempts over")
    };
    assert!(err.contains(&said), "proxy saw {sent}: {err}");
}

/// A cluster with one partition on brokers 1 and 2 that is too big to ever
/// finish moving on its own, and a plan moving it to 3 and 2.
fn slow_reassignment(dir: &std::path::Path) -> (TestCluster, String) {
    let c = cluster();
    c.create_topic_with_assignment("t", &[vec![1, 2]], &[]);
    c.set_partition_size("t", 0, 1 << 40);
    c.set_unthrottled_rate(1);
    let plan = dir.join("plan.json");
    std::fs::write(
        &plan,
        r#"{"version":1,"partitions":[{"topic":"t","partition":0,"replicas":[3,2]}]}"#,
    )
    .unwrap();
    (c, plan.to_string_lossy().into_owned())
}

/// Starts `execute --wait` in the background and returns once the
/// reassignment is running in the cluster; the handle gives the exit code
/// and everything printed.
fn execute_in_background(
    c: &TestCluster,
    mut cmd: assert_cmd::Command,
    plan: &str,
) -> std::thread::JoinHandle<(i32, String)> {
    let rollback = format!("{plan}.rollback.json");
    cmd.args([
        "partition",
        "reassign",
        "execute",
        "--plan",
        plan,
        "--wait",
        "--yes",
        "--rollback-out",
        &rollback,
    ]);
    let child = std::thread::spawn(move || {
        let out = cmd.output().expect("mskctl runs");
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        (out.status.code().unwrap_or(-1), text)
    });
    for _ in 0..300 {
        if c.reassignment_progress("t", 0).is_some() {
            return child;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("the reassignment never started");
}

fn finish(child: std::thread::JoinHandle<(i32, String)>) -> (i32, String) {
    child.join().expect("the mskctl thread ends")
}

#[test]
fn a_reassignment_wait_survives_dropped_answers() {
    let dir = tempfile::tempdir().unwrap();
    let (c, plan) = slow_reassignment(dir.path());
    let proxy = FaultProxy::start(&first_broker(&c));
    let child = execute_in_background(&c, mskctl(&proxy.bootstrap()), &plan);
    // More drops in a row than one request retries on its own.
    let seen = proxy.requests(ApiKey::ListPartitionReassignments);
    proxy.on(ApiKey::ListPartitionReassignments, Action::Drop, 5);
    for _ in 0..400 {
        if proxy.requests(ApiKey::ListPartitionReassignments) >= seen + 6 {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    c.complete_reassignments();
    let (code, text) = finish(child);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("still waiting"), "{text}");
    assert_eq!(c.topic("t").unwrap().partitions[0].replicas, vec![3, 2]);
}

#[test]
fn a_reassignment_wait_that_loses_the_cluster_says_how_to_resume() {
    let dir = tempfile::tempdir().unwrap();
    let (c, plan) = slow_reassignment(dir.path());
    let proxy = FaultProxy::start(&first_broker(&c));
    let b = proxy.bootstrap();
    let mut cmd = support::cli::mskctl_bare();
    cmd.args(["-b", &b, "--timeout", "3s"]);
    let child = execute_in_background(&c, cmd, &plan);
    proxy.always(ApiKey::ListPartitionReassignments, Action::Stall);
    proxy.always(ApiKey::Metadata, Action::Stall);
    let (code, text) = finish(child);
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains(&format!(
            "to pick it up again, run: mskctl partition reassign verify --plan {plan} -b {b}"
        )),
        "{text}"
    );
    // The reassignment was not cancelled.
    assert!(c.reassignment_progress("t", 0).is_some());
}
