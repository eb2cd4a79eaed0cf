//! The reassignment executor's calls on a live cluster: the snapshot the
//! planner works from, replication throttles (set, restore, clear when
//! idle), cancelling, and where a plan's partitions stand.

use std::collections::{BTreeMap, BTreeSet};

use regex::Regex;

use crate::kafka::admin::{ConfigOp, ConfigSource, TopicPartition};
use crate::kafka::reassignment::OngoingReassignment;
use crate::kafka::{Admin, KafkaError};
use crate::reassign::execute::{
    merge_throttle_list, partition_state, CancelResult, CancelScope, PartitionState, Progress,
    ThrottleCleanup, ThrottleUndo, Throttles, FOLLOWER_RATE, FOLLOWER_REPLICAS, LEADER_RATE,
    LEADER_REPLICAS,
};
use crate::reassign::{BrokerSpec, PartitionSpec, Reassignment, Snapshot};

/// The cluster as the planner sees it: brokers with racks, partitions with
/// replicas, and sizes from DescribeLogDirs when `with_sizes`.
pub async fn live_snapshot(
    admin: &Admin,
    topics: Option<&Regex>,
    with_sizes: bool,
) -> Result<Snapshot, KafkaError> {
    let cluster = admin.describe_cluster().await?;
    let live: Vec<_> = admin
        .list_topics()
        .await?
        .into_iter()
        .filter(|t| !t.internal || topics.is_some())
        .filter(|t| topics.is_none_or(|r| r.is_match(&t.name)))
        .collect();
    let sizes = if with_sizes && !live.is_empty() {
        let names: Vec<String> = live.iter().map(|t| t.name.clone()).collect();
        match admin.partition_sizes(Some(&names)).await {
            Ok(s) => s,
            // Sizes are an optimisation (prefer moving small partitions);
            // a broker without DescribeLogDirs still gets a valid plan.
            Err(KafkaError::Unsupported { .. }) => BTreeMap::new(),
            Err(e) => return Err(e),
        }
    } else {
        BTreeMap::new()
    };
    let partitions = live
        .iter()
        .flat_map(|t| {
            let sizes = &sizes;
            t.partitions.iter().map(move |p| PartitionSpec {
                topic: t.name.clone(),
                partition: p.partition,
                replicas: p.replicas.clone(),
                size_bytes: sizes.get(&(t.name.clone(), p.partition)).copied(),
            })
        })
        .collect();
    Ok(Snapshot {
        brokers: cluster
            .brokers
            .iter()
            .map(|b| BrokerSpec {
                id: b.id,
                rack: b.rack.clone(),
                capacity_bytes: None,
            })
            .collect(),
        partitions,
    })
}

/// Applies throttle config changes to topics and brokers; returns the
/// per-resource failures (empty = all applied).
async fn alter_throttle_configs(
    admin: &Admin,
    topics: &[(String, Vec<ConfigOp>)],
    brokers: &[(Option<i32>, Vec<ConfigOp>)],
) -> Result<Vec<String>, KafkaError> {
    let mut failures = Vec::new();
    for (name, r) in admin.alter_topic_configs(topics, false).await? {
        if let Err(e) = r {
            failures.push(format!("topic '{name}': {e}"));
        }
    }
    for (name, r) in admin.alter_broker_configs(brokers).await? {
        if let Err(e) = r {
            failures.push(format!("{name}: {e}"));
        }
    }
    Ok(failures)
}

fn override_value(
    entries: &[crate::kafka::admin::ConfigEntry],
    key: &str,
    source: ConfigSource,
) -> Option<String> {
    entries
        .iter()
        .find(|e| e.name == key && e.source == source)
        .and_then(|e| e.value.clone())
        .filter(|v| !v.trim().is_empty())
}

/// The throttle overrides now set on these topics and brokers.
pub async fn current_throttles(
    admin: &Admin,
    topics: &BTreeSet<String>,
    brokers: &BTreeSet<i32>,
) -> Result<ThrottleUndo, KafkaError> {
    let mut out = ThrottleUndo::default();
    let names: Vec<String> = topics.iter().cloned().collect();
    for (name, entries) in admin.describe_topic_configs(&names).await? {
        let entries = entries?;
        let get = |k| override_value(&entries, k, ConfigSource::DynamicTopicConfig);
        out.topics
            .insert(name, (get(LEADER_REPLICAS), get(FOLLOWER_REPLICAS)));
    }
    for b in brokers {
        let entries = admin.broker_configs(*b).await?;
        let get = |k| override_value(&entries, k, ConfigSource::DynamicBrokerConfig);
        out.brokers
            .insert(*b, (get(LEADER_RATE), get(FOLLOWER_RATE)));
    }
    Ok(out)
}

