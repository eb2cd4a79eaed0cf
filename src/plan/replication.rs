//! Turns replication-factor changes into concrete reassignments with the
//! reassignment planner, so `plan` shows (and a saved plan pins) exactly
//! which replicas will be added or removed.

use regex::Regex;

use super::diff::{Action, Plan, Refusal};
use crate::reassign::{self, Goal, Snapshot};

/// Fills in the reassignment of every replication-factor change from the
/// cluster snapshot; a change the planner cannot make (more replicas than
/// brokers) becomes a refusal with the planner's reason.
pub fn resolve(plan: &mut Plan, snapshot: &Snapshot) {
    let mut refused = Vec::new();
    plan.actions.retain_mut(|a| {
        let Action::ChangeReplicationFactor {
            topic,
            from,
            to,
            reassignment,
        } = &mut a.action
        else {
            return true;
        };
        let goal = Goal {
            drain_brokers: Default::default(),
            brokers: None,
            topics: Regex::new(&format!("^{}$", regex::escape(topic))).ok(),
            replication_factor: usize::try_from(*to).ok(),
            max_moves: None,
            ..Goal::default()
        };
        match reassign::plan(snapshot, &goal) {
            Ok(result) => {
                *reassignment = result
                    .reassignment
                    .partitions
                    .into_iter()
                    .filter(|e| e.topic == *topic)
                    .collect();
                !reassignment.is_empty()
            }
            Err(e) => {
                refused.push(Refusal {
                    topic: topic.clone(),
                    reason: format!("replication factor {from} -> {to}: {e}"),
                    unsupported: false,
                });
                false
            }
        }
    });
    plan.refused.extend(refused);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{plan as diff, DesiredTopic, ObservedTopic, PlanOptions};
    use crate::reassign::{BrokerSpec, PartitionSpec};
    use std::collections::BTreeMap;

    fn snapshot(brokers: i32) -> Snapshot {
        Snapshot {
            brokers: (1..=brokers)
                .map(|id| BrokerSpec {
                    id,
                    rack: None,
                    capacity_bytes: None,
                })
                .collect(),
            partitions: (0..4)
                .map(|p| PartitionSpec {
                    topic: "t".into(),
                    partition: p,
                    replicas: vec![1 + p % brokers, 1 + (p + 1) % brokers],
                    size_bytes: None,
                })
                .collect(),
        }
    }

    fn rf_plan(to: i16) -> Plan {
        let d = DesiredTopic {
            name: "t".into(),
            partitions: 4,
            replication_factor: to,
            configs: BTreeMap::new(),
            labels: BTreeMap::new(),
            source: Default::default(),
        };
        let o = ObservedTopic {
            name: "t".into(),
            partitions: 4,
            replication_factor: 2,
            configs: BTreeMap::new(),
            sensitive: vec![],
            internal: false,
            inherited: BTreeMap::new(),
        };
        diff(&[d], &[o], PlanOptions::default())
    }

    #[test]
    fn an_rf_increase_becomes_a_reassignment_of_that_topic() {
        let mut p = rf_plan(3);
        resolve(&mut p, &snapshot(3));
        assert!(p.refused.is_empty(), "{p:?}");
        let Action::ChangeReplicationFactor { reassignment, .. } = &p.actions[0].action else {
            panic!("{p:?}")
        };
        assert_eq!(reassignment.len(), 4);
        for e in reassignment {
            assert_eq!(e.replicas.len(), 3);
            let distinct: std::collections::BTreeSet<_> = e.replicas.iter().collect();
            assert_eq!(distinct.len(), 3);
        }
    }

    #[test]
    fn more_replicas_than_brokers_is_refused() {
        let mut p = rf_plan(5);
        resolve(&mut p, &snapshot(3));
        assert!(p.actions.is_empty());
        assert_eq!(p.refused.len(), 1);
        assert!(
            p.refused[0].reason.contains("replication factor 2 -> 5"),
            "{:?}",
            p.refused
        );
    }
}
