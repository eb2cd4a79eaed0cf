//! `mskctl acl` commands.
//!
//! Against the protocol-level test cluster (crates/kafka-fake), which
//! stores ACLs and matches filters as a KRaft controller with
//! StandardAuthorizer does: create, list with literal / prefixed / match
//! filters, delete, and usage errors. One test, `tansu_*`, runs against a
//! real tansu 0.6.0 broker: its DescribeAcls accepts mskctl's filters and
//! answers, but it keeps no ACLs (its CreateAcls answer has no results
//! array, which no client can decode, and it does not implement
//! DeleteAcls), so only an empty listing can be checked there.

mod support;

use kafka_protocol::messages::ApiKey;
use serde_json::{json as j, Value};
use support::cli::{json, mskctl, ok, run};
use support::cluster::{AclBinding, ClusterConfig, Fault, TestCluster};

const TOPIC: i8 = 2;
const GROUP: i8 = 3;
const CLUSTER: i8 = 4;
const TRANSACTIONAL_ID: i8 = 5;
const LITERAL: i8 = 3;
const PREFIXED: i8 = 4;
const ALL: i8 = 2;
const READ: i8 = 3;
const WRITE: i8 = 4;
const DESCRIBE: i8 = 8;
const DESCRIBE_CONFIGS: i8 = 10;
const ALTER_CONFIGS: i8 = 11;
const DENY: i8 = 2;
const ALLOW: i8 = 3;

fn cluster() -> TestCluster {
    TestCluster::start(ClusterConfig::default()).expect("test cluster starts")
}

fn acl(
    resource_type: i8,
    name: &str,
    pattern_type: i8,
    principal: &str,
    operation: i8,
    permission: i8,
) -> AclBinding {
    AclBinding::new(
        resource_type,
        name,
        pattern_type,
        principal,
        operation,
        permission,
    )
}

fn sorted(mut v: Vec<AclBinding>) -> Vec<AclBinding> {
    v.sort();
    v
}

/// (resource type, name, pattern type, principal, operation) of each listed binding.
fn listed(v: &Value) -> Vec<(String, String, String, String, String)> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let f = |k: &str| b[k].as_str().unwrap().to_string();
            (
                f("resource_type"),
                f("resource_name"),
                f("pattern_type"),
                f("principal"),
                f("operation"),
            )
        })
        .collect()
}

fn row(t: &str, n: &str, p: &str, who: &str, op: &str) -> (String, String, String, String, String) {
    (t.into(), n.into(), p.into(), who.into(), op.into())
}

