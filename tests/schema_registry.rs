//! Schema registries end to end: records written by Confluent's and AWS's
//! own Python serializers are tailed by mskctl and compared with what those
//! libraries read back, and records mskctl produces are read by them.
//!
//! The Confluent registry is a stub (tests/support/schema_registry_stub.py,
//! which says what it covers); the Glue registry is moto's. The Python with
//! confluent-kafka and aws-glue-schema-registry comes from
//! `MSKCTL_REGISTRY_PYTHON`, else `.test-servers/registry-venv/bin/python`
//! as installed by `scripts/install-test-servers`; moto from
//! `MSKCTL_MOTO_SERVER`. A missing one is a failure, never a skip.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use support::cli::{mskctl, mskctl_bare, ok, run};
use support::tansu::Tansu;

const ORDER_V1: &str = r#"{"type":"record","name":"Order","fields":[
  {"name":"id","type":"long"},
  {"name":"state","type":{"type":"enum","name":"State","symbols":["NEW","PAID"]}},
  {"name":"note","type":["null","string"],"default":null},
  {"name":"amount","type":"double"}]}"#;
/// Adds a field with a default: BACKWARD compatible.
const ORDER_V2: &str = r#"{"type":"record","name":"Order","fields":[
  {"name":"id","type":"long"},
  {"name":"state","type":{"type":"enum","name":"State","symbols":["NEW","PAID"]}},
  {"name":"note","type":["null","string"],"default":null},
  {"name":"amount","type":"double"},
  {"name":"channel","type":"string","default":"web"}]}"#;
/// Adds a field without a default: not BACKWARD compatible.
const ORDER_BAD: &str = r#"{"type":"record","name":"Order","fields":[
  {"name":"id","type":"long"},
  {"name":"state","type":{"type":"enum","name":"State","symbols":["NEW","PAID"]}},
  {"name":"note","type":["null","string"],"default":null},
  {"name":"amount","type":"double"},
  {"name":"qty","type":"int"}]}"#;

const LINES: &str = "{\"id\": 1, \"state\": \"NEW\", \"note\": null, \"amount\": 9.5}\n\
{\"id\": 2, \"state\": \"PAID\", \"note\": \"gift\", \"amount\": 20.0}\n\
{\"id\": 3, \"state\": \"NEW\", \"note\": \"caf\\u00e9\", \"amount\": 0.25}\n";

fn python() -> PathBuf {
    std::env::var_os("MSKCTL_REGISTRY_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join(".test-servers/registry-venv/bin/python")
        })
}

fn support_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/support")
        .join(name)
}

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

/// The registry stub; `auth` is `user:password` to require.
fn registry_stub(auth: Option<&str>) -> Server {
    let mut cmd = Command::new(python());
    cmd.arg("-u")
        .arg(support_file("schema_registry_stub.py"))
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    if let Some(a) = auth {
        cmd.env("STUB_BASIC_AUTH", a);
    }
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", python().display()));
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("the stub says its port");
    let port = line
        .trim()
        .strip_prefix("PORT ")
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("the registry stub did not start: {line:?}"));
    Server { child, port }
}

/// moto's own server, for the Glue Schema Registry API.
fn moto() -> Server {
    let server = std::env::var_os("MSKCTL_MOTO_SERVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join(".test-servers/venv/bin/moto_server")
        });
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let child = Command::new(&server)
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", server.display()));
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "moto did not listen on {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
    Server { child, port }
}

fn aws_env(moto: &Server) -> Vec<(&'static str, String)> {
    vec![
        ("AWS_ENDPOINT_URL", moto.url()),
        ("AWS_REGION", "us-east-1".into()),
        ("AWS_DEFAULT_REGION", "us-east-1".into()),
        ("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE".into()),
        ("AWS_SECRET_ACCESS_KEY", "test-secret".into()),
        ("AWS_EC2_METADATA_DISABLED", "true".into()),
        ("AWS_CONFIG_FILE", "/dev/null".into()),
        ("AWS_SHARED_CREDENTIALS_FILE", "/dev/null".into()),
    ]
}

