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

#[test]
fn a_stalled_answer_ends_in_a_timeout_that_names_it() {
    let c = cluster();
    let proxy = FaultProxy::start(&first_broker(&c));
    let b = proxy.bootstrap();
    proxy.always(ApiKey::Metadata, Action::Stall);
    let mut cmd = support::cli::mskctl_bare();
    cmd.args(["-b", &b, "--timeout", "2s"]);
    let (code, out, err) = run(cmd, &["topic", "list"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("timed out"), "{err}");
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
        "Metadata request timed out: 1 attempt over".to_string()
    } else {
        format!("Metadata request timed out: {sent} attempts over")
    };
    assert!(err.contains(&said), "proxy saw {sent}: {err}");
}
