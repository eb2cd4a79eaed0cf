//! `mskctl validate` and `mskctl schema`, run as a user would. No server:
//! validation is offline, and a dead bootstrap address proves it.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn mskctl() -> Command {
    let mut cmd = Command::cargo_bin("mskctl").expect("the mskctl binary is built for tests");
    for (k, _) in std::env::vars() {
        if k.starts_with("MSKCTL_") {
            cmd.env_remove(&k);
        }
    }
    let no_config = std::env::temp_dir().join(format!(
        "mskctl-manifest-tests-no-config-{}",
        std::process::id()
    ));
    cmd.env("XDG_CONFIG_HOME", no_config)
        .env("NO_COLOR", "1")
        .env_remove("RUST_LOG");
    cmd
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run_in(dir: &Path, args: &[&str], stdin: Option<&str>) -> Run {
    let mut cmd = mskctl();
    cmd.current_dir(dir).args(args);
    if let Some(s) = stdin {
        cmd.write_stdin(s);
    }
    let out = cmd.output().expect("mskctl runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn write(dir: &Path, rel: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(rel);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("create dirs");
    }
    std::fs::write(&p, text).expect("write manifest");
    p
}

fn topic(name: &str) -> String {
    format!(
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata:\n  name: {name}\nspec:\n  partitions: 3\n  replicationFactor: 1\n"
    )
}

const SET: &str = "\
apiVersion: mskctl/v1
kind: TopicSet
metadata:
  name: payments
spec:
  defaults:
    partitions: 3
    replicationFactor: 1
    retention: 7d
  topics:
    - payments.authorized
    - name: payments.settled
      retentionBytes: 1GiB
";

#[test]
fn valid_files_directories_and_stdin() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let d = tmp.path();
    write(
        d,
        "topics/orders.yaml",
        format!("{}---\n{}", topic("orders.a"), topic("orders.b")),
    );
    write(d, "topics/team/payments.yml", SET);
    write(d, "topics/README.txt", "not a manifest");
    write(d, "topics/.hidden.yaml", "this: [is not: valid");
    write(d, "single.yaml", topic("single"));

    let r = run_in(d, &["-b", "127.0.0.1:1", "validate", "-f", "topics"], None);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(r.stdout.trim(), "2 files, 4 topics: valid");

    let r = run_in(
        d,
        &["validate", "-f", "topics", "single.yaml", "-o", "json"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(
        v,
        serde_json::json!({"valid": true, "files": 3, "topics": 5})
    );

    // The same file reached twice is read once, not reported as duplicates.
    let r = run_in(d, &["validate", "-f", "topics", "topics/orders.yaml"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);

    let r = run_in(d, &["validate", "-f", "-"], Some(&topic("from.stdin")));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.trim(), "1 file, 1 topic: valid");
}

#[test]
fn every_kind_of_error_with_its_position_in_one_run() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let d = tmp.path();
    write(
        d,
        "m/a.yaml",
        "\
apiVersion: mskctl/v2
kind: Topic
metadata:
  name: bad/name
spec:
  partitions: 0
  replicationFactr: 3
  configs:
    retention.mss: 1000
    cleanup.policy: compacted
    min.insync.replicas: \"2\"
---
kind: Topik
---
apiVersion: mskctl/v1
kind: Topic
metadata:
  labels: {team: x}
spec:
  partitions: twelve
  replicationFactor: 1
---
apiVersion: mskctl/v1
kind: Topic
metadata: {name: ok.topic}
spec:
  partitions: 1
  replicationFactor: 1
  retention: 7d
  configs:
    retention.ms: 1
    min.insync.replicas: 2
",
    );
    write(
        d,
        "m/b.yaml",
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata: {name: x\n",
    );
    write(
        d,
        "m/c.yaml",
        b"apiVersion: mskctl/v1\nkind: \xff\xfe\n".as_slice(),
    );
    std::fs::create_dir_all(d.join("empty")).expect("mkdir");

    let r = run_in(
        d,
        &[
            "-b",
            "127.0.0.1:1",
            "validate",
            "-f",
            "m",
            "missing.yaml",
            "empty",
        ],
        None,
    );
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert_eq!(r.stdout, "");
    let lines: Vec<&str> = r.stderr.lines().collect();
    let expected = [
        "missing.yaml: no such file or directory",
        "empty: directory has no manifests (*.yaml or *.yml files)",
        "m/a.yaml:1:13: unsupported apiVersion 'mskctl/v2' (expected 'mskctl/v1')",
        "m/a.yaml:4:9: topic name 'bad/name' contains '/'; Kafka allows only letters, digits, '.', '_' and '-'",
        "m/a.yaml:5:1: missing field 'replicationFactor' in spec",
        "m/a.yaml:6:15: partitions must be between 1 and 1000000, got 0",
        "m/a.yaml:7:3: unknown field 'replicationFactr' in spec (did you mean 'replicationFactor'?)",
        "m/a.yaml:9:5: unknown topic config 'retention.mss' (did you mean 'retention.ms'?)",
        "m/a.yaml:10:21: config 'cleanup.policy' must be delete, compact or compact,delete, got 'compacted'",
        "m/a.yaml:13:7: unknown kind 'Topik' (did you mean 'Topic'?); known kinds: Topic, TopicSet, Acl, Cluster, Ownership, Quota",
        "m/a.yaml:13:1: missing field 'apiVersion' (expected 'mskctl/v1')",
        "m/a.yaml:17:1: missing field 'name' in metadata",
        "m/a.yaml:20:15: partitions must be an integer, not a string",
        "m/a.yaml:29:3: 'retention' and configs key 'retention.ms' (at 31:5) both set retention.ms; keep one of them",
        "m/a.yaml:32:26: min.insync.replicas (2) is greater than the replication factor (1) of topic 'ok.topic': acks=all writes would always fail",
        "m/b.yaml:4:1: YAML syntax error: while parsing a flow mapping, did not find expected ',' or '}'",
        "m/c.yaml:2:7: not valid UTF-8 (manifests must be UTF-8 text)",
        "error: 17 errors in the manifests",
    ];
    let mut sorted_expected = expected.to_vec();
    let mut sorted_lines = lines.clone();
    sorted_expected.sort();
    sorted_lines.sort();
    assert_eq!(sorted_lines, sorted_expected, "stderr:\n{}", r.stderr);
    // Grouped by file, in position order within a file.
    let a_lines: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| l.starts_with("m/a.yaml"))
        .collect();
    let positions: Vec<(usize, usize)> = a_lines
        .iter()
        .map(|l| {
            let mut parts = l.split(':').skip(1);
            let line = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
            let col = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
            (line, col)
        })
        .collect();
    let mut in_order = positions.clone();
    in_order.sort();
    assert_eq!(positions, in_order, "{}", r.stderr);
}

