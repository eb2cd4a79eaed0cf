//! Imperative topic changes (`topic create|alter`, `topic config
//! set|delete`, `retention set`) as one-action plans: the same rulebook as
//! `plan`/`apply`, confirmation that names the cluster, inputs checked
//! offline, and an explicit `--context` beating `MSKCTL_*` connection
//! variables. Against the protocol-level test cluster, which reports
//! config sources and synonyms like Kafka and counts every request.

mod support;

use std::path::Path;

use kafka_protocol::messages::ApiKey;
use support::cli::{json, mskctl, mskctl_bare, ok, run};
use support::cluster::{ClusterConfig, TestCluster};

fn cluster() -> TestCluster {
    TestCluster::start(ClusterConfig::default()).expect("test cluster starts")
}

fn config_of(c: &TestCluster, topic: &str, key: &str) -> Option<String> {
    c.topic(topic).unwrap().configs.get(key).cloned()
}

#[test]
fn lowering_retention_by_config_set_needs_yes_and_names_the_cluster() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("orders", 1, 1, &[]);

    let (code, _out, err) = run(
        mskctl(&b),
        &["topic", "config", "set", "orders", "retention.ms=1"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Refusing without --yes"), "{err}");
    assert!(err.contains("destructive"), "{err}");
    assert!(err.contains("1w (604800000) -> 1ms (1)"), "{err}");
    assert!(err.contains(&format!("bootstrap servers {b}")), "{err}");
    assert_eq!(config_of(&c, "orders", "retention.ms"), None);
    assert_eq!(c.request_count(ApiKey::IncrementalAlterConfigs), 0);

    let out = ok(
        mskctl(&b),
        &[
            "--yes",
            "topic",
            "config",
            "set",
            "orders",
            "retention.ms=1",
        ],
    );
    assert!(out.contains("topic 'orders': retention.ms"), "{out}");
    assert_eq!(
        config_of(&c, "orders", "retention.ms").as_deref(),
        Some("1")
    );
}

#[test]
fn raising_retention_is_safe_and_needs_no_yes() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("logs", 1, 1, &[("retention.ms", "3600000")]);
    let out = ok(
        mskctl(&b),
        &["topic", "config", "set", "logs", "retention.ms=86400000"],
    );
    assert!(out.contains("1h (3600000) -> 1d (86400000)"), "{out}");
    assert_eq!(
        config_of(&c, "logs", "retention.ms").as_deref(),
        Some("86400000")
    );
    // Setting what is already set sends nothing.
    let alters = c.request_count(ApiKey::IncrementalAlterConfigs);
    let out = ok(
        mskctl(&b),
        &["topic", "config", "set", "logs", "retention.ms=86400000"],
    );
    assert!(out.contains("nothing to do"), "{out}");
    assert_eq!(c.request_count(ApiKey::IncrementalAlterConfigs), alters);
}

