//! The Amazon MSK API emulator (`msk_emulator.py`, next to this file) for
//! integration tests, one fresh process per [`MskEmulator`].
//!
//! It is an emulator, not AWS: moto's kafka backend plus what moto lacks
//! (see the comment at the top of the Python file). The Python comes from
//! `MSKCTL_MOTO_PYTHON`, else `.test-servers/venv/bin/python` as installed by
//! `scripts/install-test-servers`. A missing interpreter or an emulator that
//! does not come up is a test failure, never a skip.
//!
//! The helpers here talk to it with hand-written HTTP/1.1 so that sync tests
//! need neither a runtime nor an HTTP client dependency.

use std::fs;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const READY_TIMEOUT: Duration = Duration::from_secs(30);
const IO_TIMEOUT: Duration = Duration::from_secs(10);
/// How long [`MskEmulator::wait_for_state`] waits, as a multiple of the
/// configured transition time plus a fixed margin for a loaded machine.
const STATE_MARGIN: Duration = Duration::from_secs(20);

pub const REGION: &str = "us-east-1";
pub const ACCESS_KEY_ID: &str = "AKIAIOSFODNN7EXAMPLE";
pub const SECRET_ACCESS_KEY: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

#[derive(Clone, Debug)]
pub struct MskEmulatorOptions {
    /// How long each CREATING, UPDATING and DELETING state lasts.
    pub transition: Duration,
    /// `HOST:PORT[,...]` that GetBootstrapBrokers reports for every cluster
    /// without a per-cluster override; `None` makes up MSK-style host names.
    pub bootstrap: Option<String>,
}

impl Default for MskEmulatorOptions {
    fn default() -> Self {
        MskEmulatorOptions {
            transition: Duration::from_secs(1),
            bootstrap: None,
        }
    }
}

pub struct MskEmulator {
    child: Child,
    port: u16,
    transition: Duration,
    stderr_path: PathBuf,
    dir: tempfile::TempDir,
}

impl MskEmulator {
    pub fn start() -> MskEmulator {
        MskEmulator::start_with(MskEmulatorOptions::default())
    }

    pub fn start_with(opts: MskEmulatorOptions) -> MskEmulator {
        let python = python();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/msk_emulator.py");
        let dir = tempfile::Builder::new()
            .prefix("mskctl-msk-emulator-")
            .tempdir()
            .unwrap_or_else(|e| panic!("cannot create a temp dir for the MSK emulator: {e}"));
        let port_file = dir.path().join("port");
        let stderr_path = dir.path().join("stderr.log");
        let stderr = fs::File::create(&stderr_path)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", stderr_path.display()));

        let mut cmd = Command::new(&python);
        cmd.arg("-u")
            .arg(&script)
            .arg("--port")
            .arg("0")
            .arg("--port-file")
            .arg(&port_file)
            .arg("--transition")
            .arg(opts.transition.as_secs_f64().to_string());
        if let Some(bootstrap) = &opts.bootstrap {
            cmd.arg("--bootstrap").arg(bootstrap);
        }
        // Compiled bytecode would land in tests/support/ and show up in git.
        cmd.env("PYTHONDONTWRITEBYTECODE", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::from(stderr));
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", python.display()));

        // Binding port 0 and reporting it through a file that appears
        // atomically leaves no window for another process to take the port.
        let mut emulator = MskEmulator {
            child,
            port: 0,
            transition: opts.transition,
            stderr_path,
            dir,
        };
        let deadline = Instant::now() + READY_TIMEOUT;
        loop {
            if let Ok(text) = fs::read_to_string(&port_file) {
                emulator.port = text
                    .trim()
                    .parse()
                    .unwrap_or_else(|e| panic!("bad port file contents {text:?}: {e}"));
                return emulator;
            }
            if let Ok(Some(status)) = emulator.child.try_wait() {
                panic!(
                    "the MSK emulator ({} {}) exited with {status} before listening\n{}",
                    python.display(),
                    script.display(),
                    emulator.stderr_tail(40)
                );
            }
            if Instant::now() > deadline {
                panic!(
                    "the MSK emulator did not listen within {READY_TIMEOUT:?}\n{}",
                    emulator.stderr_tail(40)
                );
            }
            thread::sleep(Duration::from_millis(25));
        }
    }

