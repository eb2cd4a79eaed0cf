//! Carrying out a reassignment against a live cluster: snapshots, the
//! rollback plan, replication throttles, batched submission, progress and
//! verification. The pure parts (which replicas to throttle, the rollback
//! plan, a partition's state) are plain functions, unit-tested; the rest is
//! thin calls on the admin facade.

use std::collections::{BTreeMap, BTreeSet};

use regex::Regex;
use serde::Serialize;

use super::{BrokerSpec, PartitionSpec, Reassignment, ReassignmentEntry, Snapshot};
use crate::kafka::admin::{ConfigOp, ConfigSource, TopicPartition};
use crate::kafka::reassignment::OngoingReassignment;
use crate::kafka::{Admin, KafkaError};

pub const LEADER_RATE: &str = "leader.replication.throttled.rate";
pub const FOLLOWER_RATE: &str = "follower.replication.throttled.rate";
pub const LEADER_REPLICAS: &str = "leader.replication.throttled.replicas";
pub const FOLLOWER_REPLICAS: &str = "follower.replication.throttled.replicas";

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
            })
            .collect(),
        partitions,
    })
}

/// The current assignment of every partition the plan touches: applying it
/// puts everything back. A partition already being reassigned (execute
/// `--additional`) reports target ++ removing replicas; its original
/// assignment is that list without the replicas being added.
pub fn rollback_for(
    plan: &Reassignment,
    current: &Snapshot,
    ongoing: &[OngoingReassignment],
) -> Reassignment {
    let adding: BTreeMap<(&str, i32), &Vec<i32>> = ongoing
        .iter()
        .map(|o| ((o.topic.as_str(), o.partition), &o.adding))
        .collect();
    let original: BTreeMap<(&str, i32), Vec<i32>> = current
        .partitions
        .iter()
        .map(|p| {
            let key = (p.topic.as_str(), p.partition);
            let replicas = match adding.get(&key) {
                Some(a) => p
                    .replicas
                    .iter()
                    .filter(|b| !a.contains(b))
                    .copied()
                    .collect(),
                None => p.replicas.clone(),
            };
            (key, replicas)
        })
        .collect();
    let now: BTreeMap<(&str, i32), &Vec<i32>> = original.iter().map(|(k, v)| (*k, v)).collect();
    Reassignment {
        version: 1,
        partitions: plan
            .partitions
            .iter()
            .filter_map(|e| {
                now.get(&(e.topic.as_str(), e.partition))
                    .map(|r| ReassignmentEntry {
                        topic: e.topic.clone(),
                        partition: e.partition,
                        replicas: (*r).clone(),
                    })
            })
            .collect(),
    }
}

/// What to throttle, as Kafka's tools do: on each topic, the current
/// replicas of moving partitions as leader-side throttled replicas and the
/// new replicas as follower-side ones; the rate on every broker involved.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Throttles {
    /// topic -> (leader list, follower list), each "partition:broker".
    pub topics: BTreeMap<String, (Vec<String>, Vec<String>)>,
    pub brokers: BTreeSet<i32>,
}

pub fn throttles_for(plan: &Reassignment, current: &Snapshot) -> Throttles {
    let now: BTreeMap<(&str, i32), &Vec<i32>> = current
        .partitions
        .iter()
        .map(|p| ((p.topic.as_str(), p.partition), &p.replicas))
        .collect();
    let mut t = Throttles::default();
    for e in &plan.partitions {
        let Some(old) = now.get(&(e.topic.as_str(), e.partition)) else {
            continue;
        };
        let adding: Vec<i32> = e
            .replicas
            .iter()
            .filter(|b| !old.contains(b))
            .copied()
            .collect();
        if adding.is_empty() {
            // A pure reorder moves no data: nothing to throttle.
            continue;
        }
        let entry = t.topics.entry(e.topic.clone()).or_default();
        for b in old.iter() {
            entry.0.push(format!("{}:{b}", e.partition));
            t.brokers.insert(*b);
        }
        for b in &adding {
            entry.1.push(format!("{}:{b}", e.partition));
            t.brokers.insert(*b);
        }
    }
    t
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

/// Throttle settings as they were before `set_throttles` changed them:
/// per topic the (leader, follower) throttled-replica overrides, per broker
/// the (leader, follower) rate overrides; `None` = not set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ThrottleUndo {
    pub topics: BTreeMap<String, (Option<String>, Option<String>)>,
    pub brokers: BTreeMap<i32, (Option<String>, Option<String>)>,
}

