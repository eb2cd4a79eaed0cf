//! Commands against the protocol-level test cluster (crates/kafka-fake):
//! what tansu does not implement (CreatePartitions, several brokers with
//! racks, under-replicated and offline partitions, DeleteRecords, SASL) and
//! fault injection. The cluster decodes the requests mskctl really sends and
//! answers with Kafka's error codes.

mod support;

use kafka_protocol::messages::ApiKey;
use support::cli::{json, mskctl, mskctl_bare, ok, run};
use support::cluster::{ClusterConfig, Fault, TestCluster};

fn cluster() -> TestCluster {
    TestCluster::start(ClusterConfig {
        brokers: 3,
        racks: vec!["az1".into(), "az2".into(), "az3".into()],
        ..ClusterConfig::default()
    })
    .expect("test cluster starts")
}

#[test]
fn broker_list_shows_racks_and_controller() {
    let c = cluster();
    let brokers = json(mskctl(&c.bootstrap()), &["broker", "list"]);
    let arr = brokers.as_array().unwrap();
    assert_eq!(arr.len(), 3, "{brokers}");
    let racks: Vec<&str> = arr.iter().map(|b| b["rack"].as_str().unwrap()).collect();
    assert_eq!(racks, vec!["az1", "az2", "az3"]);
    assert_eq!(
        arr.iter().filter(|b| b["controller"] == true).count(),
        1,
        "{brokers}"
    );
    let table = ok(mskctl(&c.bootstrap()), &["broker", "list"]);
    assert!(table.starts_with("ID"), "{table}");
    assert!(table.contains("az2"), "{table}");
}

#[test]
fn describe_shows_replicas_isr_and_only_non_default_configs() {
    let c = cluster();
    c.create_topic("orders", 3, 3, &[("retention.ms", "86400000")]);
    let d = json(mskctl(&c.bootstrap()), &["topic", "describe", "orders"]);
    assert_eq!(d["partitions"].as_array().unwrap().len(), 3);
    for p in d["partitions"].as_array().unwrap() {
        assert_eq!(p["replicas"].as_array().unwrap().len(), 3, "{p}");
        assert_eq!(p["isr"].as_array().unwrap().len(), 3, "{p}");
        assert_eq!(p["leader"], p["replicas"][0], "{p}");
    }
    let configs = d["configs"].as_object().unwrap();
    assert_eq!(configs.len(), 1, "only the topic's own config: {d}");
    assert_eq!(configs["retention.ms"], "86400000");
}

#[test]
fn alter_partitions_increases_and_refuses_a_decrease_without_a_request() {
    let c = cluster();
    c.create_topic("grow", 3, 2, &[]);
    let out = ok(
        mskctl(&c.bootstrap()),
        &["topic", "alter", "grow", "--partitions", "6", "--yes"],
    );
    assert!(out.contains("3 -> 6"), "{out}");
    assert_eq!(c.topic("grow").unwrap().partitions.len(), 6);
    assert_eq!(c.request_count(ApiKey::CreatePartitions), 1);

    let (code, _out, err) = run(
        mskctl(&c.bootstrap()),
        &["topic", "alter", "grow", "--partitions", "4"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("cannot reduce"), "{err}");
    assert_eq!(
        c.request_count(ApiKey::CreatePartitions),
        1,
        "no CreatePartitions for a decrease"
    );
    assert_eq!(c.topic("grow").unwrap().partitions.len(), 6);
}

#[test]
fn create_reports_the_brokers_reason() {
    let c = cluster();
    let b = c.bootstrap();
    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "topic",
            "create",
            "big",
            "--partitions",
            "1",
            "--replication-factor",
            "5",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("INVALID_REPLICATION_FACTOR"), "{err}");
    assert!(err.contains("topic 'big'"), "{err}");

    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "topic",
            "create",
            "bad",
            "--partitions",
            "1",
            "--replication-factor",
            "1",
            "--config",
            "retention.msec=5",
        ],
    );
    // An unknown key is caught offline, as `validate` catches it.
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("retention.msec") && err.contains("did you mean 'retention.ms'"),
        "{err}"
    );
    assert!(c.topic("bad").is_none());

    let out = ok(
        mskctl(&b),
        &[
            "topic",
            "create",
            "dry",
            "--partitions",
            "2",
            "--replication-factor",
            "3",
            "--validate-only",
        ],
    );
    assert!(out.contains("valid"), "{out}");
    assert!(c.topic("dry").is_none(), "validate-only creates nothing");
}

#[test]
fn config_changes_never_use_legacy_alter_configs() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("cfg", 1, 1, &[("cleanup.policy", "compact")]);
    ok(
        mskctl(&b),
        &[
            "--yes",
            "topic",
            "config",
            "set",
            "cfg",
            "retention.ms=1000",
        ],
    );
    ok(
        mskctl(&b),
        &["topic", "config", "delete", "cfg", "retention.ms"],
    );
    ok(
        mskctl(&b),
        &[
            "--yes",
            "retention",
            "set",
            "cfg",
            "--time",
            "1h",
            "--bytes",
            "1GiB",
        ],
    );
    assert_eq!(c.request_count(ApiKey::AlterConfigs), 0);
    assert!(c.request_count(ApiKey::IncrementalAlterConfigs) >= 3);
    let t = c.topic("cfg").unwrap();
    assert_eq!(
        t.configs.get("cleanup.policy").map(String::as_str),
        Some("compact")
    );
    assert_eq!(
        t.configs.get("retention.ms").map(String::as_str),
        Some("3600000")
    );

    // A value the broker rejects (injected: the offline checks catch the
    // ones known to be invalid) fails naming the topic.
    c.inject(Fault::Error {
        api: ApiKey::IncrementalAlterConfigs,
        code: 40,
        times: 1,
    });
    let (code, _o, err) = run(
        mskctl(&b),
        &["topic", "config", "set", "cfg", "min.insync.replicas=1"],
    );
    c.clear_faults();
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("topic 'cfg'") && err.contains("INVALID_CONFIG"),
        "{err}"
    );
    let (code, _o, err) = run(
        mskctl(&b),
        &["topic", "config", "set", "ghost", "retention.ms=1"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("topic 'ghost' not found"), "{err}");
}