#[test]
fn create_then_list_with_literal_prefixed_and_match_filters() {
    let c = cluster();
    let b = c.bootstrap();
    let created = json(
        mskctl(&b),
        &[
            "acl",
            "create",
            "--principal",
            "User:alice",
            "--allow",
            "--operation",
            "read",
            "describe",
            "--topic",
            "orders",
        ],
    );
    assert_eq!(
        created,
        j!([
            {"resource_type": "TOPIC", "resource_name": "orders", "pattern_type": "LITERAL",
             "principal": "User:alice", "host": "*", "operation": "READ", "permission": "ALLOW"},
            {"resource_type": "TOPIC", "resource_name": "orders", "pattern_type": "LITERAL",
             "principal": "User:alice", "host": "*", "operation": "DESCRIBE", "permission": "ALLOW"},
        ])
    );
    for args in [
        vec![
            "--principal",
            "User:etl",
            "--allow",
            "--operation",
            "write",
            "--topic",
            "orders.",
            "--pattern-type",
            "prefixed",
        ],
        vec![
            "--principal",
            "User:*",
            "--allow",
            "--operation",
            "READ",
            "--topic",
            "*",
        ],
        vec![
            "--principal",
            "User:bob",
            "--deny",
            "--operation",
            "all",
            "--group",
            "billing",
            "--host",
            "10.0.0.9",
        ],
        vec![
            "--principal",
            "User:ops",
            "--allow",
            "--operation",
            "describe-configs,alter-configs",
            "--cluster",
        ],
        vec![
            "--principal",
            "User:tx",
            "--principal",
            "User:tx2",
            "--allow",
            "--operation",
            "write",
            "--transactional-id",
            "pay-",
            "--pattern-type",
            "prefixed",
        ],
    ] {
        let mut all = vec!["acl", "create"];
        all.extend(args);
        ok(mskctl(&b), &all);
    }
    let mut denied = acl(GROUP, "billing", LITERAL, "User:bob", ALL, DENY);
    denied.host = "10.0.0.9".into();
    assert_eq!(
        c.acls(),
        sorted(vec![
            acl(TOPIC, "orders", LITERAL, "User:alice", READ, ALLOW),
            acl(TOPIC, "orders", LITERAL, "User:alice", DESCRIBE, ALLOW),
            acl(TOPIC, "orders.", PREFIXED, "User:etl", WRITE, ALLOW),
            acl(TOPIC, "*", LITERAL, "User:*", READ, ALLOW),
            denied,
            acl(
                CLUSTER,
                "kafka-cluster",
                LITERAL,
                "User:ops",
                DESCRIBE_CONFIGS,
                ALLOW
            ),
            acl(
                CLUSTER,
                "kafka-cluster",
                LITERAL,
                "User:ops",
                ALTER_CONFIGS,
                ALLOW
            ),
            acl(TRANSACTIONAL_ID, "pay-", PREFIXED, "User:tx", WRITE, ALLOW),
            acl(TRANSACTIONAL_ID, "pay-", PREFIXED, "User:tx2", WRITE, ALLOW),
        ])
    );
    assert_eq!(
        c.request_count(ApiKey::CreateAcls),
        6,
        "one request per command"
    );

    assert_eq!(
        json(mskctl(&b), &["acl", "list"]).as_array().unwrap().len(),
        9
    );
    assert_eq!(
        listed(&json(
            mskctl(&b),
            &["acl", "list", "--principal", "User:alice"]
        )),
        vec![
            row("TOPIC", "orders", "LITERAL", "User:alice", "READ"),
            row("TOPIC", "orders", "LITERAL", "User:alice", "DESCRIBE"),
        ]
    );
    // Default pattern type (any): exactly this name, literal or prefixed.
    assert_eq!(
        listed(&json(
            mskctl(&b),
            &[
                "acl",
                "list",
                "--resource-type",
                "topic",
                "--resource-name",
                "orders."
            ]
        )),
        vec![row("TOPIC", "orders.", "PREFIXED", "User:etl", "WRITE")]
    );
    // Match: everything that applies to a topic named orders.eu.
    assert_eq!(
        listed(&json(
            mskctl(&b),
            &[
                "acl",
                "list",
                "--resource-type",
                "topic",
                "--resource-name",
                "orders.eu",
                "--pattern-type",
                "match",
            ]
        )),
        vec![
            row("TOPIC", "*", "LITERAL", "User:*", "READ"),
            row("TOPIC", "orders.", "PREFIXED", "User:etl", "WRITE"),
        ]
    );
    assert_eq!(
        listed(&json(
            mskctl(&b),
            &[
                "acl",
                "list",
                "--resource-name",
                "orders.",
                "--pattern-type",
                "literal",
            ]
        )),
        vec![]
    );
    assert_eq!(
        listed(&json(
            mskctl(&b),
            &[
                "acl",
                "list",
                "--resource-name",
                "pay-",
                "--pattern-type",
                "prefixed"
            ]
        ))
        .len(),
        2
    );
    let groups = json(mskctl(&b), &["acl", "list", "--resource-type", "group"]);
    assert_eq!(groups[0]["permission"], "DENY");
    assert_eq!(groups[0]["operation"], "ALL");
    assert_eq!(groups[0]["host"], "10.0.0.9");
    let cluster = json(mskctl(&b), &["acl", "list", "--resource-type", "cluster"]);
    assert_eq!(cluster.as_array().unwrap().len(), 2);
    assert_eq!(cluster[0]["resource_name"], "kafka-cluster");

    let table = ok(mskctl(&b), &["acl", "list", "--principal", "User:bob"]);
    assert!(table.starts_with("RESOURCE TYPE"), "{table}");
    assert!(
        table.contains("10.0.0.9") && table.contains("DENY"),
        "{table}"
    );
}

