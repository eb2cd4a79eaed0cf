//! Manifest variables (`${NAME}`) for `validate`, `plan` and `apply`: every
//! error path offline, precedence of the sources (`--set` > `--values` >
//! `MSKCTL_VAR_*` > the context's `vars:`), and one plan/apply against the
//! protocol-level test cluster.

mod support;

use std::path::{Path, PathBuf};

use support::cli::{mskctl, mskctl_bare, run};
use support::cluster::{ClusterConfig, TestCluster};

const TEMPLATE: &str = "\
apiVersion: mskctl/v1
kind: Topic
metadata:
  name: ${ENV}-orders
  labels:
    note: costs $${PRICE}
spec:
  partitions: ${PARTITIONS}
  replicationFactor: 1
";

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn validate(dir: &Path, extra: &[&str]) -> (i32, String, String) {
    let m = dir.join("m.yaml");
    let mut args = vec!["validate", "-f", m.to_str().unwrap()];
    args.extend_from_slice(extra);
    run(mskctl_bare(), &args)
}

#[test]
fn an_undefined_variable_is_an_error_at_its_place() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "m.yaml", TEMPLATE);
    let (code, out, err) = validate(dir.path(), &["--set", "ENV=prod"]);
    assert_eq!(code, 1, "{out}\n{err}");
    let m = dir.path().join("m.yaml");
    let expected = format!("{}:8:15: undefined variable 'PARTITIONS'", m.display());
    assert!(err.contains(&expected), "{err}");
    assert!(err.contains("--set PARTITIONS=VALUE"), "{err}");
}

#[test]
fn a_malformed_placeholder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "m.yaml",
        &TEMPLATE.replace("${ENV}-orders", "${ENV-orders"),
    );
    let (code, _o, err) = validate(dir.path(), &["--set", "PARTITIONS=3"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("m.yaml:4:9: '${' without a closing '}'"),
        "{err}"
    );
}

