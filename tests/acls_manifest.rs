//! `kind: Acl` manifests: validate (positions), plan/apply create,
//! idempotent re-apply, prune only with --prune and confirmation, export
//! then plan showing no changes, all against the test cluster.

mod support;

use std::path::Path;

use kafka_protocol::messages::ApiKey;
use support::cli::{mskctl, ok, run};
use support::cluster::{AclBinding, ClusterConfig, Fault, TestCluster};
use support::manifests::ownership_doc;

const TOPIC: i8 = 2;
const GROUP: i8 = 3;
const CLUSTER: i8 = 4;
const LITERAL: i8 = 3;
const PREFIXED: i8 = 4;
const READ: i8 = 3;
const WRITE: i8 = 4;
const DESCRIBE: i8 = 8;
const IDEMPOTENT_WRITE: i8 = 12;
const DENY: i8 = 2;
const ALLOW: i8 = 3;

fn cluster() -> TestCluster {
    TestCluster::start(ClusterConfig::default()).expect("test cluster starts")
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

fn sorted(mut v: Vec<AclBinding>) -> Vec<AclBinding> {
    v.sort();
    v
}

const APP_ACLS: &str = "\
apiVersion: mskctl/v1
kind: Acl
metadata:
  name: app
spec:
  bindings:
    - principal: User:alice
      operations: [read, describe]
      resource: {type: topic, name: orders}
    - principal: User:alice
      operations: [read]
      resource: {type: group, name: app-, patternType: prefixed}
    - principal: User:mallory
      permission: deny
      operations: [write]
      resource: {type: topic, name: orders}
    - principal: User:alice
      operations: [idempotent-write]
      resource: {type: cluster}
";

fn app_bindings() -> Vec<AclBinding> {
    sorted(vec![
        AclBinding::new(TOPIC, "orders", LITERAL, "User:alice", READ, ALLOW),
        AclBinding::new(TOPIC, "orders", LITERAL, "User:alice", DESCRIBE, ALLOW),
        AclBinding::new(GROUP, "app-", PREFIXED, "User:alice", READ, ALLOW),
        AclBinding::new(TOPIC, "orders", LITERAL, "User:mallory", WRITE, DENY),
        AclBinding::new(
            CLUSTER,
            "kafka-cluster",
            LITERAL,
            "User:alice",
            IDEMPOTENT_WRITE,
            ALLOW,
        ),
    ])
}

#[test]
fn validate_reports_every_problem_at_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "bad.yaml",
        "\
apiVersion: mskctl/v1
kind: Acl
metadata:
  name: bad
spec:
  bindings:
    - principal: alice
      operations: [red, describe]
      resource: {type: topik, name: orders}
    - principal: User:bob
      operations: [idempotent-write]
      resource: {type: topic, name: orders, patternType: prefixd}
    - principal: User:bob
      operations: [alter]
      resource: {type: cluster, name: main}
    - principal: User:carol
      operations: [read]
      resource: {type: topic, name: t}
    - principal: User:carol
      operations: [write, read]
      resource: {type: topic, name: t}
",
    );
    let (code, _o, err) = run(mskctl("127.0.0.1:1"), &["validate", "-f", &f]);
    assert_eq!(code, 1, "{err}");
    for expected in [
        format!("{f}:7:18: principal 'alice' must be Type:name"),
        format!("{f}:8:20: unknown operation 'red' (did you mean 'read'?)"),
        format!("{f}:9:24: unknown resource type 'topik' (did you mean 'topic'?)"),
        format!("{f}:11:20: operation 'idempotent-write' does not apply to a topic resource"),
        format!("{f}:12:58: unknown patternType 'prefixd' (did you mean 'prefixed'?)"),
        format!("{f}:15:39: the cluster resource is always named 'kafka-cluster'"),
        format!("{f}:20:27: ACL binding 'User:carol ALLOW READ on TOPIC 't' (LITERAL) from host *' is declared twice: {f}:17:20 and {f}:20:27"),
    ] {
        assert!(err.contains(&expected), "missing {expected:?} in:\n{err}");
    }

    let good = write(dir.path(), "good.yaml", APP_ACLS);
    let out = ok(mskctl("127.0.0.1:1"), &["validate", "-f", &good]);
    assert!(
        out.contains("1 file, 0 topics, 5 ACL bindings: valid"),
        "{out}"
    );
}

/// Kafka authorizes group configs on the group and delegation tokens on a
/// user; token operations still do not apply to a group.
#[test]
fn validate_accepts_group_config_and_user_token_operations() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "tokens.yaml",
        "\
apiVersion: mskctl/v1
kind: Acl
metadata:
  name: tokens
spec:
  bindings:
    - principal: User:ops
      operations: [describe-configs, alter-configs]
      resource: {type: group, name: billing}
    - principal: User:ops
      operations: [create-tokens, describe-tokens]
      resource: {type: user, name: alice}
",
    );
    let out = ok(mskctl("127.0.0.1:1"), &["validate", "-f", &f]);
    assert!(out.contains("4 ACL bindings: valid"), "{out}");

    let bad = write(
        dir.path(),
        "bad.yaml",
        "\
apiVersion: mskctl/v1
kind: Acl
metadata:
  name: bad
spec:
  bindings:
    - principal: User:ops
      operations: [create-tokens]
      resource: {type: group, name: billing}
",
    );
    let (code, _o, err) = run(mskctl("127.0.0.1:1"), &["validate", "-f", &bad]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("operation 'create-tokens' does not apply to a group resource"),
        "{err}"
    );
}