/// Adds entries to a throttled-replica list, keeping the ones there: they
/// belong to reassignments still running, which must stay throttled. `*`
/// already throttles every replica.
pub fn merge_throttle_list(existing: Option<&str>, new: &[String]) -> String {
    let existing = existing.unwrap_or("").trim();
    if existing == "*" {
        return existing.to_string();
    }
    let mut out: Vec<String> = existing
        .split(',')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(str::to_string)
        .collect();
    for n in new {
        if !out.contains(n) {
            out.push(n.clone());
        }
    }
    out.join(",")
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

/// What happened to the replication throttles after a verify, cancel or
/// completed execute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "throttles", content = "detail")]
pub enum ThrottleCleanup {
    /// Broker rates and the plan's topic lists were removed.
    Removed,
    /// `--preserve-throttles`: left as they are.
    Preserved,
    /// Left in place because this many reassignments are still in progress
    /// somewhere in the cluster, and throttles are shared between them.
    KeptWhileMoving(usize),
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

/// Where one partition of a plan stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "state", content = "detail")]
pub enum PartitionState {
    Done,
    InProgress,
    /// No reassignment is in progress and the replicas are not the target:
    /// cancelled, reverted, or never submitted.
    NotApplied(String),
    Failed(String),
}

/// In progress while the cluster lists the partition as reassigning, even
/// when its replica list already equals the target: a move that only adds
/// replicas reports target ++ removing = target while the new replicas are
/// still copying. Done when it is no longer listed and the live replica list
/// equals the target (order included: the first replica is the preferred
/// leader). Otherwise the plan was not applied to it.
pub fn partition_state(
    target: &ReassignmentEntry,
    live: Option<&Vec<i32>>,
    ongoing: &BTreeSet<TopicPartition>,
) -> PartitionState {
    let tp = (target.topic.clone(), target.partition);
    match live {
        None => PartitionState::Failed("the partition no longer exists".into()),
        Some(_) if ongoing.contains(&tp) => PartitionState::InProgress,
        Some(r) if *r == target.replicas => PartitionState::Done,
        Some(r) => PartitionState::NotApplied(format!(
            "replicas are {r:?}, expected {:?}, and no reassignment is in progress (cancelled, reverted or never submitted)",
            target.replicas
        )),
    }
}

/// What a cancel stops: the plan's partitions (Kafka's tool), or every
/// reassignment in the cluster.
#[derive(Debug, Clone, Copy)]
pub enum CancelScope<'a> {
    Plan(&'a Reassignment),
    All,
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

#[derive(Debug, Clone, Serialize)]
pub struct CancelResult {
    pub cancelled: Vec<TopicPartition>,
    pub failed: Vec<(TopicPartition, String)>,
    pub throttles: ThrottleCleanup,
    pub throttle_failures: Vec<String>,
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

/// Progress of a plan: per-partition states plus counts.
#[derive(Debug, Clone, Serialize)]
pub struct Progress {
    pub done: usize,
    pub in_progress: usize,
    pub not_applied: usize,
    pub failed: usize,
    pub total: usize,
    pub partitions: Vec<(ReassignmentEntry, PartitionState)>,
}

impl Progress {
    pub fn finished(&self) -> bool {
        self.in_progress == 0
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn snap() -> Snapshot {
        Snapshot {
            brokers: (1..=4).map(|id| BrokerSpec { id, rack: None }).collect(),
            partitions: vec![
                PartitionSpec {
                    topic: "a".into(),
                    partition: 0,
                    replicas: vec![1, 2],
                    size_bytes: Some(10),
                },
                PartitionSpec {
                    topic: "a".into(),
                    partition: 1,
                    replicas: vec![2, 3],
                    size_bytes: None,
                },
            ],
        }
    }

    fn plan(entries: &[(&str, i32, &[i32])]) -> Reassignment {
        Reassignment {
            version: 1,
            partitions: entries
                .iter()
                .map(|(t, p, r)| ReassignmentEntry {
                    topic: t.to_string(),
                    partition: *p,
                    replicas: r.to_vec(),
                })
                .collect(),
        }
    }

    #[test]
    fn rollback_is_the_current_assignment_of_touched_partitions() {
        let r = rollback_for(&plan(&[("a", 1, &[4, 3])]), &snap(), &[]);
        assert_eq!(r.partitions.len(), 1);
        assert_eq!(r.partitions[0].replicas, vec![2, 3]);
    }

    #[test]
    fn rollback_of_a_partition_mid_reassignment_is_its_original_assignment() {
        // a-1 is moving 3 -> 4: Metadata lists [2, 4, 3] (target ++ removing).
        let mut current = snap();
        current.partitions[1].replicas = vec![2, 4, 3];
        let ongoing = vec![OngoingReassignment {
            topic: "a".into(),
            partition: 1,
            replicas: vec![2, 4, 3],
            adding: vec![4],
            removing: vec![3],
        }];
        let r = rollback_for(&plan(&[("a", 1, &[1, 3])]), &current, &ongoing);
        assert_eq!(r.partitions[0].replicas, vec![2, 3]);
    }

    #[test]
    fn merged_throttle_lists_keep_other_moves() {
        let new = vec!["1:4".to_string(), "0:2".to_string()];
        assert_eq!(merge_throttle_list(Some("0:2,0:3"), &new), "0:2,0:3,1:4");
        assert_eq!(merge_throttle_list(None, &new), "1:4,0:2");
        assert_eq!(merge_throttle_list(Some("*"), &new), "*");
    }

    #[test]
    fn throttles_cover_exactly_the_moving_replicas() {
        let t = throttles_for(&plan(&[("a", 0, &[2, 1]), ("a", 1, &[4, 3])]), &snap());
        // Partition 0 is only reordered: no data moves, nothing throttled.
        assert_eq!(t.topics["a"].0, vec!["1:2".to_string(), "1:3".to_string()]);
        assert_eq!(t.topics["a"].1, vec!["1:4".to_string()]);
        assert_eq!(t.brokers, [2, 3, 4].into_iter().collect());
    }

    #[test]
    fn states() {
        let e = ReassignmentEntry {
            topic: "a".into(),
            partition: 0,
            replicas: vec![3, 1],
        };
        let none = BTreeSet::new();
        let ongoing: BTreeSet<TopicPartition> = [("a".to_string(), 0)].into_iter().collect();
        assert_eq!(
            partition_state(&e, Some(&vec![3, 1]), &none),
            PartitionState::Done
        );
        assert_eq!(
            partition_state(&e, Some(&vec![3, 1, 2]), &ongoing),
            PartitionState::InProgress
        );
        // Replicas equal the target while an added replica still copies.
        assert_eq!(
            partition_state(&e, Some(&vec![3, 1]), &ongoing),
            PartitionState::InProgress
        );
        assert!(matches!(
            partition_state(&e, Some(&vec![1, 2]), &none),
            PartitionState::NotApplied(_)
        ));
        assert!(matches!(
            partition_state(&e, None, &none),
            PartitionState::Failed(_)
        ));
    }
}