    /// `http://127.0.0.1:PORT`, for `AWS_ENDPOINT_URL_KAFKA` or an SDK client.
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The environment for a child `mskctl`: enough to reach the emulator,
    /// and empty AWS config and credentials files so no profile, credential
    /// or region from the host can leak in (empty rather than missing, which
    /// the SDK would warn about on every run).
    pub fn env(&self) -> Vec<(String, String)> {
        let empty = self.dir.path().join("empty-aws-file");
        if !empty.exists() {
            std::fs::write(&empty, "").expect("write an empty AWS config file");
        }
        [
            ("AWS_ENDPOINT_URL_KAFKA", self.endpoint()),
            ("AWS_REGION", REGION.to_string()),
            ("AWS_ACCESS_KEY_ID", ACCESS_KEY_ID.to_string()),
            ("AWS_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY.to_string()),
            ("AWS_EC2_METADATA_DISABLED", "true".to_string()),
            ("AWS_CONFIG_FILE", empty.display().to_string()),
            ("AWS_SHARED_CREDENTIALS_FILE", empty.display().to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
    }

    pub fn transition(&self) -> Duration {
        self.transition
    }

    /// Makes GetBootstrapBrokers report `brokers` for the cluster named
    /// `cluster_name` (which need not exist yet) in every listener field.
    pub fn set_bootstrap(&self, cluster_name: &str, brokers: &str) {
        self.control(
            "/_emulator/bootstrap",
            json!({"clusterName": cluster_name, "brokers": brokers}),
        );
    }

    /// While held, no CREATING, UPDATING or DELETING state ends, so a test
    /// can observe one without racing the transition time; on release,
    /// those whose time has passed complete on the next request.
    pub fn hold_transitions(&self, hold: bool) {
        self.control("/_emulator/hold", json!({ "hold": hold }));
    }

    /// Makes the next `count` calls of `operation` (an MSK operation name
    /// such as `UpdateBrokerCount`) fail with this status, error type and
    /// message.
    pub fn fail_next(
        &self,
        operation: &str,
        count: u32,
        status: u16,
        error_type: &str,
        message: &str,
    ) {
        self.control(
            "/_emulator/fail",
            json!({
                "operation": operation,
                "count": count,
                "status": status,
                "errorType": error_type,
                "message": message,
            }),
        );
    }

    /// Makes the next operation that `operation` (an update call such as
    /// `UpdateBrokerStorage`) starts end UPDATE_FAILED with this ErrorInfo;
    /// the call itself succeeds, and the cluster returns to ACTIVE unchanged.
    pub fn fail_operation(&self, operation: &str, error_code: &str, error_string: &str) {
        self.control(
            "/_emulator/fail-operation",
            json!({
                "operation": operation,
                "errorCode": error_code,
                "errorString": error_string,
            }),
        );
    }

    /// Tells the emulator how many partition replicas each broker of the
    /// cluster named `cluster_name` holds, so a removal can pick (or refuse)
    /// brokers as MSK does.
    pub fn set_partitions(&self, cluster_name: &str, replicas: &[(i32, u32)]) {
        let map: serde_json::Map<String, Value> = replicas
            .iter()
            .map(|(id, n)| (id.to_string(), json!(n)))
            .collect();
        self.control(
            "/_emulator/partitions",
            json!({"clusterName": cluster_name, "replicas": map}),
        );
    }

    /// Creates a provisioned cluster with plaintext, unauthenticated client
    /// access, so GetBootstrapBrokers fills `BootstrapBrokerString`. Returns
    /// its ARN at once; the cluster is still CREATING.
    pub fn create_cluster(&self, name: &str, brokers: u32, subnets: &[&str]) -> String {
        let body = json!({
            "clusterName": name,
            "kafkaVersion": "3.6.0",
            "numberOfBrokerNodes": brokers,
            "brokerNodeGroupInfo": {
                "instanceType": "kafka.m5.large",
                "clientSubnets": subnets,
                "securityGroups": ["sg-0123456789abcdef0"],
                "storageInfo": {"ebsStorageInfo": {"volumeSize": 100}},
            },
            "encryptionInfo": {"encryptionInTransit": {"clientBroker": "PLAINTEXT", "inCluster": true}},
            "clientAuthentication": {"unauthenticated": {"enabled": true}},
        });
        let (status, response) = self.request("POST", "/v1/clusters", Some(&body));
        assert_eq!(status, 200, "CreateCluster {name}: {response}");
        response["clusterArn"]
            .as_str()
            .unwrap_or_else(|| panic!("CreateCluster {name}: no clusterArn in {response}"))
            .to_string()
    }

    /// DescribeClusterV2's `clusterInfo`, or `None` once the cluster is gone.
    pub fn describe(&self, arn: &str) -> Option<Value> {
        let (status, response) =
            self.request("GET", &format!("/api/v2/clusters/{}", encode(arn)), None);
        match status {
            200 => Some(response["clusterInfo"].clone()),
            404 => None,
            _ => panic!("DescribeClusterV2 {arn}: HTTP {status}: {response}"),
        }
    }

    /// Polls until the cluster reports `state` and returns its description.
    pub fn wait_for_state(&self, arn: &str, state: &str) -> Value {
        let deadline = Instant::now() + self.transition * 10 + STATE_MARGIN;
        loop {
            let info = self.describe(arn);
            let current = info.as_ref().map(|i| i["state"].clone());
            if current.as_ref().and_then(Value::as_str) == Some(state) {
                return info.unwrap();
            }
            assert!(
                Instant::now() < deadline,
                "cluster {arn} did not reach {state}; last seen {current:?}\n{}",
                self.stderr_tail(20)
            );
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Creates a cluster as [`MskEmulator::create_cluster`] does and waits
    /// until it is ACTIVE.
    pub fn create_active_cluster(&self, name: &str, brokers: u32, subnets: &[&str]) -> String {
        let arn = self.create_cluster(name, brokers, subnets);
        self.wait_for_state(&arn, "ACTIVE");
        arn
    }

    /// The last `lines` lines of the emulator's stderr (its request log and
    /// any Python traceback), for failure messages.
    pub fn stderr_tail(&self, lines: usize) -> String {
        let text = fs::read_to_string(&self.stderr_path).unwrap_or_default();
        let all: Vec<&str> = text.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }

    fn control(&self, path: &str, body: Value) {
        let (status, response) = self.request("POST", path, Some(&body));
        assert_eq!(status, 200, "POST {path} {body}: {response}");
    }

    /// One request on a fresh connection; returns the status and the JSON
    /// body (`Value::Null` when empty).
    pub fn request(&self, method: &str, path: &str, body: Option<&Value>) -> (u16, Value) {
        let payload = body.map(Value::to_string).unwrap_or_default();
        let mut stream = TcpStream::connect(("127.0.0.1", self.port))
            .unwrap_or_else(|e| panic!("cannot connect to the MSK emulator: {e}"));
        stream.set_read_timeout(Some(IO_TIMEOUT)).unwrap();
        stream.set_write_timeout(Some(IO_TIMEOUT)).unwrap();
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\
             Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{payload}",
            self.port,
            payload.len()
        );
        stream
            .write_all(request.as_bytes())
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let mut raw = Vec::new();
        stream
            .read_to_end(&mut raw)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}\n{}", self.stderr_tail(20)));
        let text = String::from_utf8_lossy(&raw);
        let (head, body) = text
            .split_once("\r\n\r\n")
            .unwrap_or_else(|| panic!("{method} {path}: malformed response {text:?}"));
        let status = head
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("{method} {path}: bad status line in {head:?}"));
        let value = if body.trim().is_empty() {
            Value::Null
        } else {
            serde_json::from_str(body)
                .unwrap_or_else(|e| panic!("{method} {path}: body is not JSON ({e}): {body}"))
        };
        (status, value)
    }
}

impl Drop for MskEmulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Percent-encodes a path label the way the SDK does, so that an ARN's `/`
/// stays inside one segment.
pub fn encode(label: &str) -> String {
    let mut out = String::with_capacity(label.len() * 3);
    for b in label.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn python() -> PathBuf {
    let path = match std::env::var_os("MSKCTL_MOTO_PYTHON") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join(".test-servers/venv/bin/python"),
    };
    if !path.exists() {
        panic!(
            "Python with moto not found at {}: run scripts/install-test-servers \
             (or point MSKCTL_MOTO_PYTHON at a Python that has moto[server] 5.2.5)",
            path.display()
        );
    }
    path
}
