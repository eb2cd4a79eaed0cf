//! `group lag`: per consumer group the total lag, the partition lagging
//! most, the age of its oldest unconsumed record (time lag), and whether
//! the total is over a threshold or the age over a maximum (a failed
//! check, exit 4, for the command).

use std::collections::BTreeMap;

use anyhow::bail;
use regex::Regex;
use serde::Serialize;

use crate::kafka::groups::PartitionLag;
use crate::kafka::Admin;

pub struct LagOptions {
    /// The groups to check; empty means every group.
    pub groups: Vec<String>,
    /// Only partitions of topics matching this count.
    pub topics: Option<Regex>,
    pub threshold: Option<u64>,
    /// The oldest an unconsumed record may be, in ms.
    pub max_time_lag_ms: Option<u64>,
}

#[derive(Debug, Serialize)]
pub struct PartitionRef {
    pub topic: String,
    pub partition: i32,
}

#[derive(Debug, Serialize)]
pub struct GroupLag {
    pub group_id: String,
    pub state: Option<String>,
    pub partitions: usize,
    pub total_lag: i64,
    pub max_lag: i64,
    pub max_lag_partition: Option<PartitionRef>,
    /// The largest time lag of its partitions; `None` when caught up (or
    /// no lagging partition's record could be read).
    pub time_lag_ms: Option<i64>,
    pub over_threshold: bool,
    pub over_max_time_lag: bool,
}

#[derive(Debug, Serialize)]
pub struct LagReport {
    pub threshold: Option<u64>,
    pub max_time_lag_ms: Option<u64>,
    pub groups: Vec<GroupLag>,
}

/// One group's lag from its partitions' lags.
fn summarise(
    group_id: String,
    state: Option<String>,
    parts: &[PartitionLag],
    threshold: Option<u64>,
    max_time_lag_ms: Option<u64>,
) -> GroupLag {
    let time_lag = parts.iter().filter_map(|p| p.time_lag_ms).max();
    let total: i64 = parts
        .iter()
        .filter_map(|p| p.lag)
        .fold(0, i64::saturating_add);
    // A partition is only worth pointing at when it lags at all.
    let max = parts
        .iter()
        .filter_map(|p| p.lag.filter(|l| *l > 0).map(|l| (l, p)))
        .max_by(|(a, pa), (b, pb)| {
            // Ties go to the first partition in topic/partition order.
            a.cmp(b)
                .then_with(|| (&pb.topic, pb.partition).cmp(&(&pa.topic, pa.partition)))
        });
    GroupLag {
        group_id,
        state,
        partitions: parts.len(),
        total_lag: total,
        max_lag: max.map(|(l, _)| l).unwrap_or(0),
        max_lag_partition: max.map(|(_, p)| PartitionRef {
            topic: p.topic.clone(),
            partition: p.partition,
        }),
        over_threshold: threshold.is_some_and(|t| total.max(0) as u64 > t),
        over_max_time_lag: max_time_lag_ms
            .zip(time_lag)
            .is_some_and(|(max, age)| age.max(0) as u64 > max),
        time_lag_ms: time_lag,
    }
}

/// The lag report of the groups, and the groups whose lag could not be
/// read (one message each). Named groups must exist.
pub async fn check(admin: &Admin, opts: &LagOptions) -> anyhow::Result<(LagReport, Vec<String>)> {
    let threshold = opts.threshold;
    let listed = admin.list_groups().await?;
    let states: BTreeMap<&str, Option<String>> = listed
        .iter()
        .map(|g| (g.group_id.as_str(), g.state.clone()))
        .collect();
    let names: Vec<String> = if opts.groups.is_empty() {
        listed.iter().map(|g| g.group_id.clone()).collect()
    } else {
        let mut names = opts.groups.clone();
        names.sort();
        names.dedup();
        let missing: Vec<&String> = names
            .iter()
            .filter(|g| !states.contains_key(g.as_str()))
            .collect();
        match missing.as_slice() {
            [] => {}
            [one] => bail!("consumer group '{one}' not found"),
            many => bail!(
                "consumer groups not found: {}",
                many.iter()
                    .map(|g| format!("'{g}'"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
        names
    };
    let accept = |t: &str| opts.topics.as_ref().is_none_or(|r| r.is_match(t));
    let lags = admin.group_lag(&names, &accept).await?;
    let mut report = LagReport {
        threshold,
        max_time_lag_ms: opts.max_time_lag_ms,
        groups: Vec::with_capacity(lags.len()),
    };
    let mut failures = Vec::new();
    for (g, r) in lags {
        match r {
            Ok(parts) => {
                let state = states.get(g.as_str()).cloned().flatten();
                report
                    .groups
                    .push(summarise(g, state, &parts, threshold, opts.max_time_lag_ms));
            }
            Err(e) => failures.push(e.to_string()),
        }
    }
    Ok((report, failures))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kafka::admin::TopicPartition;
    use crate::kafka::groups::partition_lag;

    fn tp(t: &str, p: i32) -> TopicPartition {
        (t.to_string(), p)
    }

    #[test]
    fn lag_summary_totals_and_finds_the_worst_partition() {
        let parts = vec![
            partition_lag(&tp("a", 0), Some(5), Some(10)),
            partition_lag(&tp("a", 1), Some(0), Some(30)),
            partition_lag(&tp("b", 0), Some(0), Some(30)),
            partition_lag(&tp("c", 0), Some(0), None),
        ];
        let s = summarise("g".into(), None, &parts, Some(64), None);
        assert_eq!(s.total_lag, 65);
        assert_eq!(s.max_lag, 30);
        let at = s.max_lag_partition.unwrap();
        assert_eq!((at.topic.as_str(), at.partition), ("a", 1));
        assert!(s.over_threshold);
        assert!(!summarise("g".into(), None, &parts, Some(65), None).over_threshold);
        assert!(!summarise("g".into(), None, &parts, None, None).over_threshold);
        let empty = summarise("g".into(), None, &[], Some(0), Some(0));
        assert_eq!(empty.time_lag_ms, None);
        assert!(!empty.over_max_time_lag);
        assert_eq!((empty.total_lag, empty.partitions), (0, 0));
        assert!(empty.max_lag_partition.is_none());
    }

    #[test]
    fn time_lag_is_the_oldest_partition_and_checked_against_the_maximum() {
        let mut parts = vec![
            partition_lag(&tp("a", 0), Some(5), Some(10)),
            partition_lag(&tp("a", 1), Some(0), Some(30)),
            partition_lag(&tp("a", 2), Some(3), Some(3)),
        ];
        parts[0].time_lag_ms = Some(1_000);
        parts[1].time_lag_ms = Some(90_000);
        let s = summarise("g".into(), None, &parts, None, Some(60_000));
        assert_eq!(s.time_lag_ms, Some(90_000));
        assert!(s.over_max_time_lag);
        assert!(!s.over_threshold);
        let s = summarise("g".into(), None, &parts, None, Some(90_000));
        assert!(!s.over_max_time_lag, "equal is not older");
        assert!(!summarise("g".into(), None, &parts, None, None).over_max_time_lag);
    }
}
