//! Consumer group offsets: `group reset-offsets` (plan where each partition
//! goes, then commit with `--execute`, Kafka's habit) and `group
//! delete-offsets` (after a yes).

use std::collections::{BTreeMap, BTreeSet};

use anyhow::bail;
use serde::Serialize;

use super::confirm::{confirm_operation, Confirm, Prompt, Target};
use crate::kafka::admin::{OffsetSpec, TopicPartition};
use crate::kafka::groups::{
    GroupDescription, GroupResults, GROUP_ID_NOT_FOUND, GROUP_SUBSCRIBED_TO_TOPIC,
    UNKNOWN_MEMBER_ID,
};
use crate::kafka::{Admin, KafkaError};
use crate::plan::Operation;

/// Where a reset sends each partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResetTo {
    Earliest,
    Latest,
    /// The first offset at or after this time (ms).
    Time(i64),
    Offset(i64),
    Shift(i64),
}

/// A topic, and some of its partitions (none listed: all of them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionSelection {
    pub topic: String,
    pub partitions: Vec<i32>,
}

/// Which partitions a reset covers.
#[derive(Debug, Clone)]
pub enum ResetScope {
    /// Every partition the group has committed offsets for.
    AllTopics,
    Topics(Vec<PartitionSelection>),
}

pub struct ResetOptions {
    pub group: String,
    pub to: ResetTo,
    pub scope: ResetScope,
    /// Commit the offsets (otherwise a dry run); refused while the group
    /// has members.
    pub execute: bool,
    pub target: Target,
}

#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct ResetRow {
    pub topic: String,
    pub partition: i32,
    pub current_offset: Option<i64>,
    pub requested_offset: i64,
    pub new_offset: i64,
    pub clamped: Option<&'static str>,
}

/// A planned reset.
#[derive(Debug)]
pub struct ResetPlan {
    /// False when the group does not exist yet: committing creates it.
    pub exists: bool,
    /// Why Kafka would refuse the commit now (the group has members); the
    /// plan can still be shown.
    pub busy: Option<String>,
    pub rows: Vec<ResetRow>,
}

/// Where one partition goes: the requested offset, kept within
/// [earliest, latest].
pub fn plan_row(
    tp: &TopicPartition,
    current: Option<i64>,
    requested: i64,
    earliest: i64,
    latest: i64,
) -> ResetRow {
    let (new_offset, clamped) = if requested < earliest {
        (earliest, Some("earliest"))
    } else if requested > latest {
        (latest, Some("latest"))
    } else {
        (requested, None)
    };
    ResetRow {
        topic: tp.0.clone(),
        partition: tp.1,
        current_offset: current,
        requested_offset: requested,
        new_offset,
        clamped,
    }
}

/// The partitions `selections` name, checked against the cluster.
async fn selected_partitions(
    admin: &Admin,
    selections: &[PartitionSelection],
) -> anyhow::Result<Vec<TopicPartition>> {
    let mut names: Vec<String> = selections.iter().map(|s| s.topic.clone()).collect();
    names.sort();
    names.dedup();
    let topics = admin.require_topics(&names).await?;
    let mut out = BTreeSet::new();
    for s in selections {
        let Some(t) = topics.iter().find(|t| t.name == s.topic) else {
            bail!("topic '{}' not found", s.topic);
        };
        let existing: Vec<i32> = t.partitions.iter().map(|p| p.partition).collect();
        if s.partitions.is_empty() {
            out.extend(existing.iter().map(|p| (t.name.clone(), *p)));
            continue;
        }
        for p in &s.partitions {
            if !existing.contains(p) {
                bail!(
                    "topic '{}' has no partition {p} (it has {} partitions, 0..{})",
                    t.name,
                    existing.len(),
                    existing.len().saturating_sub(1)
                );
            }
            out.insert((t.name.clone(), *p));
        }
    }
    Ok(out.into_iter().collect())
}

/// Offsets per partition, failing on the first partition that has none.
async fn offsets_at(
    admin: &Admin,
    parts: &[TopicPartition],
    spec: OffsetSpec,
) -> anyhow::Result<BTreeMap<TopicPartition, i64>> {
    let mut out = BTreeMap::new();
    for (tp, r) in admin.list_offsets(parts, spec).await? {
        out.insert(tp, r?);
    }
    for tp in parts {
        if !out.contains_key(tp) {
            bail!("no offset for topic '{}' partition {}", tp.0, tp.1);
        }
    }
    Ok(out)
}

fn not_empty_message(d: &GroupDescription) -> String {
    format!(
        "consumer group '{}' has {} active member(s) (state {}); Kafka only accepts offset \
         resets for a group without members. Stop its consumers and try again.",
        d.group_id,
        d.members.len(),
        d.state
    )
}

