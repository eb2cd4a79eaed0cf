//! `mskctl group`: consumer groups, their offsets and lag.
//!
//! JSON shapes (`-o json`; YAML is the same value). Offsets and lags are
//! numbers, `null` where unknown; lists are sorted by group, then topic and
//! partition.
//!
//! `group list`: an array of
//! `{"group_id", "group_type", "state", "protocol_type", "members"}`
//! (`members` is `null` when the group's coordinator could not describe it;
//! `group_type` is `"classic"` or `"consumer"` (KIP-848), `null` when
//! neither ListGroups v5 nor a description said).
//!
//! `group describe GROUP`:
//! ```json
//! {"group_id": "billing", "group_type": "classic", "state": "Stable",
//!  "protocol_type": "consumer", "assignor": "range",
//!  "coordinator": {"id": 1, "host": "b-1.example", "port": 9092},
//!  "members": [{"member_id": "...", "group_instance_id": null,
//!               "client_id": "billing-1", "client_host": "/10.0.0.7",
//!               "assignment": [{"topic": "orders", "partitions": [0, 1]}]}],
//!  "partitions": [{"topic": "orders", "partition": 0, "committed_offset": 40,
//!                  "log_end_offset": 50, "lag": 10, "time_lag_ms": 61000,
//!                  "member_id": "...",
//!                  "client_id": "billing-1", "client_host": "/10.0.0.7"}],
//!  "total_lag": 10}
//! ```
//! `group_type` is `"consumer"` for Kafka 4 consumer groups (KIP-848),
//! described through ConsumerGroupDescribe: their members' `assignment` is
//! what they own now and `assignor` the server-side assignor (`uniform`,
//! `range`). `assignment` is `null` for groups of another protocol than
//! `consumer`;
//! `partitions` holds every partition with a committed offset or an owner,
//! and `member_id`/`client_id`/`client_host` are `null` for unowned ones.
//! `coordinator.host`/`port` are `null` if the broker is not in the metadata.
//!
//! `group lag`:
//! ```json
//! {"threshold": 1000, "max_time_lag_ms": 300000,
//!  "groups": [{"group_id": "billing", "state": "Empty", "partitions": 3,
//!              "total_lag": 1200, "max_lag": 900,
//!              "max_lag_partition": {"topic": "orders", "partition": 2},
//!              "time_lag_ms": 61000,
//!              "over_threshold": true, "over_max_time_lag": false}]}
//! ```
//! `time_lag_ms` (per partition in `describe`, the maximum over the
//! group's partitions in `lag`) is the age of the oldest unconsumed record:
//! now minus the timestamp of the record at the committed offset; `null`
//! when caught up or when that record could not be read (below the log
//! start, say). `max_time_lag_ms` is `null` without `--max-time-lag`.
//! `threshold` is `null` without `--threshold`; `max_lag_partition` is
//! `null` when no partition lags; `state` is `null` from brokers older than
//! ListGroups v4. `partitions` counts the partitions with a committed offset
//! (after `--topic`); those whose log end could not be read add nothing to
//! the lag.
//!
//! `group reset-offsets`:
//! ```json
//! {"group_id": "billing", "executed": false, "backup": null,
//!  "partitions": [{"topic": "orders", "partition": 0, "current_offset": 40,
//!                  "requested_offset": 500, "new_offset": 100,
//!                  "clamped": "latest"}]}
//! ```
//! `backup` is the file the committed offsets were saved to before an
//! `--execute` (`null` on a dry run); `--export` prints the planned offsets
//! as Kafka's `topic,partition,offset` CSV instead.
//! `current_offset` is `null` where nothing was committed; `clamped` is
//! `"earliest"` or `"latest"` when the requested offset was outside the log,
//! else `null`.
//!
//! `group delete` and `group delete-offsets` print one line per group or
//! topic on stdout.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{anyhow, bail};
use serde::Serialize;

