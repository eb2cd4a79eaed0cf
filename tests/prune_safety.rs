//! What `--prune` and topic deletion may never do: prune from an empty
//! manifest set (tansu), prune without an Ownership document, delete what
//! another set owns, delete a topic that holds records or is consumed
//! without `--allow-data-loss` (test cluster: tansu has no consumer groups
//! or ACLs); and the plan details that decide safety: saved plans of
//! deletions, inherited retention, replication throttles (test cluster).

mod support;

use kafka_protocol::messages::ApiKey;
use support::cli::{json, mskctl, ok, run};
use support::cluster::{AclBinding, ClusterConfig, Fault, GroupMember, TestCluster};
use support::manifests::{docs, ownership_doc, topic_doc, write};
use support::tansu::Tansu;

fn cluster() -> TestCluster {
    TestCluster::start(ClusterConfig::default()).expect("test cluster starts")
}

fn acl_doc(principal: &str, topic: &str) -> String {
    format!(
        "apiVersion: mskctl/v1\nkind: Acl\nmetadata: {{name: acls}}\nspec:\n  bindings:\n    - principal: {principal}\n      operations: [read]\n      resource: {{type: topic, name: {topic}}}\n"
    )
}

/// A literal topic READ allow binding (wire codes: topic 2, literal 3,
/// read 3, allow 3).
fn read_binding(principal: &str, topic: &str) -> AclBinding {
    AclBinding::new(2, topic, 3, principal, 3, 3)
}

fn tansu_topics(b: &str) -> Vec<String> {
    let list = json(mskctl(b), &["topic", "list"]);
    list.as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn an_empty_manifest_set_never_prunes() {
    let broker = Tansu::start();
    let b = broker.bootstrap();
    for t in ["keep.a", "keep.b"] {
        ok(
            mskctl(&b),
            &[
                "topic",
                "create",
                t,
                "--partitions",
                "1",
                "--replication-factor",
                "1",
            ],
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let comments = write(
        dir.path(),
        "comments.yaml",
        "# nothing here yet\n# really\n",
    );
    let dashes = write(dir.path(), "dashes.yaml", "---\n---\n");
    let empties = dir.path().join("empties");
    std::fs::create_dir(&empties).unwrap();
    write(&empties, "a.yaml", "");
    write(&empties, "b.yaml", "");
    let empties = empties.to_string_lossy().into_owned();

    for cmd in ["plan", "apply"] {
        let mut stdin = mskctl(&b);
        stdin.write_stdin("");
        let cases: Vec<(assert_cmd::Command, Vec<&str>)> = vec![
            (stdin, vec![cmd, "-f", "-", "--prune", "--yes"]),
            (mskctl(&b), vec![cmd, "-f", &comments, "--prune", "--yes"]),
            (mskctl(&b), vec![cmd, "-f", &dashes, "--prune", "--yes"]),
            (mskctl(&b), vec![cmd, "-f", &empties, "--prune", "--yes"]),
        ];
        for (c, args) in cases {
            let (code, out, err) = run(c, &args);
            assert_eq!(code, 1, "{args:?}\n{out}{err}");
            assert!(
                err.contains("no manifests loaded; refusing to prune"),
                "{args:?}\n{err}"
            );
        }
    }
    assert_eq!(tansu_topics(&b), ["keep.a", "keep.b"]);
}

#[test]
fn prune_without_ownership_is_refused_with_an_example() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("legacy", 1, 1, &[]);
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "t.yaml", &topic_doc("app", 1, 1, &[]));
    for cmd in ["plan", "apply"] {
        let (code, out, err) = run(mskctl(&b), &[cmd, "-f", &f, "--prune", "--yes"]);
        assert_eq!(code, 1, "{out}{err}");
        assert!(
            err.contains("kind: Ownership") && err.contains("refusing to prune"),
            "{err}"
        );
    }
    assert!(c.topic("legacy").is_some() && c.topic("app").is_none());
    assert_eq!(c.request_count(ApiKey::DeleteTopics), 0);
}

#[test]
fn ownership_is_validated_and_unowned_topics_are_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad.yaml",
        "apiVersion: mskctl/v1\nkind: Ownership\nmetadata: {name: x}\nspec:\n  topics: ['payments\\.(']\n  principals: ['payments-svc']\n",
    );
    let (code, _o, err) = run(mskctl("127.0.0.1:1"), &["validate", "-f", &bad]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("bad.yaml:5:12: invalid regular expression"),
        "{err}"
    );
    assert!(
        err.contains("bad.yaml:6:16: principal 'payments-svc'"),
        "{err}"
    );

    let good = write(
        dir.path(),
        "good.yaml",
        &docs(&[
            ownership_doc(&["payments\\..*"], &["User:payments-svc"]),
            topic_doc("orders", 1, 1, &[]),
        ]),
    );
    let (code, out, err) = run(mskctl("127.0.0.1:1"), &["validate", "-f", &good]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        err.contains("good.yaml:")
            && err.contains("warning: topic 'orders' matches no Ownership topic pattern"),
        "{err}"
    );
}

