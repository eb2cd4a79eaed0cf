//! Produce, tail, and consumer groups (offsets, lag, resets) against real
//! Apache Kafka brokers, every release of the matrix (tests/support/kafka.rs):
//! classic groups everywhere, KIP-848 consumer groups on Kafka 4.

mod support;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer};
use serde_json::Value;
use support::cli::{json, mskctl, ok, run};
use support::kafka::{each_release, eventually, unique, KafkaCluster};

/// `topic produce` of one record per line of `values` into `partition`.
fn produce(
    c: &KafkaCluster,
    topic: &str,
    partition: &str,
    values: &[&str],
    extra: &[&str],
) -> Value {
    let mut cmd = mskctl(&c.bootstrap);
    let mut stdin = values.join("\n");
    stdin.push('\n');
    cmd.args(["topic", "produce", topic, "--partition", partition])
        .args(extra)
        .write_stdin(stdin);
    json(cmd, &[])
}

fn tail(c: &KafkaCluster, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["topic", "tail"];
    all.extend(args);
    all.extend(["-o", "json"]);
    ok(mskctl(&c.bootstrap), &all)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// `group reset-offsets GROUP ARGS...` as (exit code, stdout, stderr).
fn reset(c: &KafkaCluster, group: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["group", "reset-offsets", group];
    all.extend(args);
    run(mskctl(&c.bootstrap), &all)
}

/// Like [`reset`], asserting success.
fn reset_ok(c: &KafkaCluster, group: &str, args: &[&str]) {
    let (code, out, err) = reset(c, group, args);
    assert_eq!(code, 0, "reset-offsets {args:?}\n{out}{err}");
}

/// `group describe` as (partition, committed offset, lag), by partition.
fn committed(c: &KafkaCluster, group: &str) -> Vec<(i64, i64, i64)> {
    let d = json(mskctl(&c.bootstrap), &["group", "describe", group]);
    let mut rows: Vec<(i64, i64, i64)> = d["partitions"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            (
                p["partition"].as_i64().unwrap_or(-1),
                p["committed_offset"].as_i64().unwrap_or(-1),
                p["lag"].as_i64().unwrap_or(-1),
            )
        })
        .collect();
    rows.sort_unstable();
    rows
}

/// `group list`'s entry for `group`.
fn listed(c: &KafkaCluster, group: &str) -> Option<Value> {
    let all = json(mskctl(&c.bootstrap), &["group", "list"]);
    all.as_array()
        .into_iter()
        .flatten()
        .find(|g| g["group_id"] == group)
        .cloned()
}

#[test]
fn produce_and_tail_keys_headers_and_offsets() {
    each_release(|c| {
        let topic = unique("matrix-data");
        c.create_topic(&topic, 2, &[]);
        let report = produce(
            c,
            &topic,
            "1",
            &["first", "second", "third"],
            &["--key", "k-1", "--header", "source=matrix"],
        );
        assert_eq!(report["produced"], 3, "{report}");
        let placed: Vec<(i64, i64)> = report["records"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| {
                (
                    r["partition"].as_i64().unwrap_or(-1),
                    r["offset"].as_i64().unwrap_or(-1),
                )
            })
            .collect();
        assert_eq!(placed, vec![(1, 0), (1, 1), (1, 2)], "{report}");

        let records = tail(c, &[&topic, "--from-beginning", "--max", "3"]);
        let values: Vec<&str> = records.iter().filter_map(|r| r["value"].as_str()).collect();
        assert_eq!(values, vec!["first", "second", "third"]);
        for (i, r) in records.iter().enumerate() {
            assert_eq!(r["partition"], 1, "{r}");
            assert_eq!(r["offset"], i as i64, "{r}");
            assert_eq!(r["key"], "k-1", "{r}");
            assert_eq!(r["headers"][0]["key"], "source", "{r}");
            assert_eq!(r["headers"][0]["value"], "matrix", "{r}");
        }

        // A negative offset counts back from the end of the partition.
        let last = tail(
            c,
            &[&topic, "--partition", "1", "--offset", "-1", "--max", "1"],
        );
        assert_eq!(last.len(), 1);
        assert_eq!(last[0]["value"], "third");
        ok(
            mskctl(&c.bootstrap),
            &["--yes", "topic", "delete", "--allow-data-loss", &topic],
        );
    });
}

