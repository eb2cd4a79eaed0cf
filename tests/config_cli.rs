//! `mskctl config ...` end to end: the real binary against a config file in a
//! temporary XDG_CONFIG_HOME. No broker is needed.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use tempfile::TempDir;

const PASSWORD: &str = "Tr0ub4dor-and-3-correct-horses";

struct Sandbox {
    dir: TempDir,
}

impl Sandbox {
    fn new() -> Self {
        Sandbox {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn config_path(&self) -> PathBuf {
        self.dir.path().join("mskctl").join("config.yaml")
    }

    fn write_config(&self, text: &str) {
        let path = self.config_path();
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write config");
    }

    fn read_config(&self) -> String {
        std::fs::read_to_string(self.config_path()).expect("read config")
    }

    /// The binary with this sandbox as its config home and none of the
    /// developer's own MSKCTL_* settings leaking in.
    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("mskctl").expect("binary");
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("MSKCTL_") {
                cmd.env_remove(&key);
            }
        }
        cmd.env("XDG_CONFIG_HOME", self.dir.path())
            .env("HOME", self.dir.path())
            .env("NO_COLOR", "1");
        cmd
    }

    fn run_ok(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).assert().success();
        String::from_utf8_lossy(&out.get_output().stdout).into_owned()
    }

    fn json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_str(&self.run_ok(args)).expect("valid JSON")
    }

    /// A SASL_SSL context whose password lives in $PROD_PW.
    fn add_prod(&self) {
        self.run_ok(&[
            "config",
            "set-context",
            "prod",
            "-b",
            "b-1.prod:9096,b-2.prod:9096",
            "--security-protocol",
            "SASL_SSL",
            "--sasl-mechanism",
            "SCRAM-SHA-512",
            "--sasl-username",
            "ops",
            "--sasl-password-env",
            "PROD_PW",
        ]);
    }
}

