//! `topic health`: which partitions are offline (no leader),
//! under-replicated (ISR smaller than the replica set) or under their
//! topic's `min.insync.replicas` (producers with `acks=all` are refused).

use std::collections::BTreeMap;

use regex::Regex;
use serde::Serialize;

use crate::kafka::admin::TopicInfo;
use crate::kafka::Admin;

pub struct HealthOptions {
    /// Only topics matching this; none means every topic.
    pub topics: Option<Regex>,
}

#[derive(Debug, Serialize)]
pub struct HealthProblem {
    pub topic: String,
    pub partition: i32,
    pub leader: Option<i32>,
    pub replicas: Vec<i32>,
    pub isr: Vec<i32>,
    pub min_insync_replicas: Option<i64>,
    pub problems: Vec<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct HealthReport {
    /// A topic pattern was given and no topic matched it: nothing was
    /// checked, which must not read as healthy (a typo would keep
    /// monitoring green).
    pub matched_nothing: bool,
    pub topics_checked: usize,
    pub partitions_checked: usize,
    pub healthy: bool,
    pub problems: Vec<HealthProblem>,
}

pub async fn check(admin: &Admin, opts: &HealthOptions) -> anyhow::Result<HealthReport> {
    let topics: Vec<TopicInfo> = admin
        .list_topics()
        .await?
        .into_iter()
        .filter(|t| opts.topics.as_ref().is_none_or(|r| r.is_match(&t.name)))
        .collect();
    // min.insync.replicas is per topic (with the broker default inherited),
    // so read it for every checked topic in batched DescribeConfigs.
    let names: Vec<String> = topics.iter().map(|t| t.name.clone()).collect();
    let configs = admin.describe_topic_configs(&names).await?;
    let min_isr: BTreeMap<&str, Option<i64>> = topics
        .iter()
        .map(|t| {
            let v = configs
                .get(&t.name)
                .and_then(|r| r.as_ref().ok())
                .and_then(|entries| entries.iter().find(|c| c.name == "min.insync.replicas"))
                .and_then(|c| c.value.as_deref())
                .and_then(|v| v.parse::<i64>().ok());
            (t.name.as_str(), v)
        })
        .collect();
    let mut report = health_report(&topics, &min_isr);
    if opts.topics.is_some() && topics.is_empty() {
        report.matched_nothing = true;
        report.healthy = false;
    }
    Ok(report)
}

fn health_report(topics: &[TopicInfo], min_isr: &BTreeMap<&str, Option<i64>>) -> HealthReport {
    let mut problems = Vec::new();
    let mut partitions_checked = 0;
    for t in topics {
        let min = min_isr.get(t.name.as_str()).copied().flatten();
        for p in &t.partitions {
            partitions_checked += 1;
            let mut found = Vec::new();
            if p.leader.is_none() {
                found.push("offline");
            }
            if p.isr.len() < p.replicas.len() {
                found.push("under-replicated");
            }
            if min.is_some_and(|m| (p.isr.len() as i64) < m) {
                found.push("under-min-isr");
            }
            if !found.is_empty() {
                problems.push(HealthProblem {
                    topic: t.name.clone(),
                    partition: p.partition,
                    leader: p.leader,
                    replicas: p.replicas.clone(),
                    isr: p.isr.clone(),
                    min_insync_replicas: min,
                    problems: found,
                });
            }
        }
    }
    HealthReport {
        matched_nothing: false,
        topics_checked: topics.len(),
        partitions_checked,
        healthy: problems.is_empty(),
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kafka::admin::PartitionInfo;

    fn topic(parts: Vec<(Option<i32>, Vec<i32>, Vec<i32>)>) -> TopicInfo {
        TopicInfo {
            name: "t".into(),
            internal: false,
            partitions: parts
                .into_iter()
                .enumerate()
                .map(|(i, (leader, replicas, isr))| PartitionInfo {
                    partition: i as i32,
                    leader,
                    replicas,
                    isr,
                    offline_replicas: vec![],
                })
                .collect(),
        }
    }

    #[test]
    fn health_classifies_each_problem() {
        let t = topic(vec![
            (Some(1), vec![1, 2, 3], vec![1, 2, 3]),
            (Some(1), vec![1, 2, 3], vec![1, 2]),
            (Some(1), vec![1, 2, 3], vec![1]),
            (None, vec![1, 2, 3], vec![]),
        ]);
        let min: BTreeMap<&str, Option<i64>> = [("t", Some(2))].into_iter().collect();
        let r = health_report(&[t], &min);
        assert_eq!(r.partitions_checked, 4);
        let got: Vec<(i32, Vec<&str>)> = r
            .problems
            .iter()
            .map(|p| (p.partition, p.problems.clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, vec!["under-replicated"]),
                (2, vec!["under-replicated", "under-min-isr"]),
                (3, vec!["offline", "under-replicated", "under-min-isr"]),
            ]
        );
    }
}