#[test]
fn two_owners_never_prune_each_others_topics_or_acls() {
    let c = cluster();
    let b = c.bootstrap();
    for t in ["payments.in", "payments.old", "orders.in", "orders.old"] {
        c.create_topic(t, 1, 1, &[]);
    }
    let pay_keep = read_binding("User:payments-svc", "payments.in");
    let pay_stray = read_binding("User:payments-svc", "payments.old");
    let ord_keep = read_binding("User:orders-svc", "orders.in");
    let ord_stray = read_binding("User:orders-svc", "orders.old");
    for a in [&pay_keep, &pay_stray, &ord_keep, &ord_stray] {
        c.add_acl(a.clone());
    }
    let dir = tempfile::tempdir().unwrap();
    let team = |name: &str, topic: &str, principal: &str, pattern: &str| {
        let d = dir.path().join(name);
        std::fs::create_dir(&d).unwrap();
        write(&d, "owner.yaml", &ownership_doc(&[pattern], &[principal]));
        write(&d, "topics.yaml", &topic_doc(topic, 1, 1, &[]));
        write(&d, "acls.yaml", &acl_doc(principal, topic));
        d.to_string_lossy().into_owned()
    };
    let payments = team(
        "payments",
        "payments.in",
        "User:payments-svc",
        "payments\\..*",
    );
    let orders = team("orders", "orders.in", "User:orders-svc", "orders\\..*");

    ok(mskctl(&b), &["apply", "-f", &payments, "--prune", "--yes"]);
    let names = c.topic_names();
    assert!(!names.contains(&"payments.old".to_string()), "{names:?}");
    for t in ["payments.in", "orders.in", "orders.old"] {
        assert!(names.contains(&t.to_string()), "{t} kept: {names:?}");
    }
    let acls = c.acls();
    assert!(!acls.contains(&pay_stray), "{acls:?}");
    for a in [&pay_keep, &ord_keep, &ord_stray] {
        assert!(acls.contains(a), "{a:?} kept: {acls:?}");
    }

    ok(mskctl(&b), &["apply", "-f", &orders, "--prune", "--yes"]);
    let names = c.topic_names();
    assert!(!names.contains(&"orders.old".to_string()), "{names:?}");
    for t in ["payments.in", "orders.in"] {
        assert!(names.contains(&t.to_string()), "{t} kept: {names:?}");
    }
    let acls = c.acls();
    assert!(!acls.contains(&ord_stray), "{acls:?}");
    assert!(
        acls.contains(&pay_keep) && acls.contains(&ord_keep),
        "{acls:?}"
    );

    // Each converged, whatever the other did.
    for d in [&payments, &orders] {
        let (code, out, err) = run(mskctl(&b), &["plan", "-f", d, "--prune", "--exit-code"]);
        assert_eq!(code, 0, "{out}{err}");
    }
}

/// `{prefix}full` holds 3 records (in its second partition), `{prefix}read`
/// is empty but `group` has committed offsets for it, `{prefix}empty` is
/// neither.
fn topics_in_use(c: &TestCluster, prefix: &str, group: &str) {
    let full = format!("{prefix}full");
    c.create_topic(&full, 2, 1, &[]);
    c.append_records(&full, 1, 3, 1_700_000_000_000, 1);
    let read = format!("{prefix}read");
    c.create_topic(&read, 1, 1, &[]);
    c.commit_offset(group, &read, 0, 0);
    c.create_topic(&format!("{prefix}empty"), 1, 1, &[]);
}

