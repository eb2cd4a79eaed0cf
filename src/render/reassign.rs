//! Showing reassignment workflows: their events as they happen (a progress
//! bar when stderr is a terminal, a line every ten seconds otherwise) and
//! their results.

use std::io::IsTerminal;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::bail;
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use super::{emit, write_stdout, Table};
use crate::error::Outcome;
use crate::ops::reassign::{ids, Event, Events, ExecuteResult, Tick};
use crate::reassign::execute::{PartitionState, Progress, ThrottleCleanup};
use crate::render::OutputFormat;
use crate::units::format_bytes;

/// Shows [`Event`]s on stderr. Ctrl-C ends a wait, never the reassignment.
pub struct StderrEvents {
    interactive: bool,
    bar: Option<ProgressBar>,
    last_line: Instant,
}

impl StderrEvents {
    pub fn new() -> StderrEvents {
        StderrEvents {
            interactive: std::io::stderr().is_terminal(),
            bar: None,
            last_line: Instant::now(),
        }
    }
}

impl Default for StderrEvents {
    fn default() -> Self {
        StderrEvents::new()
    }
}

impl Events for StderrEvents {
    fn on(&mut self, event: Event<'_>) {
        match event {
            Event::Note(line) => eprintln!("{line}"),
            Event::WaitStarted { partitions, of } => {
                self.bar = self.interactive.then(|| {
                    let bar = ProgressBar::new(partitions as u64);
                    let style = ProgressStyle::with_template(
                        "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} partitions {msg} ETA {eta}",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar());
                    bar.set_style(style);
                    bar
                });
                eprintln!(
                    "waiting for {partitions} partitions{} (Ctrl-C stops waiting, not the reassignment)",
                    if of != partitions {
                        format!(" of {of}")
                    } else {
                        String::new()
                    }
                );
                self.last_line = Instant::now();
            }
            Event::Tick(t) => self.tick(t),
        }
    }
}

impl StderrEvents {
    fn tick(&mut self, t: &Tick) {
        let bytes = if t.total_bytes > 0 {
            format!(
                "({} / {})",
                format_bytes(t.done_bytes as i64),
                format_bytes(t.total_bytes as i64)
            )
        } else {
            String::new()
        };
        match &self.bar {
            Some(bar) => {
                bar.set_position((t.done + t.failed) as u64);
                bar.set_message(bytes);
                if t.finished {
                    bar.finish();
                }
            }
            None if self.last_line.elapsed() >= Duration::from_secs(10) || t.finished => {
                eprintln!(
                    "[{:>4}s] {}/{} partitions done, {} in progress {bytes}",
                    t.elapsed.as_secs(),
                    t.done,
                    t.total,
                    t.in_progress
                );
                self.last_line = Instant::now();
            }
            None => {}
        }
    }
}

pub fn throttle_note(cleanup: &ThrottleCleanup) -> String {
    match cleanup {
        ThrottleCleanup::Removed => "replication throttles removed".into(),
        ThrottleCleanup::Preserved => "replication throttles left in place (--preserve-throttles)".into(),
        ThrottleCleanup::KeptWhileMoving(n) => format!(
            "replication throttles left in place: {n} partition reassignments are still in progress in the cluster"
        ),
    }
}

/// Every partition of a plan with its state.
pub fn progress(format: OutputFormat, p: &Progress) -> anyhow::Result<()> {
    #[derive(Serialize)]
    struct Row<'a> {
        topic: &'a str,
        partition: i32,
        target: &'a [i32],
        state: &'a PartitionState,
    }
    let rows: Vec<Row> = p
        .partitions
        .iter()
        .map(|(e, s)| Row {
            topic: &e.topic,
            partition: e.partition,
            target: &e.replicas,
            state: s,
        })
        .collect();
    emit(format, &rows, || {
        let mut t = Table::new(["TOPIC", "PARTITION", "TARGET", "STATE"]);
        for r in &rows {
            t.row([
                r.topic.to_string(),
                r.partition.to_string(),
                ids(r.target),
                match r.state {
                    PartitionState::Done => "done".to_string(),
                    PartitionState::InProgress => "in progress".to_string(),
                    PartitionState::NotApplied(why) => format!("not applied: {why}"),
                    PartitionState::Failed(why) => format!("failed: {why}"),
                },
            ]);
        }
        t
    })
}

/// What an execute did, on stdout (the next steps when it did not wait);
/// fails when partitions did not reach their replicas. `plan` is the plan
/// file named in the next steps.
pub fn execute_result(
    format: OutputFormat,
    result: &ExecuteResult,
    plan: Option<&Path>,
) -> anyhow::Result<Outcome> {
    match result {
        ExecuteResult::NothingToDo => {
            write_stdout("every partition already has its planned replicas; nothing to do")?
        }
        ExecuteResult::Submitted {
            partitions,
            rollback,
        } => {
            let plan_arg = plan
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "<plan file>".into());
            write_stdout(&format!(
                "reassignment of {partitions} partitions submitted.\nwatch:  mskctl partition reassign status\nfinish: mskctl partition reassign verify --plan {plan_arg}   (removes the throttles when all is done)\nundo:   mskctl partition reassign execute --plan {}",
                rollback.display()
            ))?
        }
        ExecuteResult::Complete {
            partitions,
            throttles,
        } => {
            if let Some(cleanup) = throttles {
                eprintln!("{}", throttle_note(cleanup));
            }
            write_stdout(&format!("reassignment complete: {partitions} partitions"))?
        }
        ExecuteResult::Incomplete(p) => {
            progress(format, p)?;
            bail!(
                "{} partitions did not reach their planned replicas",
                p.failed + p.not_applied
            );
        }
    }
    Ok(Outcome::Success)
}