use super::{confirm_policy, connect, connect_with_target, regex_arg, target_of, TerminalPrompt};
use crate::cli::{GlobalArgs, GroupCommand, GroupStateArg, ResetOffsetsArgs, TopicSelection};
use crate::error::Outcome;
use crate::kafka::admin::TopicPartition;
use crate::kafka::groups::{
    partition_lag, GroupMember, GroupResults, PartitionLag, GROUP_ID_NOT_FOUND,
};
use crate::ops::group_delete::{self, DeleteGroupsOptions};
use crate::ops::lag::{self as lag_ops, LagOptions};
use crate::ops::offset_file;
use crate::ops::offsets::{
    self, DeleteOffsetsOptions, PartitionSelection, ResetOptions, ResetRow, ResetScope, ResetTo,
};
use crate::render::{emit, emit_sections, write_stdout, Table};

pub async fn run(cmd: &GroupCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    match cmd {
        GroupCommand::List { state } => list(global, *state).await,
        GroupCommand::Describe { group } => describe(global, group).await,
        GroupCommand::Lag {
            groups,
            topic,
            threshold,
            max_time_lag,
        } => lag(global, groups, topic.as_deref(), *threshold, *max_time_lag).await,
        GroupCommand::ResetOffsets(args) => reset_offsets(global, args).await,
        GroupCommand::Delete { groups } => delete(global, groups).await,
        GroupCommand::DeleteOffsets {
            group,
            topic,
            backup,
        } => delete_offsets(global, group, topic, backup.as_deref()).await,
    }
}

/// The one group's result out of a batched call.
fn take<T>(mut results: GroupResults<T>, group: &str) -> anyhow::Result<T> {
    match results.remove(group) {
        Some(r) => Ok(r?),
        None => bail!("consumer group '{group}': no answer from its coordinator"),
    }
}

fn dash(v: Option<i64>) -> String {
    v.map(|n| n.to_string()).unwrap_or_else(|| "-".into())
}

/// A time lag for a table: `1h2m3s`, `250ms`, or `-` when unknown.
fn age(ms: Option<i64>) -> String {
    match ms {
        Some(ms) if ms >= 1000 => {
            humantime::format_duration(Duration::from_secs(ms.max(0) as u64 / 1000)).to_string()
        }
        Some(ms) => format!("{}ms", ms.max(0)),
        None => "-".into(),
    }
}

fn or_dash(s: &str) -> String {
    if s.is_empty() {
        "-".into()
    } else {
        s.to_string()
    }
}

// ---------------------------------------------------------------- list

#[derive(Serialize)]
struct GroupRow {
    group_id: String,
    group_type: Option<String>,
    state: Option<String>,
    protocol_type: String,
    members: Option<usize>,
}

async fn list(global: &GlobalArgs, state: Option<GroupStateArg>) -> anyhow::Result<Outcome> {
    let admin = connect(global).await?;
    let listed = admin.list_groups().await?;
    let ids: Vec<String> = listed.iter().map(|g| g.group_id.clone()).collect();
    let mut described = admin.describe_groups(&ids).await?;
    let mut rows = Vec::with_capacity(listed.len());
    for g in listed {
        let row = match described.remove(&g.group_id) {
            Some(Ok(d)) => GroupRow {
                group_id: d.group_id,
                group_type: Some(d.group_type),
                state: Some(d.state),
                protocol_type: d.protocol_type,
                members: Some(d.members.len()),
            },
            // Deleted between listing and describing.
            Some(Err(e)) if e.code() == Some(GROUP_ID_NOT_FOUND) => continue,
            other => {
                if let Some(Err(e)) = other {
                    eprintln!("warning: {e}");
                }
                GroupRow {
                    group_id: g.group_id,
                    group_type: g.group_type,
                    state: g.state,
                    protocol_type: g.protocol_type,
                    members: None,
                }
            }
        };
        rows.push(row);
    }
    if let Some(wanted) = state {
        rows.retain(|r| {
            r.state
                .as_deref()
                .is_some_and(|s| s.eq_ignore_ascii_case(wanted.kafka_name()))
        });
    }
    emit(global.output, &rows, || {
        let mut t = Table::new(["GROUP", "TYPE", "STATE", "PROTOCOL", "MEMBERS"]);
        for r in &rows {
            t.row([
                r.group_id.clone(),
                r.group_type.clone().unwrap_or_else(|| "-".into()),
                r.state.clone().unwrap_or_else(|| "-".into()),
                or_dash(&r.protocol_type),
                r.members
                    .map(|m| m.to_string())
                    .unwrap_or_else(|| "?".into()),
            ]);
        }
        t
    })?;
    Ok(Outcome::Success)
}

