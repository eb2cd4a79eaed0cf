//! `mskctl cluster` end to end through the real SDK (request serialisation,
//! endpoint override, response parsing) against a canned HTTP responder on
//! loopback. It answers a fixed cluster and records what it was asked; the
//! state machine (CREATING -> ACTIVE, changing versions) belongs to the
//! emulator-based tests.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::{Arc, Mutex};

use support::cli::{mskctl_bare, run};

const ARN: &str = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/1111-2222";

#[derive(Debug, Clone)]
struct Request {
    method: String,
    path: String,
    body: String,
}

struct Stub {
    port: u16,
    seen: Arc<Mutex<Vec<Request>>>,
}

fn cluster_json(state: &str) -> String {
    format!(
        r#"{{"clusterName":"orders","clusterArn":"{ARN}","clusterType":"PROVISIONED","state":"{state}",
        "currentVersion":"K1","creationTime":"2026-01-01T00:00:00.000Z",
        "provisioned":{{"numberOfBrokerNodes":3,
          "brokerNodeGroupInfo":{{"instanceType":"kafka.m5.large","clientSubnets":["s-a","s-b","s-c"],
            "securityGroups":["sg-1"],"storageInfo":{{"ebsStorageInfo":{{"volumeSize":100}}}}}},
          "currentBrokerSoftwareInfo":{{"kafkaVersion":"3.6.0"}},
          "clientAuthentication":{{"sasl":{{"iam":{{"enabled":true}}}},"tls":{{"enabled":false}}}}}}}}"#
    )
}