/// Runs tests/support/registry_clients.py; stdout.
fn clients(args: &[&str], stdin: &str, env: &[(&str, String)]) -> String {
    let mut cmd = Command::new(python());
    cmd.arg(support_file("registry_clients.py"))
        .args(args)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("python runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("python finishes");
    assert!(
        out.status.success(),
        "registry_clients.py {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// `topic tail TOPIC --from-beginning -o json EXTRA...`, one value per record.
fn tail_json(b: &str, topic: &str, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["topic", "tail", topic, "--from-beginning", "-o", "json"];
    args.extend_from_slice(extra);
    json_lines(&ok(mskctl(b), &args))
}

fn values_of(records: &[Value]) -> Vec<Value> {
    records.iter().map(|r| r["value"].clone()).collect()
}

fn create_topic(b: &str, name: &str) {
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
        ],
    );
}

fn schema_file(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write schema");
    p.display().to_string()
}

/// A plain HTTP/1.1 request to the stub (test control: compatibility levels).
fn http(url_port: u16, method: &str, path: &str, body: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", url_port)).expect("connect");
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("send");
    let mut out = String::new();
    s.read_to_string(&mut out).expect("read");
    out
}

#[test]
fn avro_written_by_confluent_python_tails_as_python_reads_it() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    let registry = registry_stub(None);
    let dir = tempfile::tempdir().unwrap();
    let schema = schema_file(dir.path(), "order.avsc", ORDER_V1);
    create_topic(&b, "orders");
    clients(
        &["confluent-produce", &b, "orders", &registry.url(), &schema],
        LINES,
        &[],
    );
    // A record framed with an id the registry does not know.
    clients(&["raw-produce", &b, "orders", "00000003e70102"], "", &[]);

    let python_view = json_lines(&clients(
        &["confluent-consume", &b, "orders", &registry.url(), "3"],
        "",
        &[],
    ));
    let tail = json_lines(&ok(
        mskctl(&b),
        &[
            "topic",
            "tail",
            "orders",
            "--from-beginning",
            "-o",
            "json",
            "--schema-registry",
            &registry.url(),
        ],
    ));
    assert_eq!(tail.len(), 4, "{tail:?}");
    let values: Vec<Value> = tail[..3].iter().map(|r| r["value"].clone()).collect();
    assert_eq!(values, python_view);
    for r in &tail[..3] {
        assert_eq!(r["value_encoding"], "avro");
        assert_eq!(
            r["value_schema"],
            serde_json::json!({"subject": "orders-value", "id": 1, "version": 1})
        );
    }
    // Unknown id: base64 with a note, and the run still succeeds.
    assert_eq!(tail[3]["value_encoding"], "base64");
    assert_eq!(tail[3]["value"], "AAAAA+cBAg==");
    let note = tail[3]["value_note"].as_str().unwrap();
    assert!(note.contains("schema id 999"), "{note}");

    // The table shows decoded values as JSON, and a note on the bad one.
    let table = ok(
        mskctl(&b),
        &[
            "topic",
            "tail",
            "orders",
            "--from-beginning",
            "--schema-registry",
            &registry.url(),
        ],
    );
    assert!(
        table.contains(r#"{"id":2,"state":"PAID","note":"gift","amount":20.0}"#),
        "{table}"
    );
    assert!(
        table.contains("# value not decoded: schema id 999"),
        "{table}"
    );

    // --decode none: the bytes as they are.
    let raw = json_lines(&ok(
        mskctl(&b),
        &[
            "topic",
            "tail",
            "orders",
            "--from-beginning",
            "-o",
            "json",
            "--decode",
            "none",
            "--schema-registry",
            &registry.url(),
        ],
    ));
    assert!(
        raw.iter().all(|r| r.get("value_schema").is_none()),
        "{raw:?}"
    );
}

#[test]
fn protobuf_and_json_schema_written_by_confluent_python_tail_as_python_reads_them() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    let registry = registry_stub(None);
    let sr = registry.url();
    let dir = tempfile::tempdir().unwrap();

    create_topic(&b, "pings");
    let proto_lines = "{\"id\": \"7\", \"state\": \"NEW\", \"amount\": 2.5, \"items\": [\"a\", \"b\"], \"firstLine\": {\"qty\": 3}}\n{\"id\": \"8\"}\n";
    clients(
        &["confluent-produce-protobuf", &b, "pings", &sr],
        proto_lines,
        &[],
    );
    let python_view = json_lines(&clients(
        &["confluent-consume-protobuf", &b, "pings", &sr, "2"],
        "",
        &[],
    ));
    let tail = tail_json(&b, "pings", &["--schema-registry", &sr]);
    assert_eq!(values_of(&tail), python_view);
    assert_eq!(tail[0]["value_encoding"], "protobuf");
    assert_eq!(tail[0]["value_schema"]["subject"], "pings-value");

    // And back: mskctl writes with the schema Confluent's serializer
    // registered; its deserializer reads the records.
    create_topic(&b, "pings2");
    let mut cmd = mskctl(&b);
    cmd.write_stdin("{\"id\": \"11\", \"items\": [\"z\"], \"firstLine\": {\"qty\": 4}}\n");
    ok(
        cmd,
        &[
            "topic",
            "produce",
            "pings2",
            "--value-subject",
            "pings-value",
            "--schema-registry",
            &sr,
        ],
    );
    let python_view = json_lines(&clients(
        &["confluent-consume-protobuf", &b, "pings2", &sr, "1"],
        "",
        &[],
    ));
    assert_eq!(
        python_view,
        vec![serde_json::json!({"id": "11", "items": ["z"], "firstLine": {"qty": 4}})]
    );

    let schema = schema_file(
        dir.path(),
        "event.json",
        r#"{"type":"object","properties":{"id":{"type":"integer"},"tags":{"type":"array","items":{"type":"string"}}},"required":["id"]}"#,
    );
    create_topic(&b, "events");
    let json_in = "{\"id\": 1, \"tags\": [\"x\"]}\n{\"id\": 2, \"tags\": []}\n";
    clients(
        &["confluent-produce-json", &b, "events", &sr, &schema],
        json_in,
        &[],
    );
    let python_view = json_lines(&clients(
        &["confluent-consume-json", &b, "events", &sr, &schema, "2"],
        "",
        &[],
    ));
    let tail = tail_json(&b, "events", &["--schema-registry", &sr]);
    assert_eq!(values_of(&tail), python_view);
    assert_eq!(tail[0]["value_encoding"], "json");
    assert_eq!(tail[1]["value_schema"]["subject"], "events-value");
}