#[test]
fn bad_input_is_a_usage_error_and_creates_nothing() {
    let c = cluster();
    let b = c.bootstrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "--principal",
                "alice",
                "--allow",
                "--operation",
                "read",
                "--topic",
                "t",
            ],
            "TYPE:NAME",
        ),
        (
            vec![
                "--principal",
                "User:",
                "--allow",
                "--operation",
                "read",
                "--topic",
                "t",
            ],
            "TYPE:NAME",
        ),
        (
            vec![
                "--principal",
                "User:a",
                "--allow",
                "--operation",
                "frob",
                "--topic",
                "t",
            ],
            "describe-configs",
        ),
        (
            vec![
                "--principal",
                "User:a",
                "--allow",
                "--operation",
                "idempotent-write",
                "--topic",
                "t",
            ],
            "valid: all, read, write",
        ),
        (
            vec![
                "--principal",
                "User:a",
                "--allow",
                "--operation",
                "write",
                "--group",
                "g",
            ],
            "valid: all, read, describe, delete",
        ),
        (
            vec![
                "--principal",
                "User:a",
                "--operation",
                "read",
                "--topic",
                "t",
            ],
            "--allow",
        ),
        (
            vec![
                "--principal",
                "User:a",
                "--allow",
                "--deny",
                "--operation",
                "read",
                "--topic",
                "t",
            ],
            "cannot be used with",
        ),
        (
            vec!["--principal", "User:a", "--allow", "--operation", "read"],
            "--topic",
        ),
        (
            vec![
                "--principal",
                "User:a",
                "--allow",
                "--operation",
                "read",
                "--topic",
                "t",
                "--group",
                "g",
            ],
            "cannot be used with",
        ),
        (
            vec![
                "--principal",
                "User:a",
                "--allow",
                "--operation",
                "alter",
                "--cluster",
                "--pattern-type",
                "prefixed",
            ],
            "prefixed",
        ),
        (
            vec![
                "--principal",
                "User:a",
                "--allow",
                "--operation",
                "read",
                "--topic",
                "t",
                "--pattern-type",
                "match",
            ],
            "literal, prefixed",
        ),
    ];
    for (args, expect) in cases {
        let mut all = vec!["acl", "create"];
        all.extend(args.iter());
        let (code, _o, err) = run(mskctl(&b), &all);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(
            err.contains(expect),
            "{args:?}: expected '{expect}' in {err}"
        );
    }
    for (args, expect) in [
        (
            vec!["acl", "list", "--resource-type", "topics"],
            "transactional-id",
        ),
        (vec!["acl", "list", "--principal", "bob"], "TYPE:NAME"),
        (vec!["acl", "delete", "--pattern-type", "exact"], "match"),
    ] {
        let (code, _o, err) = run(mskctl(&b), &args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(
            err.contains(expect),
            "{args:?}: expected '{expect}' in {err}"
        );
    }
    assert!(c.acls().is_empty());
    assert_eq!(c.request_count(ApiKey::CreateAcls), 0);
}

