//! `kind: Quota` manifests: validate (positions), plan/apply, idempotent
//! re-apply, and --prune removing only undeclared quotas of the users an
//! Ownership names, against the test cluster.

mod support;

use std::collections::BTreeMap;

use support::cli::{mskctl, ok, run};
use support::cluster::{ClusterConfig, QuotaEntityKey, TestCluster};
use support::manifests::{ownership_doc, write};

fn cluster() -> TestCluster {
    TestCluster::start(ClusterConfig::default()).expect("test cluster starts")
}

/// The example, plus a per-client entity and the default user.
const PAYMENTS: &str = "\
apiVersion: mskctl/v1
kind: Quota
metadata: {name: payments-quotas}
spec:
  quotas:
    - entity: {user: payments-svc}
      producerByteRate: 10MB/s
      consumerByteRate: 20MB/s
      requestPercentage: 50
    - entity: {user: payments-svc, client-id: batch}
      controllerMutationRate: 5
    - entity: {user: null}
      producerByteRate: 1MiB/s
";

fn entity(user: Option<Option<&str>>, client: Option<&str>) -> QuotaEntityKey {
    let mut e = Vec::new();
    if let Some(c) = client {
        e.push(("client-id".to_string(), Some(c.to_string())));
    }
    if let Some(u) = user {
        e.push(("user".to_string(), u.map(String::from)));
    }
    e
}

fn quotas(c: &TestCluster) -> BTreeMap<QuotaEntityKey, BTreeMap<String, f64>> {
    c.client_quotas().into_iter().collect()
}

#[test]
fn validate_reports_quota_problems_at_their_positions() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "bad.yaml",
        "\
apiVersion: mskctl/v1
kind: Quota
metadata: {name: bad}
spec:
  quotas:
    - entity: {user: a}
      producerByteRate: fast
    - entity: {usr: b}
      requestPercentage: -5%
    - entity: {client-id: c}
    - entity: {user: a}
      consumerByteRat: 1MB/s
      consumerByteRate: 1MB/s
",
    );
    let (code, _o, err) = run(mskctl("127.0.0.1:1"), &["validate", "-f", &f]);
    assert_eq!(code, 1, "{err}");
    for expected in [
        format!("{f}:7:25: producerByteRate: producer_byte_rate: invalid rate 'fast'"),
        format!("{f}:8:16: unknown field 'usr'"),
        format!("{f}:9:26: requestPercentage: request_percentage: '-5%' must be greater than zero"),
        format!("{f}:10:7: a quota entry must set at least one of"),
        format!("{f}:12:7: unknown field 'consumerByteRat'"),
        format!("{f}:11:15: the quota of user 'a' is declared twice: {f}:6:15 and {f}:11:15"),
    ] {
        assert!(err.contains(&expected), "missing {expected:?} in:\n{err}");
    }
    let good = write(dir.path(), "good.yaml", PAYMENTS);
    let out = ok(mskctl("127.0.0.1:1"), &["validate", "-f", &good]);
    assert!(
        out.contains("1 file, 0 topics, 3 quota entities: valid"),
        "{out}"
    );
    // The schema knows the kind.
    let schema = ok(mskctl("127.0.0.1:1"), &["schema"]);
    assert!(schema.contains("\"Quota\"") && schema.contains("producerByteRate"));
}

