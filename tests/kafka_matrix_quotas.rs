//! Client quotas and SCRAM users against real Apache Kafka brokers, every
//! release of the matrix (tests/support/kafka.rs, all KRaft): quotas set,
//! listed and deleted by mskctl and read back by the release's own
//! kafka-configs tool; SCRAM credentials salted by mskctl, checked by the
//! broker's own login.

mod support;

use assert_cmd::Command;
use serde_json::json as j;
use support::cli::{json, mskctl, ok, run};
use support::kafka::{each_release, unique, KafkaCluster, SUPER_USER};

/// kafka-configs' own view of a user's configs (quotas and SCRAM).
fn kafka_configs_user(c: &KafkaCluster, user: &str) -> String {
    c.kafka_tool(
        "kafka.admin.ConfigCommand",
        &[
            "--describe",
            "--entity-type",
            "users",
            "--entity-name",
            user,
        ],
    )
}

fn as_user(c: &KafkaCluster, mechanism: &str, user: &str, password: &str) -> Command {
    c.as_user(mechanism, (user, password))
}

#[test]
fn quotas_set_list_and_delete_as_kafka_configs_sees_them() {
    each_release(|c| {
        let user = unique("quota-user");
        let b = &c.bootstrap;
        ok(
            mskctl(b),
            &[
                "quota",
                "set",
                "--user",
                &user,
                "producer_byte_rate=1MiB/s",
                "request_percentage=50%",
                "--yes",
            ],
        );
        let listed = json(mskctl(b), &["quota", "list", "--user", &user]);
        assert_eq!(
            listed,
            j!([{"entity": {"user": user}, "values": {"producer_byte_rate": 1048576, "request_percentage": 50}}]),
            "{}",
            c.version
        );
        let theirs = kafka_configs_user(c, &user);
        assert!(
            theirs.contains("producer_byte_rate=1048576")
                && theirs.contains("request_percentage=50"),
            "{}: {theirs}",
            c.version
        );
        // Lowering without --yes is refused; raising is not.
        let (code, _, err) = run(
            mskctl(b),
            &["quota", "set", "--user", &user, "producer_byte_rate=1KiB"],
        );
        assert_eq!(code, 1, "{}: {err}", c.version);
        ok(
            mskctl(b),
            &["quota", "set", "--user", &user, "producer_byte_rate=2MiB"],
        );
        // The per-client entity and the broker's own validation.
        let client = unique("quota-client");
        ok(
            mskctl(b),
            &[
                "quota",
                "set",
                "--user",
                &user,
                "--client-id",
                &client,
                "consumer_byte_rate=10MB/s",
                "--yes",
            ],
        );
        let both = json(mskctl(b), &["quota", "list", "--user", &user]);
        assert_eq!(
            both.as_array().map(Vec::len),
            Some(2),
            "{}: {both}",
            c.version
        );
        ok(
            mskctl(b),
            &[
                "quota",
                "delete",
                "--user",
                &user,
                "--client-id",
                &client,
                "consumer_byte_rate",
                "--yes",
            ],
        );
        ok(
            mskctl(b),
            &[
                "quota",
                "delete",
                "--user",
                &user,
                "producer_byte_rate",
                "request_percentage",
                "--yes",
            ],
        );
        let gone = json(mskctl(b), &["quota", "list", "--user", &user]);
        assert_eq!(gone, j!([]), "{}", c.version);
        assert!(
            !kafka_configs_user(c, &user).contains("producer_byte_rate"),
            "{}",
            c.version
        );
    });
}

