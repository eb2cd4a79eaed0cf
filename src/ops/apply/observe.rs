//! Reading the live state a plan is made against.

use std::collections::BTreeMap;

use crate::kafka::admin::TopicInfo;
use crate::kafka::Admin;
use crate::plan::{self as planner, ObservedTopic};

/// Reads what the plan needs from the cluster: one Metadata for every
/// topic, then batched DescribeConfigs for the declared topics that exist
/// (pruned topics need no configs).
pub async fn observe(admin: &Admin, declared: &[String]) -> anyhow::Result<Vec<ObservedTopic>> {
    let topics = admin.list_topics().await?;
    observe_from(admin, topics, declared).await
}

/// Like [`observe`], from topics already read with Metadata.
pub async fn observe_from(
    admin: &Admin,
    topics: Vec<TopicInfo>,
    declared: &[String],
) -> anyhow::Result<Vec<ObservedTopic>> {
    let wanted: std::collections::HashSet<&str> = declared.iter().map(String::as_str).collect();
    let to_describe: Vec<String> = topics
        .iter()
        .filter(|t| wanted.contains(t.name.as_str()))
        .map(|t| t.name.clone())
        .collect();
    let mut configs = admin.describe_topic_configs(&to_describe).await?;
    let mut out = Vec::with_capacity(topics.len());
    for t in topics {
        let (explicit, sensitive, inherited) = match configs.remove(&t.name) {
            Some(entries) => {
                let entries = entries?;
                let explicit = entries
                    .iter()
                    .filter(|c| c.is_override(true))
                    .map(|c| (c.name.clone(), c.value.clone().unwrap_or_default()))
                    .collect();
                let sensitive = entries
                    .iter()
                    .filter(|c| c.sensitive)
                    .map(|c| c.name.clone())
                    .collect();
                // What the topic gets from the broker where it sets
                // nothing: data loss is judged against these, not Kafka's
                // built-in defaults.
                let inherited = entries
                    .iter()
                    .filter(|c| !c.sensitive && planner::diff::judged_against_default(&c.name))
                    .filter_map(|c| {
                        let v = if c.is_override(true) {
                            c.inherited.clone()
                        } else {
                            c.value.clone()
                        };
                        Some((c.name.clone(), v?))
                    })
                    .collect();
                (explicit, sensitive, inherited)
            }
            None => (BTreeMap::new(), Vec::new(), BTreeMap::new()),
        };
        out.push(ObservedTopic {
            partitions: t.partitions.len() as i32,
            replication_factor: t.replication_factor() as i16,
            name: t.name,
            configs: explicit,
            sensitive,
            internal: t.internal,
            inherited,
        });
    }
    Ok(out)
}

/// Brokers and replica placement for the reassignment planner, from the
/// Metadata already read (no extra request).
pub fn snapshot_of(admin: &Admin, topics: &[TopicInfo]) -> crate::reassign::Snapshot {
    crate::reassign::Snapshot {
        brokers: admin
            .client()
            .brokers()
            .into_iter()
            .map(|b| crate::reassign::BrokerSpec {
                id: b.id,
                rack: b.rack,
                capacity_bytes: None,
            })
            .collect(),
        partitions: topics
            .iter()
            .filter(|t| !t.internal)
            .flat_map(|t| {
                t.partitions
                    .iter()
                    .map(move |p| crate::reassign::PartitionSpec {
                        topic: t.name.clone(),
                        partition: p.partition,
                        replicas: p.replicas.clone(),
                        size_bytes: None,
                    })
            })
            .collect(),
    }
}