#[test]
fn group_offsets_lag_and_reset() {
    each_release(|c| {
        let topic = unique("matrix-lag");
        let group = unique("matrix-group");
        c.create_topic(&topic, 2, &[]);
        produce(c, &topic, "0", &["a", "b", "c", "d", "e", "f"], &[]);
        produce(c, &topic, "1", &["g", "h", "i", "j"], &[]);

        // tail --group commits what it read.
        let read = tail(
            c,
            &[&topic, "--from-beginning", "--max", "10", "--group", &group],
        );
        assert_eq!(read.len(), 10);
        assert_eq!(committed(c, &group), vec![(0, 6, 0), (1, 4, 0)]);

        let mine = listed(c, &group).unwrap_or_else(|| panic!("{group} not listed"));
        assert_eq!(mine["state"], "Empty", "{mine}");

        produce(c, &topic, "0", &["k", "l", "m"], &[]);
        assert_eq!(committed(c, &group), vec![(0, 6, 3), (1, 4, 0)]);
        let lag = json(mskctl(&c.bootstrap), &["group", "lag", &group]);
        assert_eq!(lag["groups"][0]["group_id"], group.as_str(), "{lag}");
        assert_eq!(lag["groups"][0]["total_lag"], 3, "{lag}");
        assert_eq!(lag["groups"][0]["max_lag"], 3, "{lag}");
        // Over the threshold: exit 4.
        let (code, out, err) = run(
            mskctl(&c.bootstrap),
            &["group", "lag", &group, "--threshold", "2"],
        );
        assert_eq!(code, 4, "{out}{err}");

        // Without --execute nothing is committed.
        let (code, out, err) = reset(c, &group, &["--all-topics", "--to-earliest", "-o", "json"]);
        assert_eq!(code, 0, "{err}");
        let dry: Value = serde_json::from_str(&out).expect("reset JSON");
        assert_eq!(dry["executed"], false, "{dry}");
        assert_eq!(committed(c, &group), vec![(0, 6, 3), (1, 4, 0)]);

        reset_ok(c, &group, &["--all-topics", "--to-earliest", "--execute"]);
        assert_eq!(committed(c, &group), vec![(0, 0, 9), (1, 0, 4)]);

        reset_ok(
            c,
            &group,
            &[
                "--topic",
                &format!("{topic}:1"),
                "--to-offset",
                "3",
                "--execute",
            ],
        );
        assert_eq!(committed(c, &group), vec![(0, 0, 9), (1, 3, 1)]);

        reset_ok(c, &group, &["--all-topics", "--shift-by", "2", "--execute"]);
        assert_eq!(committed(c, &group), vec![(0, 2, 7), (1, 4, 0)]);

        ok(mskctl(&c.bootstrap), &["--yes", "group", "delete", &group]);
        assert_eq!(listed(c, &group), None, "deleted group still listed");
        ok(
            mskctl(&c.bootstrap),
            &["--yes", "topic", "delete", "--allow-data-loss", &topic],
        );
    });
}

