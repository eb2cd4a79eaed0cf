//! Topics through the MSK API (`--via aws`, or a context's `via: aws`)
//! against the MSK emulator only: no Kafka broker runs at all, and the
//! cluster's bootstrap brokers are an unresolvable name, so any request
//! that went to Kafka instead of AWS would fail.

mod support;

use std::path::Path;

use serde_json::{json, Value};
use support::cli::{json, mskctl_bare, run};
use support::msk::{encode, MskEmulator};

/// `.invalid` never resolves (RFC 2606).
const NOWHERE: &str = "broker.invalid:9098";

struct Setup {
    emu: MskEmulator,
    arn: String,
    config_home: tempfile::TempDir,
}

fn setup() -> Setup {
    let emu = MskEmulator::start();
    let arn = emu.create_active_cluster("orders", 3, &["s-a", "s-b", "s-c"]);
    emu.set_bootstrap("orders", NOWHERE);
    Setup {
        emu,
        arn,
        config_home: tempfile::tempdir().unwrap(),
    }
}

impl Setup {
    /// `mskctl` with no context, aimed at the emulated cluster.
    fn bare(&self) -> assert_cmd::Command {
        let mut cmd = mskctl_bare();
        cmd.envs(self.emu.env())
            .env("XDG_CONFIG_HOME", self.config_home.path())
            .args(["--timeout", "60s"]);
        cmd
    }

    /// `mskctl --msk-cluster orders --via aws`.
    fn via(&self) -> assert_cmd::Command {
        let mut cmd = self.bare();
        cmd.args(["--msk-cluster", "orders", "--via", "aws"]);
        cmd
    }

    fn set_lag(&self, seconds: f64) {
        let (status, body) = self.emu.request(
            "POST",
            "/_emulator/topic-lag",
            Some(&json!({ "seconds": seconds })),
        );
        assert_eq!(status, 200, "{body}");
    }

    /// DescribeTopic straight from the emulator (as reads see it).
    fn topic(&self, name: &str) -> Option<Value> {
        let (status, body) = self.emu.request(
            "GET",
            &format!("/v1/clusters/{}/topics/{name}", encode(&self.arn)),
            None,
        );
        match status {
            200 => Some(body),
            404 => None,
            _ => panic!("DescribeTopic {name}: HTTP {status}: {body}"),
        }
    }

    fn configs(&self, name: &str) -> Value {
        let t = self.topic(name).expect("topic exists");
        let raw = t["configs"].as_str().unwrap();
        let bytes = base64_decode(raw);
        serde_json::from_slice(&bytes).unwrap()
    }
}

fn base64_decode(s: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.decode(s).unwrap()
}

fn ok(cmd: assert_cmd::Command, args: &[&str]) -> (String, String) {
    let (code, out, err) = run(cmd, args);
    assert_eq!(
        code, 0,
        "mskctl {args:?} failed\nstdout:\n{out}\nstderr:\n{err}"
    );
    (out, err)
}