fn respond(state: &str, method: &str, path: &str) -> (u16, String) {
    let get = method == "GET";
    if get && path == "/api/v2/clusters" {
        return (
            200,
            format!(r#"{{"clusterInfoList":[{}]}}"#, cluster_json(state)),
        );
    }
    if get && path.ends_with("/bootstrap-brokers") {
        return (
            200,
            r#"{"bootstrapBrokerString":"127.0.0.1:1","bootstrapBrokerStringSaslIam":"b-1.orders:9098,b-2.orders:9098","bootstrapBrokerStringTls":"b-1.orders:9094"}"#.into(),
        );
    }
    if get && path.ends_with("/operations") {
        return (200, r#"{"clusterOperationInfoList":[]}"#.into());
    }
    if get && path.starts_with("/api/v2/clusters/") {
        return (200, format!(r#"{{"clusterInfo":{}}}"#, cluster_json(state)));
    }
    if method == "PUT" && path.ends_with("/nodes/count") {
        return (
            200,
            format!(
                r#"{{"clusterArn":"{ARN}","clusterOperationArn":"arn:aws:kafka:us-east-1:123456789012:cluster-operation/orders/op-1"}}"#
            ),
        );
    }
    (
        404,
        r#"{"__type":"NotFoundException","message":"no such route in the test responder"}"#.into(),
    )
}

impl Stub {
    fn start() -> Stub {
        Stub::start_with("ACTIVE")
    }

    /// A responder whose cluster is always in `state`.
    fn start_with(state: &'static str) -> Stub {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let port = listener.local_addr().expect("local addr").port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let log = log.clone();
                std::thread::spawn(move || {
                    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
                    loop {
                        let mut line = String::new();
                        if reader.read_line(&mut line).unwrap_or(0) == 0 {
                            return;
                        }
                        let mut parts = line.split_whitespace();
                        let method = parts.next().unwrap_or("").to_owned();
                        let target = parts.next().unwrap_or("").to_owned();
                        let path = target.split('?').next().unwrap_or("").to_owned();
                        let mut len = 0usize;
                        loop {
                            let mut h = String::new();
                            if reader.read_line(&mut h).unwrap_or(0) == 0 {
                                return;
                            }
                            let h = h.trim_end();
                            if h.is_empty() {
                                break;
                            }
                            if let Some((k, v)) = h.split_once(':') {
                                if k.eq_ignore_ascii_case("content-length") {
                                    len = v.trim().parse().unwrap_or(0);
                                }
                            }
                        }
                        let mut body = vec![0u8; len];
                        if reader.read_exact(&mut body).is_err() {
                            return;
                        }
                        let path = percent_decode(&path);
                        let (status, text) = respond(state, &method, &path);
                        log.lock().unwrap().push(Request {
                            method,
                            path,
                            body: String::from_utf8_lossy(&body).into_owned(),
                        });
                        let resp = format!(
                            "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{text}",
                            text.len()
                        );
                        if stream.write_all(resp.as_bytes()).is_err() {
                            return;
                        }
                    }
                });
            }
        });
        Stub { port, seen }
    }

    fn requests(&self) -> Vec<Request> {
        self.seen.lock().unwrap().clone()
    }

    /// The AWS environment pointing the SDK at this responder.
    fn env(&self, config_home: &Path) -> Vec<(String, String)> {
        let home = |f: &str| config_home.join(f).display().to_string();
        vec![
            ("XDG_CONFIG_HOME".into(), config_home.display().to_string()),
            (
                "AWS_ENDPOINT_URL_KAFKA".into(),
                format!("http://127.0.0.1:{}", self.port),
            ),
            ("AWS_ACCESS_KEY_ID".into(), "AKIDTEST".into()),
            ("AWS_SECRET_ACCESS_KEY".into(), "secret".into()),
            ("AWS_REGION".into(), "us-east-1".into()),
            ("AWS_EC2_METADATA_DISABLED".into(), "true".into()),
            ("AWS_CONFIG_FILE".into(), home("no-aws-config")),
            (
                "AWS_SHARED_CREDENTIALS_FILE".into(),
                home("no-aws-credentials"),
            ),
        ]
    }

    fn cmd(&self, config_home: &Path) -> assert_cmd::Command {
        let mut cmd = mskctl_bare();
        for (k, _) in std::env::vars() {
            if k.starts_with("AWS_") {
                cmd.env_remove(&k);
            }
        }
        cmd.envs(self.env(config_home)).args(["--timeout", "10s"]);
        cmd
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn list_describe_and_bootstrap() {
    let stub = Stub::start();
    let home = tempfile::tempdir().unwrap();

    let (code, out, err) = run(stub.cmd(home.path()), &["cluster", "list", "-o", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["name"], "orders");
    assert_eq!(v[0]["brokerCount"], 3);
    assert_eq!(v[0]["created"], "2026-01-01T00:00:00Z");

    let (code, out, err) = run(stub.cmd(home.path()), &["cluster", "describe", "orders"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("3 x kafka.m5.large over 3 zones"), "{out}");
    assert!(out.contains("100 GiB per broker"), "{out}");
    assert!(out.contains("IAM"), "{out}");
    assert!(out.contains("b-1.orders:9098,b-2.orders:9098"), "{out}");

    let (code, out, err) = run(stub.cmd(home.path()), &["cluster", "bootstrap", "orders"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), "b-1.orders:9098,b-2.orders:9098");

    let (code, _, err) = run(
        stub.cmd(home.path()),
        &["cluster", "bootstrap", "orders", "--auth", "scram"],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("scram client authentication is not enabled"),
        "{err}"
    );
    assert!(err.contains("available: iam, tls, plaintext"), "{err}");

    let (code, _, err) = run(stub.cmd(home.path()), &["cluster", "describe", "ordres"]);
    assert_eq!(code, 1);
    assert!(err.contains("did you mean: orders?"), "{err}");
}

#[test]
fn updates_are_checked_before_calling_aws() {
    let stub = Stub::start();
    let home = tempfile::tempdir().unwrap();

    let (code, _, err) = run(
        stub.cmd(home.path()),
        &["cluster", "scale", "orders", "--brokers", "4"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("multiple of 3"), "{err}");

    let (code, _, err) = run(
        stub.cmd(home.path()),
        &["cluster", "storage", "orders", "--size-gib", "50"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("can only grow"), "{err}");

    let (code, _, err) = run(
        stub.cmd(home.path()),
        &[
            "cluster",
            "broker-type",
            "orders",
            "--type",
            "kafka.t3.small",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("T3"), "{err}");

    let (code, _, err) = run(stub.cmd(home.path()), &["cluster", "delete", "orders"]);
    assert_eq!(code, 1);
    assert!(err.contains("Refusing without --yes"), "{err}");

    let writes: Vec<Request> = stub
        .requests()
        .into_iter()
        .filter(|r| r.method != "GET")
        .collect();
    assert!(writes.is_empty(), "{writes:?}");
}

#[test]
fn scale_quotes_the_current_version() {
    let stub = Stub::start();
    let home = tempfile::tempdir().unwrap();
    let (code, out, err) = run(
        stub.cmd(home.path()),
        &["cluster", "scale", "orders", "--brokers", "6", "-o", "json"],
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["from"], "3");
    assert_eq!(v["to"], "6");
    assert!(v["operationArn"].as_str().unwrap().ends_with("op-1"), "{v}");
    let put = stub
        .requests()
        .into_iter()
        .find(|r| r.method == "PUT")
        .expect("an update was sent");
    assert_eq!(put.path, format!("/v1/clusters/{ARN}/nodes/count"));
    let body: serde_json::Value = serde_json::from_str(&put.body).unwrap();
    assert_eq!(body["currentVersion"], "K1");
    assert_eq!(body["targetNumberOfBrokerNodes"], 6);
}

#[test]
fn a_context_naming_an_msk_cluster_connects_to_its_bootstrap_brokers() {
    let stub = Stub::start();
    let home = tempfile::tempdir().unwrap();
    let (code, _, err) = run(
        stub.cmd(home.path()),
        &[
            "config",
            "set-context",
            "orders",
            "--msk-cluster",
            "orders",
            "--msk-auth",
            "plaintext",
            "--current",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("not usable"), "{err}");
    // The stub's plaintext listener is a closed port: the connection fails,
    // after the bootstrap string was looked up and used.
    let (code, _, err) = run(stub.cmd(home.path()), &["topic", "list"]);
    assert_ne!(code, 0);
    assert!(err.contains("127.0.0.1:1"), "{err}");
    assert!(
        stub.requests()
            .iter()
            .any(|r| r.path.ends_with("/bootstrap-brokers")),
        "{:?}",
        stub.requests()
    );
}

#[test]
fn wait_returns_once_the_state_is_reached() {
    let stub = Stub::start();
    let home = tempfile::tempdir().unwrap();
    let (code, out, err) = run(stub.cmd(home.path()), &["cluster", "wait", "orders"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), "cluster orders: ACTIVE");
}

#[cfg(unix)]
#[test]
fn interrupting_a_wait_says_how_to_resume() {
    let stub = Stub::start_with("UPDATING");
    let home = tempfile::tempdir().unwrap();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("mskctl"));
    for (k, _) in std::env::vars() {
        if k.starts_with("AWS_") || k.starts_with("MSKCTL_") {
            cmd.env_remove(&k);
        }
    }
    let child = cmd
        .envs(stub.env(home.path()))
        .env("NO_COLOR", "1")
        .args(["cluster", "wait", "orders"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("mskctl starts");
    // Let it poll at least once (the progress line proves it is waiting).
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let out = child.wait_with_output().expect("mskctl ends");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("cluster orders: UPDATING"), "{err}");
    assert!(err.contains("the operation goes on in AWS"), "{err}");
    assert!(err.contains("mskctl cluster wait orders"), "{err}");
    // Waiting never changes anything.
    assert!(stub.requests().iter().all(|r| r.method == "GET"));
}