#[test]
fn health_finds_under_replicated_offline_and_under_min_isr() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("ok", 2, 3, &[]);
    c.create_topic("sick", 3, 3, &[("min.insync.replicas", "2")]);
    let (code, _out, err) = run(mskctl(&b), &["topic", "health"]);
    assert_eq!(code, 0, "{err}");

    let p0 = c.topic("sick").unwrap().partitions[0].clone();
    c.set_partition("sick", 0, p0.leader, vec![p0.leader, p0.replicas[1]]);
    c.set_partition("sick", 1, -1, vec![]);
    let p2 = c.topic("sick").unwrap().partitions[2].clone();
    c.set_partition("sick", 2, p2.leader, vec![p2.leader]);

    let (code, out, err) = run(mskctl(&b), &["topic", "health", "-o", "json"]);
    assert_eq!(code, 4, "{out}{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let problems: Vec<(i64, Vec<String>)> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            assert_eq!(p["topic"], "sick");
            (
                p["partition"].as_i64().unwrap(),
                p["problems"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s.as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        problems,
        vec![
            (0, vec!["under-replicated".to_string()]),
            (
                1,
                vec![
                    "offline".into(),
                    "under-replicated".into(),
                    "under-min-isr".into()
                ]
            ),
            (2, vec!["under-replicated".into(), "under-min-isr".into()]),
        ]
    );
    let (code, _o, _e) = run(mskctl(&b), &["topic", "health", "--topic", "^ok$"]);
    assert_eq!(code, 0);
    // A pattern that matches nothing (a typo) must not keep monitoring green.
    let (code, out, err) = run(mskctl(&b), &["topic", "health", "--topic", "^okk$"]);
    assert_eq!(code, 4, "{out}{err}");
    assert!(err.contains("no topic matches --topic '^okk$'"), "{err}");
    let (code, out, _) = run(
        mskctl(&b),
        &["topic", "health", "--topic", "^okk$", "-o", "json"],
    );
    assert_eq!(code, 4);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["matched_nothing"], true);
    assert_eq!(v["healthy"], false);
}

#[test]
fn purge_by_offset_and_by_time() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("events", 2, 1, &[]);
    // 100 records a partition, one second apart from t=1_000_000 ms.
    c.append_records("events", 0, 100, 1_000_000, 1000);
    c.append_records("events", 1, 100, 1_000_000, 1000);

    // Without --yes and without a terminal: refused, nothing deleted.
    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "retention",
            "purge",
            "events",
            "--partition",
            "0",
            "--before-offset",
            "40",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert_eq!(c.topic("events").unwrap().partitions[0].log_start, 0);

    ok(
        mskctl(&b),
        &[
            "--yes",
            "retention",
            "purge",
            "events",
            "--partition",
            "0",
            "--before-offset",
            "40",
        ],
    );
    assert_eq!(c.topic("events").unwrap().partitions[0].log_start, 40);
    assert_eq!(c.topic("events").unwrap().partitions[1].log_start, 0);

    // 1_000_000 + 60 s -> offset 60 on both partitions.
    let before = "1970-01-01T00:17:40Z";
    ok(
        mskctl(&b),
        &["--yes", "retention", "purge", "events", "--before", before],
    );
    let t = c.topic("events").unwrap();
    assert_eq!(t.partitions[0].log_start, 60);
    assert_eq!(t.partitions[1].log_start, 60);

    // Beyond the end is clamped to the high watermark, and the clamp shown.
    let (code, _out, err) = run(
        mskctl(&b),
        &[
            "--yes",
            "retention",
            "purge",
            "events",
            "--partition",
            "1",
            "--before-offset",
            "500",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("clamped"), "{err}");
    assert_eq!(c.topic("events").unwrap().partitions[1].log_start, 100);
}

#[test]
fn retriable_errors_are_retried_and_timeouts_are_bounded() {
    let c = cluster();
    let b = c.bootstrap();
    c.inject(Fault::Error {
        api: ApiKey::CreateTopics,
        code: 41,
        times: 1,
    });
    ok(
        mskctl(&b),
        &[
            "topic",
            "create",
            "retry",
            "--partitions",
            "1",
            "--replication-factor",
            "1",
        ],
    );
    assert!(c.topic("retry").is_some());
    assert_eq!(c.request_count(ApiKey::CreateTopics), 2);

    c.clear_faults();
    c.inject(Fault::Delay {
        api: ApiKey::DescribeConfigs,
        millis: 5000,
    });
    let (code, _o, err) = run(
        mskctl_bare(),
        &["-b", &b, "--timeout", "1s", "topic", "describe", "retry"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("timed out after 1s"), "{err}");
}

#[test]
fn a_dropped_connection_during_a_read_is_survived() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("t1", 1, 1, &[]);
    // ApiVersions + Metadata succeed, then the socket is closed: the next
    // read (DescribeConfigs) must reconnect and succeed.
    c.inject(Fault::DropConnectionAfter { requests: 2 });
    let d = json(mskctl(&b), &["topic", "config", "get", "t1", "--all"]);
    assert!(
        d.as_array()
            .unwrap()
            .iter()
            .any(|c| c["name"] == "retention.ms"),
        "{d}"
    );
}