/// Reads the group, its committed offsets and the partitions' logs, and
/// plans where each partition goes.
pub async fn plan_reset(admin: &Admin, opts: &ResetOptions) -> anyhow::Result<ResetPlan> {
    let group = opts.group.as_str();
    let names = [group.to_string()];
    let (described, offsets) =
        futures::join!(admin.describe_groups(&names), admin.group_offsets(&names));
    // As with Kafka's tool, a group that does not exist yet may be given
    // offsets: committing them creates it (an empty classic group), which
    // is how consumers are prepared before their first start.
    let d = match described?.remove(group) {
        Some(Ok(d)) => Some(d),
        Some(Err(e)) if e.code() == Some(GROUP_ID_NOT_FOUND) => None,
        Some(Err(e)) => return Err(e.into()),
        None => bail!("consumer group '{group}': no answer from its coordinator"),
    };
    let committed = match offsets?.remove(group) {
        Some(Ok(c)) => c,
        Some(Err(e)) if d.is_none() && e.code() == Some(GROUP_ID_NOT_FOUND) => BTreeMap::new(),
        Some(Err(e)) => return Err(e.into()),
        None => bail!("consumer group '{group}': no answer from its coordinator"),
    };
    let busy = d
        .as_ref()
        .filter(|d| !d.is_empty_group())
        .map(not_empty_message);
    if let (Some(why), true) = (&busy, opts.execute) {
        bail!("{why} Nothing was changed.");
    }

    let parts: Vec<TopicPartition> = match &opts.scope {
        ResetScope::AllTopics => {
            if d.is_none() {
                bail!("consumer group '{group}' does not exist; name the topics with --topic");
            }
            if committed.is_empty() {
                bail!(
                    "consumer group '{group}' has no committed offsets; name the topics with --topic"
                );
            }
            committed.keys().cloned().collect()
        }
        ResetScope::Topics(selections) => selected_partitions(admin, selections).await?,
    };

    if let ResetTo::Shift(_) = opts.to {
        let missing: Vec<String> = parts
            .iter()
            .filter(|tp| !committed.contains_key(*tp))
            .map(|(t, p)| format!("{t}-{p}"))
            .collect();
        if !missing.is_empty() {
            bail!(
                "cannot shift offsets of partitions where group '{group}' has committed none: {} \
                 (reset those with --to-earliest, --to-latest or --to-offset)",
                missing.join(", ")
            );
        }
    }

    let (earliest, latest) = futures::join!(
        offsets_at(admin, &parts, OffsetSpec::Earliest),
        offsets_at(admin, &parts, OffsetSpec::Latest)
    );
    let (earliest, latest) = (earliest?, latest?);
    let by_time = match opts.to {
        ResetTo::Time(ts) => Some(offsets_at(admin, &parts, OffsetSpec::Timestamp(ts)).await?),
        _ => None,
    };

    let mut rows = Vec::with_capacity(parts.len());
    for tp in &parts {
        let (lo, hi) = match (earliest.get(tp), latest.get(tp)) {
            (Some(lo), Some(hi)) => (*lo, *hi),
            _ => bail!("no offsets for topic '{}' partition {}", tp.0, tp.1),
        };
        let current = committed.get(tp).copied();
        let requested = match opts.to {
            ResetTo::Earliest => lo,
            ResetTo::Latest => hi,
            ResetTo::Offset(o) => o,
            ResetTo::Shift(n) => current.unwrap_or(lo).saturating_add(n),
            // -1: no record at or after the time, so nothing to re-read.
            ResetTo::Time(_) => match by_time.as_ref().and_then(|m| m.get(tp)) {
                Some(o) if *o >= 0 => *o,
                _ => hi,
            },
        };
        rows.push(plan_row(tp, current, requested, lo, hi));
    }
    Ok(ResetPlan {
        exists: d.is_some(),
        busy,
        rows,
    })
}

