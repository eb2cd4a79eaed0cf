//! validate -> plan -> apply -> export against the test cluster (the real
//! config sources, fault injection, request counting) and, for what tansu
//! implements correctly (topic create/delete), against tansu.

mod support;

use kafka_protocol::messages::ApiKey;
use support::cli::{json, mskctl, ok, run};
use support::cluster::{ClusterConfig, Fault, TestCluster};
use support::manifests::{docs, ownership_doc, topic_doc, write};
use support::tansu::Tansu;

fn cluster() -> TestCluster {
    TestCluster::start(ClusterConfig::default()).expect("test cluster starts")
}

fn verbs(plan: &serde_json::Value) -> Vec<(String, String, String)> {
    plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["type"].as_str().unwrap().to_string(),
                a["topic"].as_str().unwrap().to_string(),
                a["safety"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn create_update_prune_and_idempotent_reapply() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("billing", 1, 2, &[("segment.ms", "3600000")]);
    c.create_topic("legacy", 2, 1, &[]);
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "topics.yaml",
        &docs(&[
            topic_doc(
                "orders",
                3,
                2,
                &[("retention.ms", "86400000"), ("cleanup.policy", "delete")],
            ),
            topic_doc("billing", 1, 2, &[]),
        ]),
    );
    write(dir.path(), "owner.yaml", &ownership_doc(&[".*"], &[]));
    let d = dir.path().to_str().unwrap();

    let (code, out, err) = run(mskctl(&b), &["plan", "-f", d, "--exit-code", "-o", "json"]);
    assert_eq!(code, 3, "{out}{err}");
    let plan: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        verbs(&plan),
        vec![
            ("create_topic".into(), "orders".into(), "safe".into()),
            ("alter_configs".into(), "billing".into(), "safe".into()),
        ]
    );

    // No terminal, no --yes: refused and nothing changed.
    let (code, _o, err) = run(mskctl(&b), &["apply", "-f", d]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("--yes"), "{err}");
    assert!(c.topic("orders").is_none());

    let out = ok(mskctl(&b), &["apply", "-f", d, "--yes"]);
    assert!(out.contains("ok      create topic orders"), "{out}");
    assert!(out.contains("ok      alter configs billing"), "{out}");
    let orders = c.topic("orders").unwrap();
    assert_eq!(orders.partitions.len(), 3);
    assert_eq!(
        orders.configs.get("retention.ms").map(String::as_str),
        Some("86400000")
    );
    assert!(
        c.topic("billing").unwrap().configs.is_empty(),
        "unmanaged config removed"
    );

    // Converged: plan says nothing, a second apply sends no writes.
    let (code, out, _e) = run(mskctl(&b), &["plan", "-f", d, "--exit-code"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("No changes"), "{out}");
    let creates = c.request_count(ApiKey::CreateTopics);
    let alters = c.request_count(ApiKey::IncrementalAlterConfigs);
    ok(mskctl(&b), &["apply", "-f", d, "--yes"]);
    assert_eq!(c.request_count(ApiKey::CreateTopics), creates);
    assert_eq!(c.request_count(ApiKey::IncrementalAlterConfigs), alters);

    // Prune: only with the flag, destructive.
    let plan = json(mskctl(&b), &["plan", "-f", d, "--prune"]);
    assert_eq!(
        verbs(&plan),
        vec![("delete_topic".into(), "legacy".into(), "destructive".into())]
    );
    ok(mskctl(&b), &["apply", "-f", d, "--prune", "--yes"]);
    assert!(c.topic("legacy").is_none());
    assert!(c.topic("orders").is_some() && c.topic("billing").is_some());
}

#[test]
fn partitions_grow_but_never_shrink_and_retention_lowering_is_destructive() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("events", 4, 1, &[("retention.ms", "604800000")]);
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "e.yaml",
        &topic_doc("events", 8, 1, &[("retention.ms", "3600000")]),
    );
    let plan = json(mskctl(&b), &["plan", "-f", &f]);
    assert_eq!(
        verbs(&plan),
        vec![
            ("add_partitions".into(), "events".into(), "risky".into()),
            (
                "alter_configs".into(),
                "events".into(),
                "destructive".into()
            ),
        ]
    );

    write(
        dir.path(),
        "e.yaml",
        &topic_doc("events", 2, 1, &[("retention.ms", "604800000")]),
    );
    let (code, out, err) = run(mskctl(&b), &["plan", "-f", &f]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("cannot reduce"), "{out}");
    let (code, _o, err) = run(mskctl(&b), &["apply", "-f", &f, "--yes"]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(c.topic("events").unwrap().partitions.len(), 4);
    assert_eq!(c.request_count(ApiKey::CreatePartitions), 0);
}