#[test]
fn topic_commands_go_through_the_msk_api() {
    let s = setup();
    let (out, _) = ok(
        s.via(),
        &[
            "topic",
            "create",
            "payments",
            "--partitions",
            "3",
            "--replication-factor",
            "3",
            "--config",
            "cleanup.policy=compact",
        ],
    );
    assert!(out.contains("topic 'payments' created"), "{out}");
    assert_eq!(s.topic("payments").unwrap()["partitionCount"], 3);
    assert_eq!(s.configs("payments")["cleanup.policy"], "compact");

    // A second create is MSK's ConflictException, or success with --if-not-exists.
    let (code, _, err) = run(
        s.via(),
        &[
            "topic",
            "create",
            "payments",
            "--partitions",
            "3",
            "--replication-factor",
            "3",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("ConflictException"), "{err}");
    let (out, _) = ok(
        s.via(),
        &[
            "topic",
            "create",
            "payments",
            "--partitions",
            "3",
            "--replication-factor",
            "3",
            "--if-not-exists",
        ],
    );
    assert!(out.contains("already exists"), "{out}");

    let listed = json(s.via(), &["topic", "list"]);
    assert_eq!(listed[0]["name"], "payments");
    assert_eq!(listed[0]["partitions"], 3);
    assert_eq!(listed[0]["replication_factor"], 3);

    let described = json(s.via(), &["topic", "describe", "payments"]);
    assert_eq!(described["partitions"].as_array().unwrap().len(), 3);
    assert_eq!(
        described["partitions"][0]["replicas"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(described["configs"]["cleanup.policy"], "compact");

    // A longer retention is safe: no --yes needed.
    let (out, _) = ok(
        s.via(),
        &[
            "topic",
            "config",
            "set",
            "payments",
            "retention.ms=1209600000",
        ],
    );
    assert!(out.contains("retention.ms"), "{out}");
    assert_eq!(s.configs("payments")["retention.ms"], "1209600000");
    assert_eq!(s.configs("payments")["cleanup.policy"], "compact");
    let got = json(s.via(), &["topic", "config", "get", "payments"]);
    assert!(
        got.as_array()
            .unwrap()
            .iter()
            .any(|r| r["name"] == "retention.ms" && r["value"] == "1209600000"),
        "{got}"
    );
    ok(
        s.via(),
        &[
            "topic",
            "config",
            "delete",
            "payments",
            "retention.ms",
            "--yes",
        ],
    );
    assert!(s.configs("payments").get("retention.ms").is_none());

    // More partitions is risky: refused without --yes, done with it.
    let (code, _, err) = run(
        s.via(),
        &["topic", "alter", "payments", "--partitions", "6"],
    );
    assert_ne!(code, 0, "{err}");
    assert!(err.contains("Refusing without --yes"), "{err}");
    assert!(err.contains("MSK cluster \"orders\" in us-east-1"), "{err}");
    assert_eq!(s.topic("payments").unwrap()["partitionCount"], 3);
    let (out, _) = ok(
        s.via(),
        &["topic", "alter", "payments", "--partitions", "6", "--yes"],
    );
    assert!(out.contains("partitions 3 -> 6"), "{out}");
    assert_eq!(s.topic("payments").unwrap()["partitionCount"], 6);
    // Fewer is refused by the rulebook before any call.
    let (code, _, err) = run(
        s.via(),
        &["topic", "alter", "payments", "--partitions", "2", "--yes"],
    );
    assert_ne!(code, 0);
    assert!(err.contains("Nothing was changed"), "{err}");

    // Deleting: the API has no record counts, so --allow-data-loss is
    // needed (exit 2), and it is destructive, so --yes too.
    let (code, _, err) = run(s.via(), &["topic", "delete", "payments", "--yes"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--allow-data-loss"), "{err}");
    let (code, _, err) = run(
        s.via(),
        &["topic", "delete", "payments", "--allow-data-loss"],
    );
    assert_ne!(code, 0, "{err}");
    assert!(err.contains("Refusing without --yes"), "{err}");
    assert!(s.topic("payments").is_some());
    let (out, _) = ok(
        s.via(),
        &["topic", "delete", "payments", "--allow-data-loss", "--yes"],
    );
    assert!(out.contains("topic 'payments' deleted"), "{out}");
    assert!(s.topic("payments").is_none());
    let (code, _, err) = run(s.via(), &["topic", "describe", "payments"]);
    assert_eq!(code, 1);
    assert!(err.contains("not found"), "{err}");
}

#[test]
fn destructive_config_changes_need_yes() {
    let s = setup();
    ok(
        s.via(),
        &[
            "topic",
            "create",
            "audit",
            "--partitions",
            "1",
            "--replication-factor",
            "2",
        ],
    );
    let (code, _, err) = run(
        s.via(),
        &["topic", "config", "set", "audit", "retention.ms=1000"],
    );
    assert_ne!(code, 0, "{err}");
    assert!(err.contains("destructive"), "{err}");
    assert!(s.configs("audit").get("retention.ms").is_none());
    ok(
        s.via(),
        &[
            "topic",
            "config",
            "set",
            "audit",
            "retention.ms=1000",
            "--yes",
        ],
    );
    assert_eq!(s.configs("audit")["retention.ms"], "1000");
}

const TOPICS_YAML: &str = "\
apiVersion: mskctl/v1
kind: Topic
metadata:
  name: orders.events
spec:
  partitions: 6
  replicationFactor: 3
  retention: 3d
---
apiVersion: mskctl/v1
kind: Topic
metadata:
  name: orders.dlq
spec:
  partitions: 1
  replicationFactor: 3
";

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn plan_and_apply_converge_and_apply_waits_through_stale_reads() {
    let s = setup();
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "topics.yaml", TOPICS_YAML);
    // Reads lag the writes by two seconds, as MSK's eventually consistent
    // reads do: apply must not report done before DescribeTopic shows it.
    s.set_lag(2.0);

    let (out, _) = ok(s.via(), &["plan", "-f", &file]);
    assert!(out.contains("orders.events"), "{out}");
    assert!(out.contains("may be stale"), "{out}");
    let (code, _, _) = run(s.via(), &["plan", "-f", &file, "--exit-code"]);
    assert_eq!(code, 3);

    let (out, err) = ok(s.via(), &["apply", "-f", &file, "--yes"]);
    assert!(out.contains("ok      create topic orders.events"), "{out}");
    assert!(
        err.contains("waiting for DescribeTopic to show topic"),
        "{err}"
    );
    assert!(err.contains("MSK cluster \"orders\" in us-east-1"), "{err}");
    // Done means visible: the reads (still two seconds behind) show both.
    assert_eq!(s.topic("orders.events").unwrap()["partitionCount"], 6);
    assert_eq!(s.configs("orders.events")["retention.ms"], "259200000");
    assert!(s.topic("orders.dlq").is_some());

    let (out, _) = ok(s.via(), &["plan", "-f", &file, "--exit-code"]);
    assert!(out.contains("No changes"), "{out}");

    // A change to the manifest converges the same way.
    let changed = TOPICS_YAML.replace("retention: 3d", "retention: 5d");
    write(dir.path(), "topics.yaml", &changed);
    ok(s.via(), &["apply", "-f", &file, "--yes"]);
    assert_eq!(s.configs("orders.events")["retention.ms"], "432000000");
    let (out, _) = ok(s.via(), &["plan", "-f", &file]);
    assert!(out.contains("No changes"), "{out}");

    // What the API cannot do is refused in the plan, not attempted.
    let rf = changed.replace(
        "replicationFactor: 3\n  retention",
        "replicationFactor: 2\n  retention",
    );
    write(dir.path(), "topics.yaml", &rf);
    let (code, out, err) = run(s.via(), &["apply", "-f", &file, "--yes"]);
    assert_ne!(code, 0, "{out}{err}");
    assert!(out.contains("cannot change a replication factor"), "{out}");
    assert_eq!(s.topic("orders.events").unwrap()["replicationFactor"], 3);
}

#[test]
fn a_context_with_via_aws_goes_through_the_api() {
    let s = setup();
    let dir = s.config_home.path().join("mskctl");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.yaml"),
        "current-context: prod\ncontexts:\n  prod:\n    msk:\n      cluster: orders\n    via: aws\n  broken:\n    bootstrap-servers: broker.invalid:9092\n    via: aws\n",
    )
    .unwrap();
    ok(
        s.bare(),
        &[
            "topic",
            "create",
            "t1",
            "--partitions",
            "2",
            "--replication-factor",
            "1",
        ],
    );
    let listed = json(s.bare(), &["topic", "list"]);
    assert_eq!(listed[0]["name"], "t1");
    assert!(s.topic("t1").is_some());
    // via: aws without an MSK cluster is a usage error.
    let (code, _, err) = run(s.bare(), &["--context", "broken", "topic", "list"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("needs an MSK cluster"), "{err}");
}

#[test]
fn what_the_api_cannot_do_is_refused_with_exit_2() {
    let s = setup();
    for args in [
        &["group", "list"][..],
        &["acl", "list"],
        &["partition", "snapshot"],
        &["topic", "tail", "t"],
        &["topic", "health"],
        &["broker", "list"],
    ] {
        let (code, _, err) = run(s.via(), args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(
            err.contains("not available with --via aws"),
            "{args:?}: {err}"
        );
        assert!(err.contains("Kafka connection"), "{args:?}: {err}");
    }
    let dir = tempfile::tempdir().unwrap();
    let acl = write(
        dir.path(),
        "acl.yaml",
        "apiVersion: mskctl/v1\nkind: Acl\nmetadata: {name: a}\nspec:\n  bindings:\n    - principal: User:alice\n      operations: [read]\n      resource: {type: topic, name: t}\n",
    );
    let (code, _, err) = run(s.via(), &["plan", "-f", &acl]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("Acl documents"), "{err}");
    // --via aws needs an MSK cluster, not bootstrap servers.
    let mut cmd = s.bare();
    cmd.args(["-b", NOWHERE, "--via", "aws"]);
    let (code, _, err) = run(cmd, &["topic", "list"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("needs an MSK cluster"), "{err}");
}

#[test]
fn the_emulator_answers_as_aws_documents() {
    let s = setup();
    let base = format!("/v1/clusters/{}/topics", encode(&s.arn));
    let create = |body: Value| s.emu.request("POST", &base, Some(&body));
    let (status, body) =
        create(json!({"topicName": "t", "partitionCount": 2, "replicationFactor": 3}));
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "CREATING");
    let (status, _) =
        create(json!({"topicName": "t", "partitionCount": 2, "replicationFactor": 3}));
    assert_eq!(status, 409);
    let (status, _) =
        create(json!({"topicName": "bad name", "partitionCount": 1, "replicationFactor": 1}));
    assert_eq!(status, 400);
    let (status, _) =
        create(json!({"topicName": "u", "partitionCount": 1, "replicationFactor": 4}));
    assert_eq!(status, 400, "more replicas than brokers");
    let (status, _) = create(
        json!({"topicName": "u", "partitionCount": 1, "replicationFactor": 1, "configs": "not base64!"}),
    );
    assert_eq!(status, 400);
    let topic = format!("{base}/t");
    let (status, _) = s
        .emu
        .request("PUT", &topic, Some(&json!({"partitionCount": 1})));
    assert_eq!(status, 400, "a partition decrease");
    let (status, _) = s.emu.request("GET", &format!("{base}/nope"), None);
    assert_eq!(status, 404);
    let (status, _) = s.emu.request("DELETE", &format!("{base}/nope"), None);
    assert_eq!(status, 404);
    let (status, body) = s.emu.request("GET", &format!("{topic}/partitions"), None);
    assert_eq!(status, 200);
    assert_eq!(body["partitions"].as_array().unwrap().len(), 2);
    // With a lag, reads show the past while writes see the truth.
    s.set_lag(600.0);
    let v = json!({"topicName": "v", "partitionCount": 1, "replicationFactor": 1});
    let (status, _) = create(v.clone());
    assert_eq!(status, 200);
    assert!(s.topic("v").is_none(), "the creation is not visible yet");
    let (status, _) = create(v);
    assert_eq!(status, 409, "but the name is taken");
}

#[test]
fn failures_and_unconfirmed_changes_are_reported_as_not_done() {
    let s = setup();
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "topics.yaml", TOPICS_YAML);
    s.emu.fail_next(
        "CreateTopic",
        1,
        400,
        "BadRequestException",
        "Kafka rejected the request",
    );
    let (code, out, err) = run(s.via(), &["apply", "-f", &file, "--yes"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("FAILED  create topic orders.dlq: cannot create topic 'orders.dlq': BadRequestException: Kafka rejected the request"),
        "{out}"
    );
    assert!(err.contains("not done (2)"), "{err}");
    assert!(
        s.topic("orders.events").is_none(),
        "stopped at the first failure"
    );

    // Accepted but never visible within --timeout: not reported done.
    s.set_lag(600.0);
    let mut cmd = mskctl_bare();
    cmd.envs(s.emu.env())
        .env("XDG_CONFIG_HOME", s.config_home.path())
        .args(["--timeout", "3s", "--msk-cluster", "orders", "--via", "aws"]);
    let (code, out, err) = run(
        cmd,
        &[
            "topic",
            "create",
            "late",
            "--partitions",
            "1",
            "--replication-factor",
            "1",
        ],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(!out.contains("created"), "{out}");
    assert!(
        err.contains("did not show topic 'late' created within --timeout"),
        "{err}"
    );
}
