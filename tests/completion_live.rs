//! Completion of live names: the completer (`MSKCTL_COMPLETE=SHELL`) run as
//! a shell runs it, against the protocol-level test cluster. No timing
//! assertions: an unreachable cluster must only give no names.

mod support;

use support::cli::mskctl_bare;
use support::cluster::{ClusterConfig, TestCluster};

/// The candidates fish would get for the last word of `line`.
fn complete(line: &[&str], env: &[(&str, &str)]) -> (i32, Vec<String>, String) {
    let mut cmd = mskctl_bare();
    cmd.env("MSKCTL_COMPLETE", "fish");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut args = vec!["--", "mskctl"];
    args.extend_from_slice(line);
    let out = cmd.args(&args).output().expect("mskctl runs");
    let words = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
        .collect();
    (
        out.status.code().unwrap_or(-1),
        words,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn topic_and_group_names_come_from_the_cluster() {
    let c = TestCluster::start(ClusterConfig::default()).expect("test cluster starts");
    let b = c.bootstrap();
    c.create_topic("orders", 1, 1, &[]);
    c.create_topic("orders.dlq", 1, 1, &[]);
    c.create_topic("audit", 1, 1, &[]);
    c.commit_offset("billing", "orders", 0, 0);
    c.commit_offset("batch-export", "audit", 0, 0);
    c.commit_offset("audit-sink", "audit", 0, 0);

    let (code, words, err) = complete(&["-b", &b, "topic", "describe", "ord"], &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(words, vec!["orders", "orders.dlq"]);
    let (_, words, _) = complete(&["-b", &b, "retention", "get", "a"], &[]);
    assert_eq!(words, vec!["audit"]);
    let (_, words, _) = complete(&["-b", &b, "group", "describe", "b"], &[]);
    assert_eq!(words, vec!["batch-export", "billing"]);
    let (_, words, _) = complete(&["-b", &b, "group", "lag", "billing", "au"], &[]);
    assert_eq!(words, vec!["audit-sink"]);
    // The connection may come from the environment as for any command.
    let (_, words, _) = complete(
        &["group", "reset-offsets", "bil"],
        &[("MSKCTL_BOOTSTRAP_SERVERS", &b)],
    );
    assert_eq!(words, vec!["billing"]);
}

#[test]
fn context_names_come_from_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("mskctl")).unwrap();
    std::fs::write(
        dir.path().join("mskctl/config.yaml"),
        "contexts:\n  prod:\n    bootstrap-servers: [b:9092]\n  preprod: {}\n  dev: {}\n",
    )
    .unwrap();
    let config = dir.path().to_str().unwrap();
    let (code, words, err) = complete(&["--context", "pr"], &[("XDG_CONFIG_HOME", config)]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(words, vec!["preprod", "prod"]);
    let (_, words, _) = complete(
        &["config", "use-context", "d"],
        &[("XDG_CONFIG_HOME", config)],
    );
    assert_eq!(words, vec!["dev"]);
}

#[test]
fn an_unreachable_cluster_completes_nothing_silently() {
    // Nothing listens on port 1; a TEST-NET address never answers at all.
    for server in ["127.0.0.1:1", "192.0.2.1:9092"] {
        let (code, words, err) = complete(&["-b", server, "topic", "describe", "or"], &[]);
        assert_eq!(code, 0, "{err}");
        assert!(words.is_empty(), "{words:?}");
        assert!(err.is_empty(), "completion printed: {err}");
    }
    // A broken config file: no names, no noise.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("mskctl")).unwrap();
    std::fs::write(dir.path().join("mskctl/config.yaml"), "contexts: [").unwrap();
    let config = dir.path().to_str().unwrap();
    let (code, words, err) = complete(&["group", "describe", "x"], &[("XDG_CONFIG_HOME", config)]);
    assert_eq!(code, 0, "{err}");
    assert!(words.is_empty(), "{words:?}");
    assert!(err.is_empty(), "completion printed: {err}");
}
