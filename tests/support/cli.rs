//! Running the built `mskctl` binary the way a user would, isolated from the
//! developer's own contexts and environment.

use std::path::PathBuf;

use assert_cmd::Command;

/// A config directory that does not exist, so no context is ever picked up.
fn empty_config_home() -> PathBuf {
    std::env::temp_dir().join(format!("mskctl-tests-no-config-{}", std::process::id()))
}

/// `mskctl` with a clean environment and no bootstrap servers.
pub fn mskctl_bare() -> Command {
    let mut cmd = Command::cargo_bin("mskctl").expect("the mskctl binary is built for tests");
    for (k, _) in std::env::vars() {
        if k.starts_with("MSKCTL_") {
            cmd.env_remove(&k);
        }
    }
    // Offset backups land in a scratch directory, never the user's state.
    cmd.env("XDG_CONFIG_HOME", empty_config_home())
        .env(
            "XDG_STATE_HOME",
            std::env::temp_dir().join(format!("mskctl-tests-state-{}", std::process::id())),
        )
        .env("NO_COLOR", "1")
        .env_remove("RUST_LOG");
    cmd
}

/// `mskctl -b BOOTSTRAP --timeout 20s ...`.
pub fn mskctl(bootstrap: &str) -> Command {
    let mut cmd = mskctl_bare();
    cmd.args(["-b", bootstrap, "--timeout", "20s"]);
    cmd
}

/// Runs and returns (exit code, stdout, stderr).
pub fn run(mut cmd: Command, args: &[&str]) -> (i32, String, String) {
    let out = cmd.args(args).output().expect("mskctl runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs, asserts exit 0, returns stdout.
pub fn ok(cmd: Command, args: &[&str]) -> String {
    let (code, out, err) = run(cmd, args);
    assert_eq!(
        code, 0,
        "mskctl {args:?} failed\nstdout:\n{out}\nstderr:\n{err}"
    );
    out
}

/// Runs with `-o json`, asserts exit 0, parses stdout.
pub fn json(cmd: Command, args: &[&str]) -> serde_json::Value {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["-o", "json"]);
    let out = ok(cmd, &all);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}"))
}
