//! `topic produce` and `topic tail` (through librdkafka) against a real
//! broker process: tansu, which implements Produce, Fetch and ListOffsets
//! for librdkafka 2.x clients.

mod support;

use serde_json::Value;
use support::cli::{json, mskctl, ok, run};
use support::tansu::Tansu;

fn create_topic(b: &str, name: &str, partitions: &str) {
    ok(
        mskctl(b),
        &[
            "topic",
            "create",
            name,
            "--partitions",
            partitions,
            "--replication-factor",
            "1",
        ],
    );
}

/// Runs `topic tail ... -o json` and parses its one-object-per-line output.
fn tail(b: &str, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["topic", "tail"];
    all.extend_from_slice(args);
    all.extend(["-o", "json"]);
    let out = ok(mskctl(b), &all);
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn values(records: &[Value]) -> Vec<&str> {
    records
        .iter()
        .map(|r| r["value"].as_str().unwrap_or("<null>"))
        .collect()
}

#[test]
fn produced_lines_come_back_with_key_headers_and_offsets() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    create_topic(&b, "orders", "3");

    let report: Value = {
        let mut cmd = mskctl(&b);
        cmd.write_stdin("first\nsecond\nthird\n");
        let out = ok(
            cmd,
            &[
                "topic",
                "produce",
                "orders",
                "--key",
                "customer-7",
                "--header",
                "source=cli",
                "--header",
                "trace=a=b",
                "-o",
                "json",
            ],
        );
        serde_json::from_str(&out).unwrap()
    };
    // tansu 0.6 reports the high watermark as the last batch's base offset
    // + 1, right only when that batch holds one record: end with one.
    ok(
        mskctl(&b),
        &[
            "topic",
            "produce",
            "orders",
            "--key",
            "customer-7",
            "--header",
            "source=cli",
            "--header",
            "trace=a=b",
            "--value",
            "fourth",
        ],
    );
    assert_eq!(report["produced"], 3, "{report}");
    let written = report["records"].as_array().unwrap();
    // One key, so one partition, consecutive offsets in input order.
    let partition = written[0]["partition"].as_i64().unwrap();
    assert!(
        written.iter().all(|w| w["partition"] == partition),
        "{report}"
    );
    let offsets: Vec<i64> = written
        .iter()
        .map(|w| w["offset"].as_i64().unwrap())
        .collect();
    assert_eq!(offsets, vec![0, 1, 2], "{report}");

    let records = tail(&b, &["orders", "--from-beginning"]);
    assert_eq!(values(&records), vec!["first", "second", "third", "fourth"]);
    for (r, offset) in records.iter().zip(0..) {
        assert_eq!(r["topic"], "orders");
        assert_eq!(r["partition"].as_i64(), Some(partition));
        assert_eq!(r["offset"], offset);
        assert_eq!(r["key"], "customer-7");
        assert_eq!(r["key_encoding"], "utf8");
        assert_eq!(r["value_encoding"], "utf8");
        assert!(r["timestamp"].as_str().unwrap().ends_with('Z'), "{r}");
        let headers = r["headers"].as_array().unwrap();
        assert_eq!(headers.len(), 2, "{r}");
        assert_eq!(headers[0]["key"], "source");
        assert_eq!(headers[0]["value"], "cli");
        // Only the first '=' separates key from value.
        assert_eq!(headers[1]["key"], "trace");
        assert_eq!(headers[1]["value"], "a=b");
    }
}

#[test]
fn value_flag_and_explicit_partition() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    create_topic(&b, "events", "2");

    let report = json(
        mskctl(&b),
        &[
            "topic",
            "produce",
            "events",
            "--value",
            "one",
            "--partition",
            "1",
        ],
    );
    assert_eq!(report["records"][0]["partition"], 1, "{report}");
    assert_eq!(report["records"][0]["offset"], 0, "{report}");

    // The human report summarises per partition.
    let out = ok(
        mskctl(&b),
        &[
            "topic",
            "produce",
            "events",
            "--value",
            "two",
            "--partition",
            "1",
            "--acks",
            "1",
        ],
    );
    let row = out.lines().find(|l| l.starts_with('1')).unwrap_or_default();
    assert_eq!(
        row.split_whitespace().collect::<Vec<_>>(),
        vec!["1", "1", "1", "1"],
        "{out}"
    );

    assert!(tail(&b, &["events", "--partition", "0", "--from-beginning"]).is_empty());
    let p1 = tail(&b, &["events", "--partition", "1", "--from-beginning"]);
    assert_eq!(values(&p1), vec!["one", "two"]);
    assert!(p1
        .iter()
        .all(|r| r["key"].is_null() && r["headers"] == serde_json::json!([])));
}

