use anyhow::{anyhow, bail};
use serde::Serialize;

use super::{confirm_on, confirm_policy, connect, connect_with_target, run_config_change};
use crate::cli::{GlobalArgs, RetentionCommand};
use crate::error::Outcome;
use crate::kafka::admin::{ConfigEntry, OffsetSpec, TopicPartition};
use crate::kafka::Admin;
use crate::ops::topic_config::ConfigChangeOptions;
use crate::ops::Target;
use crate::render::{emit, write_stdout, Table};
use crate::units::{format_bytes, format_ms, format_timestamp_ms};

pub async fn run(cmd: &RetentionCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    match cmd {
        RetentionCommand::Get { topics } => get(global, topics).await,
        RetentionCommand::Set {
            topics,
            time,
            bytes,
        } => set(global, topics, *time, *bytes).await,
        RetentionCommand::Purge {
            topic,
            partition,
            before_offset,
            before,
        } => {
            let target = match (before_offset, before) {
                (Some(o), _) => PurgeTarget::Offset(*o),
                (None, Some(t)) => PurgeTarget::Time(*t),
                (None, None) => bail!("give --before-offset or --before"),
            };
            purge(global, topic, *partition, target).await
        }
    }
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

async fn read_retention(admin: &Admin, topics: &[String]) -> anyhow::Result<Vec<Retention>> {
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

fn unique(topics: &[String]) -> Vec<String> {
    let mut t = topics.to_vec();
    t.sort();
    t.dedup();
    t
}

async fn get(global: &GlobalArgs, topics: &[String]) -> anyhow::Result<Outcome> {
    let admin = connect(global).await?;
    let rows = read_retention(&admin, &unique(topics)).await?;
    emit(global.output, &rows, || {
        let mut t = Table::new([
            "TOPIC",
            "TIME",
            "RETENTION.MS",
            "SIZE",
            "RETENTION.BYTES",
            "SOURCE",
        ]);
        for r in &rows {
            t.row([
                r.topic.clone(),
                r.retention.clone(),
                r.retention_ms.to_string(),
                r.retention_size.clone(),
                r.retention_bytes.to_string(),
                source_cell(r),
            ]);
        }
        t
    })?;
    Ok(Outcome::Success)
}

fn source_cell(r: &Retention) -> String {
    let short = |s: &str| {
        if s == "DYNAMIC_TOPIC_CONFIG" {
            "topic"
        } else {
            "default"
        }
    };
    format!(
        "time: {}, size: {}",
        short(&r.retention_ms_source),
        short(&r.retention_bytes_source)
    )
}

/// Sets retention.ms and/or retention.bytes on every topic, judged by the
/// same rulebook as `topic config set` and `apply`.
async fn set(
    global: &GlobalArgs,
    topics: &[String],
    time: Option<i64>,
    bytes: Option<i64>,
) -> anyhow::Result<Outcome> {
    let set = [("retention.ms", time), ("retention.bytes", bytes)]
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_string(), v.to_string())))
        .collect();
    let opts = ConfigChangeOptions {
        topics: unique(topics),
        set,
        delete: Vec::new(),
        confirm: confirm_policy(global),
        target: Target::default(),
    };
    run_config_change(global, opts).await
}

#[derive(Debug, Clone, Copy)]
enum PurgeTarget {
    Offset(i64),
    Time(i64),
}

#[derive(Debug, Serialize)]
struct PurgeRow {
    partition: i32,
    low_watermark: i64,
    high_watermark: i64,
    delete_before: i64,
    records_deleted: i64,
    note: String,
}

async fn purge(
    global: &GlobalArgs,
    topic: &str,
    partition: Option<i32>,
    target: PurgeTarget,
) -> anyhow::Result<Outcome> {
    let (admin, cluster) = connect_with_target(global).await?;
    let info = admin
        .require_topics(&[topic.to_string()])
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("topic '{topic}' not found"))?;
    let parts: Vec<TopicPartition> = match partition {
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
    let by_time = match target {
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
        let (wanted, mut note) = match (&target, &by_time) {
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
    let to_delete: Vec<(TopicPartition, i64)> = rows
        .iter()
        .filter(|r| r.records_deleted > 0)
        .map(|r| ((topic.to_string(), r.partition), r.delete_before))
        .collect();
    let table = || {
        let mut t = Table::new([
            "PARTITION",
            "LOW",
            "HIGH",
            "DELETE BEFORE",
            "RECORDS",
            "NOTE",
        ]);
        for r in &rows {
            t.row([
                r.partition.to_string(),
                r.low_watermark.to_string(),
                r.high_watermark.to_string(),
                r.delete_before.to_string(),
                r.records_deleted.to_string(),
                r.note.clone(),
            ]);
        }
        t
    };
    if to_delete.is_empty() {
        emit(global.output, &rows, table)?;
        eprintln!("nothing to purge: no records below the requested point");
        return Ok(Outcome::Success);
    }
    let total: i64 = rows.iter().map(|r| r.records_deleted).sum();
    eprintln!("{}", table().to_text());
    confirm_on(
        global,
        &cluster,
        &format!("Permanently delete {total} records from topic '{topic}'?"),
    )?;
    let results = admin.delete_records(&to_delete).await?;
    let mut failures = Vec::new();
    for ((t, p), r) in &results {
        match r {
            Ok(new_low) => {
                write_stdout(&format!("{t}-{p}: records before offset {new_low} deleted"))?
            }
            Err(e) => failures.push(e.to_string()),
        }
    }
    if !failures.is_empty() {
        bail!("{}", failures.join("\n"));
    }
    Ok(Outcome::Success)
}
