//! The pure pieces of carrying out a reassignment: which replicas to
//! throttle and how throttled-replica lists merge, the rollback plan, a
//! partition's state, and the data types the executor reports with. The
//! calls on a live cluster are in `ops::reassign::cluster` (in the ops layer).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{Reassignment, ReassignmentEntry, Snapshot};
use crate::kafka::admin::TopicPartition;
use crate::kafka::reassignment::OngoingReassignment;

pub const LEADER_RATE: &str = "leader.replication.throttled.rate";
pub const FOLLOWER_RATE: &str = "follower.replication.throttled.rate";
pub const LEADER_REPLICAS: &str = "leader.replication.throttled.replicas";
pub const FOLLOWER_REPLICAS: &str = "follower.replication.throttled.replicas";

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

/// Splits a plan into the batches the executor submits one after the
/// other, in plan order: at most `batch` partitions per batch, and at most
/// `per_broker` replicas arriving on any one broker per batch, so a
/// broker's disk and network are not swamped by many copies at once. A
/// partition that does not fit waits for a later batch; one that alone
/// brings more than `per_broker` replicas to a broker goes in a batch of
/// its own. Reorders and pure replica drops copy nothing and always fit.
pub fn batches(
    plan: &[ReassignmentEntry],
    current: &Snapshot,
    batch: Option<usize>,
    per_broker: Option<usize>,
) -> Vec<Vec<ReassignmentEntry>> {
    let now: BTreeMap<(&str, i32), &Vec<i32>> = current
        .partitions
        .iter()
        .map(|p| ((p.topic.as_str(), p.partition), &p.replicas))
        .collect();
    let incoming = |e: &ReassignmentEntry| -> Vec<i32> {
        let before = now.get(&(e.topic.as_str(), e.partition));
        e.replicas
            .iter()
            .filter(|b| before.is_none_or(|r| !r.contains(b)))
            .copied()
            .collect()
    };
    let size = batch.unwrap_or(usize::MAX).max(1);
    let per_broker = per_broker.unwrap_or(usize::MAX).max(1);
    let mut left: Vec<(&ReassignmentEntry, Vec<i32>)> =
        plan.iter().map(|e| (e, incoming(e))).collect();
    let mut out = Vec::new();
    while !left.is_empty() {
        let mut load: BTreeMap<i32, usize> = BTreeMap::new();
        let mut this = Vec::new();
        let mut later = Vec::new();
        for (e, inc) in left {
            let fits = this.len() < size
                && (this.is_empty()
                    || inc
                        .iter()
                        .all(|b| load.get(b).copied().unwrap_or(0) < per_broker));
            if fits {
                for b in &inc {
                    *load.entry(*b).or_insert(0) += 1;
                }
                this.push(e.clone());
            } else {
                later.push((e, inc));
            }
        }
        out.push(this);
        left = later;
    }
    out
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

#[derive(Debug, Clone, Serialize)]
pub struct CancelResult {
    pub cancelled: Vec<TopicPartition>,
    pub failed: Vec<(TopicPartition, String)>,
    pub throttles: ThrottleCleanup,
    pub throttle_failures: Vec<String>,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reassign::{BrokerSpec, PartitionSpec};

    fn snap() -> Snapshot {
        Snapshot {
            brokers: (1..=4)
                .map(|id| BrokerSpec {
                    id,
                    rack: None,
                    capacity_bytes: None,
                })
                .collect(),
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
    fn batches_bound_the_replicas_arriving_per_broker() {
        let mut current = snap();
        for p in 2..6 {
            current.partitions.push(PartitionSpec {
                topic: "a".into(),
                partition: p,
                replicas: vec![1, 2],
                size_bytes: Some(5),
            });
        }
        // Five partitions copy a replica to broker 4; a-1 only reorders.
        let p = plan(&[
            ("a", 0, &[4, 2]),
            ("a", 1, &[3, 2]),
            ("a", 2, &[1, 4]),
            ("a", 3, &[4, 1]),
            ("a", 4, &[1, 4]),
            ("a", 5, &[3, 4]),
        ]);
        let per = |b: &[ReassignmentEntry]| {
            b.iter()
                .map(|e| (e.topic.clone(), e.partition))
                .collect::<Vec<_>>()
        };
        let bs = batches(&p.partitions, &current, None, Some(2));
        let shape: Vec<usize> = bs.iter().map(Vec::len).collect();
        assert_eq!(shape, vec![3, 2, 1], "{bs:?}");
        assert_eq!(
            per(&bs[0]),
            vec![("a".into(), 0), ("a".into(), 1), ("a".into(), 2)]
        );
        for b in &bs {
            let on_4 = b.iter().filter(|e| e.replicas.contains(&4)).count();
            assert!(on_4 <= 2, "{b:?}");
        }
        // Without a bound everything goes at once; --batch still applies.
        assert_eq!(batches(&p.partitions, &current, None, None).len(), 1);
        assert_eq!(batches(&p.partitions, &current, Some(4), None).len(), 2);
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