#[test]
fn produce_with_a_value_subject_is_read_by_confluent_python_and_stops_at_a_bad_line() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    let registry = registry_stub(None);
    let dir = tempfile::tempdir().unwrap();
    let schema = schema_file(dir.path(), "order.avsc", ORDER_V1);
    let sr = registry.url();
    ok(
        mskctl_bare(),
        &[
            "schema-registry",
            "register",
            "orders-value",
            "-f",
            &schema,
            "--schema-registry",
            &sr,
        ],
    );
    create_topic(&b, "orders");
    let input = format!("{LINES}{{\"id\": \"four\", \"state\": \"NEW\", \"amount\": 1}}\n{{\"id\": 5, \"state\": \"NEW\", \"note\": null, \"amount\": 1.0}}\n");
    let mut cmd = mskctl(&b);
    cmd.write_stdin(input);
    let (code, out, err) = run(
        cmd,
        &[
            "topic",
            "produce",
            "orders",
            "--value-subject",
            "orders-value",
            "--schema-registry",
            &sr,
            "-o",
            "json",
        ],
    );
    assert_eq!(code, 1, "{out}\n{err}");
    assert!(err.contains("line 4:"), "{err}");
    assert!(err.contains("3 record(s) before it were written"), "{err}");
    assert!(err.contains("nothing from line 4 on was sent"), "{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["produced"], 3);

    let python_view = json_lines(&clients(
        &["confluent-consume", &b, "orders", &sr, "3"],
        "",
        &[],
    ));
    assert_eq!(python_view, json_lines(LINES));
    // Nothing after the bad line: the report's offsets are the first three.
    // (tansu 0.6 reports a batch's high watermark wrong, so the topic's
    // end offset cannot show it.)
    let offsets: Vec<i64> = report["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["offset"].as_i64().unwrap())
        .collect();
    assert_eq!(offsets, vec![0, 1, 2]);

    // A key through its own subject: one record, read back decoded.
    let key_schema = schema_file(dir.path(), "key.avsc", r#""string""#);
    ok(
        mskctl_bare(),
        &[
            "schema-registry",
            "register",
            "orders-key",
            "-f",
            &key_schema,
            "--schema-registry",
            &sr,
        ],
    );
    create_topic(&b, "keyed");
    ok(
        mskctl(&b),
        &[
            "topic",
            "produce",
            "keyed",
            "--key",
            "\"order-9\"",
            "--key-subject",
            "orders-key",
            "--value-subject",
            "orders-value",
            "--schema-version",
            "1",
            "--value",
            r#"{"id": 9, "state": "PAID", "note": null, "amount": 3.0}"#,
            "--schema-registry",
            &sr,
        ],
    );
    let tail = tail_json(&b, "keyed", &["--schema-registry", &sr]);
    assert_eq!(tail[0]["key"], "order-9");
    assert_eq!(tail[0]["key_encoding"], "avro");
    assert_eq!(tail[0]["key_schema"]["subject"], "orders-key");
    assert_eq!(tail[0]["value"]["id"], 9);
}

#[test]
fn check_exits_0_when_compatible_and_4_with_the_reasons_when_not() {
    let registry = registry_stub(None);
    let sr = registry.url();
    let dir = tempfile::tempdir().unwrap();
    let v1 = schema_file(dir.path(), "v1.avsc", ORDER_V1);
    let v2 = schema_file(dir.path(), "v2.avsc", ORDER_V2);
    let bad = schema_file(dir.path(), "bad.avsc", ORDER_BAD);
    // No versions yet: nothing to compare, compatible.
    let out = ok(
        mskctl_bare(),
        &[
            "schema-registry",
            "check",
            "orders-value",
            "-f",
            &v1,
            "--schema-registry",
            &sr,
        ],
    );
    assert!(out.contains("no versions yet"), "{out}");
    ok(
        mskctl_bare(),
        &[
            "schema-registry",
            "register",
            "orders-value",
            "-f",
            &v1,
            "--schema-registry",
            &sr,
        ],
    );
    let out = ok(
        mskctl_bare(),
        &[
            "schema-registry",
            "check",
            "orders-value",
            "-f",
            &v2,
            "--schema-registry",
            &sr,
        ],
    );
    assert!(
        out.contains("compatible with subject 'orders-value'"),
        "{out}"
    );
    let (code, out, err) = run(
        mskctl_bare(),
        &[
            "schema-registry",
            "check",
            "orders-value",
            "-f",
            &bad,
            "--schema-registry",
            &sr,
            "-o",
            "json",
        ],
    );
    assert_eq!(code, 4, "{out}\n{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["is_compatible"], false);
    assert!(
        report["messages"][0]
            .as_str()
            .unwrap()
            .contains("READER_FIELD_MISSING_DEFAULT_VALUE"),
        "{report}"
    );
    // A file that is not a schema is the author's mistake: exit 2.
    let junk = schema_file(dir.path(), "junk.avsc", "{not json");
    let (code, _, err) = run(
        mskctl_bare(),
        &[
            "schema-registry",
            "check",
            "orders-value",
            "-f",
            &junk,
            "--schema-registry",
            &sr,
        ],
    );
    assert_eq!(code, 2, "{err}");
}

#[test]
fn register_is_safe_but_asks_under_compatibility_none_and_lists_and_gets() {
    let registry = registry_stub(None);
    let sr = registry.url();
    let dir = tempfile::tempdir().unwrap();
    let v1 = schema_file(dir.path(), "v1.avsc", ORDER_V1);
    let bad = schema_file(dir.path(), "bad.avsc", ORDER_BAD);
    // Safe: registered without --yes even without a terminal.
    let out = ok(
        mskctl_bare(),
        &[
            "schema-registry",
            "register",
            "orders-value",
            "-f",
            &v1,
            "--schema-registry",
            &sr,
        ],
    );
    assert!(
        out.contains("registered subject 'orders-value' version 1 (schema id 1)"),
        "{out}"
    );
    let out = ok(
        mskctl_bare(),
        &[
            "schema-registry",
            "register",
            "orders-value",
            "-f",
            &v1,
            "--schema-registry",
            &sr,
        ],
    );
    assert!(out.contains("already registered"), "{out}");

    let reply = http(
        registry.port,
        "PUT",
        "/config/orders-value",
        r#"{"compatibility":"NONE"}"#,
    );
    assert!(
        reply.starts_with("HTTP/1.0 200") || reply.starts_with("HTTP/1.1 200"),
        "{reply}"
    );
    let (code, _, err) = run(
        mskctl_bare(),
        &[
            "schema-registry",
            "register",
            "orders-value",
            "-f",
            &bad,
            "--schema-registry",
            &sr,
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("compatibility level is NONE"), "{err}");
    assert!(err.contains("Refusing without --yes"), "{err}");
    let subjects: Value = serde_json::from_str(&ok(
        mskctl_bare(),
        &[
            "schema-registry",
            "subjects",
            "--schema-registry",
            &sr,
            "-o",
            "json",
        ],
    ))
    .unwrap();
    assert_eq!(subjects, serde_json::json!(["orders-value"]));
    let versions_before = http(registry.port, "GET", "/subjects/orders-value/versions", "");
    assert!(versions_before.ends_with("[1]"), "{versions_before}");

    let out = ok(
        mskctl_bare(),
        &[
            "schema-registry",
            "register",
            "orders-value",
            "-f",
            &bad,
            "--schema-registry",
            &sr,
            "--yes",
        ],
    );
    assert!(out.contains("version 2"), "{out}");
    let got: Value = serde_json::from_str(&ok(
        mskctl_bare(),
        &[
            "schema-registry",
            "get",
            "orders-value",
            "--version",
            "2",
            "--schema-registry",
            &sr,
            "-o",
            "json",
        ],
    ))
    .unwrap();
    assert_eq!(got["version"], 2);
    assert!(got["schema"].as_str().unwrap().contains("qty"));
}

#[test]
fn the_context_names_the_registry_and_its_credentials() {
    let registry = registry_stub(Some("ops:s3cret-pw"));
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("mskctl");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.yaml"),
        format!(
            "current-context: dev\ncontexts:\n  dev:\n    bootstrap-servers: localhost:9092\n    schemaRegistry:\n      url: {}\n      username: ops\n      passwordEnv: DEV_SR_PASSWORD\n",
            registry.url()
        ),
    )
    .unwrap();
    let mut cmd = mskctl_bare();
    cmd.env("XDG_CONFIG_HOME", home.path())
        .env("DEV_SR_PASSWORD", "s3cret-pw");
    let out = ok(cmd, &["schema-registry", "subjects", "-v"]);
    assert!(out.starts_with("SUBJECT"), "{out}");

    let mut cmd = mskctl_bare();
    cmd.env("XDG_CONFIG_HOME", home.path())
        .env("DEV_SR_PASSWORD", "wrong");
    let (code, _, err) = run(cmd, &["schema-registry", "subjects", "-vvv"]);
    assert_eq!(code, 1);
    assert!(err.contains("HTTP 401"), "{err}");
    assert!(
        !err.contains("wrong") && !err.contains("s3cret"),
        "secret in output: {err}"
    );
}

#[test]
fn avro_written_by_the_aws_glue_package_tails_as_it_reads_it() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    let moto = moto();
    let env = aws_env(&moto);
    let dir = tempfile::tempdir().unwrap();
    let schema = schema_file(dir.path(), "order.avsc", ORDER_V1);
    clients(&["glue-create-registry", "shop"], "", &env);
    create_topic(&b, "payments");
    clients(
        &["glue-produce", &b, "payments", "shop", &schema, "none"],
        LINES,
        &env,
    );
    clients(
        &["glue-produce", &b, "payments", "shop", &schema, "zlib"],
        "{\"id\": 4, \"state\": \"PAID\", \"note\": null, \"amount\": 1.5}\n",
        &env,
    );
    let python_view = json_lines(&clients(
        &["glue-consume", &b, "payments", "shop", "4"],
        "",
        &env,
    ));

    let mut cmd = mskctl(&b);
    for (k, v) in &env {
        cmd.env(k, v);
    }
    let tail = json_lines(&ok(
        cmd,
        &[
            "topic",
            "tail",
            "payments",
            "--from-beginning",
            "-o",
            "json",
            "--glue-registry",
            "shop",
        ],
    ));
    let values: Vec<Value> = tail.iter().map(|r| r["value"].clone()).collect();
    assert_eq!(values, python_view);
    assert_eq!(values.len(), 4);
    for r in &tail {
        assert_eq!(r["value_schema"]["subject"], "payments-value");
        assert_eq!(r["value_schema"]["version"], 1);
        assert_eq!(r["value_schema"]["id"].as_str().unwrap().len(), 36);
    }

    // Without a Glue registry the Glue-framed records carry a note.
    let tail = json_lines(&ok(
        mskctl(&b),
        &[
            "topic",
            "tail",
            "payments",
            "--from-beginning",
            "-o",
            "json",
            "--schema-registry",
            "http://127.0.0.1:9",
        ],
    ));
    assert!(
        tail[0]["value_note"]
            .as_str()
            .unwrap()
            .contains("--glue-registry"),
        "{:?}",
        tail[0]
    );
}

#[test]
fn json_schema_and_protobuf_in_glue_framing_tail_as_json() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    let moto = moto();
    let env = aws_env(&moto);
    let dir = tempfile::tempdir().unwrap();
    clients(&["glue-create-registry", "shop"], "", &env);
    let tail_glue = |topic: &str| {
        let mut cmd = mskctl(&b);
        for (k, v) in &env {
            cmd.env(k, v);
        }
        json_lines(&ok(
            cmd,
            &[
                "topic",
                "tail",
                topic,
                "--from-beginning",
                "-o",
                "json",
                "--glue-registry",
                "shop",
            ],
        ))
    };

    // JSON Schema through AWS's own serializer and deserializer.
    let schema = schema_file(
        dir.path(),
        "event.json",
        r#"{"$schema":"http://json-schema.org/draft-07/schema#","type":"object","properties":{"id":{"type":"integer"}},"required":["id"]}"#,
    );
    create_topic(&b, "events");
    let lines = "{\"id\": 1, \"tags\": [\"x\"]}\n{\"id\": 2}\n";
    clients(
        &["glue-produce-json", &b, "events", "shop", &schema],
        lines,
        &env,
    );
    let python_view = json_lines(&clients(
        &["glue-consume", &b, "events", "shop", "2"],
        "",
        &env,
    ));
    let tail = tail_glue("events");
    assert_eq!(values_of(&tail), python_view);
    assert_eq!(tail[0]["value_encoding"], "json");
    assert_eq!(tail[0]["value_schema"]["subject"], "events-value");

    // Protobuf framed per AWS's format (the Python package has no Protobuf
    // serializer): a top-level and a nested message type, found by Glue's
    // sorted-name index.
    create_topic(&b, "orders");
    let python_view = json_lines(&clients(
        &["glue-produce-protobuf", &b, "orders", "shop"],
        "",
        &env,
    ));
    let tail = tail_glue("orders");
    assert_eq!(values_of(&tail), python_view);
    assert_eq!(tail[1]["value"], serde_json::json!({"qty": 9}));
    assert_eq!(tail[0]["value_encoding"], "protobuf");
}