#[test]
fn a_scram_user_created_by_mskctl_logs_in_and_is_deleted() {
    each_release(|c| {
        let user = unique("scram-user");
        let password = "Matrix-N3w-Us3r";
        for (mechanism, iterations) in [("SCRAM-SHA-512", "4096"), ("SCRAM-SHA-256", "8192")] {
            let mut set = as_user(c, "SCRAM-SHA-512", SUPER_USER.0, SUPER_USER.1);
            set.env("MATRIX_NEW_PW", password);
            let (code, out, err) = run(
                set,
                &[
                    "-vvv",
                    "user",
                    "set",
                    &user,
                    "--mechanism",
                    mechanism,
                    "--password-env",
                    "MATRIX_NEW_PW",
                    "--iterations",
                    iterations,
                ],
            );
            assert_eq!(code, 0, "{}: {out}\n{err}", c.version);
            assert!(!out.contains(password) && !err.contains(password));
        }
        let listed = json(mskctl(&c.bootstrap), &["user", "list"]);
        let mine = listed
            .as_array()
            .into_iter()
            .flatten()
            .find(|u| u["user"] == user.as_str())
            .cloned();
        assert_eq!(
            mine,
            Some(j!({"user": user, "mechanisms": [
                {"mechanism": "SCRAM-SHA-256", "iterations": 8192},
                {"mechanism": "SCRAM-SHA-512", "iterations": 4096}
            ]})),
            "{}: {listed}",
            c.version
        );
        let theirs = kafka_configs_user(c, &user);
        assert!(
            theirs.contains("SCRAM-SHA-512=iterations=4096")
                && theirs.contains("SCRAM-SHA-256=iterations=8192"),
            "{}: {theirs}",
            c.version
        );
        // The broker's own SCRAM server accepts the client-side salting, with
        // either mechanism, eventually (brokers learn of credentials from the
        // metadata log).
        for mechanism in ["SCRAM-SHA-512", "SCRAM-SHA-256"] {
            support::kafka::eventually(&format!("{} {mechanism} login", c.version), || {
                run(as_user(c, mechanism, &user, password), &["topic", "list"]).0 == 0
            });
        }
        let (code, _, _) = run(
            as_user(c, "SCRAM-SHA-512", &user, "wrong"),
            &["topic", "list"],
        );
        assert_ne!(code, 0);

        ok(
            mskctl(&c.bootstrap),
            &[
                "user",
                "delete",
                &user,
                "--mechanism",
                "SCRAM-SHA-256",
                "--yes",
            ],
        );
        ok(mskctl(&c.bootstrap), &["user", "delete", &user, "--yes"]);
        let listed = json(mskctl(&c.bootstrap), &["user", "list"]);
        assert!(
            listed
                .as_array()
                .into_iter()
                .flatten()
                .all(|u| u["user"] != user.as_str()),
            "{}: {listed}",
            c.version
        );
        let (code, _, err) = run(mskctl(&c.bootstrap), &["user", "delete", &user, "--yes"]);
        assert_eq!(code, 1, "{err}");
    });
}

#[test]
fn a_quota_manifest_applies_once_and_prunes_only_owned_users() {
    each_release(|c| {
        let b = &c.bootstrap;
        let owned = unique("quota-owned");
        let other = unique("quota-other");
        let dir = tempfile::tempdir().unwrap();
        let f = support::manifests::write(
            dir.path(),
            "q.yaml",
            &format!(
                "apiVersion: mskctl/v1\nkind: Quota\nmetadata: {{name: q}}\nspec:\n  quotas:\n    - entity: {{user: {owned}}}\n      producerByteRate: 10MB/s\n      requestPercentage: 50\n"
            ),
        );
        let owner = support::manifests::write(
            dir.path(),
            "owner.yaml",
            &support::manifests::ownership_doc(&[], &[&format!("User:{owned}")]),
        );
        ok(
            mskctl(b),
            &[
                "quota",
                "set",
                "--user",
                &owned,
                "--client-id",
                "stray",
                "consumer_byte_rate=1000",
                "--yes",
            ],
        );
        ok(
            mskctl(b),
            &[
                "quota",
                "set",
                "--user",
                &other,
                "consumer_byte_rate=1000",
                "--yes",
            ],
        );
        ok(mskctl(b), &["apply", "-f", &f, "--yes"]);
        let (code, out, err) = run(mskctl(b), &["plan", "-f", &f, "--exit-code"]);
        assert_eq!(code, 0, "{}: {out}\n{err}", c.version);
        ok(
            mskctl(b),
            &["apply", "-f", &f, "-f", &owner, "--prune", "--yes"],
        );
        let mine = json(mskctl(b), &["quota", "list", "--user", &owned]);
        assert_eq!(
            mine,
            j!([{"entity": {"user": owned}, "values": {"producer_byte_rate": 10000000, "request_percentage": 50}}]),
            "{}",
            c.version
        );
        let theirs = json(mskctl(b), &["quota", "list", "--user", &other]);
        assert_eq!(theirs.as_array().map(Vec::len), Some(1), "{}", c.version);
        for user in [&owned, &other] {
            let keys: Vec<String> = json(mskctl(b), &["quota", "list", "--user", user])
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|e| {
                    e["values"]
                        .as_object()
                        .cloned()
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(k, _)| k)
                })
                .collect();
            let mut args = vec!["quota", "delete", "--user", user.as_str()];
            args.extend(keys.iter().map(String::as_str));
            args.push("--yes");
            ok(mskctl(b), &args);
        }
    });
}
