//! validate -> plan -> apply of Topic manifests against real Apache Kafka
//! brokers, every release of the matrix (tests/support/kafka.rs). Never with
//! --prune: the clusters are shared with other tests.

mod support;

use std::path::Path;

use serde_json::Value;
use support::cli::{json, mskctl, ok, run};
use support::kafka::{each_release, unique};

fn topic_doc(name: &str, partitions: i32, configs: &[(&str, &str)]) -> String {
    let mut s = format!(
        "apiVersion: mskctl/v1\nkind: Topic\nmetadata:\n  name: {name}\nspec:\n  partitions: {partitions}\n  replicationFactor: 3\n"
    );
    if !configs.is_empty() {
        s.push_str("  configs:\n");
        for (k, v) in configs {
            s.push_str(&format!("    {k}: \"{v}\"\n"));
        }
    }
    s
}

/// Writes the two managed topics: `orders` with these partitions and
/// retention, `audit` with 1 partition and no configs (it gets the brokers'
/// static 30 days, which must never show up as a difference).
fn write(path: &Path, orders: &str, partitions: i32, retention_ms: &str, audit: &str) {
    let text = format!(
        "{}---\n{}",
        topic_doc(
            orders,
            partitions,
            &[("retention.ms", retention_ms), ("cleanup.policy", "delete")]
        ),
        topic_doc(audit, 1, &[])
    );
    std::fs::write(path, text).expect("manifest written");
}

fn actions(plan: &Value) -> Vec<String> {
    plan["actions"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|a| {
            format!(
                "{} {} {}",
                a["type"].as_str().unwrap_or_default(),
                a["topic"].as_str().unwrap_or_default(),
                a["safety"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

#[test]
fn validate_plan_apply_and_reapply_without_changes() {
    each_release(|c| {
        let b = c.bootstrap.as_str();
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("topics.yaml");
        let f = file.to_str().expect("utf-8 path");
        let orders = unique("matrix-orders");
        let audit = unique("matrix-audit");
        write(&file, &orders, 3, "86400000", &audit);

        let out = ok(mskctl(b), &["validate", "-f", f]);
        assert!(!out.contains("error"), "{out}");

        let (code, out, err) = run(mskctl(b), &["plan", "-f", f, "--exit-code", "-o", "json"]);
        assert_eq!(code, 3, "changes pending: {out}{err}");
        let plan: Value = serde_json::from_str(&out).expect("plan JSON");
        let mut got = actions(&plan);
        got.sort();
        let mut want = vec![
            format!("create_topic {orders} safe"),
            format!("create_topic {audit} safe"),
        ];
        want.sort();
        assert_eq!(got, want, "{plan}");

        let (code, _, err) = run(mskctl(b), &["apply", "-f", f]);
        assert_eq!(code, 1, "no terminal, no --yes: {err}");

        let out = ok(mskctl(b), &["apply", "-f", f, "--yes"]);
        assert!(out.contains(&format!("create topic {orders}")), "{out}");
        let d = json(mskctl(b), &["topic", "describe", &orders]);
        assert_eq!(d["partitions"].as_array().map(Vec::len), Some(3), "{d}");
        assert_eq!(d["configs"]["retention.ms"], "86400000", "{d}");
        assert_eq!(d["configs"]["cleanup.policy"], "delete", "{d}");

        // Converged: nothing to plan, and a second apply changes nothing.
        let (code, out, err) = run(mskctl(b), &["plan", "-f", f, "--exit-code"]);
        assert_eq!(code, 0, "{out}{err}");
        assert!(out.contains("No changes"), "{out}");
        let out = ok(mskctl(b), &["apply", "-f", f, "--yes"]);
        assert!(!out.contains("create topic"), "{out}");

        // Grow partitions and raise retention: planned as one add and one
        // config change, applied, then converged again.
        write(&file, &orders, 4, "172800000", &audit);
        let plan = json(mskctl(b), &["plan", "-f", f]);
        assert_eq!(
            actions(&plan),
            vec![
                format!("add_partitions {orders} risky"),
                format!("alter_configs {orders} safe"),
            ],
            "{plan}"
        );
        ok(mskctl(b), &["apply", "-f", f, "--yes"]);
        let d = json(mskctl(b), &["topic", "describe", &orders]);
        assert_eq!(d["partitions"].as_array().map(Vec::len), Some(4), "{d}");
        assert_eq!(d["configs"]["retention.ms"], "172800000", "{d}");
        let (code, out, err) = run(mskctl(b), &["plan", "-f", f, "--exit-code"]);
        assert_eq!(code, 0, "{out}{err}");

        for t in [&orders, &audit] {
            ok(
                mskctl(b),
                &["--yes", "topic", "delete", "--allow-data-loss", t],
            );
        }
    });
}
