//! Topic, config and retention commands against a real broker process:
//! tansu (Apache-Kafka-compatible), started per test on a loopback port.
//! Only operations tansu implements are exercised here; the rest run
//! against the protocol-level test cluster (tests/topics_cluster.rs).

mod support;

use support::cli::{json, mskctl, ok, run};
use support::tansu::Tansu;

/// `topic create NAME` with one partition, one replica and one config.
fn create_one(b: &str, name: &str, config: &str) {
    ok(
        mskctl(b),
        &[
            "topic",
            "create",
            name,
            "--partitions",
            "1",
            "--replication-factor",
            "1",
            "--config",
            config,
        ],
    );
}

#[test]
fn create_list_describe_delete_round_trip() {
    let broker = Tansu::start();
    let b = broker.bootstrap();

    let out = ok(
        mskctl(&b),
        &[
            "topic",
            "create",
            "orders",
            "--partitions",
            "3",
            "--replication-factor",
            "1",
            "--config",
            "retention.ms=3600000",
        ],
    );
    assert!(out.contains("topic 'orders' created"), "{out}");
    ok(
        mskctl(&b),
        &[
            "topic",
            "create",
            "payments",
            "--partitions",
            "1",
            "--replication-factor",
            "1",
        ],
    );

    let list = json(mskctl(&b), &["topic", "list"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"orders") && names.contains(&"payments"),
        "{list}"
    );
    let orders = list
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "orders")
        .unwrap();
    assert_eq!(orders["partitions"], 3);

    let filtered = json(mskctl(&b), &["topic", "list", "--pattern", "^pay"]);
    let names: Vec<&str> = filtered
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["payments"]);

    let d = json(mskctl(&b), &["topic", "describe", "orders"]);
    assert_eq!(d["name"], "orders");
    let parts = d["partitions"].as_array().unwrap();
    assert_eq!(parts.len(), 3);
    for (i, p) in parts.iter().enumerate() {
        assert_eq!(p["partition"], i as i64);
        assert!(p["leader"].is_i64(), "{p}");
        assert_eq!(p["replicas"].as_array().unwrap().len(), 1);
        assert!(p["isr"].is_array());
    }
    // tansu answers DescribeConfigs with only the topic's own settings
    // (labelled DEFAULT_CONFIG); mskctl reads such a partial answer as the
    // explicit set, so describe shows exactly what was set.
    let configs = d["configs"].as_object().unwrap();
    assert_eq!(configs.len(), 1, "{d}");
    assert_eq!(configs["retention.ms"], "3600000", "{d}");

    let out = ok(mskctl(&b), &["--yes", "topic", "delete", "payments"]);
    assert!(out.contains("topic 'payments' deleted"), "{out}");
    let list = json(mskctl(&b), &["topic", "list"]);
    assert!(!list.to_string().contains("\"payments\""), "{list}");
}

#[test]
fn delete_without_terminal_or_yes_refuses_and_keeps_the_topic() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    ok(
        mskctl(&b),
        &[
            "topic",
            "create",
            "keep",
            "--partitions",
            "1",
            "--replication-factor",
            "1",
        ],
    );
    let (code, _out, err) = run(mskctl(&b), &["topic", "delete", "keep"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("--yes"), "{err}");
    let d = json(mskctl(&b), &["topic", "describe", "keep"]);
    assert_eq!(d["name"], "keep");
}

#[test]
fn create_existing_topic_fails_unless_if_not_exists() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    ok(
        mskctl(&b),
        &[
            "topic",
            "create",
            "dup",
            "--partitions",
            "1",
            "--replication-factor",
            "1",
        ],
    );
    let (code, _out, err) = run(
        mskctl(&b),
        &[
            "topic",
            "create",
            "dup",
            "--partitions",
            "1",
            "--replication-factor",
            "1",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("TOPIC_ALREADY_EXISTS"), "{err}");
    let out = ok(
        mskctl(&b),
        &[
            "topic",
            "create",
            "dup",
            "--partitions",
            "1",
            "--replication-factor",
            "1",
            "--if-not-exists",
        ],
    );
    assert!(out.contains("already exists"), "{out}");
}

#[test]
fn unknown_topic_is_named() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    for args in [
        vec!["topic", "describe", "nope"],
        vec!["topic", "delete", "nope", "--yes"],
        vec!["retention", "get", "nope"],
        vec!["topic", "config", "get", "nope"],
        vec!["topic", "config", "set", "nope", "retention.ms=1"],
        vec!["topic", "alter", "nope", "--partitions", "2"],
    ] {
        let (code, _out, err) = run(mskctl(&b), &args);
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(err.contains("topic 'nope' not found"), "{args:?}: {err}");
    }
}