#[test]
fn changes_are_judged_against_the_broker_default_in_force() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("audit", 1, 1, &[]);
    // The cluster keeps 30 days by default; 7 days (Kafka's built-in
    // default) on the topic would delete three weeks of data.
    c.set_broker_config(None, "log.retention.ms", Some("2592000000"));
    let (code, _out, err) = run(
        mskctl(&b),
        &["topic", "config", "set", "audit", "retention.ms=604800000"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("30d (2592000000) -> 1w (604800000)"), "{err}");
    assert_eq!(config_of(&c, "audit", "retention.ms"), None);

    // Removing a 60-day override falls back to those 30 days: lower.
    c.create_topic("archive", 1, 1, &[("retention.ms", "5184000000")]);
    let (code, _out, err) = run(
        mskctl(&b),
        &["topic", "config", "delete", "archive", "retention.ms"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("-> 30d (2592000000) (removed from the topic)"),
        "{err}"
    );
    assert!(config_of(&c, "archive", "retention.ms").is_some());
    ok(
        mskctl(&b),
        &[
            "--yes",
            "topic",
            "config",
            "delete",
            "archive",
            "retention.ms",
        ],
    );
    assert_eq!(config_of(&c, "archive", "retention.ms"), None);

    // retention set uses the same rules: 1d under a 1h broker default raises.
    c.set_broker_config(None, "log.retention.ms", Some("3600000"));
    ok(mskctl(&b), &["retention", "set", "audit", "--time", "1d"]);
    assert_eq!(
        config_of(&c, "audit", "retention.ms").as_deref(),
        Some("86400000")
    );
}

#[test]
fn cleanup_policy_compact_is_classified_as_plan_classifies_it() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("events", 1, 1, &[]);
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("t.yaml");
    std::fs::write(
        &f,
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata:\n  name: events\nspec:\n  partitions: 1\n  replicationFactor: 1\n  configs:\n    cleanup.policy: compact\n",
    )
    .unwrap();
    let plan = json(mskctl(&b), &["plan", "-f", f.to_str().unwrap()]);
    let action = &plan["actions"][0];
    assert_eq!(action["safety"], "destructive", "{plan}");
    let reason = action["reasons"][0].as_str().unwrap().to_string();

    let (code, _out, err) = run(
        mskctl(&b),
        &["topic", "config", "set", "events", "cleanup.policy=compact"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("destructive") && err.contains(&reason),
        "{reason}\n{err}"
    );
    assert_eq!(config_of(&c, "events", "cleanup.policy"), None);
    ok(
        mskctl(&b),
        &[
            "topic",
            "config",
            "set",
            "events",
            "cleanup.policy=compact",
            "--yes",
        ],
    );
    assert_eq!(
        config_of(&c, "events", "cleanup.policy").as_deref(),
        Some("compact")
    );
}

#[test]
fn adding_partitions_is_risky_and_needs_yes() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("grow", 2, 1, &[]);
    let (code, _out, err) = run(mskctl(&b), &["topic", "alter", "grow", "--partitions", "4"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("risky") && err.contains("--yes"), "{err}");
    assert!(
        err.contains("Grow topic grow from 2 to 4 partitions on"),
        "{err}"
    );
    assert_eq!(c.request_count(ApiKey::CreatePartitions), 0);
    ok(
        mskctl(&b),
        &["topic", "alter", "grow", "--partitions", "4", "--yes"],
    );
    assert_eq!(c.topic("grow").unwrap().partitions.len(), 4);
}

/// Requests that would show anything reached the cluster: every connection
/// starts with ApiVersions.
fn anything_sent(c: &TestCluster) -> usize {
    [
        ApiKey::ApiVersions,
        ApiKey::Metadata,
        ApiKey::CreateTopics,
        ApiKey::CreatePartitions,
        ApiKey::IncrementalAlterConfigs,
    ]
    .into_iter()
    .map(|k| c.request_count(k))
    .sum()
}

#[test]
fn bad_inputs_are_usage_errors_before_any_request() {
    let c = cluster();
    let b = c.bootstrap();
    let long = "x".repeat(250);
    let create = |name: &str, partitions: &str, config: &str| -> Vec<String> {
        let mut v: Vec<String> = ["topic", "create", name, "--partitions", partitions]
            .iter()
            .map(|s| s.to_string())
            .collect();
        v.extend(["--replication-factor".into(), "1".into()]);
        if !config.is_empty() {
            v.extend(["--config".into(), config.into()]);
        }
        v
    };
    let cases: Vec<(Vec<String>, &str)> = vec![
        (create("has space", "1", ""), "contains ' '"),
        (create("bell\u{7}", "1", ""), "contains"),
        (create("", "1", ""), "empty"),
        (create(&long, "1", ""), "at most 249"),
        (create("t", "2147483647", ""), "between 1 and"),
        (
            create("t", "1", "retention.msx=1"),
            "did you mean 'retention.ms'",
        ),
        (create("t", "1", "retention.ms=7d"), "must be an integer"),
        (
            ["topic", "config", "set", "t", "cleanup.policy=compcat"]
                .map(String::from)
                .to_vec(),
            "cleanup.policy",
        ),
        (
            ["topic", "config", "set", "t", "min.insync.replicas=0"]
                .map(String::from)
                .to_vec(),
            "at least 1",
        ),
        (
            ["topic", "config", "delete", "t", "retention.msec"]
                .map(String::from)
                .to_vec(),
            "unknown topic config",
        ),
        (
            ["topic", "alter", "t", "--partitions", "2147483647"]
                .map(String::from)
                .to_vec(),
            "between 1 and",
        ),
    ];
    for (args, expect) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, _out, err) = run(mskctl(&b), &args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(expect), "{args:?}: {err}");
        assert_eq!(anything_sent(&c), 0, "{args:?} reached the cluster");
    }
}

fn write_context(home: &Path, name: &str, bootstrap: &str) {
    let mut cmd = mskctl_bare();
    cmd.env("XDG_CONFIG_HOME", home);
    ok(cmd, &["config", "set-context", name, "-b", bootstrap]);
}

