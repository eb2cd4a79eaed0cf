//! `retention get|set|purge`. Setting retention is a topic config change
//! judged by the same rulebook as `topic config set` and `apply` (see
//! [`super::topic_config`]); purging deletes records below a point in each
//! partition, planned from the partitions' offsets, and always needs a yes.

use anyhow::{anyhow, bail};
use serde::Serialize;

use super::confirm::{confirm_operation, Confirm, Prompt, Target};
use super::topic_config::ConfigChangeOptions;
use crate::kafka::admin::{ConfigEntry, OffsetSpec, TopicPartition};
use crate::kafka::{Admin, KafkaError};
use crate::plan::Operation;
use crate::units::{format_bytes, format_ms, format_timestamp_ms};

/// Topics sorted, without duplicates.
pub fn unique(topics: &[String]) -> Vec<String> {
    let mut t = topics.to_vec();
    t.sort();
    t.dedup();
    t
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Retention {
    pub topic: String,
    pub retention_ms: i64,
    pub retention: String,
    pub retention_ms_source: String,
    pub retention_bytes: i64,
    pub retention_size: String,
    pub retention_bytes_source: String,
}

fn value_of(entries: &[ConfigEntry], key: &str) -> Option<(i64, String)> {
    entries.iter().find(|c| c.name == key).and_then(|c| {
        c.value
            .as_deref()
            .and_then(|v| v.trim().parse::<i64>().ok())
            .map(|v| (v, c.source.name().to_string()))
    })
}

/// The retention in force on each topic, and where it comes from.
pub async fn read(admin: &Admin, topics: &[String]) -> anyhow::Result<Vec<Retention>> {
    // Metadata alongside: some brokers answer DescribeConfigs for a topic
    // that does not exist with an empty list instead of an error.
    let (exists, all) = futures::join!(
        admin.require_topics(topics),
        admin.describe_topic_configs(topics)
    );
    exists?;
    let mut all = all?;
    let mut out = Vec::with_capacity(topics.len());
    for topic in topics {
        let entries = all
            .remove(topic)
            .ok_or_else(|| anyhow!("topic '{topic}' not found"))??;
        // Kafka's built-in defaults, for brokers that omit defaults from
        // DescribeConfigs.
        let (ms, ms_src) =
            value_of(&entries, "retention.ms").unwrap_or((604_800_000, "DEFAULT_CONFIG".into()));
        let (bytes, bytes_src) =
            value_of(&entries, "retention.bytes").unwrap_or((-1, "DEFAULT_CONFIG".into()));
        out.push(Retention {
            topic: topic.clone(),
            retention_ms: ms,
            retention: format_ms(ms),
            retention_ms_source: ms_src,
            retention_bytes: bytes,
            retention_size: format_bytes(bytes),
            retention_bytes_source: bytes_src,
        });
    }
    Ok(out)
}

/// `retention set` as the config change it is: `retention.ms` and/or
/// `retention.bytes` on every topic, for [`super::topic_config::change_configs`].
pub fn set_options(
    topics: &[String],
    time: Option<i64>,
    bytes: Option<i64>,
    confirm: Confirm,
    target: Target,
) -> ConfigChangeOptions {
    let set = [("retention.ms", time), ("retention.bytes", bytes)]
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_string(), v.to_string())))
        .collect();
    ConfigChangeOptions {
        topics: unique(topics),
        set,
        delete: Vec::new(),
        confirm,
        target,
    }
}

/// Where a purge deletes up to.
#[derive(Debug, Clone, Copy)]
pub enum PurgeTarget {
    /// Records before this offset.
    Offset(i64),
    /// Records older than this time (ms since the epoch).
    Time(i64),
}

pub struct PurgeOptions {
    pub topic: String,
    /// One partition; none means all of them.
    pub partition: Option<i32>,
    pub before: PurgeTarget,
    pub confirm: Confirm,
    pub target: Target,
}

/// One partition of a purge plan.
#[derive(Debug, Serialize)]
pub struct PurgeRow {
    pub partition: i32,
    pub low_watermark: i64,
    pub high_watermark: i64,
    pub delete_before: i64,
    pub records_deleted: i64,
    pub note: String,
}