#[test]
fn delete_shows_what_matches_confirms_and_deletes_only_that() {
    let c = cluster();
    let b = c.bootstrap();
    let keep = vec![
        acl(TOPIC, "orders", LITERAL, "User:bob", READ, ALLOW),
        acl(GROUP, "billing", LITERAL, "User:alice", READ, ALLOW),
    ];
    let alice_topic = vec![
        acl(TOPIC, "orders", LITERAL, "User:alice", READ, ALLOW),
        acl(TOPIC, "orders", LITERAL, "User:alice", WRITE, ALLOW),
    ];
    let broad = vec![
        acl(TOPIC, "orders.", PREFIXED, "User:etl", WRITE, ALLOW),
        acl(TOPIC, "*", LITERAL, "User:*", DESCRIBE, ALLOW),
    ];
    for a in keep.iter().chain(&alice_topic).chain(&broad) {
        c.add_acl(a.clone());
    }
    let all = c.acls();

    let filter = [
        "acl",
        "delete",
        "--principal",
        "User:alice",
        "--resource-type",
        "topic",
    ];
    let (code, _o, err) = run(mskctl(&b), &filter);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("About to delete 2 ACL binding(s)"), "{err}");
    assert!(err.contains("WRITE") && err.contains("User:alice"), "{err}");
    assert!(err.contains("Refusing without --yes"), "{err}");
    assert_eq!(c.acls(), all);
    assert_eq!(c.request_count(ApiKey::DeleteAcls), 0);

    let mut yes = filter.to_vec();
    yes.push("--yes");
    let deleted = json(mskctl(&b), &yes);
    assert_eq!(
        listed(&deleted),
        vec![
            row("TOPIC", "orders", "LITERAL", "User:alice", "READ"),
            row("TOPIC", "orders", "LITERAL", "User:alice", "WRITE"),
        ]
    );
    let left: Vec<AclBinding> = all
        .iter()
        .filter(|a| !alice_topic.contains(a))
        .cloned()
        .collect();
    assert_eq!(c.acls(), left);

    // Match: the prefixed and wildcard bindings that cover orders.eu go;
    // bob's literal binding on orders does not apply to orders.eu and stays.
    let out = ok(
        mskctl(&b),
        &[
            "acl",
            "delete",
            "--resource-type",
            "topic",
            "--resource-name",
            "orders.eu",
            "--pattern-type",
            "match",
            "--yes",
        ],
    );
    assert!(out.contains("User:etl") && out.contains("User:*"), "{out}");
    assert_eq!(c.acls(), sorted(keep.clone()));

    let deletes = c.request_count(ApiKey::DeleteAcls);
    let (code, out, err) = run(
        mskctl(&b),
        &["acl", "delete", "--principal", "User:nobody", "--yes"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("RESOURCE TYPE"), "{out}");
    assert!(err.contains("nothing to delete"), "{err}");
    assert_eq!(c.request_count(ApiKey::DeleteAcls), deletes, "nothing sent");
    assert_eq!(c.acls(), sorted(keep));
}

#[test]
fn broker_refusals_name_the_cause() {
    let c = cluster();
    let b = c.bootstrap();
    c.inject(Fault::Error {
        api: ApiKey::DescribeAcls,
        code: 54, // SECURITY_DISABLED
        times: 1,
    });
    let (code, _o, err) = run(mskctl(&b), &["acl", "list"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("no authorizer") && err.contains("SECURITY_DISABLED"),
        "{err}"
    );

    c.inject(Fault::Error {
        api: ApiKey::CreateAcls,
        code: 31, // CLUSTER_AUTHORIZATION_FAILED
        times: 1,
    });
    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "acl",
            "create",
            "--principal",
            "User:alice",
            "--allow",
            "--operation",
            "read",
            "--topic",
            "orders",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("User:alice ALLOW READ on TOPIC 'orders'")
            && err.contains("CLUSTER_AUTHORIZATION_FAILED"),
        "{err}"
    );
    assert!(c.acls().is_empty());
}

#[test]
fn tansu_lists_no_acls_for_any_filter() {
    let broker = support::tansu::Tansu::start();
    let b = broker.bootstrap();
    for args in [
        vec!["acl", "list"],
        vec![
            "acl",
            "list",
            "--principal",
            "User:alice",
            "--resource-type",
            "topic",
            "--resource-name",
            "orders",
            "--pattern-type",
            "match",
        ],
    ] {
        assert_eq!(json(mskctl(&b), &args), j!([]), "{args:?}");
    }
}

