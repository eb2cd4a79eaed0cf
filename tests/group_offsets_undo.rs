//! Offset changes that can be undone: `group reset-offsets --execute` and
//! `group delete-offsets` back up the committed offsets first and print the
//! one command that puts them back; `--from-file` reads Kafka's CSV and the
//! backups; `--export` prints a dry run as that CSV. Against the
//! protocol-level test cluster (crates/kafka-fake).

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use kafka_protocol::messages::ApiKey;
use serde_json::Value;
use support::cli::{mskctl, ok, run};
use support::cluster::{ClusterConfig, TestCluster};

fn cluster() -> TestCluster {
    TestCluster::start(ClusterConfig {
        brokers: 3,
        ..ClusterConfig::default()
    })
    .expect("test cluster starts")
}

fn tp(t: &str, p: i32) -> (String, i32) {
    (t.to_string(), p)
}

/// A group with committed offsets 10, 20, 30 on orders-0..2 (100 records
/// each) and 4 on audit-0.
fn prepared(c: &TestCluster, group: &str) -> BTreeMap<(String, i32), i64> {
    c.create_topic("orders", 3, 1, &[]);
    c.create_topic("audit", 1, 1, &[]);
    for p in 0..3 {
        c.append_records("orders", p, 100, 1_000_000, 1000);
    }
    c.append_records("audit", 0, 10, 1_000_000, 1000);
    for (p, o) in [(0, 10), (1, 20), (2, 30)] {
        c.commit_offset(group, "orders", p, o);
    }
    c.commit_offset(group, "audit", 0, 4);
    c.committed(group)
}

/// The printed undo command's arguments (after `mskctl`), split as a shell
/// would for the plain words these tests use.
fn undo_args(stderr: &str) -> Vec<String> {
    let line = stderr
        .lines()
        .find_map(|l| l.strip_prefix("Undo with: "))
        .unwrap_or_else(|| panic!("no undo command in:\n{stderr}"));
    let words: Vec<String> = line.split(' ').map(str::to_string).collect();
    assert_eq!(words[0], "mskctl", "{line}");
    words[1..].to_vec()
}

fn saved_path(stderr: &str) -> PathBuf {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("Saved the "))
        .unwrap_or_else(|| panic!("no backup line in:\n{stderr}"));
    PathBuf::from(line.rsplit(" to ").next().unwrap())
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    match std::fs::read_dir(dir) {
        Ok(rd) => rd.map(|e| e.unwrap().path()).collect(),
        Err(_) => Vec::new(),
    }
}

/// `--yes group delete-offsets billing --topic audit --backup FILE`.
fn delete_audit_offsets(b: &str, backup: &Path) -> (i32, String, String) {
    let file = backup.to_str().unwrap();
    let args = [
        "--yes",
        "group",
        "delete-offsets",
        "billing",
        "--topic",
        "audit",
        "--backup",
        file,
    ];
    run(mskctl(b), &args)
}

#[test]
fn reset_backs_up_first_and_the_printed_command_undoes_it_exactly() {
    let c = cluster();
    let b = c.bootstrap();
    // A group id that must not become a path: the backup's name is made safe.
    let group = "team/billing";
    let start = prepared(&c, group);
    let state = tempfile::tempdir().unwrap();

    let mut cmd = mskctl(&b);
    cmd.env("XDG_STATE_HOME", state.path());
    let (code, out, err) = run(
        cmd,
        &[
            "group",
            "reset-offsets",
            group,
            "--topic",
            "orders",
            "--to-latest",
            "--execute",
            "-o",
            "json",
        ],
    );
    assert_eq!(code, 0, "{out}\n{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    let backup = saved_path(&err);
    assert_eq!(report["backup"], backup.display().to_string().as_str());
    let dir = state.path().join("mskctl/offsets");
    assert_eq!(files_in(&dir), vec![backup.clone()], "{err}");
    let name = backup.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("team%2Fbilling-"), "{name}");
    assert!(name.ends_with("Z.csv"), "{name}");
    assert_eq!(
        std::fs::read_to_string(&backup).unwrap(),
        "team/billing,audit,0,4\nteam/billing,orders,0,10\nteam/billing,orders,1,20\n\
         team/billing,orders,2,30\n"
    );
    let moved = c.committed(group);
    assert_eq!(moved[&tp("orders", 1)], 100);
    assert_ne!(moved, start);

    // The undo command, exactly as printed.
    let args = undo_args(&err);
    assert_eq!(
        args,
        [
            "group",
            "reset-offsets",
            group,
            "--from-file",
            &backup.display().to_string(),
            "--execute"
        ]
    );
    let mut cmd = mskctl(&b);
    cmd.env("XDG_STATE_HOME", state.path());
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, out, err) = run(cmd, &refs);
    assert_eq!(code, 0, "{out}\n{err}");
    assert_eq!(c.committed(group), start, "the undo restored every offset");
    // The undo backed up too, so it can itself be undone.
    assert_eq!(files_in(&dir).len(), 2, "{err}");
}