// ---------------------------------------------------------------- describe

#[derive(Serialize)]
struct CoordinatorView {
    id: i32,
    host: Option<String>,
    port: Option<i32>,
}

#[derive(Serialize)]
struct PartitionView {
    #[serde(flatten)]
    lag: PartitionLag,
    member_id: Option<String>,
    client_id: Option<String>,
    client_host: Option<String>,
}

#[derive(Serialize)]
struct GroupView {
    group_id: String,
    group_type: String,
    state: String,
    protocol_type: String,
    assignor: String,
    coordinator: CoordinatorView,
    members: Vec<GroupMember>,
    partitions: Vec<PartitionView>,
    total_lag: i64,
}

fn assignment_cell(m: &GroupMember) -> String {
    match &m.assignment {
        None => "?".into(),
        Some(a) if a.is_empty() => "-".into(),
        Some(a) => a
            .iter()
            .map(|t| {
                let ps: Vec<String> = t.partitions.iter().map(|p| p.to_string()).collect();
                format!("{}:{}", t.topic, ps.join(","))
            })
            .collect::<Vec<_>>()
            .join(" "),
    }
}

async fn describe(global: &GlobalArgs, group: &str) -> anyhow::Result<Outcome> {
    let admin = connect(global).await?;
    let names = [group.to_string()];
    let (described, offsets) =
        futures::join!(admin.describe_groups(&names), admin.group_offsets(&names));
    let d = take(described?, group)?;
    let committed = take(offsets?, group)?;

    let mut owners: BTreeMap<TopicPartition, &GroupMember> = BTreeMap::new();
    for m in &d.members {
        for t in m.assignment.iter().flatten() {
            for p in &t.partitions {
                owners.insert((t.topic.clone(), *p), m);
            }
        }
    }
    let partitions: BTreeSet<TopicPartition> = committed
        .keys()
        .cloned()
        .chain(owners.keys().cloned())
        .collect();
    let partitions: Vec<TopicPartition> = partitions.into_iter().collect();
    let ends = admin.log_end_offsets(&partitions).await?;
    let mut rows: Vec<PartitionView> = partitions
        .iter()
        .map(|tp| {
            let owner = owners.get(tp);
            PartitionView {
                lag: partition_lag(tp, committed.get(tp).copied(), ends.get(tp).copied()),
                member_id: owner.map(|m| m.member_id.clone()),
                client_id: owner.map(|m| m.client_id.clone()),
                client_host: owner.map(|m| m.client_host.clone()),
            }
        })
        .collect();
    admin
        .fill_time_lag(rows.iter_mut().map(|r| &mut r.lag).collect())
        .await;
    let broker = admin
        .client()
        .brokers()
        .into_iter()
        .find(|b| b.id == d.coordinator);
    let view = GroupView {
        total_lag: rows
            .iter()
            .filter_map(|r| r.lag.lag)
            .fold(0, i64::saturating_add),
        group_id: d.group_id.clone(),
        group_type: d.group_type.clone(),
        state: d.state.clone(),
        protocol_type: d.protocol_type.clone(),
        assignor: d.assignor.clone(),
        coordinator: CoordinatorView {
            id: d.coordinator,
            host: broker.as_ref().map(|b| b.host.clone()),
            port: broker.as_ref().map(|b| b.port),
        },
        members: d.members.clone(),
        partitions: rows,
    };
    emit_sections(global.output, &view, || {
        let mut summary = Table::new([
            "GROUP",
            "TYPE",
            "STATE",
            "PROTOCOL",
            "ASSIGNOR",
            "COORDINATOR",
            "MEMBERS",
            "TOTAL LAG",
        ]);
        let coordinator = match (&view.coordinator.host, view.coordinator.port) {
            (Some(h), Some(p)) => format!("{} ({h}:{p})", view.coordinator.id),
            _ => view.coordinator.id.to_string(),
        };
        summary.row([
            view.group_id.clone(),
            view.group_type.clone(),
            view.state.clone(),
            or_dash(&view.protocol_type),
            or_dash(&view.assignor),
            coordinator,
            view.members.len().to_string(),
            view.total_lag.to_string(),
        ]);
        let mut members = Table::new(["MEMBER", "CLIENT", "HOST", "ASSIGNMENT"]);
        for m in &view.members {
            members.row([
                m.member_id.clone(),
                m.client_id.clone(),
                m.client_host.clone(),
                assignment_cell(m),
            ]);
        }
        let mut offsets = Table::new([
            "TOPIC",
            "PARTITION",
            "COMMITTED",
            "LOG END",
            "LAG",
            "TIME LAG",
            "CLIENT",
        ]);
        for r in &view.partitions {
            offsets.row([
                r.lag.topic.clone(),
                r.lag.partition.to_string(),
                dash(r.lag.committed_offset),
                dash(r.lag.log_end_offset),
                dash(r.lag.lag),
                age(r.lag.time_lag_ms),
                r.client_id.clone().unwrap_or_else(|| "-".into()),
            ]);
        }
        vec![
            ("Group".to_string(), summary),
            ("Members".to_string(), members),
            ("Offsets".to_string(), offsets),
        ]
    })?;
    Ok(Outcome::Success)
}