#[test]
fn plan_apply_is_idempotent_and_prune_removes_only_owned_users_quotas() {
    let c = cluster();
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "quotas.yaml", PAYMENTS);

    // Quotas the manifests do not declare: an owned user's (pruned), and
    // another user's and a client id's (never pruned).
    ok(
        mskctl(&b),
        &[
            "quota",
            "set",
            "--user",
            "payments-svc",
            "--client-id",
            "old",
            "request_percentage=10",
            "--yes",
        ],
    );
    ok(
        mskctl(&b),
        &[
            "quota",
            "set",
            "--user",
            "someone-else",
            "producer_byte_rate=1000",
            "--yes",
        ],
    );
    ok(
        mskctl(&b),
        &[
            "quota",
            "set",
            "--client-id",
            "free",
            "producer_byte_rate=1000",
            "--yes",
        ],
    );

    let (code, out, err) = run(mskctl(&b), &["plan", "-f", &f, "--exit-code"]);
    assert_eq!(code, 3, "{out}\n{err}");
    assert!(
        out.contains("alter quota") && out.contains("user 'payments-svc'"),
        "{out}"
    );
    // First limits are risky: apply wants --yes.
    let (code, _, err) = run(mskctl(&b), &["apply", "-f", &f]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(quotas(&c).len(), 3);
    ok(mskctl(&b), &["apply", "-f", &f, "--yes"]);
    let q = quotas(&c);
    assert_eq!(
        q[&entity(Some(Some("payments-svc")), None)],
        [
            ("consumer_byte_rate".to_string(), 20e6),
            ("producer_byte_rate".to_string(), 10e6),
            ("request_percentage".to_string(), 50.0)
        ]
        .into()
    );
    assert_eq!(
        q[&entity(Some(Some("payments-svc")), Some("batch"))],
        [("controller_mutation_rate".to_string(), 5.0)].into()
    );
    assert_eq!(
        q[&entity(Some(None), None)],
        [("producer_byte_rate".to_string(), 1048576.0)].into()
    );
    // Idempotent.
    let (code, out, _) = run(mskctl(&b), &["plan", "-f", &f, "--exit-code"]);
    assert_eq!(code, 0, "{out}");

    // --prune with an Ownership of User:payments-svc removes its undeclared
    // (payments-svc, old) quota and nothing else; destructive, so --yes.
    let owner = write(
        dir.path(),
        "owner.yaml",
        &ownership_doc(&["^payments\\."], &["User:payments-svc"]),
    );
    let (code, out, _) = run(
        mskctl(&b),
        &["plan", "-f", &f, "-f", &owner, "--prune", "-o", "json"],
    );
    assert_eq!(code, 0, "{out}");
    let plan: serde_json::Value = serde_json::from_str(&out).unwrap();
    let actions = plan["actions"].as_array().unwrap();
    assert_eq!(actions.len(), 1, "{plan}");
    assert_eq!(actions[0]["type"], "alter_quota");
    assert_eq!(actions[0]["safety"], "destructive");
    assert_eq!(
        actions[0]["entity"],
        serde_json::json!({"user": "payments-svc", "client-id": "old"})
    );
    let (code, _, err) = run(mskctl(&b), &["apply", "-f", &f, "-f", &owner, "--prune"]);
    assert_eq!(code, 1, "{err}");
    ok(
        mskctl(&b),
        &["apply", "-f", &f, "-f", &owner, "--prune", "--yes"],
    );
    let q = quotas(&c);
    assert!(!q.contains_key(&entity(Some(Some("payments-svc")), Some("old"))));
    assert!(q.contains_key(&entity(Some(Some("someone-else")), None)));
    assert!(q.contains_key(&entity(None, Some("free"))));
    assert_eq!(q.len(), 5, "{q:?}");
}

#[test]
fn export_then_plan_shows_no_quota_changes() {
    let c = cluster();
    let b = c.bootstrap();
    ok(
        mskctl(&b),
        &[
            "quota",
            "set",
            "--user",
            "alice",
            "producer_byte_rate=1MiB",
            "request_percentage=12.5",
            "--yes",
        ],
    );
    ok(
        mskctl(&b),
        &[
            "quota",
            "set",
            "--default-client-id",
            "consumer_byte_rate=5MB/s",
            "--yes",
        ],
    );
    let exported = ok(mskctl(&b), &["export"]);
    assert!(exported.contains("kind: Quota"), "{exported}");
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "export.yaml", &exported);
    let (code, out, err) = run(mskctl(&b), &["plan", "-f", &f, "--exit-code"]);
    assert_eq!(code, 0, "{out}\n{err}");
}

#[test]
fn a_saved_plan_applies_exactly_and_refuses_when_a_quota_moved() {
    let c = cluster();
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "quotas.yaml", PAYMENTS);
    let saved = dir.path().join("plan.json");
    let saved = saved.to_str().unwrap();
    ok(mskctl(&b), &["plan", "-f", &f, "--out", saved]);
    // Someone sets the same user's quota meanwhile: the plan is stale.
    ok(
        mskctl(&b),
        &[
            "quota",
            "set",
            "--user",
            "payments-svc",
            "producer_byte_rate=1000",
            "--yes",
        ],
    );
    let (code, _, err) = run(mskctl(&b), &["apply", "--plan", saved, "--yes"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("quota of user 'payments-svc': producer_byte_rate planned from unlimited"),
        "{err}"
    );
    assert_eq!(
        quotas(&c)[&entity(Some(Some("payments-svc")), None)],
        [("producer_byte_rate".to_string(), 1000.0)].into()
    );
    ok(mskctl(&b), &["plan", "-f", &f, "--out", saved]);
    ok(mskctl(&b), &["apply", "--plan", saved, "--yes"]);
    assert_eq!(quotas(&c).len(), 3);
    let (code, out, _) = run(mskctl(&b), &["plan", "-f", &f, "--exit-code"]);
    assert_eq!(code, 0, "{out}");
}
