//! Topics, configs and retention against real Apache Kafka brokers, every
//! release of the matrix (tests/support/kafka.rs): 3 KRaft brokers in racks
//! a, b, c with the static broker config `log.retention.hours=720`.

mod support;

use serde_json::Value;
use support::cli::{json, mskctl, ok, run};
use support::kafka::{
    each_release, eventually, unique, KafkaCluster, BROKERS, STATIC_RETENTION_HOURS,
};

const STATIC_RETENTION_MS: i64 = STATIC_RETENTION_HOURS * 3600 * 1000;

fn topic_names(c: &KafkaCluster) -> Vec<String> {
    json(mskctl(&c.bootstrap), &["topic", "list"])
        .as_array()
        .expect("topic list is an array")
        .iter()
        .filter_map(|t| t["name"].as_str().map(str::to_string))
        .collect()
}

/// `topic config get --all` as name -> (value, source).
fn all_configs(c: &KafkaCluster, topic: &str) -> Vec<(String, String, String)> {
    json(
        mskctl(&c.bootstrap),
        &["topic", "config", "get", topic, "--all"],
    )
    .as_array()
    .expect("config get is an array")
    .iter()
    .map(|e| {
        (
            e["name"].as_str().unwrap_or_default().to_string(),
            e["value"].as_str().unwrap_or_default().to_string(),
            e["source"].as_str().unwrap_or_default().to_string(),
        )
    })
    .collect()
}

fn config<'a>(all: &'a [(String, String, String)], name: &str) -> &'a (String, String, String) {
    all.iter()
        .find(|(n, _, _)| n == name)
        .unwrap_or_else(|| panic!("{name} missing from {all:?}"))
}

#[test]
fn create_describe_alter_config_and_delete() {
    each_release(|c| {
        let topic = unique("matrix-topic");
        c.create_topic(&topic, 3, &["--config", "retention.ms=3600000"]);
        assert!(topic_names(c).contains(&topic));

        let d = json(mskctl(&c.bootstrap), &["topic", "describe", &topic]);
        assert_eq!(d["name"], topic.as_str());
        let parts = d["partitions"].as_array().expect("partitions");
        assert_eq!(parts.len(), 3, "{d}");
        for p in parts {
            // Three brokers, replication factor 3: every broker holds a
            // replica and all are in sync.
            let mut replicas: Vec<i64> = p["replicas"]
                .as_array()
                .expect("replicas")
                .iter()
                .filter_map(Value::as_i64)
                .collect();
            replicas.sort_unstable();
            assert_eq!(replicas, vec![1, 2, 3], "{p}");
            assert_eq!(p["isr"].as_array().map(Vec::len), Some(BROKERS), "{p}");
            assert!(p["leader"].as_i64().is_some_and(|l| (1..=3).contains(&l)));
        }
        assert_eq!(d["configs"]["retention.ms"], "3600000", "{d}");

        let out = ok(
            mskctl(&c.bootstrap),
            &["--yes", "topic", "alter", &topic, "--partitions", "5"],
        );
        assert!(out.contains('5'), "{out}");
        eventually("5 partitions described", || {
            let d = json(mskctl(&c.bootstrap), &["topic", "describe", &topic]);
            d["partitions"].as_array().map(Vec::len) == Some(5)
        });

        // Compaction can remove records: destructive, so it needs --yes.
        let set = [
            "topic",
            "config",
            "set",
            &topic,
            "max.message.bytes=2000000",
            "cleanup.policy=compact",
        ];
        let (code, _, err) = run(mskctl(&c.bootstrap), &set);
        assert_eq!(code, 1, "{err}");
        assert!(err.contains("(destructive)"), "{err}");
        let mut confirmed = vec!["--yes"];
        confirmed.extend(set);
        ok(mskctl(&c.bootstrap), &confirmed);
        let want = [
            ("max.message.bytes", "2000000"),
            ("cleanup.policy", "compact"),
            // Set at creation, untouched by the incremental set.
            ("retention.ms", "3600000"),
        ];
        eventually("the config change is described", || {
            let all = all_configs(c, &topic);
            want.iter().all(|(name, value)| {
                let (_, v, source) = config(&all, name);
                v == value && source == "DYNAMIC_TOPIC_CONFIG"
            })
        });

        ok(
            mskctl(&c.bootstrap),
            &["topic", "config", "delete", &topic, "max.message.bytes"],
        );
        eventually("max.message.bytes is back to the default", || {
            let all = all_configs(c, &topic);
            config(&all, "max.message.bytes").2 != "DYNAMIC_TOPIC_CONFIG"
                && config(&all, "cleanup.policy").1 == "compact"
        });

        let (code, _, err) = run(mskctl(&c.bootstrap), &["topic", "delete", &topic]);
        assert_eq!(code, 1, "deleting needs --yes without a terminal: {err}");
        assert!(topic_names(c).contains(&topic));
        let out = ok(mskctl(&c.bootstrap), &["--yes", "topic", "delete", &topic]);
        assert!(out.contains(&format!("topic '{topic}' deleted")), "{out}");
        eventually("the deleted topic leaves the list", || {
            !topic_names(c).contains(&topic)
        });
        let (code, _, err) = run(mskctl(&c.bootstrap), &["topic", "describe", &topic]);
        assert_eq!(code, 1, "{err}");
        assert!(err.contains(&format!("topic '{topic}' not found")), "{err}");
    });
}