#[test]
fn contexts_round_trip() {
    let sb = Sandbox::new();

    sb.cmd()
        .args(["config", "set-context", "local", "-b", "localhost:9092"])
        .assert()
        .success()
        .stdout("context 'local' created\n");
    sb.cmd()
        .args([
            "config",
            "set-context",
            "prod",
            "-b",
            "b-1.prod:9096, b-2.prod:9096",
            "--security-protocol",
            "SASL_SSL",
            "--sasl-mechanism",
            "SCRAM-SHA-512",
            "--sasl-username",
            "ops",
            "--sasl-password-env",
            "PROD_PW",
            "--current",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("context 'prod' created"))
        .stdout(predicate::str::contains("current context"));

    sb.cmd()
        .args(["config", "current-context"])
        .assert()
        .success()
        .stdout("prod\n");

    let table = sb.run_ok(&["config", "get-contexts"]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 3, "{table}");
    for header in ["CURRENT", "NAME", "BOOTSTRAP", "SECURITY", "SASL"] {
        assert!(lines[0].contains(header), "{table}");
    }
    assert!(
        lines[1].contains("local") && !lines[1].starts_with('*'),
        "{table}"
    );
    assert!(
        lines[2].starts_with('*') && lines[2].contains("prod"),
        "{table}"
    );
    assert!(lines[2].contains("b-1.prod:9096,b-2.prod:9096"), "{table}");
    assert!(lines[2].contains("SASL_SSL"), "{table}");
    assert!(lines[2].contains("SCRAM-SHA-512 (ops)"), "{table}");
    assert!(lines[1].contains("PLAINTEXT"), "{table}");

    let list = sb.json(&["config", "get-contexts", "-o", "json"]);
    let list = list.as_array().expect("a list");
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["name"], "local");
    assert_eq!(list[0]["current"], false);
    assert_eq!(list[1]["name"], "prod");
    assert_eq!(list[1]["current"], true);
    assert_eq!(
        list[1]["bootstrap-servers"],
        serde_json::json!(["b-1.prod:9096", "b-2.prod:9096"])
    );
    assert_eq!(list[1]["security-protocol"], "SASL_SSL");
    assert_eq!(list[1]["sasl"]["mechanism"], "SCRAM-SHA-512");
    assert_eq!(list[1]["sasl"]["password-env"], "PROD_PW");

    let yaml = sb.run_ok(&["config", "get-contexts", "-o", "yaml"]);
    assert!(
        yaml.contains("name: local") && yaml.contains("name: prod"),
        "{yaml}"
    );

    sb.cmd()
        .args(["config", "use-context", "local"])
        .assert()
        .success()
        .stdout(predicate::str::contains("local"));
    sb.cmd()
        .args(["config", "current-context"])
        .assert()
        .success()
        .stdout("local\n");

    let view = sb.run_ok(&["config", "view"]);
    assert!(view.contains("current-context: local"), "{view}");
    assert!(view.contains("password-env: PROD_PW"), "{view}");
    let view_json = sb.json(&["config", "view", "-o", "json"]);
    assert_eq!(view_json["current-context"], "local");
    assert_eq!(
        view_json["contexts"]["prod"]["sasl"]["username"],
        serde_json::json!("ops")
    );

    sb.cmd()
        .args(["config", "delete-context", "prod"])
        .assert()
        .success()
        .stdout("context 'prod' deleted\n");
    sb.cmd()
        .args(["config", "delete-context", "local"])
        .assert()
        .success()
        .stdout(predicate::str::contains("context 'local' deleted"))
        .stdout(predicate::str::contains("no current context"));
    assert!(!sb.read_config().contains("current-context"));

    sb.cmd()
        .args(["config", "current-context"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("no current context"));

    let empty = sb.json(&["config", "get-contexts", "-o", "json"]);
    assert_eq!(empty, serde_json::json!([]));
}

#[test]
fn missing_config_file_is_an_empty_config() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["config", "get-contexts"])
        .assert()
        .success()
        .stdout(predicate::str::contains("NAME"))
        .stderr(predicate::str::contains("set-context"));
    sb.cmd()
        .args(["config", "current-context"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no current context"));
    sb.run_ok(&["config", "view"]);
    assert!(
        !sb.config_path().exists(),
        "reading must not create the file"
    );
}

#[cfg(unix)]
#[test]
fn config_file_is_private() {
    use std::os::unix::fs::PermissionsExt;

    let sb = Sandbox::new();
    sb.add_prod();
    let mode = std::fs::metadata(sb.config_path())
        .expect("config exists")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "file mode {mode:o}");
    let dir_mode = std::fs::metadata(sb.config_path().parent().expect("parent"))
        .expect("dir exists")
        .permissions()
        .mode();
    assert_eq!(dir_mode & 0o777, 0o700, "dir mode {dir_mode:o}");

    // Rewrites fix a file someone loosened by hand.
    std::fs::set_permissions(sb.config_path(), std::fs::Permissions::from_mode(0o644))
        .expect("chmod");
    sb.run_ok(&["config", "use-context", "prod"]);
    let mode = std::fs::metadata(sb.config_path())
        .expect("config exists")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "file mode {mode:o}");
}

#[test]
fn passwords_are_never_printed() {
    let sb = Sandbox::new();
    sb.add_prod();
    sb.run_ok(&["config", "use-context", "prod"]);

    for args in [
        &["config", "view"][..],
        &["config", "view", "-o", "json"],
        &["config", "get-contexts"],
        &["config", "get-contexts", "-o", "yaml"],
        &["-vvv", "config", "view"],
    ] {
        let out = sb
            .cmd()
            .env("PROD_PW", PASSWORD)
            .env("MSKCTL_SASL_PASSWORD", PASSWORD)
            .args(args)
            .assert()
            .success();
        let output = out.get_output();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            !all.contains(PASSWORD),
            "{args:?} printed the password:\n{all}"
        );
    }
    assert!(!sb.read_config().contains(PASSWORD));
}

#[test]
fn connecting_with_vvv_never_logs_the_password() {
    let sb = Sandbox::new();
    sb.run_ok(&[
        "config",
        "set-context",
        "x",
        "-b",
        "127.0.0.1:1",
        "--security-protocol",
        "SASL_PLAINTEXT",
        "--sasl-mechanism",
        "PLAIN",
        "--sasl-username",
        "ops",
        "--sasl-password-env",
        "X_PW",
    ]);
    let out = sb
        .cmd()
        .env("X_PW", PASSWORD)
        .args(["-vvv", "--context", "x", "--timeout", "5s", "topic", "list"])
        .assert()
        .failure();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(!stderr.contains(PASSWORD), "{stderr}");
    assert!(stderr.contains("127.0.0.1:1"), "{stderr}");
}

