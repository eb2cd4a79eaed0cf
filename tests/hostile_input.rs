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
