use anyhow::bail;

use super::{confirm_policy, connect, connect_with_target, run_config_change, TerminalPrompt};
use crate::cli::{GlobalArgs, RetentionCommand};
use crate::error::Outcome;
use crate::ops::retention::{self, PurgeOptions, PurgeRow, PurgeTarget, Retention};
use crate::ops::Target;
use crate::render::{emit, write_stdout, Table};

pub async fn run(cmd: &RetentionCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    match cmd {
        RetentionCommand::Get { topics } => get(global, topics).await,
        RetentionCommand::Set {
            topics,
            time,
            bytes,
        } => {
            // Judged by the same rulebook as `topic config set` and `apply`.
            let opts = retention::set_options(
                topics,
                *time,
                *bytes,
                confirm_policy(global),
                Target::default(),
            );
            run_config_change(global, opts).await
        }
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

async fn get(global: &GlobalArgs, topics: &[String]) -> anyhow::Result<Outcome> {
    let admin = connect(global).await?;
    let rows = retention::read(&admin, &retention::unique(topics)).await?;
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

fn purge_table(rows: &[PurgeRow]) -> Table {
    let mut t = Table::new([
        "PARTITION",
        "LOW",
        "HIGH",
        "DELETE BEFORE",
        "RECORDS",
        "NOTE",
    ]);
    for r in rows {
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
}

async fn purge(
    global: &GlobalArgs,
    topic: &str,
    partition: Option<i32>,
    before: PurgeTarget,
) -> anyhow::Result<Outcome> {
    let (admin, target) = connect_with_target(global).await?;
    let opts = PurgeOptions {
        topic: topic.to_string(),
        partition,
        before,
        confirm: confirm_policy(global),
        target,
    };
    let rows = retention::plan_purge(&admin, &opts).await?;
    if !retention::deletes_anything(&rows) {
        emit(global.output, &rows, || purge_table(&rows))?;
        eprintln!("nothing to purge: no records below the requested point");
        return Ok(Outcome::Success);
    }
    eprintln!("{}", purge_table(&rows).to_text());
    let results = retention::purge(&admin, &opts, &rows, &mut TerminalPrompt).await?;
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
