//! Carrying out a reassignment against a live cluster: snapshots, the
//! rollback plan, replication throttles, batched submission, progress and
//! verification. The pure parts (which replicas to throttle, the rollback
//! plan, a partition's state) are plain functions, unit-tested; the rest is
//! thin calls on the admin facade.

use std::collections::{BTreeMap, BTreeSet};

use regex::Regex;
use serde::Serialize;

use super::{BrokerSpec, PartitionSpec, Reassignment, ReassignmentEntry, Snapshot};
use crate::kafka::admin::{ConfigOp, TopicPartition};
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
/// puts everything back.
pub fn rollback_for(plan: &Reassignment, current: &Snapshot) -> Reassignment {
    let now: BTreeMap<(&str, i32), &Vec<i32>> = current
        .partitions
        .iter()
        .map(|p| ((p.topic.as_str(), p.partition), &p.replicas))
        .collect();
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

/// Sets the throttles; returns per-resource failures (empty = all set).
pub async fn set_throttles(
    admin: &Admin,
    t: &Throttles,
    rate: i64,
) -> Result<Vec<String>, KafkaError> {
    let mut failures = Vec::new();
    let topic_changes: Vec<(String, Vec<ConfigOp>)> = t
        .topics
        .iter()
        .map(|(topic, (leader, follower))| {
            (
                topic.clone(),
                vec![
                    ConfigOp::Set(LEADER_REPLICAS.into(), leader.join(",")),
                    ConfigOp::Set(FOLLOWER_REPLICAS.into(), follower.join(",")),
                ],
            )
        })
        .collect();
    for (name, r) in admin.alter_topic_configs(&topic_changes, false).await? {
        if let Err(e) = r {
            failures.push(format!("topic '{name}': {e}"));
        }
    }
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
    for (name, r) in admin.alter_broker_configs(&broker_changes).await? {
        if let Err(e) = r {
            failures.push(format!("{name}: {e}"));
        }
    }
    Ok(failures)
}

/// Removes throttles from the given topics and every broker (deleting a
/// config that is not set is harmless, so this is safe to repeat).
pub async fn clear_throttles(
    admin: &Admin,
    topics: &BTreeSet<String>,
) -> Result<Vec<String>, KafkaError> {
    let mut failures = Vec::new();
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
    for (name, r) in admin.alter_topic_configs(&topic_changes, false).await? {
        if let Err(e) = r {
            failures.push(format!("topic '{name}': {e}"));
        }
    }
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
    for (name, r) in admin.alter_broker_configs(&brokers).await? {
        if let Err(e) = r {
            failures.push(format!("{name}: {e}"));
        }
    }
    Ok(failures)
}

/// Where one partition of a plan stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "state", content = "detail")]
pub enum PartitionState {
    Done,
    InProgress,
    Failed(String),
}

/// Done when the live replica list equals the target (order included: the
/// first replica is the preferred leader); in progress while the cluster
/// lists it as reassigning; otherwise failed.
pub fn partition_state(
    target: &ReassignmentEntry,
    live: Option<&Vec<i32>>,
    ongoing: &BTreeSet<TopicPartition>,
) -> PartitionState {
    let tp = (target.topic.clone(), target.partition);
    match live {
        None => PartitionState::Failed("the partition no longer exists".into()),
        Some(r) if *r == target.replicas => PartitionState::Done,
        Some(_) if ongoing.contains(&tp) => PartitionState::InProgress,
        Some(r) => PartitionState::Failed(format!(
            "replicas are {r:?}, expected {:?}, and no reassignment is in progress",
            target.replicas
        )),
    }
}

/// Progress of a plan: per-partition states plus counts.
#[derive(Debug, Clone, Serialize)]
pub struct Progress {
    pub done: usize,
    pub in_progress: usize,
    pub failed: usize,
    pub total: usize,
    pub partitions: Vec<(ReassignmentEntry, PartitionState)>,
}

impl Progress {
    pub fn finished(&self) -> bool {
        self.in_progress == 0
    }
}

pub async fn progress(admin: &Admin, plan: &Reassignment) -> Result<Progress, KafkaError> {
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
        failed: 0,
        total: plan.partitions.len(),
        partitions: Vec::with_capacity(plan.partitions.len()),
    };
    for e in &plan.partitions {
        let state = partition_state(e, live.get(&(e.topic.clone(), e.partition)), &ongoing);
        match &state {
            PartitionState::Done => out.done += 1,
            PartitionState::InProgress => out.in_progress += 1,
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
        let r = rollback_for(&plan(&[("a", 1, &[4, 3])]), &snap());
        assert_eq!(r.partitions.len(), 1);
        assert_eq!(r.partitions[0].replicas, vec![2, 3]);
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
        assert!(matches!(
            partition_state(&e, Some(&vec![1, 2]), &none),
            PartitionState::Failed(_)
        ));
        assert!(matches!(
            partition_state(&e, None, &none),
            PartitionState::Failed(_)
        ));
    }
}