#[test]
fn start_positions_and_max() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    create_topic(&b, "logs", "1");
    let mut cmd = mskctl(&b);
    cmd.write_stdin((0..14).map(|i| format!("line-{i}\n")).collect::<String>());
    ok(cmd, &["topic", "produce", "logs"]);
    // tansu 0.6 reports the high watermark as the last batch's base offset
    // + 1, right only when that batch holds one record: end with one.
    ok(
        mskctl(&b),
        &["topic", "produce", "logs", "--value", "line-14"],
    );

    // No position: the last 10, like tail(1).
    let last = tail(&b, &["logs"]);
    assert_eq!(last.len(), 10);
    assert_eq!(last[0]["offset"], 5);
    assert_eq!(last[9]["value"], "line-14");

    let from = tail(&b, &["logs", "--offset", "12"]);
    assert_eq!(values(&from), vec!["line-12", "line-13", "line-14"]);

    let back = tail(&b, &["logs", "--offset", "-2"]);
    assert_eq!(values(&back), vec!["line-13", "line-14"]);

    let capped = tail(&b, &["logs", "--from-beginning", "--max", "4"]);
    assert_eq!(
        values(&capped),
        vec!["line-0", "line-1", "line-2", "line-3"]
    );

    // Beyond the end: clamped to the end, so nothing to show.
    assert!(tail(&b, &["logs", "--offset", "500"]).is_empty());

    // The human form: tab-separated partition, offset, timestamp, key,
    // headers, value.
    let out = ok(mskctl(&b), &["topic", "tail", "logs", "--offset", "14"]);
    let fields: Vec<&str> = out.trim_end().split('\t').collect();
    assert_eq!(fields.len(), 6, "{out}");
    assert_eq!(
        (fields[0], fields[1], fields[3], fields[4], fields[5]),
        ("0", "14", "-", "-", "line-14")
    );
}

#[test]
fn since_starts_at_the_first_record_at_or_after_the_time() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    create_topic(&b, "audit", "1");
    ok(
        mskctl(&b),
        &["topic", "produce", "audit", "--value", "before"],
    );
    let first = tail(&b, &["audit", "--from-beginning"]);
    let ts = first[0]["timestamp"].as_str().unwrap().to_owned();
    // tansu 0.6 resolves ListOffsets-by-time at whole-second granularity
    // (a time 1 ms after a record still finds that record), so the two
    // records are more than two seconds apart and the time lies between.
    let before: jiff::Timestamp = ts.parse().unwrap();
    let after = before + jiff::SignedDuration::from_millis(1200);
    std::thread::sleep(std::time::Duration::from_millis(2500));
    ok(
        mskctl(&b),
        &["topic", "produce", "audit", "--value", "after"],
    );

    let since = tail(&b, &["audit", "--since", &after.to_string()]);
    assert_eq!(values(&since), vec!["after"]);
    // A duration ago that covers both.
    let both = tail(&b, &["audit", "--since", "1h"]);
    assert_eq!(values(&both), vec!["before", "after"]);
}

#[test]
fn binary_values_are_base64_in_json_and_marked_in_text() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    create_topic(&b, "bin", "1");
    let mut cmd = mskctl(&b);
    cmd.write_stdin(vec![0xff, 0x00, 0xfe, b'\n']);
    ok(cmd, &["topic", "produce", "bin"]);

    let records = tail(&b, &["bin", "--from-beginning"]);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["value"], "/wD+");
    assert_eq!(records[0]["value_encoding"], "base64");
    let out = ok(mskctl(&b), &["topic", "tail", "bin", "--from-beginning"]);
    assert!(out.trim_end().ends_with("\tbase64:/wD+"), "{out}");
}

#[test]
fn control_characters_in_records_reach_json_exactly_and_the_terminal_escaped() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    create_topic(&b, "evil", "1");
    let mut cmd = mskctl(&b);
    // Clear the screen and retitle the terminal; a C1 CSI as well.
    cmd.write_stdin("\x1b[2J\x1b]0;owned\x07cleared\u{9b}1m\n");
    ok(
        cmd,
        &["topic", "produce", "evil", "--header", "h\x1bk=v\x1b"],
    );

    let records = tail(&b, &["evil", "--from-beginning"]);
    assert_eq!(
        records[0]["value"],
        "\x1b[2J\x1b]0;owned\x07cleared\u{9b}1m"
    );
    let out = ok(mskctl(&b), &["topic", "tail", "evil", "--from-beginning"]);
    assert!(
        !out.chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "{out:?}"
    );
    assert!(
        out.contains("\\x1b[2J\\x1b]0;owned\\x07cleared\\u{9b}1m"),
        "{out}"
    );
    assert!(out.contains("h\\x1bk=v\\x1b"), "{out}");
}

#[test]
fn a_line_beyond_the_input_cap_stops_produce_and_says_which() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    create_topic(&b, "big", "1");
    let mut input = b"small\n".to_vec();
    input.resize(input.len() + (64 << 20) + 1, b'x');
    let mut cmd = mskctl(&b);
    cmd.write_stdin(input);
    let (code, out, err) = run(cmd, &["topic", "produce", "big"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("line 2 is larger than 64 MiB"), "{err}");
    // What came before the bad line was written, and said so.
    assert!(
        out.contains("1 record") || err.contains("1 record"),
        "{out}{err}"
    );
}