#[test]
fn nothing_changes_when_the_backup_cannot_be_written() {
    let c = cluster();
    let b = c.bootstrap();
    let start = prepared(&c, "billing");
    let commits = c.request_count(ApiKey::OffsetCommit);
    let dir = tempfile::tempdir().unwrap();

    let missing = dir.path().join("no/such/dir/b.csv");
    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "group",
            "reset-offsets",
            "billing",
            "--all-topics",
            "--to-earliest",
            "--execute",
            "--backup",
            missing.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("cannot back up the committed offsets of consumer group 'billing'"),
        "{err}"
    );
    assert!(err.contains("nothing was changed"), "{err}");

    // An existing file is never overwritten.
    let existing = dir.path().join("taken.csv");
    std::fs::write(&existing, "keep me").unwrap();
    let (code, _o, err) = delete_audit_offsets(&b, &existing);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("a backup never overwrites a file"), "{err}");
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "keep me");

    assert_eq!(c.committed("billing"), start);
    assert_eq!(c.request_count(ApiKey::OffsetCommit), commits);
    assert_eq!(c.request_count(ApiKey::OffsetDelete), 0);
}

#[test]
fn delete_offsets_backs_up_and_the_printed_command_restores_them() {
    let c = cluster();
    let b = c.bootstrap();
    let start = prepared(&c, "billing");
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("before-delete.csv");

    let (code, out, err) = delete_audit_offsets(&b, &backup);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(!c.committed("billing").contains_key(&tp("audit", 0)));
    assert_eq!(saved_path(&err), std::fs::canonicalize(&backup).unwrap());

    let args = undo_args(&err);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, out, err) = run(mskctl(&b), &refs);
    assert_eq!(code, 0, "{out}\n{err}");
    assert_eq!(c.committed("billing"), start);
}

#[test]
fn from_file_reads_kafkas_csv_and_export_writes_it() {
    let c = cluster();
    let b = c.bootstrap();
    prepared(&c, "billing");
    let dir = tempfile::tempdir().unwrap();

    // A dry run with --export: Kafka's CSV on stdout, nothing committed.
    let commits = c.request_count(ApiKey::OffsetCommit);
    let out = ok(
        mskctl(&b),
        &[
            "group",
            "reset-offsets",
            "billing",
            "--topic",
            "orders:1,2",
            "--shift-by",
            "5",
            "--export",
        ],
    );
    assert_eq!(out, "orders,1,25\norders,2,35\n");
    assert_eq!(c.request_count(ApiKey::OffsetCommit), commits);

    // That file, fed back: exactly those partitions move, clamped to the log.
    let plan = dir.path().join("plan.csv");
    std::fs::write(&plan, format!("{out}audit,0,999\n")).unwrap();
    let (code, out, err) = run(
        mskctl(&b),
        &[
            "group",
            "reset-offsets",
            "billing",
            "--from-file",
            plan.to_str().unwrap(),
            "--execute",
            "-o",
            "json",
        ],
    );
    assert_eq!(code, 0, "{out}\n{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["partitions"].as_array().unwrap().len(), 3, "{r}");
    assert_eq!(r["partitions"][0]["clamped"], "latest");
    let now = c.committed("billing");
    assert_eq!(now[&tp("orders", 0)], 10, "not in the file: untouched");
    assert_eq!(now[&tp("orders", 1)], 25);
    assert_eq!(now[&tp("orders", 2)], 35);
    assert_eq!(now[&tp("audit", 0)], 10);
}

#[test]
fn bad_offset_files_are_refused_with_file_and_line() {
    let c = cluster();
    let b = c.bootstrap();
    let start = prepared(&c, "billing");
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&str, &str)] = &[
        (
            "orders,0,5\norders,one,5\n",
            ":2: 'one' is not a partition number",
        ),
        ("orders,0,-3\n", ":1: '-3' is not an offset"),
        (
            "orders,0,5\norders,0,6\n",
            ":2: topic 'orders' partition 0 is already set on line 1",
        ),
        ("orders,0\n", ":1: expected topic,partition,offset"),
        (
            "other,orders,0,5\n",
            "no offsets for consumer group 'billing'",
        ),
        ("", "no offsets in the file"),
    ];
    for (i, (text, expected)) in cases.iter().enumerate() {
        let path = dir.path().join(format!("bad-{i}.csv"));
        std::fs::write(&path, text).unwrap();
        let (code, _o, err) = run(
            mskctl(&b),
            &[
                "group",
                "reset-offsets",
                "billing",
                "--from-file",
                path.to_str().unwrap(),
                "--execute",
            ],
        );
        assert_eq!(code, 2, "{text:?}: {err}");
        assert!(err.contains(expected), "{text:?}: {err}");
    }
    // A partition the topic does not have.
    let path = dir.path().join("missing.csv");
    std::fs::write(&path, "orders,7,1\n").unwrap();
    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "group",
            "reset-offsets",
            "billing",
            "--from-file",
            path.to_str().unwrap(),
        ],
    );
    assert_ne!(code, 0, "{err}");
    assert!(err.contains("has no partition 7"), "{err}");
    // --from-file is its own scope and target.
    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "group",
            "reset-offsets",
            "billing",
            "--from-file",
            path.to_str().unwrap(),
            "--to-earliest",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert_eq!(c.committed("billing"), start);
}

#[test]
fn a_new_group_gets_an_empty_backup_and_the_advice_to_delete_it() {
    let c = cluster();
    let b = c.bootstrap();
    prepared(&c, "billing");
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("new.csv");
    let (code, out, err) = run(
        mskctl(&b),
        &[
            "group",
            "reset-offsets",
            "fresh",
            "--topic",
            "orders",
            "--to-earliest",
            "--execute",
            "--backup",
            backup.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(err.contains("had no committed offsets"), "{err}");
    assert!(err.contains("mskctl group delete fresh"), "{err}");
    assert!(!err.contains("Undo with:"), "{err}");
    assert_eq!(std::fs::read_to_string(&backup).unwrap(), "");
    assert_eq!(c.committed("fresh").len(), 3);
}