// ---------------------------------------------------------------- lag

async fn lag(
    global: &GlobalArgs,
    groups: &[String],
    topic: Option<&str>,
    threshold: Option<u64>,
    max_time_lag: Option<Duration>,
) -> anyhow::Result<Outcome> {
    let re = regex_arg("--topic", topic)?;
    let admin = connect(global).await?;
    let max_time_lag_ms = max_time_lag.map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
    let opts = LagOptions {
        groups: groups.to_vec(),
        topics: re,
        threshold,
        max_time_lag_ms,
    };
    let (report, failures) = lag_ops::check(&admin, &opts).await?;
    emit(global.output, &report, || {
        let mut t = Table::new([
            "GROUP",
            "STATE",
            "PARTITIONS",
            "TOTAL LAG",
            "MAX LAG",
            "MAX LAG AT",
            "TIME LAG",
        ]);
        for g in &report.groups {
            let mut total = g.total_lag.to_string();
            if g.over_threshold {
                total.push_str(" (over)");
            }
            t.row([
                g.group_id.clone(),
                g.state.clone().unwrap_or_else(|| "-".into()),
                g.partitions.to_string(),
                total,
                g.max_lag.to_string(),
                g.max_lag_partition
                    .as_ref()
                    .map(|p| format!("{}-{}", p.topic, p.partition))
                    .unwrap_or_else(|| "-".into()),
                {
                    let mut a = age(g.time_lag_ms);
                    if g.over_max_time_lag {
                        a.push_str(" (over)");
                    }
                    a
                },
            ]);
        }
        t
    })?;
    if !failures.is_empty() {
        bail!("{}", failures.join("\n"));
    }
    let ids = |pick: fn(&lag_ops::GroupLag) -> bool| -> Vec<&str> {
        report
            .groups
            .iter()
            .filter(|g| pick(g))
            .map(|g| g.group_id.as_str())
            .collect()
    };
    let over = ids(|g| g.over_threshold);
    if let (Some(t), false) = (threshold, over.is_empty()) {
        eprintln!(
            "{} of {} group(s) have a total lag over {t}: {}",
            over.len(),
            report.groups.len(),
            over.join(", ")
        );
    }
    let old = ids(|g| g.over_max_time_lag);
    if let (Some(d), false) = (max_time_lag, old.is_empty()) {
        eprintln!(
            "{} of {} group(s) have records waiting longer than {}: {}",
            old.len(),
            report.groups.len(),
            humantime::format_duration(d),
            old.join(", ")
        );
    }
    if over.is_empty() && old.is_empty() {
        Ok(Outcome::Success)
    } else {
        Ok(Outcome::CheckFailed)
    }
}