#[test]
fn tail_commits_only_with_group() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    create_topic(&b, "pay", "1");
    ok(mskctl(&b), &["topic", "produce", "pay", "--value", "x"]);
    ok(mskctl(&b), &["topic", "produce", "pay", "--value", "y"]);

    // Without --group: nothing is committed, under our placeholder id or any.
    tail(&b, &["pay", "--from-beginning"]);
    // (tansu describes any group id, known or not, as an Empty group.)
    let placeholder = json(mskctl(&b), &["group", "describe", "mskctl-tail"]);
    assert_eq!(
        placeholder["partitions"],
        serde_json::json!([]),
        "{placeholder}"
    );

    tail(&b, &["pay", "--from-beginning", "--group", "audit-reader"]);
    let group = json(mskctl(&b), &["group", "describe", "audit-reader"]);
    let offsets = group["partitions"].as_array().unwrap();
    assert_eq!(offsets.len(), 1, "{group}");
    assert_eq!(offsets[0]["topic"], "pay");
    // The next offset to read, as consumers commit it.
    assert_eq!(offsets[0]["committed_offset"], 2, "{group}");
}

#[test]
fn unknown_topic_and_partition_are_clear_errors() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    create_topic(&b, "known", "2");

    let (code, _, err) = run(mskctl(&b), &["topic", "tail", "missing"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("topic 'missing' not found"), "{err}");

    let (code, _, err) = run(mskctl(&b), &["topic", "produce", "missing", "--value", "v"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("topic 'missing' not found"), "{err}");

    let (code, _, err) = run(
        mskctl(&b),
        &[
            "topic",
            "produce",
            "known",
            "--value",
            "v",
            "--partition",
            "7",
        ],
    );
    // Like an unknown topic (and retention purge's unknown partition): a
    // fact of the cluster, exit 1, not a usage error.
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("there is no partition 7"), "{err}");

    let (code, _, err) = run(
        mskctl(&b),
        &["topic", "tail", "known", "--since", "yesterday"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("RFC 3339"), "{err}");

    let (code, _, err) = run(
        mskctl(&b),
        &[
            "topic",
            "tail",
            "known",
            "--from-beginning",
            "--offset",
            "3",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("cannot be used with"), "{err}");
}

/// The data plane takes the same TLS settings as the admin path: with the
/// test CA both produce and tail work; with an untrusted certificate the
/// producer fails instead of writing in clear.
#[test]
fn produce_and_tail_over_mutual_tls_use_the_shared_settings() {
    use support::cli::mskctl_bare;
    use support::tansu::{TansuOptions, TestPki};

    let pki = TestPki::generate();
    let broker = Tansu::start_with(TansuOptions {
        tls_cert: Some(pki.server_cert.clone()),
        tls_key: Some(pki.server_key.clone()),
        tls_client_ca: Some(pki.ca_file.clone()),
        ..TansuOptions::default()
    });
    let b = broker.bootstrap();
    let tls = |cmd: &mut assert_cmd::Command| {
        cmd.env("MSKCTL_SECURITY_PROTOCOL", "SSL")
            .env("MSKCTL_TLS_CA_FILE", &pki.ca_file)
            .env("MSKCTL_TLS_CERT_FILE", &pki.client_cert)
            .env("MSKCTL_TLS_KEY_FILE", &pki.client_key)
            .args(["-b", &b, "--timeout", "20s"]);
    };
    let mut cmd = mskctl_bare();
    tls(&mut cmd);
    ok(
        cmd,
        &[
            "topic",
            "create",
            "sealed",
            "--partitions",
            "1",
            "--replication-factor",
            "1",
        ],
    );
    let mut cmd = mskctl_bare();
    tls(&mut cmd);
    ok(
        cmd,
        &["topic", "produce", "sealed", "--value", "secret-payload"],
    );
    let mut cmd = mskctl_bare();
    tls(&mut cmd);
    let out = ok(
        cmd,
        &["topic", "tail", "sealed", "--from-beginning", "-o", "json"],
    );
    let record: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(record["value"], "secret-payload");

    // Without the client certificate the broker refuses the handshake; the
    // admin lookup fails first with a TLS error, and nothing is written.
    let mut cmd = mskctl_bare();
    cmd.env("MSKCTL_SECURITY_PROTOCOL", "SSL")
        .env("MSKCTL_TLS_CA_FILE", &pki.ca_file)
        .args(["-b", &b, "--timeout", "5s"]);
    let (code, _, err) = run(cmd, &["topic", "produce", "sealed", "--value", "x"]);
    assert_eq!(code, 1, "{err}");
}