impl PurgeOptions {
    /// Records the plan deletes, per partition (only those losing any).
    fn deletions(&self, rows: &[PurgeRow]) -> Vec<(TopicPartition, i64)> {
        rows.iter()
            .filter(|r| r.records_deleted > 0)
            .map(|r| ((self.topic.clone(), r.partition), r.delete_before))
            .collect()
    }
}

/// Reads the partitions' offsets and plans what a purge deletes: the
/// requested point, kept within each partition's log.
pub async fn plan_purge(admin: &Admin, opts: &PurgeOptions) -> anyhow::Result<Vec<PurgeRow>> {
    let topic = opts.topic.as_str();
    let info = admin
        .require_topics(&[topic.to_string()])
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("topic '{topic}' not found"))?;
    let parts: Vec<TopicPartition> = match opts.partition {
        Some(p) => {
            if !info.partitions.iter().any(|x| x.partition == p) {
                bail!(
                    "topic '{topic}' has no partition {p} (it has {})",
                    info.partitions.len()
                );
            }
            vec![(topic.to_string(), p)]
        }
        None => info
            .partitions
            .iter()
            .map(|p| (topic.to_string(), p.partition))
            .collect(),
    };
    let (low, high) = futures::join!(
        admin.list_offsets(&parts, OffsetSpec::Earliest),
        admin.list_offsets(&parts, OffsetSpec::Latest)
    );
    let (low, high) = (low?, high?);
    let by_time = match opts.before {
        PurgeTarget::Time(ts) => Some(
            admin
                .list_offsets(&parts, OffsetSpec::Timestamp(ts))
                .await?,
        ),
        PurgeTarget::Offset(_) => None,
    };
    let mut rows = Vec::new();
    for tp in &parts {
        let lo = *low
            .get(tp)
            .ok_or_else(|| anyhow!("no earliest offset for {}-{}", tp.0, tp.1))?
            .as_ref()
            .map_err(|e| anyhow!("{e}"))?;
        let hi = *high
            .get(tp)
            .ok_or_else(|| anyhow!("no latest offset for {}-{}", tp.0, tp.1))?
            .as_ref()
            .map_err(|e| anyhow!("{e}"))?;
        let (wanted, mut note) = match (&opts.before, &by_time) {
            (PurgeTarget::Offset(o), _) => (*o, String::new()),
            (PurgeTarget::Time(ts), Some(m)) => {
                let o = *m
                    .get(tp)
                    .ok_or_else(|| anyhow!("no offset for time on {}-{}", tp.0, tp.1))?
                    .as_ref()
                    .map_err(|e| anyhow!("{e}"))?;
                // -1: no record at or after the time, so everything is older.
                if o < 0 {
                    (
                        hi,
                        format!("all records are older than {}", format_timestamp_ms(*ts)),
                    )
                } else {
                    (o, String::new())
                }
            }
            (PurgeTarget::Time(_), None) => (hi, String::new()),
        };
        let clamped = wanted.clamp(lo, hi);
        if clamped != wanted && note.is_empty() {
            note = format!("clamped from {wanted} to the valid range {lo}..{hi}");
        }
        rows.push(PurgeRow {
            partition: tp.1,
            low_watermark: lo,
            high_watermark: hi,
            delete_before: clamped,
            records_deleted: clamped - lo,
            note,
        });
    }
    Ok(rows)
}

/// Whether a purge plan deletes anything.
pub fn deletes_anything(rows: &[PurgeRow]) -> bool {
    rows.iter().any(|r| r.records_deleted > 0)
}

/// Asks (naming the target and the number of records), then deletes the
/// records the plan names; per partition, the new low watermark or why not.
/// A plan that deletes nothing sends nothing.
pub async fn purge(
    admin: &Admin,
    opts: &PurgeOptions,
    rows: &[PurgeRow],
    prompt: &mut dyn Prompt,
) -> anyhow::Result<Vec<(TopicPartition, Result<i64, KafkaError>)>> {
    let to_delete = opts.deletions(rows);
    if to_delete.is_empty() {
        return Ok(Vec::new());
    }
    let total: i64 = rows.iter().map(|r| r.records_deleted).sum();
    confirm_operation(
        opts.confirm,
        Operation::DeleteRecords,
        &format!(
            "Permanently delete {total} records from topic '{}' on {}?",
            opts.topic, opts.target
        ),
        prompt,
    )?;
    Ok(admin
        .delete_records(&to_delete)
        .await?
        .into_iter()
        .collect())
}