#[test]
fn config_set_get_delete_is_incremental() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    create_one(&b, "cfg", "cleanup.policy=compact");
    ok(
        mskctl(&b),
        &[
            "--yes",
            "topic",
            "config",
            "set",
            "cfg",
            "retention.ms=86400000",
            "max.message.bytes=2000000",
        ],
    );

    // --all: tansu labels topic configs DEFAULT_CONFIG (see above).
    let get = json(mskctl(&b), &["topic", "config", "get", "cfg"]);
    let map: std::collections::BTreeMap<String, String> = get
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_string(),
                c["value"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    // The key set at creation survives the later set: nothing is replaced.
    assert_eq!(
        map.get("cleanup.policy").map(String::as_str),
        Some("compact"),
        "{get}"
    );
    assert_eq!(
        map.get("retention.ms").map(String::as_str),
        Some("86400000"),
        "{get}"
    );
    assert_eq!(
        map.get("max.message.bytes").map(String::as_str),
        Some("2000000"),
        "{get}"
    );

    ok(
        mskctl(&b),
        &["topic", "config", "delete", "cfg", "retention.ms"],
    );
    let get = json(mskctl(&b), &["topic", "config", "get", "cfg"]);
    let names: Vec<&str> = get
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert!(!names.contains(&"retention.ms"), "{get}");
    assert!(
        names.contains(&"cleanup.policy") && names.contains(&"max.message.bytes"),
        "{get}"
    );
}

#[test]
fn retention_get_and_set_with_confirmation_for_lowering() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    create_one(&b, "logs", "retention.ms=604800000");
    let r = json(mskctl(&b), &["retention", "get", "logs"]);
    assert_eq!(r[0]["topic"], "logs");
    assert_eq!(r[0]["retention_ms"], 604_800_000);
    assert_eq!(r[0]["retention"], "1w");

    // Raising needs no confirmation.
    let out = ok(mskctl(&b), &["retention", "set", "logs", "--time", "14d"]);
    assert!(out.contains("retention.ms"), "{out}");
    // Unlimited -> 50GiB lowers the size limit: it needs --yes.
    let (code, _out, err) = run(
        mskctl(&b),
        &["retention", "set", "logs", "--bytes", "50GiB"],
    );
    assert_eq!(code, 1, "{err}");
    ok(
        mskctl(&b),
        &["--yes", "retention", "set", "logs", "--bytes", "50GiB"],
    );
    let r = json(mskctl(&b), &["retention", "get", "logs"]);
    assert_eq!(r[0]["retention_ms"], 1_209_600_000);
    assert_eq!(r[0]["retention_bytes"], 53_687_091_200_i64);
    assert_eq!(r[0]["retention_size"], "50GiB");

    // Lowering without a terminal and without --yes is refused, unchanged.
    let (code, _out, err) = run(mskctl(&b), &["retention", "set", "logs", "--time", "1d"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("1w") || err.contains("14d") || err.contains("2w"),
        "before/after shown: {err}"
    );
    let r = json(mskctl(&b), &["retention", "get", "logs"]);
    assert_eq!(r[0]["retention_ms"], 1_209_600_000);

    ok(
        mskctl(&b),
        &["--yes", "retention", "set", "logs", "--time", "1d"],
    );
    let r = json(mskctl(&b), &["retention", "get", "logs"]);
    assert_eq!(r[0]["retention_ms"], 86_400_000);
}

#[test]
fn broker_list_shows_the_single_broker() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    let brokers = json(mskctl(&b), &["broker", "list"]);
    let arr = brokers.as_array().unwrap();
    assert_eq!(arr.len(), 1, "{brokers}");
    let port: i64 = b.rsplit(':').next().unwrap().parse().unwrap();
    assert_eq!(arr[0]["port"], port);
}

/// `topic config set` is judged like `retention set` and `apply`: lowering
/// retention is destructive, so without a terminal it needs --yes.
#[test]
fn config_set_that_lowers_retention_needs_yes() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    create_one(&b, "keep", "retention.ms=86400000");
    let retention =
        |b: &str| json(mskctl(b), &["retention", "get", "keep"])[0]["retention_ms"].clone();
    let (code, out, err) = run(
        mskctl(&b),
        &["topic", "config", "set", "keep", "retention.ms=1"],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("Refusing without --yes"), "{err}");
    assert!(err.contains("1d (86400000) -> 1ms (1)"), "{err}");
    assert_eq!(retention(&b), 86_400_000, "unchanged");

    // Raising is safe: no --yes needed.
    let out = ok(
        mskctl(&b),
        &["topic", "config", "set", "keep", "retention.ms=172800000"],
    );
    assert!(out.contains("1d (86400000) -> 2d (172800000)"), "{out}");
    assert_eq!(retention(&b), 172_800_000);

    let out = ok(
        mskctl(&b),
        &["--yes", "topic", "config", "set", "keep", "retention.ms=1"],
    );
    assert!(out.contains("topic 'keep': retention.ms"), "{out}");
    assert_eq!(retention(&b), 1);
}