#[test]
fn context_flag_overrides_the_current_context() {
    let sb = Sandbox::new();
    sb.run_ok(&[
        "config",
        "set-context",
        "a",
        "-b",
        "127.0.0.1:2",
        "--current",
    ]);
    sb.run_ok(&["config", "set-context", "b", "-b", "127.0.0.1:1"]);
    let out = sb
        .cmd()
        .args(["--context", "b", "--timeout", "5s", "topic", "list"])
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("127.0.0.1:1"), "{stderr}");
    assert!(!stderr.contains("127.0.0.1:2"), "{stderr}");

    sb.cmd()
        .args(["--context", "nope", "topic", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown context 'nope'"))
        .stderr(predicate::str::contains("known: a, b"));
}

#[test]
fn inline_password_in_the_file_is_refused() {
    let sb = Sandbox::new();
    sb.write_config(
        "current-context: prod\n\
         contexts:\n  \
           prod:\n    \
             bootstrap-servers: [b-1.prod:9096]\n    \
             security-protocol: SASL_SSL\n    \
             sasl:\n      \
               mechanism: PLAIN\n      \
               username: ops\n      \
               password: hunter2hunter2\n",
    );
    sb.cmd()
        .args(["config", "get-contexts"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("config.yaml:9:"))
        .stderr(predicate::str::contains("password-env"))
        .stderr(predicate::str::contains("password-file"))
        .stderr(predicate::str::contains("hunter2").not());

    // `view` still shows the file so it can be fixed, with the value hidden.
    sb.cmd()
        .args(["config", "view"])
        .assert()
        .success()
        .stdout(predicate::str::contains("password: <redacted>"))
        .stdout(predicate::str::contains("hunter2").not())
        .stderr(predicate::str::contains("not valid"))
        .stderr(predicate::str::contains("hunter2").not());
}

#[test]
fn view_redacts_secret_looking_keys() {
    let sb = Sandbox::new();
    sb.write_config(
        "contexts:\n  a:\n    bootstrap-servers: [x:1]\n    aws-secret: abcdef123\n    token-file: /run/token\n",
    );
    sb.cmd()
        .args(["config", "view", "-o", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("abcdef123").not())
        .stdout(predicate::str::contains("/run/token"));
}

#[test]
fn unknown_context_errors_list_the_known_ones() {
    let sb = Sandbox::new();
    sb.run_ok(&["config", "set-context", "staging", "-b", "s:9092"]);
    sb.run_ok(&["config", "set-context", "prod", "-b", "p:9092"]);

    sb.cmd()
        .args(["config", "use-context", "prd"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown context 'prd'"))
        .stderr(predicate::str::contains("known: staging, prod"))
        .stderr(predicate::str::contains("did you mean 'prod'?"));
    sb.cmd()
        .args(["config", "delete-context", "dev"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("known: staging, prod"));
}

#[test]
fn set_context_merges_and_keeps_untouched_fields() {
    let sb = Sandbox::new();
    sb.add_prod();
    sb.cmd()
        .args(["config", "set-context", "prod", "--sasl-username", "admin"])
        .assert()
        .success()
        .stdout("context 'prod' modified\n");

    let list = sb.json(&["config", "get-contexts", "-o", "json"]);
    let prod = &list[0];
    assert_eq!(
        prod["bootstrap-servers"],
        serde_json::json!(["b-1.prod:9096", "b-2.prod:9096"])
    );
    assert_eq!(prod["security-protocol"], "SASL_SSL");
    assert_eq!(prod["sasl"]["mechanism"], "SCRAM-SHA-512");
    assert_eq!(prod["sasl"]["username"], "admin");
    assert_eq!(prod["sasl"]["password-env"], "PROD_PW");

    // Relative paths are stored absolute so the context works from anywhere.
    sb.cmd()
        .current_dir(sb.dir.path())
        .args(["config", "set-context", "prod", "--tls-ca-file", "ca.pem"])
        .assert()
        .success();
    let list = sb.json(&["config", "get-contexts", "-o", "json"]);
    let ca = list[0]["tls"]["ca-file"]
        .as_str()
        .expect("ca-file")
        .to_string();
    assert!(Path::new(&ca).is_absolute(), "{ca}");
    assert!(ca.ends_with("ca.pem"), "{ca}");
    assert_eq!(list[0]["sasl"]["username"], "admin");
}

#[test]
fn set_context_rejects_bad_input() {
    let sb = Sandbox::new();
    sb.cmd()
        .args(["config", "set-context", "x", "-b", "no-port"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing port"));
    // A password typed where a variable name belongs is refused, not echoed.
    sb.cmd()
        .args([
            "config",
            "set-context",
            "x",
            "-b",
            "a:1",
            "--sasl-password-env",
            "p@ss w0rd!",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("NAME of an environment variable"))
        .stderr(predicate::str::contains("p@ss").not());
    assert!(!sb.config_path().exists(), "nothing written on error");

    // Incomplete contexts are saved (they are often built in steps) with a warning.
    sb.cmd()
        .args([
            "config",
            "set-context",
            "y",
            "--security-protocol",
            "SASL_SSL",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("warning"))
        .stderr(predicate::str::contains("bootstrap"));
}

#[test]
fn malformed_config_reports_file_line_and_column() {
    let sb = Sandbox::new();
    sb.write_config("contexts:\n  a:\n    bootstrap-server: [x:1]\n");
    let path = sb.config_path().display().to_string();
    sb.cmd()
        .args(["config", "get-contexts"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("{path}:3:5:")))
        .stderr(predicate::str::contains(
            "did you mean `bootstrap-servers`?",
        ));

    sb.write_config("contexts:\n  a: {bootstrap-servers: [x:1]\n  b: {}\n");
    sb.cmd()
        .args(["config", "current-context"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::is_match(format!("{}:\\d+:\\d+: ", regex::escape(&path)))
                .expect("regex"),
        );
}

/// Parallel `set-context` runs (a provisioning script's jobs) each keep
/// their context: the read-modify-write is locked.
#[test]
fn parallel_set_context_runs_keep_every_context() {
    let sb = Sandbox::new();
    let children: Vec<_> = (0..10)
        .map(|i| {
            let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_mskctl"));
            cmd.env("XDG_CONFIG_HOME", sb.dir.path())
                .env("HOME", sb.dir.path())
                .env_remove("MSKCTL_BOOTSTRAP_SERVERS")
                .env_remove("MSKCTL_CONTEXT")
                .args([
                    "config",
                    "set-context",
                    &format!("ctx-{i}"),
                    "-b",
                    &format!("broker-{i}:9092"),
                ])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null());
            cmd.spawn().expect("spawn")
        })
        .collect();
    for mut c in children {
        assert!(c.wait().expect("wait").success());
    }
    let text = sb.read_config();
    for i in 0..10 {
        assert!(text.contains(&format!("ctx-{i}:")), "ctx-{i} lost:\n{text}");
    }
}

/// A broken config file does not block a command that names its servers
/// with -b (it is ignored with a warning); one that others can write is
/// named in a warning.
#[test]
fn a_broken_or_shared_config_file_is_warned_about_not_obeyed() {
    let sb = Sandbox::new();
    sb.write_config("contexts: [\n");
    let out = sb
        .cmd()
        .args(["-b", "127.0.0.1:1", "--timeout", "2s", "topic", "list"])
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ignoring the config file"), "{err}");
    assert!(err.contains("cannot reach any bootstrap server"), "{err}");
    // Without -b the file is needed, and its error stands.
    let out = sb.cmd().args(["topic", "list"]).output().expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("config.yaml:2:1"), "{err}");

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        sb.write_config("contexts: {}\n");
        std::fs::set_permissions(sb.config_path(), std::fs::Permissions::from_mode(0o666))
            .expect("chmod");
        let out = sb
            .cmd()
            .args(["config", "get-contexts"])
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("is writable by everyone"), "{err}");
    }
}