#[test]
fn delete_of_one_operation_keeps_the_others_on_the_same_topic_and_principal() {
    let c = cluster();
    let b = c.bootstrap();
    let read = acl(TOPIC, "orders", LITERAL, "User:alice", READ, ALLOW);
    let describe = acl(TOPIC, "orders", LITERAL, "User:alice", DESCRIBE, ALLOW);
    let deny_read = acl(TOPIC, "orders", LITERAL, "User:alice", READ, DENY);
    let group = acl(GROUP, "orders", LITERAL, "User:alice", READ, ALLOW);
    for a in [&read, &describe, &deny_read, &group] {
        c.add_acl(a.clone());
    }

    let filter = [
        "acl",
        "delete",
        "--principal",
        "User:alice",
        "--topic",
        "orders",
        "--operation",
        "read",
        "--allow",
    ];
    let (code, _o, err) = run(mskctl(&b), &filter);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("About to delete 1 ACL binding(s)"), "{err}");
    assert!(err.contains("Refusing without --yes"), "{err}");
    assert_eq!(c.request_count(ApiKey::DeleteAcls), 0);

    let mut yes = filter.to_vec();
    yes.push("--yes");
    let deleted = json(mskctl(&b), &yes);
    assert_eq!(
        listed(&deleted),
        vec![row("TOPIC", "orders", "LITERAL", "User:alice", "READ")]
    );
    assert_eq!(deleted[0]["permission"], "ALLOW");
    assert_eq!(c.acls(), sorted(vec![describe, deny_read, group]));
}

#[test]
fn list_filters_by_operation_permission_host_and_resource_flags() {
    let c = cluster();
    let b = c.bootstrap();
    c.add_acl(acl(TOPIC, "orders", LITERAL, "User:alice", READ, ALLOW));
    c.add_acl(acl(TOPIC, "orders", LITERAL, "User:alice", DESCRIBE, ALLOW));
    c.add_acl(acl(TOPIC, "orders", LITERAL, "User:bob", READ, DENY));
    c.add_acl(acl(GROUP, "orders", LITERAL, "User:alice", READ, ALLOW));
    c.add_acl(acl(
        CLUSTER,
        "kafka-cluster",
        LITERAL,
        "User:ops",
        DESCRIBE,
        ALLOW,
    ));

    let v = json(mskctl(&b), &["acl", "list", "--operation", "read"]);
    let got: std::collections::BTreeSet<_> = listed(&v).into_iter().collect();
    let want: std::collections::BTreeSet<_> = [
        row("TOPIC", "orders", "LITERAL", "User:alice", "READ"),
        row("TOPIC", "orders", "LITERAL", "User:bob", "READ"),
        row("GROUP", "orders", "LITERAL", "User:alice", "READ"),
    ]
    .into_iter()
    .collect();
    assert_eq!(got, want, "{v}");
    assert_eq!(listed(&v).len(), 3, "{v}");

    let v = json(
        mskctl(&b),
        &[
            "acl",
            "list",
            "--topic",
            "orders",
            "--operation",
            "read",
            "--deny",
        ],
    );
    assert_eq!(
        listed(&v),
        vec![row("TOPIC", "orders", "LITERAL", "User:bob", "READ")]
    );

    let v = json(mskctl(&b), &["acl", "list", "--group", "orders"]);
    assert_eq!(
        listed(&v),
        vec![row("GROUP", "orders", "LITERAL", "User:alice", "READ")]
    );

    let v = json(mskctl(&b), &["acl", "list", "--cluster"]);
    assert_eq!(
        listed(&v),
        vec![row(
            "CLUSTER",
            "kafka-cluster",
            "LITERAL",
            "User:ops",
            "DESCRIBE"
        )]
    );

    let v = json(mskctl(&b), &["acl", "list", "--host", "10.0.0.9"]);
    assert_eq!(listed(&v), vec![], "{v}");
    let v = json(
        mskctl(&b),
        &["acl", "list", "--host", "*", "--topic", "orders"],
    );
    assert_eq!(listed(&v).len(), 3, "{v}");

    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "acl",
            "list",
            "--topic",
            "orders",
            "--resource-type",
            "group",
        ],
    );
    assert_eq!(code, 2, "{err}");
    let (code, _o, err) = run(mskctl(&b), &["acl", "delete", "--operation"]);
    assert_eq!(code, 2, "{err}");
    assert!(!err.contains("--version"), "{err}");
}