#[test]
fn explicit_context_beats_bootstrap_servers_from_the_environment() {
    let env_cluster = cluster();
    let ctx_cluster = cluster();
    for c in [&env_cluster, &ctx_cluster] {
        c.create_topic("scratch", 1, 1, &[]);
    }
    let home = tempfile::tempdir().unwrap();
    write_context(home.path(), "local", &ctx_cluster.bootstrap());
    let cmd = || {
        let mut cmd = mskctl_bare();
        cmd.env("XDG_CONFIG_HOME", home.path())
            .env("MSKCTL_BOOTSTRAP_SERVERS", env_cluster.bootstrap());
        cmd
    };

    let (code, _out, err) = run(
        cmd(),
        &["topic", "delete", "scratch", "--context", "local", "--yes"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("using context 'local'") && err.contains("MSKCTL_BOOTSTRAP_SERVERS"),
        "says which was used: {err}"
    );
    assert!(
        ctx_cluster.topic("scratch").is_none(),
        "the context's cluster"
    );
    assert!(env_cluster.topic("scratch").is_some(), "not the variable's");

    // The refusal names the context and its servers.
    ctx_cluster.create_topic("scratch2", 1, 1, &[]);
    let (code, _out, err) = run(
        cmd(),
        &[
            "--context",
            "local",
            "topic",
            "config",
            "set",
            "scratch2",
            "retention.ms=1000",
        ],
    );
    assert_eq!(code, 1, "{err}");
    let named = format!("on context \"local\" ({})?", ctx_cluster.bootstrap());
    assert!(err.contains(&named), "{named}\n{err}");

    // An explicit -b still beats the context.
    let (code, _out, err) = run(
        cmd(),
        &[
            "-b",
            &env_cluster.bootstrap(),
            "--context",
            "local",
            "topic",
            "delete",
            "scratch",
            "--yes",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(env_cluster.topic("scratch").is_none());
}

#[test]
fn deletion_prompts_name_the_cluster() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("old", 1, 1, &[]);
    let (code, _out, err) = run(mskctl(&b), &["topic", "delete", "old"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(&format!("Delete these topics on bootstrap servers {b}?")),
        "{err}"
    );
    assert!(err.contains("Refusing without --yes"), "{err}");
    assert!(c.topic("old").is_some());
}

#[test]
fn acl_create_reassign_execute_and_offset_resets_name_the_cluster_first() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("orders", 1, 1, &[]);
    let named = format!("bootstrap servers {b}");

    // Safe: no question, but the cluster and the class are said first.
    let (code, _out, err) = run(
        mskctl(&b),
        &[
            "acl",
            "create",
            "--principal",
            "User:alice",
            "--topic",
            "orders",
            "--operation",
            "read",
            "--allow",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains(&format!("on {named} (safe)")), "{err}");

    // Starting a reassignment asks, and the question names the cluster.
    let replicas = c.topic("orders").unwrap().partitions[0].replicas.clone();
    let other = (1..=3).find(|id| !replicas.contains(id)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    std::fs::write(
        &plan,
        format!(
            r#"{{"version":1,"partitions":[{{"topic":"orders","partition":0,"replicas":[{other}]}}]}}"#
        ),
    )
    .unwrap();
    let (code, _out, err) = run(
        mskctl(&b),
        &[
            "partition",
            "reassign",
            "execute",
            "--plan",
            plan.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(&format!("Start the reassignment on {named}?")),
        "{err}"
    );
    // Judged by the rulebook as risky (load, no data lost), and said so.
    assert!(err.contains("the change is risky"), "{err}");
    assert_eq!(c.request_count(ApiKey::AlterPartitionReassignments), 0);

    // --execute is the confirmation of an offset reset; the cluster is
    // still named before the commit.
    let (code, _out, err) = run(
        mskctl(&b),
        &[
            "group",
            "reset-offsets",
            "billing",
            "--topic",
            "orders",
            "--to-earliest",
            "--execute",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains(&format!("on {named} (risky")), "{err}");
}

#[test]
fn changes_made_without_a_question_still_say_where_and_how_they_were_judged() {
    let c = cluster();
    let b = c.bootstrap();
    let named = format!("bootstrap servers {b}");

    let (code, _out, err) = run(
        mskctl(&b),
        &[
            "topic",
            "create",
            "orders",
            "--partitions",
            "2",
            "--replication-factor",
            "1",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!(
            "Create topic 'orders' (2 partitions, replication factor 1) on {named} (safe)"
        )),
        "{err}"
    );

    // Raising retention is safe: no question, but said.
    let (code, _out, err) = run(
        mskctl(&b),
        &[
            "topic",
            "config",
            "set",
            "orders",
            "retention.ms=1209600000",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains(&format!("on {named} (safe)")), "{err}");

    // A destructive change made with --yes says so.
    let (code, _out, err) = run(
        mskctl(&b),
        &[
            "--yes",
            "topic",
            "config",
            "set",
            "orders",
            "retention.ms=1",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!("on {named} (destructive, confirmed with --yes)")),
        "{err}"
    );
}

#[test]
fn deletions_of_groups_and_offsets_say_their_class() {
    let c = cluster();
    let b = c.bootstrap();
    let named = format!("bootstrap servers {b}");
    c.create_topic("orders", 1, 1, &[]);
    c.add_group("billing", Vec::new());
    c.commit_offset("billing", "orders", 0, 0);

    let (code, _out, err) = run(
        mskctl(&b),
        &["group", "delete-offsets", "billing", "--topic", "orders"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("the change is destructive"), "{err}");
    assert!(err.contains("auto.offset.reset"), "{err}");
    assert_eq!(c.committed("billing").len(), 1);

    let (code, _out, err) = run(mskctl(&b), &["--yes", "group", "delete", "billing"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!(
            "Delete these consumer groups on {named} (destructive, confirmed with --yes)"
        )),
        "{err}"
    );
    assert!(c.group_state("billing").is_none());
}
