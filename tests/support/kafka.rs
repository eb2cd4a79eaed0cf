//! Real Apache Kafka clusters, one per release, shared by every test process.
//!
//! `scripts/test` (or `eval "$(scripts/kafka-cluster matrix)"` by hand)
//! starts one 3-broker KRaft cluster (racks a, b, c; static broker config
//! `log.retention.hours=720`) per release that `scripts/install-test-servers`
//! installed, and exports:
//!
//! - `MSKCTL_KAFKA_CLUSTERS="3.6.2=127.0.0.1:P,...;3.9.1=...;4.1.1=..."`:
//!   PLAINTEXT listeners, whose principal (ANONYMOUS) is a super user;
//! - `MSKCTL_KAFKA_SASL_CLUSTERS` in the same form: SASL_PLAINTEXT listeners
//!   with SCRAM-SHA-256/512 users [`SUPER_USER`] and [`USER`].
//!
//! Starting three clusters costs about half a minute, so tests never start
//! their own: without `MSKCTL_KAFKA_CLUSTERS` a matrix test prints a notice
//! and passes without running (`scripts/test` always sets it, and fails if
//! the clusters do not start). Tests share the clusters, so every topic,
//! group and principal they touch is named through [`unique`].

use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::cli::{mskctl, ok};

/// SCRAM credentials created when the clusters' storage is formatted.
pub const SUPER_USER: (&str, &str) = ("admin", "admin-secret");
/// An ordinary user: only what ACLs grant it.
pub const USER: (&str, &str) = ("alice", "alice-secret");

/// Brokers per matrix cluster, with racks a, b, c.
pub const BROKERS: usize = 3;
/// The static broker config every matrix cluster starts with.
pub const STATIC_RETENTION_HOURS: i64 = 720;

#[derive(Clone, Debug)]
pub struct KafkaCluster {
    /// The Apache Kafka release, e.g. "3.9.1".
    pub version: String,
    /// PLAINTEXT bootstrap servers.
    pub bootstrap: String,
    /// SASL_PLAINTEXT (SCRAM) bootstrap servers.
    pub sasl_bootstrap: Option<String>,
}

impl KafkaCluster {
    /// Major and minor release, e.g. (3, 9).
    pub fn release(&self) -> (u32, u32) {
        let mut parts = self.version.split('.').map(|p| p.parse().unwrap_or(0));
        (parts.next().unwrap_or(0), parts.next().unwrap_or(0))
    }

    /// `topic create NAME --partitions N --replication-factor 3 EXTRA...`.
    pub fn create_topic(&self, topic: &str, partitions: u32, extra: &[&str]) {
        let partitions = partitions.to_string();
        let mut args = vec![
            "topic",
            "create",
            topic,
            "--partitions",
            &partitions,
            "--replication-factor",
            "3",
        ];
        args.extend(extra);
        let out = ok(mskctl(&self.bootstrap), &args);
        assert!(out.contains(&format!("topic '{topic}' created")), "{out}");
    }

    /// Runs one of the release's own command-line tools (a main class from
    /// its jars, as `kafka-run-class.sh` would) against the PLAINTEXT
    /// listener and returns its stdout: an oracle independent of mskctl.
    pub fn kafka_tool(&self, class: &str, args: &[&str]) -> String {
        let home = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(".test-servers/kafka")
            .join(&self.version);
        let out = std::process::Command::new("java")
            .args(["-Xmx256m", "-XX:TieredStopAtLevel=1"])
            // No logging configuration: the tools then log nothing to stdout.
            .arg("-Dlog4j2.configurationFile=/dev/null")
            .arg("-cp")
            .arg(home.join("libs/*"))
            .arg(class)
            .args(["--bootstrap-server", &self.bootstrap])
            .args(args)
            .output()
            .expect("java runs");
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "{class} {args:?} failed:\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        stdout
    }