#[test]
fn a_replication_factor_change_becomes_a_reassignment() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("events", 4, 1, &[]);
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "e.yaml", &topic_doc("events", 4, 3, &[]));
    let plan = json(mskctl(&b), &["plan", "-f", &f]);
    assert_eq!(
        verbs(&plan),
        vec![(
            "change_replication_factor".into(),
            "events".into(),
            "risky".into()
        )]
    );
    let entries = plan["actions"][0]["reassignment"].as_array().unwrap();
    assert_eq!(entries.len(), 4, "{plan}");
    for e in entries {
        let replicas = e["replicas"].as_array().unwrap();
        assert_eq!(replicas.len(), 3, "{e}");
    }

    let (code, out, err) = run(mskctl(&b), &["apply", "-f", &f, "--yes"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("ok      change replication factor events"),
        "{out}"
    );
    assert_eq!(c.request_count(ApiKey::AlterPartitionReassignments), 1);
    c.complete_reassignments();
    for p in c.topic("events").unwrap().partitions {
        assert_eq!(p.replicas.len(), 3, "{p:?}");
    }
    let (code, out, _e) = run(mskctl(&b), &["plan", "-f", &f, "--exit-code"]);
    assert_eq!(code, 0, "{out}");

    // More replicas than brokers: refused with the reason, nothing sent.
    write(dir.path(), "e.yaml", &topic_doc("events", 4, 5, &[]));
    let (code, out, _e) = run(mskctl(&b), &["plan", "-f", &f]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("replication factor 3 -> 5"), "{out}");
    assert_eq!(c.request_count(ApiKey::AlterPartitionReassignments), 1);
}

#[test]
fn saved_plan_applies_exactly_and_refuses_when_the_cluster_moved() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("stable", 1, 1, &[]);
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "t.yaml",
        &docs(&[
            topic_doc("stable", 1, 1, &[("retention.ms", "7200000")]),
            topic_doc("fresh", 2, 1, &[]),
        ]),
    );
    let saved = dir.path().join("plan.json");
    let saved = saved.to_str().unwrap();
    let (code, _o, err) = run(mskctl(&b), &["plan", "-f", &f, "--out", saved]);
    assert_eq!(code, 0, "{err}");

    // Someone changes a topic the plan touches: refused, nothing changed.
    c.create_topic("unrelated", 1, 1, &[]);
    ok(
        mskctl(&b),
        &["topic", "config", "set", "stable", "segment.ms=1000"],
    );
    let (code, _o, err) = run(mskctl(&b), &["apply", "--plan", saved, "--yes"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("changed since the plan") && err.contains("stable"),
        "{err}"
    );
    assert!(c.topic("fresh").is_none());

    // Re-plan after the change, then the saved plan applies exactly.
    ok(mskctl(&b), &["plan", "-f", &f, "--out", saved]);
    let out = ok(mskctl(&b), &["apply", "--plan", saved, "--yes"]);
    assert!(
        out.contains("create topic fresh") && out.contains("alter configs stable"),
        "{out}"
    );
    let stable = c.topic("stable").unwrap();
    assert_eq!(
        stable.configs.get("retention.ms").map(String::as_str),
        Some("7200000")
    );
    assert!(!stable.configs.contains_key("segment.ms"));

    // A file that is not a plan: file:line:col.
    let bad = write(dir.path(), "bad.json", "{\n  \"format\": 3\n}");
    let (code, _o, err) = run(mskctl(&b), &["apply", "--plan", &bad, "--yes"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("bad.json:2:"), "{err}");
}

#[test]
fn failure_halfway_reports_done_and_not_done_and_a_rerun_converges() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("tuned", 1, 1, &[]);
    c.create_topic("gone", 1, 1, &[]);
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "t.yaml",
        &docs(&[
            topic_doc("new-a", 1, 1, &[]),
            topic_doc("new-b", 1, 1, &[]),
            topic_doc("tuned", 1, 1, &[("max.message.bytes", "2000000")]),
            ownership_doc(&[".*"], &[]),
        ]),
    );
    c.inject(Fault::Error {
        api: ApiKey::IncrementalAlterConfigs,
        code: 44,
        times: 1,
    });
    let (code, out, err) = run(mskctl(&b), &["apply", "-f", &f, "--prune", "--yes"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("ok      create topic new-a") && out.contains("ok      create topic new-b"),
        "{out}"
    );
    assert!(out.contains("FAILED  alter configs tuned"), "{out}");
    assert!(
        err.contains("done (2)") && err.contains("not done (2)"),
        "{err}"
    );
    assert!(
        err.contains("alter configs tuned") && err.contains("delete topic gone"),
        "{err}"
    );
    assert!(c.topic("new-a").is_some());
    assert!(c.topic("gone").is_some(), "later phases did not run");

    c.clear_faults();
    let out = ok(mskctl(&b), &["apply", "-f", &f, "--prune", "--yes"]);
    assert!(!out.contains("create topic"), "already done: {out}");
    assert!(
        out.contains("alter configs tuned") && out.contains("delete topic gone"),
        "{out}"
    );
    let (code, _o, _e) = run(mskctl(&b), &["plan", "-f", &f, "--prune", "--exit-code"]);
    assert_eq!(code, 0);
}