// ---------------------------------------------------------------- reset

fn reset_target(args: &ResetOffsetsArgs) -> anyhow::Result<ResetTo> {
    if args.to_earliest {
        return Ok(ResetTo::Earliest);
    }
    if args.to_latest {
        return Ok(ResetTo::Latest);
    }
    if let Some(t) = args.to_datetime {
        return Ok(ResetTo::Time(t));
    }
    if let Some(o) = args.to_offset {
        return Ok(ResetTo::Offset(o));
    }
    if let Some(n) = args.shift_by {
        return Ok(ResetTo::Shift(n));
    }
    if let Some(d) = args.by_duration {
        return Ok(ResetTo::Time(ms_ago(d)));
    }
    if args.from_file.is_some() {
        return Ok(ResetTo::Exact);
    }
    crate::error::usage("choose where to reset to (--to-earliest, --to-latest, ...)")
}

fn ms_ago(d: Duration) -> i64 {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis();
    let ago = now.saturating_sub(d.as_millis());
    i64::try_from(ago).unwrap_or(i64::MAX)
}

fn selections(topics: &[TopicSelection]) -> Vec<PartitionSelection> {
    topics
        .iter()
        .map(|s| PartitionSelection {
            topic: s.topic.clone(),
            partitions: s.partitions.clone(),
        })
        .collect()
}

#[derive(Serialize)]
struct ResetReport<'a> {
    group_id: &'a str,
    executed: bool,
    backup: Option<String>,
    partitions: &'a [ResetRow],
}

async fn reset_offsets(global: &GlobalArgs, args: &ResetOffsetsArgs) -> anyhow::Result<Outcome> {
    let to = reset_target(args)?;
    let group = args.group.as_str();
    let scope = if let Some(path) = &args.from_file {
        let parsed = offset_file::read(path, group)?;
        if parsed.other_groups > 0 {
            eprintln!(
                "note: skipped {} line(s) of other consumer groups in {}",
                parsed.other_groups,
                path.display()
            );
        }
        ResetScope::Exact(parsed.offsets)
    } else if args.all_topics {
        ResetScope::AllTopics
    } else {
        ResetScope::Topics(selections(&args.topic))
    };
    let admin = connect(global).await?;
    let opts = ResetOptions {
        group: group.to_string(),
        to,
        scope,
        execute: args.execute,
        backup: args.backup.clone(),
        target: target_of(global, &admin),
    };
    let plan = offsets::plan_reset(&admin, &opts).await?;
    if !plan.exists {
        eprintln!(
            "consumer group '{group}' does not exist yet; it will be created with these \
             committed offsets"
        );
    }
    let backup = if args.execute {
        Some(offsets::commit_reset(&admin, &opts, &plan, &mut TerminalPrompt).await?)
    } else {
        None
    };
    let executed = args.execute;
    if args.export {
        let planned: Vec<(TopicPartition, i64)> = plan
            .rows
            .iter()
            .map(|r| ((r.topic.clone(), r.partition), r.new_offset))
            .collect();
        write_stdout(offset_file::to_csv(&planned).trim_end_matches('\n'))?;
        eprintln!("dry run: nothing was changed");
        return Ok(Outcome::Success);
    }

    let report = ResetReport {
        group_id: group,
        executed,
        backup: backup.map(|p| p.display().to_string()),
        partitions: &plan.rows,
    };
    emit(global.output, &report, || {
        let mut t = Table::new(["TOPIC", "PARTITION", "CURRENT", "NEW", "NOTE"]);
        for r in report.partitions {
            let note = match r.clamped {
                Some(edge) => format!(
                    "requested {} clamped to the {edge} offset",
                    r.requested_offset
                ),
                None => String::new(),
            };
            t.row([
                r.topic.clone(),
                r.partition.to_string(),
                dash(r.current_offset),
                r.new_offset.to_string(),
                note,
            ]);
        }
        t
    })?;
    if executed {
        eprintln!(
            "committed new offsets for {} partition(s) of consumer group '{group}'",
            report.partitions.len()
        );
    } else {
        if let Some(why) = &plan.busy {
            eprintln!("warning: {why}");
        }
        eprintln!("dry run: nothing was changed; add --execute to commit these offsets");
    }
    Ok(Outcome::Success)
}