/// Commits a planned reset. `--execute` was the confirmation (as in
/// Kafka's tool); the cluster and what the change risks are still told
/// through `prompt` before it is made.
pub async fn commit_reset(
    admin: &Admin,
    opts: &ResetOptions,
    plan: &ResetPlan,
    prompt: &mut dyn Prompt,
) -> anyhow::Result<()> {
    let group = opts.group.as_str();
    prompt.tell(
        "",
        &format!(
            "Committing {} offsets for consumer group '{group}' on {} (risky: its consumers resume from these positions)",
            plan.rows.len(),
            opts.target
        ),
    )?;
    let offsets: Vec<(TopicPartition, i64)> = plan
        .rows
        .iter()
        .map(|r| ((r.topic.clone(), r.partition), r.new_offset))
        .collect();
    let results = admin.commit_offsets(group, &offsets).await?;
    let failed: Vec<KafkaError> = results.into_values().filter_map(|r| r.err()).collect();
    if let Some(first) = failed.first() {
        if first.code() == Some(UNKNOWN_MEMBER_ID) {
            bail!(
                "consumer group '{group}' gained members while resetting: Kafka refused the \
                 new offsets ({first}). Stop its consumers and try again."
            );
        }
        bail!(
            "{}",
            failed
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    Ok(())
}

/// The one group's result out of a batched call.
fn take<T>(mut results: GroupResults<T>, group: &str) -> anyhow::Result<T> {
    match results.remove(group) {
        Some(r) => Ok(r?),
        None => bail!("consumer group '{group}': no answer from its coordinator"),
    }
}

pub struct DeleteOffsetsOptions {
    pub group: String,
    pub selections: Vec<PartitionSelection>,
    pub confirm: Confirm,
    pub target: Target,
}

/// The partitions whose committed offsets a delete-offsets removes: only
/// those with a committed offset, which is all there is to delete (and
/// works for topics that no longer exist). Every selection must match.
pub async fn plan_delete_offsets(
    admin: &Admin,
    opts: &DeleteOffsetsOptions,
) -> anyhow::Result<Vec<TopicPartition>> {
    let group = opts.group.as_str();
    let names = [group.to_string()];
    let (described, offsets) =
        futures::join!(admin.describe_groups(&names), admin.group_offsets(&names));
    take(described?, group)?;
    let committed = take(offsets?, group)?;

    let mut chosen: BTreeSet<TopicPartition> = BTreeSet::new();
    for s in &opts.selections {
        let matching: Vec<TopicPartition> = committed
            .keys()
            .filter(|(t, p)| *t == s.topic && (s.partitions.is_empty() || s.partitions.contains(p)))
            .cloned()
            .collect();
        if matching.is_empty() {
            let which = if s.partitions.is_empty() {
                String::new()
            } else {
                format!(
                    " partition(s) {}",
                    s.partitions
                        .iter()
                        .map(|p| p.to_string())
                        .collect::<Vec<_>>()
                        .join(",")
                )
            };
            bail!(
                "consumer group '{group}' has no committed offsets for topic '{}'{which}",
                s.topic
            );
        }
        chosen.extend(matching);
    }
    Ok(chosen.into_iter().collect())
}

/// What a delete-offsets did: per topic the partitions done, and per topic
/// (or partition) why not.
#[derive(Debug, Default)]
pub struct DeleteOffsetsResult {
    pub done: BTreeMap<String, Vec<String>>,
    pub failed: BTreeMap<String, String>,
}

/// Asks (naming the target), then deletes the planned committed offsets.
pub async fn delete_offsets(
    admin: &Admin,
    opts: &DeleteOffsetsOptions,
    parts: &[TopicPartition],
    prompt: &mut dyn Prompt,
) -> anyhow::Result<DeleteOffsetsResult> {
    let group = opts.group.as_str();
    confirm_operation(
        opts.confirm,
        Operation::DeleteOffsets,
        &format!("Delete these committed offsets on {}?", opts.target),
        prompt,
    )?;
    let results = admin.delete_group_offsets(group, parts).await?;
    let mut out = DeleteOffsetsResult::default();
    for ((t, p), r) in results {
        match r {
            Ok(()) => out.done.entry(t).or_default().push(p.to_string()),
            Err(e) if e.code() == Some(GROUP_SUBSCRIBED_TO_TOPIC) => {
                out.failed.entry(t.clone()).or_insert_with(|| {
                    format!(
                        "consumer group '{group}' is subscribed to topic '{t}'; Kafka only deletes \
                         offsets of topics the group no longer consumes (GROUP_SUBSCRIBED_TO_TOPIC)"
                    )
                });
            }
            Err(e) => {
                out.failed
                    .entry(format!("{t}-{p}"))
                    .or_insert(e.to_string());
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tp(t: &str, p: i32) -> TopicPartition {
        (t.to_string(), p)
    }

    #[test]
    fn requested_offsets_are_kept_within_the_log() {
        let r = plan_row(&tp("t", 0), Some(40), 500, 10, 100);
        assert_eq!((r.new_offset, r.clamped), (100, Some("latest")));
        let r = plan_row(&tp("t", 0), Some(40), 3, 10, 100);
        assert_eq!((r.new_offset, r.clamped), (10, Some("earliest")));
        let r = plan_row(&tp("t", 0), None, 50, 10, 100);
        assert_eq!(
            (r.new_offset, r.clamped, r.current_offset),
            (50, None, None)
        );
        assert_eq!(r.requested_offset, 50);
    }
}