#[test]
fn type_checks_run_after_substitution_at_the_templates_place() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "m.yaml", TEMPLATE);
    let (code, out, err) = validate(dir.path(), &["--set", "ENV=prod", "--set", "PARTITIONS=12"]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.contains("valid"), "{out}");

    // A value of the wrong type is judged as the value, located at ${...}.
    let (code, _o, err) = validate(
        dir.path(),
        &["--set", "ENV=prod", "--set", "PARTITIONS=many"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("m.yaml:8:15:"), "{err}");
    assert!(err.contains("integer"), "{err}");
    // And a bad topic name made by substitution is caught too.
    let (code, _o, err) = validate(
        dir.path(),
        &["--set", "ENV=bad name", "--set", "PARTITIONS=3"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("m.yaml:4:9:"), "{err}");
}

#[test]
fn bad_values_files_and_set_flags_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "m.yaml", TEMPLATE);
    let nested = write(dir.path(), "nested.yaml", "ENV:\n  - prod\n");
    let (code, _o, err) = validate(dir.path(), &["--values", nested.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(&format!(
            "{}:2:3: variable 'ENV' must be a scalar, not a list",
            nested.display()
        )),
        "{err}"
    );
    let list = write(dir.path(), "list.yaml", "- ENV\n");
    let (code, _o, err) = validate(dir.path(), &["--values", list.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("list.yaml:1:1: a values file is a mapping"),
        "{err}"
    );
    let bad_name = write(dir.path(), "name.yaml", "1ENV: x\n");
    let (code, _o, err) = validate(dir.path(), &["--values", bad_name.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("name.yaml:1:1: '1ENV' is not a variable name"),
        "{err}"
    );
    let missing = dir.path().join("missing.yaml");
    let (code, _o, err) = validate(dir.path(), &["--values", missing.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("cannot read the values file"), "{err}");
    let (code, _o, err) = validate(dir.path(), &["--set", "ENV"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("expected NAME=VALUE"), "{err}");
}

#[test]
fn set_beats_values_beats_environment_beats_context() {
    let dir = tempfile::tempdir().unwrap();
    // PARTITIONS decides validity: only the winning source's value is valid.
    write(dir.path(), "m.yaml", TEMPLATE);
    let config = dir.path().join("config");
    std::fs::create_dir_all(config.join("mskctl")).unwrap();
    write(
        &config.join("mskctl"),
        "config.yaml",
        "current-context: prod\ncontexts:\n  prod:\n    bootstrap-servers: [127.0.0.1:1]\n    vars:\n      ENV: prod\n      PARTITIONS: 6\n  dev:\n    vars:\n      ENV: dev\n      PARTITIONS: x\n",
    );
    let a = write(dir.path(), "a.yaml", "PARTITIONS: x\n");
    let b = write(dir.path(), "b.yaml", "PARTITIONS: 4\n");
    let m = dir.path().join("m.yaml");
    let plan_names = |extra: &[&str], env: Option<&str>| {
        let mut cmd = mskctl_bare();
        cmd.env("XDG_CONFIG_HOME", &config);
        if let Some(v) = env {
            cmd.env("MSKCTL_VAR_PARTITIONS", v);
        }
        let mut args = vec!["validate", "-f", m.to_str().unwrap()];
        args.extend_from_slice(extra);
        run(cmd, &args)
    };
    // The current context's vars alone make the manifest valid.
    let (code, out, err) = plan_names(&[], None);
    assert_eq!(code, 0, "{out}\n{err}");
    // --context picks another context's (bad) values.
    let (code, _o, err) = plan_names(&["--context", "dev"], None);
    assert_eq!(code, 1, "{err}");
    // The environment beats the context...
    let (code, _o, err) = plan_names(&[], Some("x"));
    assert_eq!(code, 1, "{err}");
    // ...--values beats the environment, and the later file wins...
    let (code, _o, err) = plan_names(
        &[
            "--values",
            a.to_str().unwrap(),
            "--values",
            b.to_str().unwrap(),
        ],
        Some("x"),
    );
    assert_eq!(code, 0, "{err}");
    let (code, _o, err) = plan_names(
        &[
            "--values",
            b.to_str().unwrap(),
            "--values",
            a.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code, 1, "{err}");
    // ...and --set beats them all.
    let (code, _o, err) = plan_names(
        &["--values", a.to_str().unwrap(), "--set", "PARTITIONS=2"],
        Some("x"),
    );
    assert_eq!(code, 0, "{err}");
}

#[test]
fn plan_and_apply_substitute_and_create_the_named_topic() {
    let c = TestCluster::start(ClusterConfig::default()).expect("test cluster starts");
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let m = write(dir.path(), "m.yaml", TEMPLATE);
    let values = write(dir.path(), "prod.yaml", "ENV: prod\nPARTITIONS: 2\n");
    let args = |verb: &'static str| {
        vec![
            verb.to_string(),
            "-f".into(),
            m.display().to_string(),
            "--values".into(),
            values.display().to_string(),
            "--set".into(),
            "PARTITIONS=5".into(),
        ]
    };
    let plan: Vec<String> = args("plan");
    let refs: Vec<&str> = plan.iter().map(String::as_str).collect();
    let (code, out, err) = run(mskctl(&b), &refs);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.contains("prod-orders"), "{out}");
    assert!(c.topic("prod-orders").is_none(), "plan changes nothing");

    let mut apply = args("apply");
    apply.push("--yes".into());
    let refs: Vec<&str> = apply.iter().map(String::as_str).collect();
    let (code, out, err) = run(mskctl(&b), &refs);
    assert_eq!(code, 0, "{out}\n{err}");
    let t = c.topic("prod-orders").expect("created");
    assert_eq!(t.partitions.len(), 5, "--set won over --values");

    // Without the variables nothing is sent.
    let (code, _o, err) = run(mskctl(&b), &["apply", "-f", m.to_str().unwrap(), "--yes"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("undefined variable 'ENV'"), "{err}");
}