/// A live member of a consumer group: librdkafka's consumer with
/// `group.protocol=classic` or `consumer` (KIP-848), polled on its own
/// thread until dropped, when it leaves the group. With `commit`, it reads
/// from the beginning and commits every record it reads.
struct Member {
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Member {
    fn join(c: &KafkaCluster, group: &str, topic: &str, client_id: &str) -> Member {
        Member::join_with(c, group, topic, client_id, "classic", false)
    }

    fn join_with(
        c: &KafkaCluster,
        group: &str,
        topic: &str,
        client_id: &str,
        protocol: &str,
        commit: bool,
    ) -> Member {
        let mut config = ClientConfig::new();
        config
            .set("bootstrap.servers", &c.bootstrap)
            .set("group.id", group)
            .set("group.protocol", protocol)
            .set("client.id", client_id)
            .set("auto.offset.reset", "earliest")
            .set("enable.auto.commit", "false");
        // The consumer protocol assigns on the broker; librdkafka refuses
        // a client-side assignor with it.
        if protocol == "classic" {
            config.set("partition.assignment.strategy", "range");
        }
        let consumer: BaseConsumer = config.create().expect("consumer created");
        consumer.subscribe(&[topic]).expect("subscribed");
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                if let Some(Ok(m)) = consumer.poll(Duration::from_millis(100)) {
                    if commit {
                        let _ = consumer.commit_message(&m, CommitMode::Sync);
                    }
                }
            }
            consumer.unsubscribe();
        });
        Member {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for Member {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[test]
fn a_live_classic_member_is_described_and_blocks_resets() {
    each_release(|c| {
        let topic = unique("matrix-live");
        let group = unique("matrix-live-group");
        c.create_topic(&topic, 2, &[]);
        produce(c, &topic, "0", &["a", "b"], &[]);
        tail(
            c,
            &[&topic, "--from-beginning", "--max", "2", "--group", &group],
        );

        let member = Member::join(c, &group, &topic, "matrix-client");
        let mut d = Value::Null;
        eventually("the member joins and gets both partitions", || {
            d = json(mskctl(&c.bootstrap), &["group", "describe", &group]);
            d["state"] == "Stable"
                && d["members"][0]["assignment"]
                    == serde_json::json!([{"topic": topic, "partitions": [0, 1]}])
        });
        assert_eq!(d["protocol_type"], "consumer", "{d}");
        assert_eq!(d["assignor"], "range", "{d}");
        let members = d["members"].as_array().expect("members");
        assert_eq!(members.len(), 1, "{d}");
        assert_eq!(members[0]["client_id"], "matrix-client", "{d}");

        let mine = listed(c, &group).unwrap_or_else(|| panic!("{group} not listed"));
        assert_eq!(mine["members"], 1, "{mine}");

        let (code, out, err) = reset(c, &group, &["--all-topics", "--to-earliest", "--execute"]);
        assert_eq!(code, 1, "refused while a member is active: {out}{err}");
        assert!(err.contains("1 active member"), "{err}");
        // Partition 1 is assigned but was never committed: no offset, no lag.
        assert_eq!(committed(c, &group), vec![(0, 2, 0), (1, -1, -1)]);

        drop(member);
        eventually("the member leaves", || {
            json(mskctl(&c.bootstrap), &["group", "describe", &group])["state"] == "Empty"
        });
        reset_ok(c, &group, &["--all-topics", "--to-earliest", "--execute"]);
        assert_eq!(committed(c, &group), vec![(0, 0, 2)]);
        ok(mskctl(&c.bootstrap), &["--yes", "group", "delete", &group]);
        ok(
            mskctl(&c.bootstrap),
            &["--yes", "topic", "delete", "--allow-data-loss", &topic],
        );
    });
}

/// Kafka 4 consumer groups (KIP-848) are unknown to DescribeGroups; they are
/// described through ConsumerGroupDescribe and managed like classic ones.
#[test]
fn a_kip848_consumer_group_is_described_and_managed() {
    each_release(|c| {
        if c.release() < (4, 0) {
            return;
        }
        let topic = unique("matrix-848");
        let group = unique("matrix-848-group");
        c.create_topic(&topic, 2, &[]);
        produce(c, &topic, "0", &["a", "b"], &[]);
        produce(c, &topic, "1", &["c"], &[]);

        let member = Member::join_with(c, &group, &topic, "kip848-client", "consumer", true);
        let mut d = Value::Null;
        eventually(
            "the member owns both partitions and committed what it read",
            || {
                // Not found until the member's first heartbeat creates it.
                let (code, out, _) = run(
                    mskctl(&c.bootstrap),
                    &["group", "describe", &group, "-o", "json"],
                );
                if code != 0 {
                    return false;
                }
                d = serde_json::from_str(&out).unwrap_or(Value::Null);
                d["state"] == "Stable"
                    && d["members"][0]["assignment"]
                        == serde_json::json!([{"topic": topic, "partitions": [0, 1]}])
                    && committed(c, &group) == vec![(0, 2, 0), (1, 1, 0)]
            },
        );
        assert_eq!(d["group_type"], "consumer", "{d}");
        assert_eq!(d["protocol_type"], "consumer", "{d}");
        let members = d["members"].as_array().expect("members");
        assert_eq!(members.len(), 1, "{d}");
        assert_eq!(members[0]["client_id"], "kip848-client", "{d}");
        // Every owned partition names its owner.
        for p in d["partitions"].as_array().into_iter().flatten() {
            assert_eq!(p["client_id"], "kip848-client", "{d}");
        }

        let mine = listed(c, &group).unwrap_or_else(|| panic!("{group} not listed"));
        assert_eq!(mine["group_type"], "consumer", "{mine}");
        assert_eq!(mine["members"], 1, "{mine}");

        let (code, out, err) = reset(c, &group, &["--all-topics", "--to-earliest", "--execute"]);
        assert_eq!(code, 1, "refused while a member is active: {out}{err}");
        assert!(err.contains("1 active member"), "{err}");
        let (code, out, err) = run(mskctl(&c.bootstrap), &["--yes", "group", "delete", &group]);
        assert_eq!(code, 1, "refused while a member is active: {out}{err}");

        drop(member);
        eventually("the member leaves", || {
            json(mskctl(&c.bootstrap), &["group", "describe", &group])["state"] == "Empty"
        });

        produce(c, &topic, "0", &["d"], &[]);
        let lag = json(mskctl(&c.bootstrap), &["group", "lag", &group]);
        assert_eq!(lag["groups"][0]["total_lag"], 1, "{lag}");

        reset_ok(c, &group, &["--all-topics", "--to-earliest", "--execute"]);
        assert_eq!(committed(c, &group), vec![(0, 0, 3), (1, 0, 1)]);

        ok(
            mskctl(&c.bootstrap),
            &[
                "--yes",
                "group",
                "delete-offsets",
                &group,
                "--topic",
                &format!("{topic}:1"),
            ],
        );
        assert_eq!(committed(c, &group), vec![(0, 0, 3)]);

        ok(mskctl(&c.bootstrap), &["--yes", "group", "delete", &group]);
        assert_eq!(listed(c, &group), None, "deleted group still listed");
        ok(
            mskctl(&c.bootstrap),
            &["--yes", "topic", "delete", "--allow-data-loss", &topic],
        );
    });
}

/// As with Kafka's tool, offsets may be set for a group that does not exist
/// yet: the commit creates it.
#[test]
fn offsets_for_a_group_that_does_not_exist_yet() {
    each_release(|c| {
        let topic = unique("matrix-new-group");
        let group = unique("matrix-new-group");
        c.create_topic(&topic, 2, &[]);
        produce(c, &topic, "0", &["a", "b", "c"], &[]);

        // --all-topics has nothing to go on.
        let (code, out, err) = reset(c, &group, &["--all-topics", "--to-earliest"]);
        assert_eq!(code, 1, "{out}{err}");
        assert!(err.contains("does not exist"), "{err}");

        let (code, out, err) = reset(
            c,
            &group,
            &["--topic", &topic, "--to-offset", "1", "-o", "json"],
        );
        assert_eq!(code, 0, "{out}{err}");
        assert!(err.contains("does not exist yet"), "{err}");
        let dry: Value = serde_json::from_str(&out).expect("reset JSON");
        assert_eq!(dry["executed"], false, "{dry}");
        assert_eq!(listed(c, &group), None, "a dry run created the group");

        let (code, out, err) = reset(
            c,
            &group,
            &["--topic", &topic, "--to-offset", "1", "--execute"],
        );
        assert_eq!(code, 0, "{out}{err}");
        assert!(
            err.contains("it will be created with these committed offsets"),
            "{err}"
        );
        // Partition 1 is empty: offset 1 is clamped to its end, 0.
        assert_eq!(committed(c, &group), vec![(0, 1, 2), (1, 0, 0)]);

        ok(mskctl(&c.bootstrap), &["--yes", "group", "delete", &group]);
        ok(
            mskctl(&c.bootstrap),
            &["--yes", "topic", "delete", "--allow-data-loss", &topic],
        );
    });
}

/// Records with these CreateTime timestamps into partition 0, through
/// librdkafka (one batch, uncompressed, as a producer sends them).
fn produce_stamped(c: &KafkaCluster, topic: &str, stamps: &[i64]) {
    use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", &c.bootstrap)
        .set("linger.ms", "50")
        .create()
        .expect("producer");
    for (i, ts) in stamps.iter().enumerate() {
        let value = format!("v{i}");
        producer
            .send(
                BaseRecord::<(), str>::to(topic)
                    .partition(0)
                    .payload(value.as_str())
                    .timestamp(*ts),
            )
            .map_err(|(e, _)| e)
            .expect("queued");
    }
    producer.flush(Duration::from_secs(20)).expect("flushed");
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

#[test]
fn time_lag_is_the_age_of_the_record_at_the_committed_offset() {
    each_release(|c| {
        let topic = unique("matrix-timelag");
        let group = unique("matrix-timelag-g");
        c.create_topic(&topic, 1, &[]);
        // Twenty records one second apart, the first ten minutes ago.
        let first = now_ms() - 600_000;
        let stamps: Vec<i64> = (0..20).map(|i| first + i * 1000).collect();
        produce_stamped(c, &topic, &stamps);
        reset_ok(
            c,
            &group,
            &["--topic", &topic, "--to-offset", "5", "--execute"],
        );

        let r = json(mskctl(&c.bootstrap), &["group", "lag", &group]);
        let age = r["groups"][0]["time_lag_ms"]
            .as_i64()
            .unwrap_or_else(|| panic!("no time lag: {r}"));
        // Record 5, not its batch's first record: within the test's own run time.
        let expected = now_ms() - stamps[5];
        assert!(
            age <= expected && age > expected - 60_000,
            "time lag {age} ms, record 5 is {expected} ms old: {r}"
        );
        let d = json(mskctl(&c.bootstrap), &["group", "describe", &group]);
        assert!(d["partitions"][0]["time_lag_ms"].as_i64().is_some(), "{d}");

        let (code, _o, err) = run(
            mskctl(&c.bootstrap),
            &["group", "lag", &group, "--max-time-lag", "5m"],
        );
        assert_eq!(code, 4, "{err}");
        let (code, _o, err) = run(
            mskctl(&c.bootstrap),
            &[
                "group",
                "lag",
                &group,
                "--max-time-lag",
                "1h",
                "--threshold",
                "100",
            ],
        );
        assert_eq!(code, 0, "{err}");

        // Below the log start (records deleted): the age is unknown, the
        // lag in records still reported, as the test cluster answers too.
        ok(
            mskctl(&c.bootstrap),
            &[
                "--yes",
                "retention",
                "purge",
                &topic,
                "--before-offset",
                "10",
            ],
        );
        let r = json(mskctl(&c.bootstrap), &["group", "lag", &group]);
        assert_eq!(r["groups"][0]["total_lag"], 15, "{r}");
        assert_eq!(r["groups"][0]["time_lag_ms"], Value::Null, "{r}");

        // Caught up: no time lag.
        reset_ok(c, &group, &["--topic", &topic, "--to-latest", "--execute"]);
        let r = json(mskctl(&c.bootstrap), &["group", "lag", &group]);
        assert_eq!(r["groups"][0]["time_lag_ms"], Value::Null, "{r}");
        ok(
            mskctl(&c.bootstrap),
            &["--yes", "topic", "delete", "--allow-data-loss", &topic],
        );
    });
}

#[test]
fn a_reset_is_undone_exactly_by_the_printed_command() {
    each_release(|c| {
        let topic = unique("matrix-undo");
        let group = unique("matrix-undo-g");
        c.create_topic(&topic, 2, &[]);
        let values: Vec<String> = (0..10).map(|i| format!("r{i}")).collect();
        let refs: Vec<&str> = values.iter().map(String::as_str).collect();
        produce(c, &topic, "0", &refs, &[]);
        produce(c, &topic, "1", &refs, &[]);
        reset_ok(
            c,
            &group,
            &[
                "--topic",
                &format!("{topic}:0"),
                "--to-offset",
                "3",
                "--execute",
            ],
        );
        reset_ok(
            c,
            &group,
            &[
                "--topic",
                &format!("{topic}:1"),
                "--to-offset",
                "7",
                "--execute",
            ],
        );
        let before = committed(c, &group);
        assert_eq!(before, vec![(0, 3, 7), (1, 7, 3)]);

        let state = tempfile::tempdir().unwrap();
        let mut cmd = mskctl(&c.bootstrap);
        cmd.env("XDG_STATE_HOME", state.path());
        let (code, out, err) = run(
            cmd,
            &[
                "group",
                "reset-offsets",
                &group,
                "--all-topics",
                "--to-earliest",
                "--execute",
            ],
        );
        assert_eq!(code, 0, "{out}\n{err}");
        assert_eq!(committed(c, &group), vec![(0, 0, 10), (1, 0, 10)]);

        let undo = err
            .lines()
            .find_map(|l| l.strip_prefix("Undo with: mskctl "))
            .unwrap_or_else(|| panic!("no undo command:\n{err}"));
        let args: Vec<&str> = undo.split(' ').collect();
        let (code, out, err) = run(mskctl(&c.bootstrap), &args);
        assert_eq!(code, 0, "{out}\n{err}");
        assert_eq!(committed(c, &group), before, "restored exactly");
        ok(
            mskctl(&c.bootstrap),
            &["--yes", "topic", "delete", "--allow-data-loss", &topic],
        );
    });
}