// ---------------------------------------------------------------- delete

async fn delete(global: &GlobalArgs, groups: &[String]) -> anyhow::Result<Outcome> {
    let (admin, target) = connect_with_target(global).await?;
    let mut names = groups.to_vec();
    names.sort();
    names.dedup();
    let opts = DeleteGroupsOptions {
        names,
        confirm: confirm_policy(global),
        target,
    };
    let described = group_delete::plan_deletions(&admin, &opts).await?;
    let summary = described
        .iter()
        .map(|d| format!("  {} ({})", d.group_id, d.state))
        .collect::<Vec<_>>()
        .join("\n");
    eprintln!(
        "About to delete {} consumer group(s) and their committed offsets:\n{summary}",
        described.len()
    );
    let result = group_delete::delete_groups(&admin, &opts, &mut TerminalPrompt).await?;
    let lines: Vec<String> = result
        .deleted
        .iter()
        .map(|g| format!("consumer group '{g}' deleted"))
        .collect();
    if !lines.is_empty() {
        write_stdout(&lines.join("\n"))?;
    }
    if !result.failed.is_empty() {
        bail!("{}", result.failed.join("\n"));
    }
    Ok(Outcome::Success)
}

async fn delete_offsets(
    global: &GlobalArgs,
    group: &str,
    topics: &[TopicSelection],
    backup: Option<&Path>,
) -> anyhow::Result<Outcome> {
    let (admin, target) = connect_with_target(global).await?;
    let opts = DeleteOffsetsOptions {
        group: group.to_string(),
        selections: selections(topics),
        confirm: confirm_policy(global),
        backup: backup.map(Path::to_path_buf),
        target,
    };
    let plan = offsets::plan_delete_offsets(&admin, &opts).await?;
    let by_topic = crate::kafka::admin::group_by_topic(&plan.parts, |p| p.to_string());
    let summary = by_topic
        .iter()
        .map(|(t, ps)| format!("  {t} partition(s) {}", ps.join(",")))
        .collect::<Vec<_>>()
        .join("\n");
    eprintln!("About to delete the committed offsets of consumer group '{group}' for:\n{summary}");
    let result = offsets::delete_offsets(&admin, &opts, &plan, &mut TerminalPrompt).await?;
    let lines: Vec<String> = result
        .done
        .iter()
        .map(|(t, ps)| {
            format!(
                "consumer group '{group}': deleted committed offsets of topic '{t}' partition(s) {}",
                ps.join(",")
            )
        })
        .collect();
    if !lines.is_empty() {
        write_stdout(&lines.join("\n"))?;
    }
    if !result.failed.is_empty() {
        return Err(anyhow!(
            "{}",
            result.failed.into_values().collect::<Vec<_>>().join("\n")
        ));
    }
    Ok(Outcome::Success)
}