/// Sets the throttles, adding to throttled-replica lists already on the
/// topics rather than replacing them (another reassignment may be using
/// them). Returns per-resource failures (empty = all set) and what was
/// there before, for `restore_throttles`.
pub async fn set_throttles(
    admin: &Admin,
    t: &Throttles,
    rate: i64,
) -> Result<(Vec<String>, ThrottleUndo), KafkaError> {
    let topics: BTreeSet<String> = t.topics.keys().cloned().collect();
    let before = current_throttles(admin, &topics, &t.brokers).await?;
    let topic_changes: Vec<(String, Vec<ConfigOp>)> = t
        .topics
        .iter()
        .map(|(topic, (leader, follower))| {
            let (old_leader, old_follower) = before.topics.get(topic).cloned().unwrap_or_default();
            (
                topic.clone(),
                vec![
                    ConfigOp::Set(
                        LEADER_REPLICAS.into(),
                        merge_throttle_list(old_leader.as_deref(), leader),
                    ),
                    ConfigOp::Set(
                        FOLLOWER_REPLICAS.into(),
                        merge_throttle_list(old_follower.as_deref(), follower),
                    ),
                ],
            )
        })
        .collect();
    let broker_changes: Vec<(Option<i32>, Vec<ConfigOp>)> = t
        .brokers
        .iter()
        .map(|b| {
            (
                Some(*b),
                vec![
                    ConfigOp::Set(LEADER_RATE.into(), rate.to_string()),
                    ConfigOp::Set(FOLLOWER_RATE.into(), rate.to_string()),
                ],
            )
        })
        .collect();
    let failures = alter_throttle_configs(admin, &topic_changes, &broker_changes).await?;
    Ok((failures, before))
}

/// Puts throttle settings back as `undo` recorded them (deleting what was
/// not set), after a submission that moved nothing.
pub async fn restore_throttles(
    admin: &Admin,
    undo: &ThrottleUndo,
) -> Result<Vec<String>, KafkaError> {
    let op = |key: &str, old: &Option<String>| match old {
        Some(v) => ConfigOp::Set(key.into(), v.clone()),
        None => ConfigOp::Delete(key.into()),
    };
    let topic_changes: Vec<(String, Vec<ConfigOp>)> = undo
        .topics
        .iter()
        .map(|(t, (l, f))| {
            (
                t.clone(),
                vec![op(LEADER_REPLICAS, l), op(FOLLOWER_REPLICAS, f)],
            )
        })
        .collect();
    let broker_changes: Vec<(Option<i32>, Vec<ConfigOp>)> = undo
        .brokers
        .iter()
        .map(|(b, (l, f))| (Some(*b), vec![op(LEADER_RATE, l), op(FOLLOWER_RATE, f)]))
        .collect();
    alter_throttle_configs(admin, &topic_changes, &broker_changes).await
}

/// Kafka's rule for removing throttles: only when no reassignment is in
/// progress anywhere in the cluster (the broker rates apply to every
/// throttled move), unless told to preserve them. Returns the outcome and
/// per-resource failures.
pub async fn clear_throttles_when_idle(
    admin: &Admin,
    topics: &BTreeSet<String>,
    preserve: bool,
) -> Result<(ThrottleCleanup, Vec<String>), KafkaError> {
    if preserve {
        return Ok((ThrottleCleanup::Preserved, Vec::new()));
    }
    let ongoing = admin.list_reassignments(None).await?;
    if !ongoing.is_empty() {
        return Ok((ThrottleCleanup::KeptWhileMoving(ongoing.len()), Vec::new()));
    }
    let failures = clear_throttles(admin, topics).await?;
    Ok((ThrottleCleanup::Removed, failures))
}

/// Removes throttles from the given topics and every broker (deleting a
/// config that is not set is harmless, so this is safe to repeat).
pub async fn clear_throttles(
    admin: &Admin,
    topics: &BTreeSet<String>,
) -> Result<Vec<String>, KafkaError> {
    let topic_changes: Vec<(String, Vec<ConfigOp>)> = topics
        .iter()
        .map(|t| {
            (
                t.clone(),
                vec![
                    ConfigOp::Delete(LEADER_REPLICAS.into()),
                    ConfigOp::Delete(FOLLOWER_REPLICAS.into()),
                ],
            )
        })
        .collect();
    let brokers: Vec<(Option<i32>, Vec<ConfigOp>)> = admin
        .client()
        .brokers()
        .iter()
        .map(|b| {
            (
                Some(b.id),
                vec![
                    ConfigOp::Delete(LEADER_RATE.into()),
                    ConfigOp::Delete(FOLLOWER_RATE.into()),
                ],
            )
        })
        .collect();
    alter_throttle_configs(admin, &topic_changes, &brokers).await
}

