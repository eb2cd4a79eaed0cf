//! `mskctl group` commands.
//!
//! Most tests run against the protocol-level test cluster
//! (crates/kafka-fake): three brokers, groups spread over coordinators,
//! members and assignments set by the test, fault injection, and request
//! counts that show how calls are batched. Tests named `tansu_*` run against
//! a real tansu 0.6.0 broker for what it really implements: committed
//! offsets (OffsetCommit by an administrator, OffsetFetch v8+ for several
//! groups), FindCoordinator v4+, ListGroups of groups with committed
//! offsets, DescribeGroups state and member count, DeleteGroups, and a real
//! member joining through JoinGroup/SyncGroup. tansu does not implement
//! OffsetDelete; it describes an unknown group as Empty instead of Dead,
//! does not list groups that have members but no offsets, and reports
//! neither the assignor nor member assignments, client ids or hosts, so
//! none of those are tested against it.

mod support;

use std::collections::BTreeMap;

use kafka_protocol::messages::ApiKey;
use serde_json::Value;
use support::cli::{json, mskctl, ok, run};
use support::cluster::{ClusterConfig, Fault, GroupMember, TestCluster};

fn cluster() -> TestCluster {
    TestCluster::start(ClusterConfig {
        brokers: 3,
        ..ClusterConfig::default()
    })
    .expect("test cluster starts")
}

fn member(id: &str, client: &str, assignment: &[(&str, &[i32])]) -> GroupMember {
    GroupMember {
        member_id: id.to_string(),
        client_id: client.to_string(),
        client_host: format!("/10.0.0.{}", id.len()),
        assignment: assignment
            .iter()
            .map(|(t, ps)| (t.to_string(), ps.to_vec()))
            .collect(),
    }
}

fn committed(c: &TestCluster, group: &str) -> Vec<((String, i32), i64)> {
    c.committed(group).into_iter().collect()
}

fn tp(t: &str, p: i32) -> (String, i32) {
    (t.to_string(), p)
}

/// Group names whose coordinators are all different brokers.
fn spread_groups(c: &TestCluster, n: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen = Vec::new();
    for i in 0..1000 {
        let name = format!("svc-{i}");
        let coord = c.coordinator_of(&name);
        if !seen.contains(&coord) {
            seen.push(coord);
            out.push(name);
            if out.len() == n {
                return out;
            }
        }
    }
    panic!("could not find {n} groups on distinct coordinators");
}

fn by_group(arr: &Value) -> BTreeMap<String, Value> {
    arr.as_array()
        .unwrap()
        .iter()
        .map(|g| (g["group_id"].as_str().unwrap().to_string(), g.clone()))
        .collect()
}

#[test]
fn list_asks_every_broker_and_shows_state_protocol_and_members() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("orders", 3, 1, &[]);
    c.create_topic("audit", 1, 1, &[]);
    let names = spread_groups(&c, 3);
    let (busy, idle, simple) = (&names[0], &names[1], &names[2]);
    c.add_group(
        busy,
        vec![
            member("m-1", "busy-1", &[("orders", &[0, 1])]),
            member("m-22", "busy-2", &[("orders", &[2])]),
        ],
    );
    c.add_group(idle, vec![]);
    c.commit_offset(simple, "audit", 0, 3);

    let before = c.request_count(ApiKey::ListGroups);
    let list = json(mskctl(&b), &["group", "list"]);
    assert_eq!(
        c.request_count(ApiKey::ListGroups) - before,
        3,
        "one per broker"
    );
    let groups = by_group(&list);
    assert_eq!(groups.len(), 3, "{list}");
    assert_eq!(groups[busy.as_str()]["state"], "Stable");
    assert_eq!(groups[busy.as_str()]["members"], 2);
    assert_eq!(groups[busy.as_str()]["protocol_type"], "consumer");
    assert_eq!(groups[idle.as_str()]["state"], "Empty");
    assert_eq!(groups[idle.as_str()]["members"], 0);
    assert_eq!(groups[simple.as_str()]["state"], "Empty");
    assert_eq!(groups[simple.as_str()]["protocol_type"], "");
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["group_id"].as_str().unwrap())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "sorted by id");

    let empty = json(mskctl(&b), &["group", "list", "--state", "EMPTY"]);
    let mut empty_ids: Vec<&str> = empty
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["group_id"].as_str().unwrap())
        .collect();
    empty_ids.sort();
    let mut want = vec![idle.as_str(), simple.as_str()];
    want.sort();
    assert_eq!(empty_ids, want);

    let table = ok(mskctl(&b), &["group", "list"]);
    assert!(table.starts_with("GROUP"), "{table}");
    assert!(
        table.contains(busy.as_str()) && table.contains("Stable"),
        "{table}"
    );

    let (code, _o, err) = run(mskctl(&b), &["group", "list", "--state", "sleepy"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("preparing-rebalance"),
        "lists the valid states: {err}"
    );
}

