//! What deleting a topic would lose: the records it holds (start to end
//! offset of every partition) and the consumer groups that read it
//! (committed offsets, or members assigned its partitions). Both
//! `topic delete` and `apply --prune` read it before deleting, so the two
//! paths guard data alike.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use tracing::debug;

use super::admin::{Admin, OffsetSpec, TopicInfo, TopicPartition};
use super::groups::GROUP_ID_NOT_FOUND;
use super::KafkaError;

/// What deleting one topic would lose, as observed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicUsage {
    /// Records between each partition's start and end offsets, summed.
    pub records: u64,
    /// Groups with committed offsets for the topic or members assigned to
    /// it, sorted.
    pub groups: Vec<String>,
    /// Partitions whose offsets could not be read: they may hold data.
    pub unknown_partitions: usize,
    /// Groups whose committed offsets could not be read (not authorized,
    /// coordinator unavailable): any of them may read the topic.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unreadable_groups: Vec<String>,
}

impl TopicUsage {
    /// Why deleting the topic loses data, if it does: "deletes N records,
    /// consumed by group G".
    pub fn loss(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.records > 0 {
            parts.push(format!(
                "deletes {} record{}",
                self.records,
                if self.records == 1 { "" } else { "s" }
            ));
        }
        if self.unknown_partitions > 0 {
            parts.push(format!(
                "the offsets of {} partition{} could not be read (they may hold data)",
                self.unknown_partitions,
                if self.unknown_partitions == 1 {
                    ""
                } else {
                    "s"
                }
            ));
        }
        match self.groups.as_slice() {
            [] => {}
            [one] => parts.push(format!("consumed by group {one}")),
            many => parts.push(format!("consumed by groups {}", many.join(", "))),
        }
        if !self.unreadable_groups.is_empty() {
            parts.push(format!(
                "the offsets of group{} {} could not be read (it may consume the topic)",
                if self.unreadable_groups.len() == 1 {
                    ""
                } else {
                    "s"
                },
                self.unreadable_groups.join(", ")
            ));
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

impl Admin {
    /// Reads [`TopicUsage`] for each of `topics` (as read with Metadata):
    /// ListOffsets earliest and latest per partition leader, every group's
    /// committed offsets, and the members of groups that have any.
    pub async fn topic_usage(
        &self,
        topics: &[TopicInfo],
    ) -> Result<BTreeMap<String, TopicUsage>, KafkaError> {
        let mut out: BTreeMap<String, TopicUsage> = topics
            .iter()
            .map(|t| (t.name.clone(), TopicUsage::default()))
            .collect();
        if topics.is_empty() {
            return Ok(out);
        }
        let partitions: Vec<TopicPartition> = topics
            .iter()
            .flat_map(|t| t.partitions.iter().map(|p| (t.name.clone(), p.partition)))
            .collect();
        let names: BTreeSet<String> = out.keys().cloned().collect();
        let (starts, ends, groups) = futures::join!(
            self.list_offsets(&partitions, OffsetSpec::Earliest),
            self.list_offsets(&partitions, OffsetSpec::Latest),
            self.groups_reading(&names),
        );
        let (starts, ends) = (starts?, ends?);
        for tp in &partitions {
            let Some(u) = out.get_mut(&tp.0) else {
                continue;
            };
            match (starts.get(tp), ends.get(tp)) {
                (Some(Ok(s)), Some(Ok(e))) => {
                    u.records += u64::try_from(e.saturating_sub(*s)).unwrap_or(0);
                }
                _ => u.unknown_partitions += 1,
            }
        }
        let (reading, unreadable) = groups?;
        for u in out.values_mut() {
            u.unreadable_groups.clone_from(&unreadable);
        }
        for (topic, gs) in reading {
            if let Some(u) = out.get_mut(&topic) {
                u.groups = gs.into_iter().collect();
            }
        }
        Ok(out)
    }

    /// For each of `topics`, the groups that have committed offsets for it
    /// or members assigned to it; and the groups whose offsets could not be
    /// read, which might.
    async fn groups_reading(
        &self,
        topics: &BTreeSet<String>,
    ) -> Result<(BTreeMap<String, BTreeSet<String>>, Vec<String>), KafkaError> {
        let mut unreadable = Vec::new();
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let listing = self.list_groups().await?;
        let ids: Vec<String> = listing.iter().map(|g| g.group_id.clone()).collect();
        // Groups that may have members: Empty ones have none to ask about.
        let active: Vec<String> = listing
            .iter()
            .filter(|g| {
                !g.state
                    .as_deref()
                    .is_some_and(|s| s.eq_ignore_ascii_case("Empty"))
            })
            .map(|g| g.group_id.clone())
            .collect();
        let (offsets, described) =
            futures::join!(self.group_offsets(&ids), self.describe_groups(&active));
        for (group, r) in offsets? {
            match r {
                Ok(committed) => {
                    for (topic, _) in committed.keys() {
                        if topics.contains(topic) {
                            out.entry(topic.clone()).or_default().insert(group.clone());
                        }
                    }
                }
                // Deleted since it was listed: it reads nothing.
                Err(e) if e.code() == Some(GROUP_ID_NOT_FOUND) => {
                    debug!(group = %group, "group gone since listed")
                }
                Err(e) => {
                    debug!(group = %group, error = %e, "committed offsets unreadable");
                    unreadable.push(group);
                }
            }
        }
        for (group, r) in described? {
            let Ok(d) = r else { continue };
            for m in &d.members {
                for a in m.assignment.iter().flatten() {
                    if topics.contains(&a.topic) {
                        out.entry(a.topic.clone())
                            .or_default()
                            .insert(group.clone());
                    }
                }
            }
        }
        Ok((out, unreadable))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loss_names_records_and_groups() {
        assert_eq!(TopicUsage::default().loss(), None);
        let u = TopicUsage {
            records: 12,
            groups: vec!["billing".into()],
            ..TopicUsage::default()
        };
        assert_eq!(
            u.loss().as_deref(),
            Some("deletes 12 records, consumed by group billing")
        );
        let u = TopicUsage {
            groups: vec!["a".into(), "b".into()],
            ..TopicUsage::default()
        };
        assert_eq!(u.loss().as_deref(), Some("consumed by groups a, b"));
        let u = TopicUsage {
            unreadable_groups: vec!["secret".into()],
            ..TopicUsage::default()
        };
        assert_eq!(
            u.loss().as_deref(),
            Some("the offsets of group secret could not be read (it may consume the topic)")
        );
    }
}