#[test]
fn invalid_manifests_never_reach_the_cluster() {
    let c = cluster();
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "bad.yaml", "apiVersion: mskctl/v1\nkind: Topic\nmetadata:\n  name: x\nspec:\n  partitions: 0\n  replicationFactor: 1\n");
    for cmd in ["plan", "apply"] {
        let (code, _o, err) = run(mskctl(&b), &[cmd, "-f", &f, "--yes"]);
        assert_eq!(code, 1, "{err}");
        assert!(err.contains("bad.yaml:6:"), "{err}");
    }
    assert_eq!(
        c.request_count(ApiKey::ApiVersions),
        0,
        "no connection was made"
    );
}

#[test]
fn markdown_plan_for_pull_requests() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("old", 1, 1, &[]);
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "t.yaml",
        &docs(&[topic_doc("new", 1, 1, &[]), ownership_doc(&[".*"], &[])]),
    );
    let (code, out, _e) = run(
        mskctl(&b),
        &["plan", "-f", &f, "--prune", "--exit-code", "-o", "markdown"],
    );
    assert_eq!(code, 3);
    assert!(out.starts_with("### mskctl plan"), "{out}");
    assert!(out.contains("| create topic | `new`"), "{out}");
    assert!(out.contains("**destructive**"), "{out}");
}

#[test]
fn export_then_plan_shows_no_changes() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic(
        "a.events",
        6,
        3,
        &[
            ("retention.ms", "86400000"),
            ("cleanup.policy", "compact,delete"),
        ],
    );
    c.create_topic("b.audit", 1, 2, &[("max.message.bytes", "5242880")]);
    c.create_topic("c.plain", 2, 1, &[]);
    let exported = ok(mskctl(&b), &["export"]);
    assert!(
        exported.contains("kind: Topic") && exported.contains("a.events"),
        "{exported}"
    );
    assert!(
        !exported.contains("segment.bytes"),
        "defaults are not exported: {exported}"
    );
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "exported.yaml", &exported);
    let owner = write(dir.path(), "owner.yaml", &ownership_doc(&[".*"], &[]));
    let (code, out, err) = run(
        mskctl(&b),
        &["plan", "-f", &f, "-f", &owner, "--prune", "--exit-code"],
    );
    assert_eq!(code, 0, "{out}{err}");

    let only = ok(mskctl(&b), &["export", "--pattern", "^b\\."]);
    assert!(
        only.contains("b.audit") && !only.contains("a.events"),
        "{only}"
    );
}

#[test]
fn tansu_apply_creates_configures_and_prunes_topics() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    ok(
        mskctl(&b),
        &[
            "topic",
            "create",
            "stray",
            "--partitions",
            "1",
            "--replication-factor",
            "1",
        ],
    );
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "t.yaml",
        &docs(&[
            topic_doc("app.in", 3, 1, &[("retention.ms", "86400000")]),
            topic_doc("app.out", 1, 1, &[]),
            ownership_doc(&[".*"], &[]),
        ]),
    );
    let out = ok(mskctl(&b), &["apply", "-f", &f, "--prune", "--yes"]);
    assert!(
        out.contains("create topic app.in") && out.contains("delete topic stray"),
        "{out}"
    );
    let (code, out, _e) = run(mskctl(&b), &["plan", "-f", &f, "--prune", "--exit-code"]);
    assert_eq!(code, 0, "{out}");
    let d = json(mskctl(&b), &["topic", "describe", "app.in"]);
    assert_eq!(d["configs"]["retention.ms"], "86400000", "{d}");
    let list = json(mskctl(&b), &["topic", "list"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["app.in", "app.out"]);
}