#[test]
fn describe_shows_members_assignments_offsets_and_lag() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("orders", 3, 1, &[]);
    c.append_records("orders", 0, 100, 1_000_000, 1000);
    c.append_records("orders", 1, 100, 1_000_000, 1000);
    c.append_records("orders", 2, 50, 1_000_000, 1000);
    c.add_group(
        "billing",
        vec![
            member("m-1", "billing-1", &[("orders", &[1, 0])]),
            member("m-22", "billing-2", &[("orders", &[2])]),
        ],
    );
    c.commit_offset("billing", "orders", 0, 40);
    c.commit_offset("billing", "orders", 1, 100);

    let d = json(mskctl(&b), &["group", "describe", "billing"]);
    assert_eq!(d["group_id"], "billing");
    assert_eq!(d["state"], "Stable");
    assert_eq!(d["protocol_type"], "consumer");
    assert_eq!(d["assignor"], "range");
    assert_eq!(d["coordinator"]["id"], c.coordinator_of("billing"));
    assert!(d["coordinator"]["port"].as_i64().unwrap() > 0, "{d}");
    let members = d["members"].as_array().unwrap();
    assert_eq!(members.len(), 2);
    assert_eq!(members[0]["member_id"], "m-1");
    assert_eq!(members[0]["client_id"], "billing-1");
    assert_eq!(members[0]["client_host"], "/10.0.0.3");
    assert_eq!(
        members[0]["assignment"],
        serde_json::json!([{"topic": "orders", "partitions": [0, 1]}])
    );
    assert_eq!(
        members[1]["assignment"],
        serde_json::json!([{"topic": "orders", "partitions": [2]}])
    );
    let parts = d["partitions"].as_array().unwrap();
    let rows: Vec<(i64, Value, Value, Value, Value)> = parts
        .iter()
        .map(|p| {
            assert_eq!(p["topic"], "orders");
            (
                p["partition"].as_i64().unwrap(),
                p["committed_offset"].clone(),
                p["log_end_offset"].clone(),
                p["lag"].clone(),
                p["client_id"].clone(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (0, 40.into(), 100.into(), 60.into(), "billing-1".into()),
            (1, 100.into(), 100.into(), 0.into(), "billing-1".into()),
            (2, Value::Null, 50.into(), Value::Null, "billing-2".into()),
        ]
    );
    assert_eq!(d["total_lag"], 60);

    let table = ok(mskctl(&b), &["group", "describe", "billing"]);
    for needle in ["Members", "Offsets", "orders:0,1", "billing-2", "60"] {
        assert!(table.contains(needle), "{needle}: {table}");
    }

    // A group that only ever had simple commits: no members, no assignor.
    c.commit_offset("archiver", "orders", 2, 7);
    let d = json(mskctl(&b), &["group", "describe", "archiver"]);
    assert_eq!(d["state"], "Empty");
    assert_eq!(d["members"], serde_json::json!([]));
    assert_eq!(d["partitions"][0]["lag"], 43);
    assert_eq!(d["partitions"][0]["member_id"], Value::Null);

    let (code, _o, err) = run(mskctl(&b), &["group", "describe", "ghost"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("consumer group 'ghost'") && err.contains("not found"),
        "{err}"
    );
}

#[test]
fn lag_batches_per_coordinator_and_leader_and_exits_4_over_the_threshold() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("orders", 6, 1, &[]);
    c.create_topic("audit", 3, 1, &[]);
    for p in 0..6 {
        c.append_records("orders", p, 100, 1_000_000, 1000);
    }
    for p in 0..3 {
        c.append_records("audit", p, 10, 1_000_000, 1000);
    }
    // Nine groups over three coordinators.
    let mut groups = Vec::new();
    for i in 0..9 {
        let g = format!("team-{i}");
        for p in 0..6 {
            c.commit_offset(&g, "orders", p, 100 - i64::from(i));
        }
        groups.push(g);
    }
    c.commit_offset("team-8", "audit", 1, 2);
    let coordinators: std::collections::BTreeSet<i32> =
        groups.iter().map(|g| c.coordinator_of(g)).collect();

    let count = |api| c.request_count(api);
    let before: Vec<usize> = [
        ApiKey::ListGroups,
        ApiKey::FindCoordinator,
        ApiKey::OffsetFetch,
        ApiKey::ListOffsets,
        ApiKey::DescribeGroups,
    ]
    .iter()
    .map(|a| count(*a))
    .collect();
    let report = json(mskctl(&b), &["group", "lag"]);
    let after: Vec<usize> = [
        ApiKey::ListGroups,
        ApiKey::FindCoordinator,
        ApiKey::OffsetFetch,
        ApiKey::ListOffsets,
        ApiKey::DescribeGroups,
    ]
    .iter()
    .map(|a| count(*a))
    .collect();
    let sent: Vec<usize> = after.iter().zip(&before).map(|(a, b)| a - b).collect();
    assert_eq!(sent[0], 3, "ListGroups: one per broker");
    assert_eq!(sent[1], 1, "FindCoordinator: one batched request");
    assert_eq!(
        sent[2],
        coordinators.len(),
        "OffsetFetch: one multi-group request per coordinator"
    );
    assert!(
        sent[3] <= 3,
        "ListOffsets: at most one per leader, got {}",
        sent[3]
    );
    assert_eq!(sent[4], 0, "lag needs no DescribeGroups");

    assert_eq!(report["threshold"], Value::Null);
    let lags = by_group(&report["groups"]);
    assert_eq!(lags.len(), 9);
    assert_eq!(lags["team-0"]["total_lag"], 0);
    assert_eq!(lags["team-0"]["max_lag_partition"], Value::Null);
    assert_eq!(lags["team-3"]["total_lag"], 18);
    assert_eq!(lags["team-3"]["max_lag"], 3);
    assert_eq!(lags["team-3"]["partitions"], 6);
    assert_eq!(lags["team-3"]["state"], "Empty");
    assert_eq!(lags["team-8"]["total_lag"], 6 * 8 + 8);
    assert_eq!(lags["team-8"]["max_lag"], 8);
    assert_eq!(
        lags["team-8"]["max_lag_partition"],
        serde_json::json!({"topic": "audit", "partition": 1})
    );
    assert_eq!(lags["team-8"]["over_threshold"], false);

    // Over the threshold: exit 4, naming the groups.
    let (code, out, err) = run(
        mskctl(&b),
        &["group", "lag", "--threshold", "40", "-o", "json"],
    );
    assert_eq!(code, 4, "{out}{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["threshold"], 40);
    let over: Vec<&str> = r["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["over_threshold"] == true)
        .map(|g| g["group_id"].as_str().unwrap())
        .collect();
    assert_eq!(over, vec!["team-7", "team-8"]);
    assert!(err.contains("team-7, team-8"), "{err}");
    let (code, _o, err) = run(mskctl(&b), &["group", "lag", "--threshold", "56"]);
    assert_eq!(code, 0, "56 is not over 56: {err}");

    // Named groups and a topic filter.
    let r = json(
        mskctl(&b),
        &["group", "lag", "team-8", "team-2", "--topic", "^audit$"],
    );
    let lags = by_group(&r["groups"]);
    assert_eq!(lags.len(), 2);
    assert_eq!(lags["team-8"]["total_lag"], 8);
    assert_eq!(lags["team-8"]["partitions"], 1);
    assert_eq!(lags["team-2"]["partitions"], 0);
    assert_eq!(lags["team-2"]["total_lag"], 0);
    let (code, _o, _e) = run(
        mskctl(&b),
        &[
            "group",
            "lag",
            "team-8",
            "--topic",
            "^orders$",
            "--threshold",
            "47",
        ],
    );
    assert_eq!(code, 4);

    let table = ok(mskctl(&b), &["group", "lag", "team-8"]);
    assert!(
        table.contains("MAX LAG AT") && table.contains("audit-1"),
        "{table}"
    );

    let (code, _o, err) = run(mskctl(&b), &["group", "lag", "team-1", "ghost"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("consumer group 'ghost' not found"), "{err}");
    let (code, _o, err) = run(mskctl(&b), &["group", "lag", "--topic", "("]);
    assert_eq!(code, 2, "{err}");
    let (code, _o, err) = run(mskctl(&b), &["group", "lag", "--threshold", "-3"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn a_moved_or_loading_coordinator_is_looked_up_again() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("orders", 1, 1, &[]);
    c.append_records("orders", 0, 10, 1_000_000, 1000);
    c.commit_offset("billing", "orders", 0, 4);
    c.inject(Fault::Error {
        api: ApiKey::DescribeGroups,
        code: 16, // NOT_COORDINATOR
        times: 1,
    });
    c.inject(Fault::Error {
        api: ApiKey::OffsetFetch,
        code: 14, // COORDINATOR_LOAD_IN_PROGRESS
        times: 1,
    });
    let finds = c.request_count(ApiKey::FindCoordinator);
    let d = json(mskctl(&b), &["group", "describe", "billing"]);
    assert_eq!(d["partitions"][0]["lag"], 6, "{d}");
    assert_eq!(
        c.request_count(ApiKey::FindCoordinator) - finds,
        4,
        "each call looked its coordinator up twice"
    );
}

fn reset(c: &TestCluster, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["group", "reset-offsets"];
    all.extend_from_slice(args);
    run(mskctl(&c.bootstrap()), &all)
}

fn reset_json(c: &TestCluster, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["-o", "json"]);
    let (code, out, err) = reset(c, &all);
    assert_eq!(code, 0, "{args:?}\n{out}\n{err}");
    serde_json::from_str(&out).unwrap()
}

fn new_offsets(report: &Value) -> Vec<(i64, i64, Value)> {
    report["partitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["partition"].as_i64().unwrap(),
                p["new_offset"].as_i64().unwrap(),
                p["clamped"].clone(),
            )
        })
        .collect()
}

#[test]
fn reset_offsets_dry_run_execute_targets_and_clamping() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("orders", 2, 1, &[]);
    // 100 records a partition, one second apart from t=1_000_000 ms.
    c.append_records("orders", 0, 100, 1_000_000, 1000);
    c.append_records("orders", 1, 100, 1_000_000, 1000);
    ok(
        mskctl(&b),
        &[
            "--yes",
            "retention",
            "purge",
            "orders",
            "--partition",
            "0",
            "--before-offset",
            "20",
        ],
    );
    c.add_group(
        "billing",
        vec![member("m-1", "billing-1", &[("orders", &[0, 1])])],
    );
    c.commit_offset("billing", "orders", 0, 50);
    c.commit_offset("billing", "orders", 1, 60);
    c.set_group_members("billing", vec![]);
    let start = vec![(tp("orders", 0), 50), (tp("orders", 1), 60)];
    let commits = c.request_count(ApiKey::OffsetCommit);

    // Dry run: the plan, with the clamp, and nothing committed.
    let r = reset_json(&c, &["billing", "--topic", "orders", "--to-offset", "500"]);
    assert_eq!(r["group_id"], "billing");
    assert_eq!(r["executed"], false);
    let p0 = &r["partitions"][0];
    assert_eq!(p0["current_offset"], 50);
    assert_eq!(p0["requested_offset"], 500);
    assert_eq!(p0["new_offset"], 100);
    assert_eq!(p0["clamped"], "latest");
    assert_eq!(committed(&c, "billing"), start);
    assert_eq!(c.request_count(ApiKey::OffsetCommit), commits);
    let (code, out, err) = reset(&c, &["billing", "--topic", "orders", "--to-offset", "500"]);
    assert_eq!(code, 0);
    assert!(out.contains("CURRENT") && out.contains("clamped"), "{out}");
    assert!(err.contains("dry run"), "{err}");

    // Below the log start: clamped to the earliest offset.
    let r = reset_json(
        &c,
        &[
            "billing",
            "--topic",
            "orders:0",
            "--to-offset",
            "5",
            "--execute",
        ],
    );
    assert_eq!(r["executed"], true);
    assert_eq!(new_offsets(&r), vec![(0, 20, "earliest".into())]);
    assert_eq!(
        committed(&c, "billing"),
        vec![(tp("orders", 0), 20), (tp("orders", 1), 60)]
    );

    let r = reset_json(
        &c,
        &["billing", "--all-topics", "--shift-by", "-10", "--execute"],
    );
    assert_eq!(
        new_offsets(&r),
        vec![(0, 20, "earliest".into()), (1, 50, Value::Null)]
    );
    assert_eq!(
        committed(&c, "billing"),
        vec![(tp("orders", 0), 20), (tp("orders", 1), 50)]
    );

    // 1_000_000 ms + 30 s: offset 30 on both partitions.
    reset_json(
        &c,
        &[
            "billing",
            "--topic",
            "orders",
            "--to-datetime",
            "1970-01-01T00:17:10Z",
            "--execute",
        ],
    );
    assert_eq!(
        committed(&c, "billing"),
        vec![(tp("orders", 0), 30), (tp("orders", 1), 30)]
    );

    reset_json(&c, &["billing", "--all-topics", "--to-latest", "--execute"]);
    assert_eq!(
        committed(&c, "billing"),
        vec![(tp("orders", 0), 100), (tp("orders", 1), 100)]
    );
    reset_json(
        &c,
        &["billing", "--topic", "orders", "--to-earliest", "--execute"],
    );
    assert_eq!(
        committed(&c, "billing"),
        vec![(tp("orders", 0), 20), (tp("orders", 1), 0)]
    );
    // Every record is older than an hour: nothing to re-read, so the log end.
    reset_json(
        &c,
        &[
            "billing",
            "--topic",
            "orders:1",
            "--by-duration",
            "1h",
            "--execute",
        ],
    );
    assert_eq!(
        committed(&c, "billing"),
        vec![(tp("orders", 0), 20), (tp("orders", 1), 100)]
    );
    // A shift from nothing is refused.
    c.create_topic("fresh", 1, 1, &[]);
    let (code, _o, err) = reset(&c, &["billing", "--topic", "fresh", "--shift-by", "5"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("fresh-0"), "{err}");
    // Offsets for a topic the group never read can be set.
    reset_json(
        &c,
        &["billing", "--topic", "fresh", "--to-earliest", "--execute"],
    );
    assert_eq!(c.committed("billing").get(&tp("fresh", 0)), Some(&0));

    // Bad input.
    let (code, _o, err) = reset(&c, &["billing", "--topic", "nope", "--to-earliest"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("topic 'nope' not found"), "{err}");
    let (code, _o, err) = reset(&c, &["billing", "--topic", "orders:7", "--to-earliest"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("no partition 7"), "{err}");
    let (code, _o, err) = reset(&c, &["ghost", "--all-topics", "--to-earliest"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("consumer group 'ghost'"), "{err}");
    for bad in [
        vec!["billing", "--topic", "orders"],
        vec!["billing", "--to-earliest"],
        vec![
            "billing",
            "--topic",
            "orders",
            "--all-topics",
            "--to-earliest",
        ],
        vec![
            "billing",
            "--topic",
            "orders",
            "--to-earliest",
            "--to-latest",
        ],
        vec!["billing", "--topic", "orders", "--to-offset", "-1"],
        vec!["billing", "--topic", "orders:x", "--to-earliest"],
        vec!["billing", "--topic", "orders", "--to-datetime", "yesterday"],
        vec!["billing", "--topic", "orders", "--by-duration", "soon"],
    ] {
        let (code, _o, err) = reset(&c, &bad);
        assert_eq!(code, 2, "{bad:?}: {err}");
    }
}

#[test]
fn reset_is_refused_while_the_group_has_members_and_nothing_changes() {
    let c = cluster();
    c.create_topic("orders", 2, 1, &[]);
    c.append_records("orders", 0, 100, 1_000_000, 1000);
    c.add_group(
        "billing",
        vec![member("m-1", "billing-1", &[("orders", &[0, 1])])],
    );
    c.commit_offset("billing", "orders", 0, 50);
    let commits = c.request_count(ApiKey::OffsetCommit);

    let (code, out, err) = reset(
        &c,
        &["billing", "--topic", "orders", "--to-earliest", "--execute"],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("1 active member") && err.contains("Nothing was changed"),
        "{err}"
    );
    assert_eq!(committed(&c, "billing"), vec![(tp("orders", 0), 50)]);
    assert_eq!(
        c.request_count(ApiKey::OffsetCommit),
        commits,
        "no commit sent"
    );

    // A rebalancing group is not empty either.
    c.set_group_state("billing", "PreparingRebalance");
    let (code, _o, err) = reset(&c, &["billing", "--all-topics", "--to-latest", "--execute"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("PreparingRebalance"), "{err}");

    // The dry run still shows the plan, with the warning.
    let (code, out, err) = reset(&c, &["billing", "--all-topics", "--to-latest"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("100"), "{out}");
    assert!(
        err.contains("warning") && err.contains("active member"),
        "{err}"
    );
    assert_eq!(committed(&c, "billing"), vec![(tp("orders", 0), 50)]);
}

#[test]
fn delete_groups_needs_confirmation_and_empty_groups() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("orders", 1, 1, &[]);
    c.commit_offset("old", "orders", 0, 5);
    c.commit_offset("older", "orders", 0, 5);
    c.add_group("busy", vec![member("m-1", "busy-1", &[("orders", &[0])])]);

    let (code, _o, err) = run(mskctl(&b), &["group", "delete", "old"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Refusing without --yes"), "{err}");
    assert_eq!(c.group_state("old").as_deref(), Some("Empty"));
    assert_eq!(c.request_count(ApiKey::DeleteGroups), 0);

    let (code, _o, err) = run(mskctl(&b), &["group", "delete", "old", "busy", "--yes"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("consumer group 'busy' has 1 active member") && err.contains("Nothing"),
        "{err}"
    );
    assert_eq!(c.group_state("old").as_deref(), Some("Empty"));

    let (code, _o, err) = run(mskctl(&b), &["group", "delete", "old", "ghost", "--yes"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("consumer group 'ghost'"), "{err}");
    assert_eq!(c.group_state("old").as_deref(), Some("Empty"));
    assert_eq!(c.request_count(ApiKey::DeleteGroups), 0);

    let out = ok(
        mskctl(&b),
        &["group", "delete", "old", "older", "old", "--yes"],
    );
    assert_eq!(
        out.trim(),
        "consumer group 'old' deleted\nconsumer group 'older' deleted"
    );
    assert_eq!(c.group_state("old"), None);
    assert_eq!(c.group_state("older"), None);
    assert_eq!(c.group_state("busy").as_deref(), Some("Stable"));
}

#[test]
fn delete_offsets_of_a_topic_the_group_no_longer_reads() {
    let c = cluster();
    let b = c.bootstrap();
    c.create_topic("orders", 1, 1, &[]);
    c.create_topic("retired", 2, 1, &[]);
    c.add_group(
        "billing",
        vec![member("m-1", "billing-1", &[("orders", &[0])])],
    );
    c.commit_offset("billing", "orders", 0, 9);
    c.commit_offset("billing", "retired", 0, 3);
    c.commit_offset("billing", "retired", 1, 4);
    let all = committed(&c, "billing");

    let (code, _o, err) = run(
        mskctl(&b),
        &["group", "delete-offsets", "billing", "--topic", "retired"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("Refusing without --yes"), "{err}");
    assert!(err.contains("retired partition(s) 0,1"), "{err}");
    assert_eq!(committed(&c, "billing"), all);

    let out = ok(
        mskctl(&b),
        &[
            "group",
            "delete-offsets",
            "billing",
            "--topic",
            "retired:1",
            "--yes",
        ],
    );
    assert!(out.contains("topic 'retired' partition(s) 1"), "{out}");
    assert_eq!(
        committed(&c, "billing"),
        vec![(tp("orders", 0), 9), (tp("retired", 0), 3)]
    );

    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "group",
            "delete-offsets",
            "billing",
            "--topic",
            "orders",
            "--yes",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("subscribed to topic 'orders'") && err.contains("GROUP_SUBSCRIBED_TO_TOPIC"),
        "{err}"
    );
    assert_eq!(c.committed("billing").get(&tp("orders", 0)), Some(&9));

    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "group",
            "delete-offsets",
            "billing",
            "--topic",
            "audit",
            "--yes",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("no committed offsets for topic 'audit'"),
        "{err}"
    );
    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "group",
            "delete-offsets",
            "ghost",
            "--topic",
            "orders",
            "--yes",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("consumer group 'ghost'"), "{err}");
    let (code, _o, err) = run(mskctl(&b), &["group", "delete-offsets", "billing"]);
    assert_eq!(code, 2, "--topic is required: {err}");
}

// ------------------------------------------------------------------ tansu

mod tansu_group {
    //! A real consumer group member on tansu, through the wire protocol.

    use std::net::TcpStream;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    use std::thread::JoinHandle;

    use bytes::Bytes;
    use kafka_protocol::messages::join_group_request::JoinGroupRequestProtocol;
    use kafka_protocol::messages::offset_commit_request::{
        OffsetCommitRequestPartition, OffsetCommitRequestTopic,
    };
    use kafka_protocol::messages::sync_group_request::SyncGroupRequestAssignment;
    use kafka_protocol::messages::{
        ApiKey, GroupId, HeartbeatRequest, HeartbeatResponse, JoinGroupRequest, JoinGroupResponse,
        OffsetCommitRequest, OffsetCommitResponse, SyncGroupRequest, SyncGroupResponse, TopicName,
    };
    use kafka_protocol::protocol::StrBytes;

    use crate::support::tansu::{connect, kafka_request};

    const MEMBER_ID_REQUIRED: i16 = 79;

    fn s(v: &str) -> StrBytes {
        StrBytes::from_string(v.to_string())
    }

    /// Commits offsets as an administrator (no member, generation -1), the
    /// way a simple consumer does.
    pub fn commit(addr: &str, group: &str, topic: &str, offsets: &[(i32, i64)]) {
        let req = OffsetCommitRequest::default()
            .with_group_id(GroupId(s(group)))
            .with_generation_id_or_member_epoch(-1)
            .with_topics(vec![OffsetCommitRequestTopic::default()
                .with_name(TopicName(s(topic)))
                .with_partitions(
                    offsets
                        .iter()
                        .map(|(p, o)| {
                            OffsetCommitRequestPartition::default()
                                .with_partition_index(*p)
                                .with_committed_offset(*o)
                        })
                        .collect(),
                )]);
        let mut conn = connect(addr).unwrap();
        let resp: OffsetCommitResponse =
            kafka_request(&mut conn, ApiKey::OffsetCommit, 2, &req).unwrap();
        for t in resp.topics {
            for p in t.partitions {
                assert_eq!(
                    p.error_code, 0,
                    "commit {group} {topic}-{}",
                    p.partition_index
                );
            }
        }
    }

    /// A member that joined `group` (subscribed to `topic`) and keeps
    /// heartbeating until dropped.
    pub struct Member {
        pub member_id: String,
        stop: Arc<AtomicBool>,
        heartbeat: Option<JoinHandle<()>>,
    }

    impl Member {
        pub fn join(addr: &str, group: &str, topic: &str) -> Member {
            // ConsumerProtocol subscription v0: version, topics, user data.
            let mut sub = Vec::new();
            sub.extend_from_slice(&0i16.to_be_bytes());
            sub.extend_from_slice(&1i32.to_be_bytes());
            sub.extend_from_slice(&(topic.len() as i16).to_be_bytes());
            sub.extend_from_slice(topic.as_bytes());
            sub.extend_from_slice(&(-1i32).to_be_bytes());
            let mut conn = connect(addr).unwrap();
            conn.set_read_timeout(Some(std::time::Duration::from_secs(30)))
                .unwrap();
            let join = |conn: &mut TcpStream, member_id: &str| -> JoinGroupResponse {
                let req = JoinGroupRequest::default()
                    .with_group_id(GroupId(s(group)))
                    .with_session_timeout_ms(6000)
                    .with_rebalance_timeout_ms(500)
                    .with_member_id(s(member_id))
                    .with_protocol_type(s("consumer"))
                    .with_protocols(vec![JoinGroupRequestProtocol::default()
                        .with_name(s("range"))
                        .with_metadata(Bytes::from(sub.clone()))]);
                kafka_request(conn, ApiKey::JoinGroup, 5, &req).unwrap()
            };
            let mut resp = join(&mut conn, "");
            if resp.error_code == MEMBER_ID_REQUIRED {
                let id = resp.member_id.to_string();
                resp = join(&mut conn, &id);
            }
            assert_eq!(resp.error_code, 0, "JoinGroup");
            let member_id = resp.member_id.to_string();
            let generation = resp.generation_id;
            // Assignment v0: version, [topic, [partitions]], user data.
            let mut assignment = Vec::new();
            assignment.extend_from_slice(&0i16.to_be_bytes());
            assignment.extend_from_slice(&1i32.to_be_bytes());
            assignment.extend_from_slice(&(topic.len() as i16).to_be_bytes());
            assignment.extend_from_slice(topic.as_bytes());
            assignment.extend_from_slice(&1i32.to_be_bytes());
            assignment.extend_from_slice(&0i32.to_be_bytes());
            assignment.extend_from_slice(&(-1i32).to_be_bytes());
            let sync = SyncGroupRequest::default()
                .with_group_id(GroupId(s(group)))
                .with_generation_id(generation)
                .with_member_id(s(&member_id))
                .with_assignments(vec![SyncGroupRequestAssignment::default()
                    .with_member_id(s(&member_id))
                    .with_assignment(Bytes::from(assignment))]);
            let synced: SyncGroupResponse =
                kafka_request(&mut conn, ApiKey::SyncGroup, 3, &sync).unwrap();
            assert_eq!(synced.error_code, 0, "SyncGroup");

            let stop = Arc::new(AtomicBool::new(false));
            let flag = stop.clone();
            let (group, id) = (group.to_string(), member_id.clone());
            let heartbeat = std::thread::spawn(move || {
                while !flag.load(Ordering::Relaxed) {
                    let req = HeartbeatRequest::default()
                        .with_group_id(GroupId(s(&group)))
                        .with_generation_id(generation)
                        .with_member_id(s(&id));
                    let _: std::io::Result<HeartbeatResponse> =
                        kafka_request(&mut conn, ApiKey::Heartbeat, 3, &req);
                    std::thread::sleep(std::time::Duration::from_millis(500));
                }
            });
            Member {
                member_id,
                stop,
                heartbeat: Some(heartbeat),
            }
        }
    }

    impl Drop for Member {
        fn drop(&mut self) {
            self.stop.store(true, Ordering::Relaxed);
            if let Some(h) = self.heartbeat.take() {
                let _ = h.join();
            }
        }
    }
}

/// Runs `tansu cat produce` to append `count` JSON records to a partition.
fn tansu_produce(broker: &str, topic: &str, partition: i32, count: usize) {
    let binary = match std::env::var_os("MSKCTL_TANSU") {
        Some(p) if !p.is_empty() => std::path::PathBuf::from(p),
        _ => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".test-servers/bin/tansu"),
    };
    for i in 0..count {
        let mut child = std::process::Command::new(&binary)
            .args([
                "cat",
                "produce",
                "--broker",
                &format!("tcp://{broker}"),
                "--partition",
                &partition.to_string(),
                topic,
                "-",
            ])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", binary.display()));
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{{\"n\": {i}}}").as_bytes())
            .unwrap();
        assert!(child.wait().unwrap().success(), "tansu cat produce");
    }
}

#[test]
fn tansu_offsets_lag_reset_and_delete() {
    let broker = support::tansu::Tansu::start();
    let b = broker.bootstrap();
    ok(
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
    tansu_produce(&b, "orders", 0, 6);
    tansu_produce(&b, "orders", 1, 3);
    tansu_group::commit(&b, "billing", "orders", &[(0, 2), (1, 3)]);
    tansu_group::commit(&b, "audit", "orders", &[(0, 6)]);

    let list = json(mskctl(&b), &["group", "list"]);
    let groups = by_group(&list);
    assert_eq!(
        groups.keys().collect::<Vec<_>>(),
        vec!["audit", "billing"],
        "{list}"
    );
    assert_eq!(groups["billing"]["members"], 0);
    assert_eq!(groups["billing"]["state"], "Empty");

    let d = json(mskctl(&b), &["group", "describe", "billing"]);
    assert_eq!(d["state"], "Empty");
    assert_eq!(d["members"], serde_json::json!([]));
    let rows: Vec<(i64, i64, i64, i64)> = d["partitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["partition"].as_i64().unwrap(),
                p["committed_offset"].as_i64().unwrap(),
                p["log_end_offset"].as_i64().unwrap(),
                p["lag"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(rows, vec![(0, 2, 6, 4), (1, 3, 3, 0)]);
    assert_eq!(d["total_lag"], 4);

    let lag = json(mskctl(&b), &["group", "lag"]);
    let lags = by_group(&lag["groups"]);
    assert_eq!(lags["billing"]["total_lag"], 4);
    assert_eq!(lags["audit"]["total_lag"], 0);
    let (code, _o, err) = run(mskctl(&b), &["group", "lag", "--threshold", "3"]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("billing") && !err.contains("audit"), "{err}");

    // Dry run, then execute with a clamp to the log end.
    let (code, out, _e) = run(
        mskctl(&b),
        &[
            "group",
            "reset-offsets",
            "billing",
            "--all-topics",
            "--shift-by",
            "2",
            "-o",
            "json",
        ],
    );
    assert_eq!(code, 0);
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        new_offsets(&r),
        vec![(0, 4, Value::Null), (1, 3, "latest".into())]
    );
    let d = json(mskctl(&b), &["group", "describe", "billing"]);
    assert_eq!(d["total_lag"], 4, "the dry run changed nothing");
    ok(
        mskctl(&b),
        &[
            "group",
            "reset-offsets",
            "billing",
            "--all-topics",
            "--shift-by",
            "2",
            "--execute",
        ],
    );
    let d = json(mskctl(&b), &["group", "describe", "billing"]);
    assert_eq!(d["partitions"][0]["committed_offset"], 4);
    assert_eq!(d["partitions"][1]["committed_offset"], 3);
    ok(
        mskctl(&b),
        &[
            "group",
            "reset-offsets",
            "billing",
            "--topic",
            "orders:0",
            "--to-earliest",
            "--execute",
        ],
    );
    let d = json(mskctl(&b), &["group", "describe", "billing"]);
    assert_eq!(d["partitions"][0]["committed_offset"], 0);
    assert_eq!(d["total_lag"], 6);

    let (code, _o, err) = run(mskctl(&b), &["group", "delete", "audit"]);
    assert_eq!(code, 1, "{err}");
    let out = ok(mskctl(&b), &["group", "delete", "audit", "--yes"]);
    assert_eq!(out.trim(), "consumer group 'audit' deleted");
    let list = json(mskctl(&b), &["group", "list"]);
    assert_eq!(
        by_group(&list).keys().collect::<Vec<_>>(),
        vec!["billing"],
        "{list}"
    );
}

#[test]
fn tansu_refuses_reset_and_delete_while_a_member_is_joined() {
    let broker = support::tansu::Tansu::start();
    let b = broker.bootstrap();
    ok(
        mskctl(&b),
        &[
            "topic",
            "create",
            "orders",
            "--partitions",
            "1",
            "--replication-factor",
            "1",
        ],
    );
    tansu_produce(&b, "orders", 0, 4);
    tansu_group::commit(&b, "billing", "orders", &[(0, 1)]);
    let m = tansu_group::Member::join(&b, "billing", "orders");

    let d = json(mskctl(&b), &["group", "describe", "billing"]);
    assert_eq!(d["state"], "Stable", "{d}");
    assert_eq!(d["members"][0]["member_id"], m.member_id.as_str());
    assert_eq!(d["members"].as_array().unwrap().len(), 1);

    let (code, _o, err) = run(
        mskctl(&b),
        &[
            "group",
            "reset-offsets",
            "billing",
            "--all-topics",
            "--to-latest",
            "--execute",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("1 active member(s) (state Stable)"), "{err}");
    let (code, _o, err) = run(mskctl(&b), &["group", "delete", "billing", "--yes"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("active member"), "{err}");
    drop(m);
    let d = json(mskctl(&b), &["group", "describe", "billing"]);
    assert_eq!(d["partitions"][0]["committed_offset"], 1, "nothing changed");
}