#[test]
fn plan_apply_create_is_idempotent_and_prune_needs_the_flag_and_confirmation() {
    let c = cluster();
    let b = c.bootstrap();
    let stray = AclBinding::new(TOPIC, "legacy", LITERAL, "User:old", READ, ALLOW);
    c.add_acl(stray.clone());
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "acls.yaml",
        &format!(
            "{APP_ACLS}---\n{}",
            ownership_doc(&[".*"], &["User:alice", "User:mallory", "User:old"])
        ),
    );

    let (code, out, err) = run(mskctl(&b), &["plan", "-f", &f, "--exit-code", "-o", "json"]);
    assert_eq!(code, 3, "{out}{err}");
    let plan: serde_json::Value = serde_json::from_str(&out).unwrap();
    let actions = plan["actions"].as_array().unwrap();
    assert_eq!(actions.len(), 5, "{out}");
    assert!(actions
        .iter()
        .all(|a| a["type"] == "create_acl" && a["safety"] == "safe"));

    ok(mskctl(&b), &["apply", "-f", &f, "--yes"]);
    let mut want = app_bindings();
    want.push(stray.clone());
    assert_eq!(sorted(c.acls()), sorted(want));

    // Second apply: nothing to do, nothing sent.
    let creates = c.request_count(ApiKey::CreateAcls);
    let (code, out, err) = run(mskctl(&b), &["plan", "-f", &f, "--exit-code"]);
    assert_eq!(code, 0, "{out}{err}");
    ok(mskctl(&b), &["apply", "-f", &f, "--yes"]);
    assert_eq!(c.request_count(ApiKey::CreateAcls), creates);

    // --prune plans the stray binding's deletion as destructive...
    let (code, out, err) = run(
        mskctl(&b),
        &["plan", "-f", &f, "--prune", "--exit-code", "-o", "json"],
    );
    assert_eq!(code, 3, "{out}{err}");
    let plan: serde_json::Value = serde_json::from_str(&out).unwrap();
    let actions = plan["actions"].as_array().unwrap();
    assert_eq!(actions.len(), 1, "{out}");
    assert_eq!(actions[0]["type"], "delete_acl");
    assert_eq!(actions[0]["safety"], "destructive");
    assert_eq!(actions[0]["binding"]["principal"], "User:old");

    // ...which needs a confirmation...
    let (code, _o, err) = run(mskctl(&b), &["apply", "-f", &f, "--prune"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("--yes"), "{err}");
    assert!(c.acls().contains(&stray));

    // ...and then deletes exactly that binding.
    ok(mskctl(&b), &["apply", "-f", &f, "--prune", "--yes"]);
    assert_eq!(sorted(c.acls()), app_bindings());
}

#[test]
fn topic_only_manifests_never_read_acls() {
    let c = cluster();
    let b = c.bootstrap();
    c.add_acl(AclBinding::new(TOPIC, "x", LITERAL, "User:a", READ, ALLOW));
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "t.yaml",
        &format!(
            "apiVersion: mskctl/v1\nkind: Topic\nmetadata:\n  name: t\nspec:\n  partitions: 1\n  replicationFactor: 1\n---\n{}",
            ownership_doc(&[".*"], &[])
        ),
    );
    ok(mskctl(&b), &["apply", "-f", &f, "--prune", "--yes"]);
    assert_eq!(c.request_count(ApiKey::DescribeAcls), 0);
    assert_eq!(c.acls().len(), 1);
}

#[test]
fn saved_plans_carry_exact_bindings_and_refuse_when_acls_moved() {
    let c = cluster();
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "acls.yaml", APP_ACLS);
    let saved = dir.path().join("plan.json");
    let saved = saved.to_str().unwrap();
    ok(mskctl(&b), &["plan", "-f", &f, "--out", saved]);
    let text = std::fs::read_to_string(saved).unwrap();
    assert!(text.contains("\"IDEMPOTENT_WRITE\""), "{text}");

    c.add_acl(AclBinding::new(
        TOPIC,
        "orders",
        LITERAL,
        "User:alice",
        READ,
        ALLOW,
    ));
    let (code, _o, err) = run(mskctl(&b), &["apply", "--plan", saved, "--yes"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("changed since the plan"), "{err}");

    ok(mskctl(&b), &["plan", "-f", &f, "--out", saved]);
    ok(mskctl(&b), &["apply", "--plan", saved, "--yes"]);
    assert_eq!(sorted(c.acls()), app_bindings());
}

#[test]
fn export_then_plan_shows_no_changes() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("orders", 2, 1, &[]);
    for a in app_bindings() {
        c.add_acl(a);
    }
    c.add_acl(AclBinding {
        host: "10.0.0.1".into(),
        ..AclBinding::new(TOPIC, "orders", LITERAL, "User:bob", READ, ALLOW)
    });
    let exported = ok(mskctl(&b), &["export"]);
    assert!(
        exported.contains("kind: Topic") && exported.contains("kind: Acl"),
        "{exported}"
    );
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "exported.yaml", &exported);
    let owner = write(
        dir.path(),
        "owner.yaml",
        &ownership_doc(&[".*"], &["User:alice", "User:mallory", "User:bob"]),
    );
    let (code, out, err) = run(
        mskctl(&b),
        &["plan", "-f", &f, "-f", &owner, "--prune", "--exit-code"],
    );
    assert_eq!(code, 0, "{exported}\n{out}{err}");

    // No authorizer: the Acl document is left out, without a word.
    c.inject(Fault::Error {
        api: ApiKey::DescribeAcls,
        code: 54, // SECURITY_DISABLED
        times: 1,
    });
    let (code, out, err) = run(mskctl(&b), &["export"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        !out.contains("kind: Acl") && out.contains("orders"),
        "{out}"
    );
}