/// The reassignments in progress that a cancel of `scope` would stop.
pub async fn cancellable(
    admin: &Admin,
    scope: CancelScope<'_>,
) -> Result<Vec<OngoingReassignment>, KafkaError> {
    match scope {
        CancelScope::All => admin.list_reassignments(None).await,
        CancelScope::Plan(plan) => {
            let parts: BTreeSet<TopicPartition> = plan
                .partitions
                .iter()
                .map(|e| (e.topic.clone(), e.partition))
                .collect();
            let list: Vec<TopicPartition> = parts.iter().cloned().collect();
            let mut ongoing = admin.list_reassignments(Some(&list)).await?;
            // Only the plan's partitions, whatever the broker returns.
            ongoing.retain(|o| parts.contains(&(o.topic.clone(), o.partition)));
            Ok(ongoing)
        }
    }
}

/// Cancels these reassignments (the replicas return to their original
/// assignment), then removes the throttles of `throttle_topics` and the
/// broker rates if nothing else is moving (see `clear_throttles_when_idle`).
pub async fn cancel(
    admin: &Admin,
    targets: &[OngoingReassignment],
    throttle_topics: &BTreeSet<String>,
    preserve_throttles: bool,
) -> Result<CancelResult, KafkaError> {
    let mut cancelled = Vec::new();
    let mut failed = Vec::new();
    if !targets.is_empty() {
        let req: Vec<crate::kafka::reassignment::ReassignmentTarget> = targets
            .iter()
            .map(|o| ((o.topic.clone(), o.partition), None))
            .collect();
        for (tp, r) in admin.alter_reassignments(&req, false).await? {
            match r {
                Ok(()) => cancelled.push(tp),
                Err(e) => failed.push((tp, e.to_string())),
            }
        }
    }
    let (throttles, throttle_failures) =
        clear_throttles_when_idle(admin, throttle_topics, preserve_throttles).await?;
    Ok(CancelResult {
        cancelled,
        failed,
        throttles,
        throttle_failures,
    })
}

/// How long a partition that looks not applied is re-read before it is
/// reported so. ListPartitionReassignments is answered by the controller,
/// Metadata by a broker that applies the controller's changes a moment
/// later (KRaft's metadata log), so right after a reassignment completes a
/// broker can still show the replicas from before: seen on real 3.6 brokers.
const METADATA_SETTLE: std::time::Duration = std::time::Duration::from_secs(2);

/// Where every partition of the plan stands; see [`partition_state`].
pub async fn progress(admin: &Admin, plan: &Reassignment) -> Result<Progress, KafkaError> {
    let deadline = std::time::Instant::now() + METADATA_SETTLE;
    loop {
        let p = progress_once(admin, plan).await?;
        if p.not_applied == 0 || std::time::Instant::now() >= deadline {
            return Ok(p);
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

async fn progress_once(admin: &Admin, plan: &Reassignment) -> Result<Progress, KafkaError> {
    let topics: Vec<String> = plan
        .partitions
        .iter()
        .map(|e| e.topic.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let parts: Vec<TopicPartition> = plan
        .partitions
        .iter()
        .map(|e| (e.topic.clone(), e.partition))
        .collect();
    let (meta, ongoing) = futures::join!(
        admin.describe_topics(&topics),
        admin.list_reassignments(Some(&parts))
    );
    let (meta, _missing) = meta?;
    let ongoing: Vec<OngoingReassignment> = ongoing?;
    let ongoing: BTreeSet<TopicPartition> = ongoing
        .into_iter()
        .map(|o| (o.topic, o.partition))
        .collect();
    let live: BTreeMap<TopicPartition, Vec<i32>> = meta
        .iter()
        .flat_map(|t| {
            t.partitions
                .iter()
                .map(move |p| ((t.name.clone(), p.partition), p.replicas.clone()))
        })
        .collect();
    let mut out = Progress {
        done: 0,
        in_progress: 0,
        not_applied: 0,
        failed: 0,
        total: plan.partitions.len(),
        partitions: Vec::with_capacity(plan.partitions.len()),
    };
    for e in &plan.partitions {
        let state = partition_state(e, live.get(&(e.topic.clone(), e.partition)), &ongoing);
        match &state {
            PartitionState::Done => out.done += 1,
            PartitionState::InProgress => out.in_progress += 1,
            PartitionState::NotApplied(_) => out.not_applied += 1,
            PartitionState::Failed(_) => out.failed += 1,
        }
        out.partitions.push((e.clone(), state));
    }
    Ok(out)
}