    /// `mskctl` logging in over SCRAM as `user`; the password travels only
    /// in the environment variable named by --sasl-password-env.
    pub fn as_user(&self, mechanism: &str, (user, password): (&str, &str)) -> assert_cmd::Command {
        let mut cmd = mskctl(self.sasl_bootstrap());
        cmd.env("MATRIX_SASL_PASSWORD", password).args([
            "--security-protocol",
            "SASL_PLAINTEXT",
            "--sasl-mechanism",
            mechanism,
            "--sasl-username",
            user,
            "--sasl-password-env",
            "MATRIX_SASL_PASSWORD",
        ]);
        cmd
    }

    pub fn sasl_bootstrap(&self) -> &str {
        self.sasl_bootstrap.as_deref().unwrap_or_else(|| {
            panic!(
                "MSKCTL_KAFKA_SASL_CLUSTERS has no entry for {}",
                self.version
            )
        })
    }
}

fn parse(var: &str, value: &str) -> Vec<(String, String)> {
    value
        .split(';')
        .filter(|e| !e.trim().is_empty())
        .map(|entry| {
            let (version, bootstrap) = entry
                .split_once('=')
                .unwrap_or_else(|| panic!("{var}: '{entry}' is not VERSION=HOST:PORT,..."));
            (version.trim().to_string(), bootstrap.trim().to_string())
        })
        .collect()
}

/// The running matrix, or None (with a notice on stderr) when no clusters
/// were started for this test run.
pub fn matrix() -> Option<Vec<KafkaCluster>> {
    let Ok(plain) = std::env::var("MSKCTL_KAFKA_CLUSTERS") else {
        eprintln!(
            "notice: real-Kafka matrix test not run: MSKCTL_KAFKA_CLUSTERS is not set \
             (scripts/test sets it; by hand: eval \"$(scripts/kafka-cluster matrix)\")"
        );
        return None;
    };
    let sasl = std::env::var("MSKCTL_KAFKA_SASL_CLUSTERS").unwrap_or_default();
    let sasl = parse("MSKCTL_KAFKA_SASL_CLUSTERS", &sasl);
    let clusters: Vec<KafkaCluster> = parse("MSKCTL_KAFKA_CLUSTERS", &plain)
        .into_iter()
        .map(|(version, bootstrap)| KafkaCluster {
            sasl_bootstrap: sasl
                .iter()
                .find(|(v, _)| *v == version)
                .map(|(_, b)| b.clone()),
            version,
            bootstrap,
        })
        .collect();
    assert!(
        !clusters.is_empty(),
        "MSKCTL_KAFKA_CLUSTERS is set but names no cluster"
    );
    Some(clusters)
}

/// Runs `test` against every release of the matrix, each to completion even
/// if an earlier one failed, then fails naming the releases that failed.
pub fn each_release(test: impl Fn(&KafkaCluster)) {
    let Some(clusters) = matrix() else { return };
    let mut failed = Vec::new();
    for cluster in &clusters {
        eprintln!("--- Kafka {} ({})", cluster.version, cluster.bootstrap);
        if panic::catch_unwind(AssertUnwindSafe(|| test(cluster))).is_err() {
            failed.push(cluster.version.clone());
        }
    }
    assert!(
        failed.is_empty(),
        "failed on Kafka {} (see the panic messages above)",
        failed.join(", ")
    );
}

/// A name no other test, test process or earlier run on the shared
/// clusters has used: `PREFIX-PID-MILLIS-N`.
pub fn unique(prefix: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let millis = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    format!(
        "{prefix}-{}-{millis}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// Brokers apply metadata changes (configs, ACLs, group membership) from
/// the metadata log a moment after the controller or coordinator answered,
/// so a read right after a write may still see the old state. Polls until
/// `done` holds, up to a generous bound; what is asserted is the state, never
/// how long it took.
pub fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !done() {
        assert!(Instant::now() < deadline, "never happened: {what}");
        std::thread::sleep(Duration::from_millis(300));
    }
}