#[test]
fn duplicates_across_files_name_both_places() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let d = tmp.path();
    write(d, "a.yaml", topic("orders"));
    write(
        d,
        "b.yaml",
        format!("{}---\n{}", topic("other"), topic("orders")),
    );
    let r = run_in(d, &["validate", "-f", "a.yaml", "b.yaml"], None);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr.lines().collect::<Vec<_>>(),
        [
            "b.yaml:12:9: topic 'orders' is defined twice: a.yaml:4:9 and b.yaml:12:9",
            "error: 1 error in the manifests",
        ]
    );
}

#[test]
fn json_errors_go_to_stdout() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let d = tmp.path();
    write(
        d,
        "a.yaml",
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata: {name: a}\nspec:\n  partitions: 1\n  replicationFactor: 1\n  configs: {segment.ms: soon}\n",
    );
    let r = run_in(d, &["validate", "-f", "a.yaml", "-o", "json"], None);
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON on stdout");
    assert_eq!(
        v,
        serde_json::json!({
            "valid": false,
            "errors": [{
                "file": "a.yaml",
                "line": 7,
                "column": 25,
                "message": "config 'segment.ms' must be an integer, got 'soon'"
            }]
        })
    );
}

#[test]
fn hostile_input_is_an_error_not_a_crash() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let d = tmp.path();
    write(
        d,
        "deep.yaml",
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
    );
    let mut nested = String::new();
    for i in 0..500 {
        nested.push_str(&" ".repeat(i));
        nested.push_str("k:\n");
    }
    write(d, "nested.yaml", nested);
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..15 {
        let p = i - 1;
        bomb.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    write(d, "bomb.yaml", bomb);
    write(
        d,
        "binary.yaml",
        (0u8..=255).cycle().take(4096).collect::<Vec<u8>>(),
    );
    for f in ["deep.yaml", "nested.yaml", "bomb.yaml", "binary.yaml"] {
        let r = run_in(d, &["validate", "-f", f], None);
        assert_eq!(r.code, 1, "{f}: {}", r.stderr);
        assert!(r.stderr.contains(&format!("{f}:")), "{f}: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{f}: {}", r.stderr);
    }
}

#[test]
fn schema_is_json_with_both_kinds() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let r = run_in(tmp.path(), &["-b", "127.0.0.1:1", "schema"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("schema is JSON");
    assert_eq!(
        v["definitions"]["Topic"]["properties"]["kind"]["const"],
        "Topic"
    );
    assert_eq!(
        v["definitions"]["TopicSet"]["properties"]["kind"]["const"],
        "TopicSet"
    );
    assert!(v["definitions"]["configs"]["properties"]["retention.ms"].is_object());

    let r = run_in(tmp.path(), &["schema", "-o", "yaml"], None);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let y: serde_json::Value =
        mskctl::yaml::from_str(&r.stdout, std::path::Path::new("schema.yaml"))
            .expect("schema is YAML");
    assert_eq!(y, v);
}

#[test]
fn the_examples_are_valid() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let r = run_in(
        root,
        &["validate", "-f", "examples/topics", "-o", "json"],
        None,
    );
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(v["valid"], true);
    assert_eq!(v["files"], 3);
    assert_eq!(v["topics"], 8);
}
