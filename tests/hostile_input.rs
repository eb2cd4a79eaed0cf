//! Hostile and broken input: endless files and pipes, and data that would
//! reach the terminal. mskctl must stop with a clear error, bounded in
//! memory, and never pass raw control characters from data to a terminal.

mod support;

use std::fs::File;
use std::process::Stdio;

use support::cli::{mskctl_bare, run};

#[test]
fn an_endless_manifest_file_is_refused_at_the_cap() {
    let (code, out, err) = run(mskctl_bare(), &["validate", "-f", "/dev/zero"]);
    assert_ne!(code, 0, "{out}{err}");
    assert!(err.contains("larger than 64 MiB"), "{err}");
}

/// Saved plans, snapshots and reassignment files go through the same cap.
#[test]
fn endless_plans_and_snapshots_are_refused_at_the_cap() {
    for args in [
        &["apply", "--plan", "/dev/zero"][..],
        &["partition", "reassign", "plan", "--snapshot", "/dev/zero"][..],
        &["partition", "reassign", "verify", "--plan", "/dev/zero"][..],
    ] {
        let (code, out, err) = run(support::cli::mskctl("127.0.0.1:1"), args);
        assert_ne!(code, 0, "{args:?}: {out}{err}");
        assert!(err.contains("larger than 64 MiB"), "{args:?}: {err}");
    }
}

#[test]
fn an_endless_manifest_pipe_is_refused_at_the_cap() {
    let zero = File::open("/dev/zero").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mskctl"))
        .env(
            "XDG_CONFIG_HOME",
            std::env::temp_dir().join("mskctl-hostile-no-config"),
        )
        .args(["validate", "-f", "-"])
        .stdin(Stdio::from(zero))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("larger than 64 MiB"), "{err}");
}

/// AWS failures where nothing reached AWS: one line that says what to do,
/// none of the SDK's Debug chain, no instance-metadata warnings.
#[test]
fn aws_failures_are_one_line_with_the_next_step() {
    let aws = |region: &str, creds: bool| {
        let mut cmd = mskctl_bare();
        cmd.env("AWS_ENDPOINT_URL_KAFKA", "http://127.0.0.1:1")
            .env("AWS_REGION", region)
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .env("AWS_CONFIG_FILE", "/dev/null")
            .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
            .env_remove("AWS_PROFILE")
            .env_remove("AWS_DEFAULT_REGION");
        if creds {
            cmd.env("AWS_ACCESS_KEY_ID", "AKIAMSKCTLTEST0000001")
                .env("AWS_SECRET_ACCESS_KEY", "secret");
        } else {
            cmd.env_remove("AWS_ACCESS_KEY_ID")
                .env_remove("AWS_SECRET_ACCESS_KEY")
                .env_remove("AWS_SESSION_TOKEN");
        }
        run(cmd, &["cluster", "list"])
    };
    for (region, creds, expected) in [
        ("eu-west-1", true, "cannot reach the AWS endpoint"),
        ("", true, "no usable AWS region: set --region or AWS_REGION"),
        ("eu-west-1", false, "no usable AWS credentials"),
    ] {
        let (code, out, err) = aws(region, creds);
        assert_eq!(code, 1, "{out}{err}");
        assert!(err.contains(expected), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(
            !err.contains("DispatchFailure") && !err.contains("Error {"),
            "{err}"
        );
    }
}

/// `a=1 a=2` is a slip, not a choice: refused before any request.
#[test]
fn repeated_config_keys_are_usage_errors() {
    for args in [
        &[
            "topic",
            "config",
            "set",
            "t",
            "retention.ms=1",
            "retention.ms=2",
        ][..],
        &[
            "topic",
            "create",
            "t",
            "--partitions",
            "1",
            "--replication-factor",
            "1",
            "--config",
            "retention.ms=1",
            "--config",
            "retention.ms=2",
        ][..],
    ] {
        // A dead address: the refusal must come before any connection.
        let (code, out, err) = run(support::cli::mskctl("127.0.0.1:1"), args);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(
            err.contains("'retention.ms' is given more than once"),
            "{err}"
        );
    }
}

/// A format a command cannot write is refused, not replaced by another.
#[test]
fn unsupported_output_formats_are_usage_errors() {
    for (args, what) in [
        (
            &["topic", "tail", "t", "-o", "markdown"][..],
            "topic tail cannot write -o markdown",
        ),
        (&["export", "-o", "json"][..], "export cannot write -o json"),
        (
            &["schema", "-o", "table"][..],
            "schema cannot write -o table",
        ),
    ] {
        let (code, out, err) = run(support::cli::mskctl("127.0.0.1:1"), args);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(err.contains(what), "{err}");
    }
    // The default (no -o) still means each command's own format.
    let (code, out, _) = run(mskctl_bare(), &["schema"]);
    assert_eq!(code, 0);
    assert!(out.trim_start().starts_with('{'), "{out}");
}

/// Negative numbers reach the parser and get a range error (not clap's tip
/// to write `-- -1`); counts of zero, empty bootstrap entries and a
/// retention change without a limit are usage errors before any request.
#[test]
fn numbers_lists_and_missing_limits_are_usage_errors() {
    for (args, what) in [
        (
            &[
                "topic",
                "create",
                "t",
                "--partitions",
                "-1",
                "--replication-factor",
                "1",
            ][..],
            "-1 is not in 1..",
        ),
        (
            &["cluster", "scale", "c", "--brokers", "-3"][..],
            "-3 is not in 1..",
        ),
        (
            &["topic", "tail", "t", "--max", "-1"][..],
            "must be at least 1",
        ),
        (
            &["partition", "reassign", "plan", "--max-moves", "0"][..],
            "must be at least 1",
        ),
        (
            &["retention", "set", "t"][..],
            "--time <DURATION>|--bytes <SIZE>",
        ),
        (
            &["retention", "purge", "t"][..],
            "--before-offset <N>|--before <RFC3339>",
        ),
    ] {
        let (code, out, err) = run(support::cli::mskctl("127.0.0.1:1"), args);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(err.contains(what), "{args:?}: {err}");
        assert!(!err.contains("use '-- -"), "{args:?}: {err}");
    }
    let (code, _, err) = run(
        mskctl_bare(),
        &["-b", "127.0.0.1:1,,127.0.0.1:2", "topic", "list"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("empty entry between commas"), "{err}");
}