#[test]
fn static_broker_retention_is_the_inherited_value() {
    each_release(|c| {
        let topic = unique("matrix-inherit");
        c.create_topic(&topic, 1, &[]);

        // Kafka's own default is 7 days; the brokers' static
        // log.retention.hours=720 is what a topic without an override gets.
        let all = all_configs(c, &topic);
        let (_, value, source) = config(&all, "retention.ms");
        assert_eq!(value, &STATIC_RETENTION_MS.to_string());
        assert_ne!(source, "DYNAMIC_TOPIC_CONFIG");
        let d = json(mskctl(&c.bootstrap), &["topic", "describe", &topic]);
        assert!(
            d["configs"].get("retention.ms").is_none(),
            "not a topic override: {d}"
        );

        let r = json(mskctl(&c.bootstrap), &["retention", "get", &topic]);
        assert_eq!(r[0]["retention_ms"], STATIC_RETENTION_MS, "{r}");
        assert_eq!(r[0]["retention"], "30d", "{r}");
        assert_ne!(r[0]["retention_ms_source"], "DYNAMIC_TOPIC_CONFIG", "{r}");

        // 30d -> 14d lowers retention: refused without --yes, unchanged.
        let (code, out, err) = run(
            mskctl(&c.bootstrap),
            &["retention", "set", &topic, "--time", "14d"],
        );
        assert_eq!(code, 1, "{err}");
        assert!(
            err.contains("30d (2592000000)"),
            "the inherited value is shown: {out}{err}"
        );
        let r = json(mskctl(&c.bootstrap), &["retention", "get", &topic]);
        assert_eq!(r[0]["retention_ms"], STATIC_RETENTION_MS, "{r}");

        ok(
            mskctl(&c.bootstrap),
            &["--yes", "retention", "set", &topic, "--time", "14d"],
        );
        eventually("the topic override is described", || {
            let r = json(mskctl(&c.bootstrap), &["retention", "get", &topic]);
            r[0]["retention_ms"] == 1_209_600_000_i64
                && r[0]["retention_ms_source"] == "DYNAMIC_TOPIC_CONFIG"
        });

        // Removing the override returns to the broker's value, not Kafka's.
        ok(
            mskctl(&c.bootstrap),
            &["topic", "config", "delete", &topic, "retention.ms"],
        );
        eventually("the inherited retention is back", || {
            let r = json(mskctl(&c.bootstrap), &["retention", "get", &topic]);
            r[0]["retention_ms"] == STATIC_RETENTION_MS
        });

        ok(
            mskctl(&c.bootstrap),
            &["--yes", "topic", "delete", "--allow-data-loss", &topic],
        );
    });
}