#[test]
fn topics_in_use_are_deleted_only_with_allow_data_loss() {
    let c = cluster();
    let b = c.bootstrap();
    topics_in_use(&c, "old.", "billing");
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "t.yaml",
        &docs(&[
            topic_doc("app", 1, 1, &[]),
            ownership_doc(&["old\\..*", "app"], &[]),
        ]),
    );

    // The plan refuses the two in use, with what they would lose.
    let (code, out, err) = run(mskctl(&b), &["plan", "-f", &f, "--prune"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("refused: topic 'old.full'") && out.contains("deletes 3 records"),
        "{out}"
    );
    assert!(
        out.contains("refused: topic 'old.read'") && out.contains("consumed by group billing"),
        "{out}"
    );
    let (code, out, err) = run(mskctl(&b), &["apply", "-f", &f, "--prune", "--yes"]);
    assert_eq!(code, 1, "{out}{err}");
    assert_eq!(c.request_count(ApiKey::DeleteTopics), 0);

    // Allowed: marked apart in the plan, then deleted.
    let plan = json(
        mskctl(&b),
        &["plan", "-f", &f, "--prune", "--allow-data-loss"],
    );
    let deletes: Vec<(String, u64)> = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["type"] == "delete_topic")
        .map(|a| {
            (
                a["topic"].as_str().unwrap().to_string(),
                a["records"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        deletes,
        [
            ("old.empty".to_string(), 0),
            ("old.full".to_string(), 3),
            ("old.read".to_string(), 0)
        ],
        "{plan}"
    );
    let (_c, table, _e) = run(
        mskctl(&b),
        &["plan", "-f", &f, "--prune", "--allow-data-loss"],
    );
    assert!(
        table.contains("DATA LOSS: deletes 3 records")
            && table.contains("DATA LOSS: consumed by group billing"),
        "{table}"
    );
    ok(
        mskctl(&b),
        &["apply", "-f", &f, "--prune", "--allow-data-loss", "--yes"],
    );
    assert_eq!(c.topic_names(), ["app"]);
}

#[test]
fn topic_delete_guards_data_alike() {
    let c = cluster();
    let b = c.bootstrap();
    topics_in_use(&c, "", "audit");

    for t in ["full", "read"] {
        let (code, out, err) = run(mskctl(&b), &["topic", "delete", t, "--yes"]);
        assert_eq!(code, 1, "{out}{err}");
        assert!(err.contains("--allow-data-loss"), "{err}");
    }
    let (_c, _o, err) = run(mskctl(&b), &["topic", "delete", "full", "read", "--yes"]);
    assert!(
        err.contains("full: deletes 3 records") && err.contains("read: consumed by group audit"),
        "{err}"
    );
    assert_eq!(c.request_count(ApiKey::DeleteTopics), 0);

    // A running consumer that has not committed yet reads it too.
    c.create_topic("live", 1, 1, &[]);
    c.add_group(
        "stream",
        vec![GroupMember {
            member_id: "m-1".into(),
            client_id: "app".into(),
            client_host: "/10.0.0.1".into(),
            assignment: vec![("live".into(), vec![0])],
        }],
    );
    let (code, _o, err) = run(mskctl(&b), &["topic", "delete", "live", "--yes"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("live: consumed by group stream"), "{err}");

    // A group whose offsets cannot be read might read any topic.
    c.inject(Fault::Error {
        api: ApiKey::OffsetFetch,
        code: 30, // GROUP_AUTHORIZATION_FAILED
        times: 1,
    });
    let (code, _o, err) = run(mskctl(&b), &["topic", "delete", "empty", "--yes"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("could not be read"), "{err}");

    ok(mskctl(&b), &["topic", "delete", "empty", "--yes"]);
    ok(
        mskctl(&b),
        &[
            "topic",
            "delete",
            "full",
            "read",
            "live",
            "--allow-data-loss",
            "--yes",
        ],
    );
    assert!(c.topic_names().is_empty(), "{:?}", c.topic_names());
}

#[test]
fn a_saved_plan_that_prunes_topics_with_configs_applies() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic(
        "old",
        1,
        1,
        &[("retention.ms", "86400000"), ("segment.ms", "3600000")],
    );
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "t.yaml",
        &docs(&[topic_doc("new", 1, 1, &[]), ownership_doc(&[".*"], &[])]),
    );
    let saved = dir.path().join("p.json");
    let saved = saved.to_str().unwrap();
    ok(mskctl(&b), &["plan", "-f", &f, "--prune", "--out", saved]);
    let (code, out, err) = run(mskctl(&b), &["apply", "--plan", saved, "--yes"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("ok      delete topic old"), "{out}");
    assert_eq!(c.topic_names(), ["new"]);
}

#[test]
fn retention_is_judged_against_what_the_topic_inherits() {
    let c = cluster();
    let b = c.bootstrap();
    // A cluster configured for 30 days, as MSK configurations often are.
    c.set_broker_config(None, "log.retention.ms", Some("2592000000"));
    c.create_topic("events", 1, 1, &[]);
    c.create_topic("audit", 1, 1, &[("retention.ms", "1209600000")]);
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "t.yaml",
        &docs(&[
            // 7d where 30d is inherited: shorter.
            topic_doc("events", 1, 1, &[("retention.ms", "604800000")]), // Dropping a 14d override: back to the inherited 30d, longer.
            topic_doc("audit", 1, 1, &[]),
        ]),
    );
    let plan = json(mskctl(&b), &["plan", "-f", &f]);
    let safety: Vec<(String, String)> = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["topic"].as_str().unwrap().to_string(),
                a["safety"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        safety,
        [
            ("audit".to_string(), "safe".to_string()),
            ("events".to_string(), "destructive".to_string())
        ],
        "{plan}"
    );
}

#[test]
fn replication_throttles_are_never_touched() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic(
        "moving",
        2,
        1,
        &[
            ("leader.replication.throttled.replicas", "0:1,1:2"),
            ("follower.replication.throttled.replicas", "0:2"),
            ("segment.ms", "3600000"),
        ],
    );
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "t.yaml",
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata:\n  name: moving\nspec:\n  partitions: 2\n  replicationFactor: 1\n",
    );
    ok(mskctl(&b), &["apply", "-f", &f, "--yes"]);
    let configs = c.topic("moving").unwrap().configs;
    assert_eq!(
        configs
            .get("leader.replication.throttled.replicas")
            .map(String::as_str),
        Some("0:1,1:2")
    );
    assert!(configs.contains_key("follower.replication.throttled.replicas"));
    assert!(!configs.contains_key("segment.ms"), "{configs:?}");
    let (code, out, _e) = run(mskctl(&b), &["plan", "-f", &f, "--exit-code"]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn apply_names_the_cluster_it_acts_on() {
    let c = cluster();
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "t.yaml", &topic_doc("named", 1, 1, &[]));
    let (code, _o, err) = run(mskctl(&b), &["apply", "-f", &f]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(&format!(
            "Apply 1 changes to no context (bootstrap servers {b})?"
        )),
        "{err}"
    );
    let (code, _o, err) = run(mskctl(&b), &["apply", "-f", &f, "--yes"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!(
            "changes made to no context (bootstrap servers {b})"
        )),
        "{err}"
    );
}

/// On a terminal with stdout redirected to a file, the plan is shown on
/// the terminal before the question. `script` (util-linux) provides the
/// terminal; the answer is no.
#[test]
fn a_prompt_with_stdout_redirected_shows_the_plan_first() {
    let c = cluster();
    let b = c.bootstrap();
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "t.yaml", &topic_doc("shown", 1, 1, &[]));
    let log = dir.path().join("apply.log");
    let bin = assert_cmd::cargo::cargo_bin("mskctl");
    let inner = format!(
        "{} -b {b} --timeout 20s apply -f {f} > {}",
        bin.display(),
        log.display()
    );
    let mut cmd = std::process::Command::new("script");
    cmd.args(["-qec", &inner, "/dev/null"])
        .env("XDG_CONFIG_HOME", dir.path().join("no-config"))
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped());
    for (k, _) in std::env::vars() {
        if k.starts_with("MSKCTL_") {
            cmd.env_remove(&k);
        }
    }
    let mut child = cmd.spawn().expect("script (util-linux) runs");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(b"n\n").unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let terminal = String::from_utf8_lossy(&out.stdout);
    let plan_at = terminal.find("create topic");
    let question_at = terminal.find("Apply 1 changes to no context");
    assert!(
        matches!((plan_at, question_at), (Some(p), Some(q)) if p < q),
        "{terminal}"
    );
    assert!(terminal.contains("not confirmed"), "{terminal}");
    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(logged.contains("create topic"), "{logged}");
    assert!(c.topic("shown").is_none());
}
