//! SCRAM logins and ACLs against real Apache Kafka brokers, every release of
//! the matrix (tests/support/kafka.rs): a SASL_PLAINTEXT listener with SCRAM
//! users created at format time, and StandardAuthorizer with the super user
//! `admin` (plus ANONYMOUS, the PLAINTEXT listener's principal).

mod support;

use assert_cmd::Command;
use serde_json::Value;
use support::cli::{json, mskctl, ok, run};
use support::kafka::{each_release, unique, KafkaCluster, SUPER_USER, USER};

fn as_user(c: &KafkaCluster, mechanism: &str, who: (&str, &str)) -> Command {
    c.as_user(mechanism, who)
}

#[test]
fn scram_logins_with_both_mechanisms_and_a_wrong_password() {
    each_release(|c| {
        let topic = unique("matrix-scram");
        c.create_topic(&topic, 1, &[]);
        for mechanism in ["SCRAM-SHA-512", "SCRAM-SHA-256"] {
            let list = json(as_user(c, mechanism, SUPER_USER), &["topic", "list"]);
            assert!(
                list.as_array()
                    .into_iter()
                    .flatten()
                    .any(|t| t["name"] == topic.as_str()),
                "{mechanism}: {list}"
            );
        }

        let wrong = "not-the-password-4711";
        let (code, out, err) = run(
            as_user(c, "SCRAM-SHA-512", (SUPER_USER.0, wrong)),
            &["topic", "list"],
        );
        assert_ne!(code, 0, "{out}");
        assert!(err.contains("authentication failed"), "{err}");
        assert!(!err.contains(wrong) && !out.contains(wrong), "{err}");
        ok(
            mskctl(&c.bootstrap),
            &["--yes", "topic", "delete", "--allow-data-loss", &topic],
        );
    });
}

/// The bindings of `acl list -o json`, one line each.
fn listed(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .map(|b| {
            [
                "resource_type",
                "resource_name",
                "pattern_type",
                "principal",
                "operation",
                "permission",
            ]
            .map(|k| b[k].as_str().unwrap_or_default())
            .join(" ")
        })
        .collect()
}

#[test]
fn acls_are_created_listed_enforced_and_deleted() {
    each_release(|c| {
        let topic = unique("matrix-acl");
        c.create_topic(&topic, 1, &[]);
        let principal = format!("User:{}", USER.0);
        let alice_describe = || {
            run(
                as_user(c, "SCRAM-SHA-512", USER),
                &["topic", "describe", &topic],
            )
        };

        // An ordinary user sees nothing without an ACL.
        let (code, _, err) = alice_describe();
        assert_eq!(code, 1, "{err}");
        assert!(err.contains("TOPIC_AUTHORIZATION_FAILED"), "{err}");

        ok(
            mskctl(&c.bootstrap),
            &[
                "acl",
                "create",
                "--principal",
                &principal,
                "--allow",
                // topic describe reads the partitions (Describe) and the
                // configs (DescribeConfigs).
                "--operation",
                "describe,describe-configs",
                "--topic",
                &topic,
            ],
        );
        let filter = [
            "acl",
            "list",
            "--resource-type",
            "topic",
            "--resource-name",
            &topic,
        ];
        assert_eq!(
            listed(&json(mskctl(&c.bootstrap), &filter)),
            vec![
                format!("TOPIC {topic} LITERAL {principal} DESCRIBE ALLOW"),
                format!("TOPIC {topic} LITERAL {principal} DESCRIBE_CONFIGS ALLOW"),
            ]
        );
        // The super user, over SCRAM, lists the same binding.
        let by_admin = json(as_user(c, "SCRAM-SHA-512", SUPER_USER), &filter);
        assert_eq!(listed(&by_admin).len(), 2, "{by_admin}");

        // acl create returns once every broker knows the bindings.
        let (code, _, err) = alice_describe();
        assert_eq!(code, 0, "{err}");
        let d = json(
            as_user(c, "SCRAM-SHA-512", USER),
            &["topic", "describe", &topic],
        );
        assert_eq!(d["name"], topic.as_str(), "{d}");

        let delete = [
            "acl",
            "delete",
            "--principal",
            &principal,
            "--resource-type",
            "topic",
            "--resource-name",
            &topic,
        ];
        let (code, _, err) = run(mskctl(&c.bootstrap), &delete);
        assert_eq!(
            code, 1,
            "deleting ACLs needs --yes without a terminal: {err}"
        );
        let mut confirmed = mskctl(&c.bootstrap);
        confirmed.arg("--yes");
        ok(confirmed, &delete);
        assert!(listed(&json(mskctl(&c.bootstrap), &filter)).is_empty());
        let (code, _, err) = alice_describe();
        assert_eq!(code, 1, "denied again: {err}");
        assert!(err.contains("TOPIC_AUTHORIZATION_FAILED"), "{err}");
        ok(
            mskctl(&c.bootstrap),
            &["--yes", "topic", "delete", "--allow-data-loss", &topic],
        );
    });
}

/// Kafka authorizes group configs (DESCRIBE_CONFIGS, ALTER_CONFIGS) on the
/// group and delegation tokens on behalf of a user (CREATE_TOKENS,
/// DESCRIBE_TOKENS) on a USER resource; both are created, listed and
/// deleted.
#[test]
fn group_config_and_user_token_acls() {
    each_release(|c| {
        let group = unique("matrix-acl-group");
        let principal = format!("User:{}", unique("matrix-acl-user"));
        let user = unique("matrix-token-owner");
        let cases = [
            ("group", group.as_str(), "describe-configs,alter-configs"),
            ("user", user.as_str(), "create-tokens,describe-tokens"),
        ];
        for (kind, name, ops) in cases {
            ok(
                mskctl(&c.bootstrap),
                &[
                    "acl",
                    "create",
                    "--principal",
                    &principal,
                    "--allow",
                    "--operation",
                    ops,
                    &format!("--{kind}"),
                    name,
                ],
            );
        }
        let filter = |kind: &str, name: &str| -> Vec<String> {
            listed(&json(
                mskctl(&c.bootstrap),
                &[
                    "acl",
                    "list",
                    "--resource-type",
                    kind,
                    "--resource-name",
                    name,
                ],
            ))
        };
        assert_eq!(
            filter("group", &group),
            vec![
                format!("GROUP {group} LITERAL {principal} DESCRIBE_CONFIGS ALLOW"),
                format!("GROUP {group} LITERAL {principal} ALTER_CONFIGS ALLOW"),
            ]
        );
        assert_eq!(
            filter("user", &user),
            vec![
                format!("USER {user} LITERAL {principal} CREATE_TOKENS ALLOW"),
                format!("USER {user} LITERAL {principal} DESCRIBE_TOKENS ALLOW"),
            ]
        );
        for (kind, name, _) in cases {
            ok(
                mskctl(&c.bootstrap),
                &[
                    "--yes",
                    "acl",
                    "delete",
                    "--principal",
                    &principal,
                    "--resource-type",
                    kind,
                    "--resource-name",
                    name,
                ],
            );
            assert!(filter(kind, name).is_empty(), "{kind} {name}");
        }
    });
}