#[test]
fn purge_deletes_records_below_the_offset() {
    each_release(|c| {
        let topic = unique("matrix-purge");
        c.create_topic(&topic, 2, &[]);
        let input: String = (1..=10).map(|i| format!("record-{i}\n")).collect();
        let mut produce = mskctl(&c.bootstrap);
        produce
            .args(["topic", "produce", &topic, "--partition", "0"])
            .write_stdin(input);
        ok(produce, &[]);

        let (code, _, err) = run(
            mskctl(&c.bootstrap),
            &["retention", "purge", &topic, "--before-offset", "4"],
        );
        assert_eq!(code, 1, "purging needs --yes without a terminal: {err}");

        let out = ok(
            mskctl(&c.bootstrap),
            &[
                "--yes",
                "retention",
                "purge",
                &topic,
                "--partition",
                "0",
                "--before-offset",
                "4",
            ],
        );
        assert!(
            out.contains(&format!("{topic}-0: records before offset 4 deleted")),
            "{out}"
        );

        let out = ok(
            mskctl(&c.bootstrap),
            &[
                "topic",
                "tail",
                &topic,
                "--from-beginning",
                "--max",
                "2",
                "-o",
                "json",
            ],
        );
        let offsets: Vec<(i64, String)> = out
            .lines()
            .map(|l| {
                let r: Value = serde_json::from_str(l).expect("one JSON record per line");
                (
                    r["offset"].as_i64().unwrap_or(-1),
                    r["value"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect();
        assert_eq!(
            offsets,
            vec![(4, "record-5".to_string()), (5, "record-6".to_string())],
            "{out}"
        );
        ok(
            mskctl(&c.bootstrap),
            &["--yes", "topic", "delete", "--allow-data-loss", &topic],
        );
    });
}

#[test]
fn broker_list_racks_controller_and_topic_health() {
    each_release(|c| {
        let brokers = json(mskctl(&c.bootstrap), &["broker", "list"]);
        let mut seen: Vec<(i64, String)> = brokers
            .as_array()
            .expect("broker list is an array")
            .iter()
            .map(|b| {
                (
                    b["id"].as_i64().unwrap_or(-1),
                    b["rack"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect();
        seen.sort();
        assert_eq!(
            seen,
            vec![(1, "a".into()), (2, "b".into()), (3, "c".into())],
            "{brokers}"
        );
        let ports: Vec<i64> = brokers
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|b| b["port"].as_i64())
            .collect();
        for addr in c.bootstrap.split(',') {
            let port: i64 = addr
                .rsplit(':')
                .next()
                .and_then(|p| p.parse().ok())
                .unwrap_or(0);
            assert!(ports.contains(&port), "{addr} not in {brokers}");
        }

        // On KRaft, Metadata and DescribeCluster name a random broker as the
        // controller; the one marked must be the quorum leader, as Kafka's
        // own kafka-metadata-quorum reports it, every time.
        let status = c.kafka_tool(
            "org.apache.kafka.tools.MetadataQuorumCommand",
            &["describe", "--status"],
        );
        let leader: i64 = status
            .lines()
            .find_map(|l| l.strip_prefix("LeaderId:"))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("no LeaderId in:\n{status}"));
        for _ in 0..3 {
            let brokers = json(mskctl(&c.bootstrap), &["broker", "list"]);
            let marked: Vec<i64> = brokers
                .as_array()
                .into_iter()
                .flatten()
                .filter(|b| b["controller"] == true)
                .filter_map(|b| b["id"].as_i64())
                .collect();
            assert_eq!(marked, vec![leader], "{brokers}");
        }

        let topic = unique("matrix-health");
        c.create_topic(&topic, 3, &["--config", "min.insync.replicas=2"]);
        let h = json(
            mskctl(&c.bootstrap),
            &["topic", "health", "--topic", &format!("^{topic}$")],
        );
        assert_eq!(h["topics_checked"], 1, "{h}");
        assert_eq!(h["partitions_checked"], 3, "{h}");
        assert_eq!(h["healthy"], true, "{h}");
        ok(
            mskctl(&c.bootstrap),
            &["--yes", "topic", "delete", "--allow-data-loss", &topic],
        );
    });
}
