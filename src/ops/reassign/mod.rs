//! Partition reassignment workflows: execute (validate, rollback plan,
//! throttles, batches, optional wait), wait, status, verify and cancel.
//! Each takes plain options and returns a result for the command to
//! render; long waits report through [`Events`], and the yes a change
//! needs comes from a [`Prompt`] under the run's [`Confirm`] policy.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use serde::Serialize;

use super::confirm::{confirm_operation, Confirm, Prompt, Target};
use crate::kafka::reassignment::ReassignmentTarget;
use crate::kafka::{Admin, KafkaError};
use crate::plan::Operation;
pub mod cluster;

use crate::reassign::execute::{
    batches, rollback_for, throttles_for, CancelResult, CancelScope, PartitionState, Progress,
    ThrottleCleanup, ThrottleUndo,
};
use crate::reassign::{validate_reassignment, Reassignment, Snapshot};
use crate::units::format_bytes;
pub use cluster::live_snapshot;
use cluster::{
    cancel as cancel_reassignments, cancellable, clear_throttles_when_idle, progress,
    restore_throttles, set_throttles,
};

/// A balance goal as plan summaries name it.
pub fn balance_name(b: crate::reassign::Balance) -> &'static str {
    match b {
        crate::reassign::Balance::Bytes => "bytes",
        crate::reassign::Balance::Replicas => "replicas",
    }
}

/// What a workflow reports while it runs, in order.
#[derive(Debug)]
pub enum Event<'a> {
    /// A line about what is happening (what is about to change, a file
    /// written, a batch submitted); shown as it comes.
    Note(&'a str),
    /// A wait for `partitions` partitions (of `of` in the whole plan) starts.
    WaitStarted { partitions: usize, of: usize },
    /// One look at the cluster during a wait.
    Tick(&'a Tick),
}

/// Where a wait stands after one poll.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    pub elapsed: Duration,
    pub done: usize,
    pub failed: usize,
    pub in_progress: usize,
    pub total: usize,
    /// Bytes of the partitions done, and of all waited for; 0 when the
    /// cluster reported no sizes.
    pub done_bytes: u64,
    pub total_bytes: u64,
    /// Nothing of the wait is in progress any more: the last tick.
    pub finished: bool,
}

/// Receives a workflow's [`Event`]s (the command renders them: a progress
/// bar on a terminal, lines otherwise).
pub trait Events {
    fn on(&mut self, event: Event<'_>);
}

impl<F: FnMut(Event<'_>)> Events for F {
    fn on(&mut self, event: Event<'_>) {
        self(event)
    }
}

/// How a reassignment is carried out, whatever plan it carries out.
#[derive(Debug, Clone)]
pub struct ExecuteSettings {
    /// Replication throttle in bytes per second; none means unthrottled.
    pub throttle: Option<i64>,
    /// Partitions submitted at a time (each batch waited for); none means
    /// all at once.
    pub batch: Option<usize>,
    /// Where the rollback plan goes (default `reassign-rollback-<secs>.json`).
    pub rollback_out: Option<PathBuf>,
    /// Wait for the end, then verify and remove the throttles.
    pub wait: bool,
    /// How long each wait may last (`--timeout` when given); none waits as
    /// long as the reassignment runs, giving up only after
    /// [`UNBOUNDED_WAIT_OUTAGE`] without an answer from the cluster.
    pub wait_bound: Option<Duration>,
    /// Start even while other reassignments run.
    pub additional: bool,
    /// At most this many replicas arriving on one broker per batch; none
    /// means no bound.
    pub max_concurrent_per_broker: Option<usize>,
    pub confirm: Confirm,
    pub target: Target,
}

#[derive(Debug, Clone)]
pub struct ExecuteOptions {
    pub plan: Reassignment,
    /// Let the plan change a partition's replica count.
    pub allow_replication_factor_change: bool,
    pub settings: ExecuteSettings,
}

/// What an execute did.
#[derive(Debug)]
pub enum ExecuteResult {
    /// Every partition already had its planned replicas.
    NothingToDo,
    /// Submitted without waiting: the partitions submitted and the
    /// rollback plan.
    Submitted {
        partitions: usize,
        rollback: PathBuf,
    },
    /// Waited for and verified; `throttles` says what became of them (none
    /// when no throttle was set).
    Complete {
        partitions: usize,
        throttles: Option<ThrottleCleanup>,
    },
    /// Waited for, but some partitions did not reach their replicas.
    Incomplete(Progress),
}

fn default_rollback_path() -> PathBuf {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    PathBuf::from(format!("reassign-rollback-{secs}.json"))
}

/// Executes a reassignment: validate against the live cluster, confirm,
/// write the rollback plan, set throttles, submit in batches, optionally
/// wait.
pub async fn execute(
    admin: &Admin,
    opts: &ExecuteOptions,
    prompt: &mut dyn Prompt,
    events: &mut dyn Events,
) -> anyhow::Result<ExecuteResult> {
    let how = &opts.settings;
    let allow_rf_change = opts.allow_replication_factor_change;
    // Kafka's tool refuses to start while other reassignments run unless
    // told to add to them: the broker rates and throttled-replica lists are
    // shared, and a second move changes when the first one's cleanup is due.
    let others = admin.list_reassignments(None).await?;
    if !others.is_empty() && !how.additional {
        bail!(
            "{} partition reassignments are already in progress (see `mskctl partition reassign status`); nothing was changed. Use --additional to start this one alongside them.",
            others.len()
        );
    }
    let current = live_snapshot(admin, None, true).await?;
    if let Err(problems) = validate_reassignment(&opts.plan, &current, allow_rf_change) {
        bail!(
            "the plan is refused; nothing was changed:\n  {}",
            problems.join("\n  ")
        );
    }
    let now: BTreeMap<(&str, i32), &Vec<i32>> = current
        .partitions
        .iter()
        .map(|p| ((p.topic.as_str(), p.partition), &p.replicas))
        .collect();
    let mut todo = opts.plan.clone();
    todo.partitions.retain(|e| {
        now.get(&(e.topic.as_str(), e.partition))
            .is_none_or(|r| **r != e.replicas)
    });
    if todo.partitions.is_empty() {
        return Ok(ExecuteResult::NothingToDo);
    }
    let throttles = throttles_for(&todo, &current);
    let moving_replicas: usize = throttles.topics.values().map(|(_, f)| f.len()).sum();
    events.on(Event::Note(&format!(
        "About to reassign {} partitions ({} replicas to copy){}.",
        todo.partitions.len(),
        moving_replicas,
        match how.throttle {
            Some(rate) => format!(", throttled to {}/s", format_bytes(rate)),
            None => ", without a throttle".into(),
        }
    )));
    confirm_operation(
        how.confirm,
        Operation::StartReassignment,
        &format!("Start the reassignment on {}?", how.target),
        prompt,
    )?;

    // The rollback plan goes to disk before anything changes.
    let rollback = rollback_for(&todo, &current, &others);
    let rollback_path = how
        .rollback_out
        .clone()
        .unwrap_or_else(default_rollback_path);
    std::fs::write(
        &rollback_path,
        serde_json::to_string_pretty(&rollback)? + "\n",
    )
    .with_context(|| {
        format!(
            "cannot write the rollback plan to {}; nothing was changed",
            rollback_path.display()
        )
    })?;
    events.on(Event::Note(&format!(
        "rollback plan written to {}",
        rollback_path.display()
    )));

    let mut undo: Option<ThrottleUndo> = None;
    if let Some(rate) = how.throttle {
        let (failures, before) = set_throttles(admin, &throttles, rate).await?;
        undo = Some(before);
        if !failures.is_empty() {
            bail!(
                "could not set the replication throttles; no reassignment was submitted:\n  {}",
                failures.join("\n  ")
            );
        }
        events.on(Event::Note(&format!(
            "throttle set: {}/s on brokers {}",
            format_bytes(rate),
            ids(&throttles.brokers.iter().copied().collect::<Vec<_>>())
        )));
    }

    let batches = batches(
        &todo.partitions,
        &current,
        how.batch,
        how.max_concurrent_per_broker,
    );
    let count = batches.len();
    let mut submitted = 0usize;
    for (i, chunk) in batches.into_iter().enumerate() {
        let targets: Vec<ReassignmentTarget> = chunk
            .iter()
            .map(|e| ((e.topic.clone(), e.partition), Some(e.replicas.clone())))
            .collect();
        let results = match admin.alter_reassignments(&targets, allow_rf_change).await {
            Ok(r) => r,
            Err(e) => {
                let note = undo_throttles(admin, undo.as_ref(), submitted).await;
                return Err(anyhow::Error::new(e)
                    .context(format!("the reassignment could not be submitted{note}")));
            }
        };
        let failed: Vec<String> = results
            .iter()
            .filter_map(|((t, p), r)| r.as_ref().err().map(|e| format!("{t}-{p}: {e}")))
            .collect();
        submitted += chunk.len() - failed.len();
        if !failed.is_empty() {
            let note = undo_throttles(admin, undo.as_ref(), submitted).await;
            bail!(
                "{} of {} partitions in batch {}/{count} were refused (the rest of that batch was submitted; {} partitions in total):\n  {}{note}\nRoll back with: mskctl partition reassign execute --plan {}",
                failed.len(),
                chunk.len(),
                i + 1,
                submitted,
                failed.join("\n  "),
                rollback_path.display()
            );
        }
        events.on(Event::Note(&format!(
            "batch {}/{count}: {} partitions submitted",
            i + 1,
            chunk.len()
        )));
        let last = i + 1 == count;
        if !last || how.wait {
            let batch_plan = Reassignment {
                version: 1,
                partitions: chunk.clone(),
            };
            let overall = if last { &todo } else { &batch_plan };
            wait(
                admin,
                &batch_plan,
                &current,
                overall,
                how.wait_bound,
                events,
            )
            .await?;
        }
    }

    if !how.wait {
        return Ok(ExecuteResult::Submitted {
            partitions: todo.partitions.len(),
            rollback: rollback_path,
        });
    }
    let p = progress(admin, &todo).await?;
    if p.failed + p.not_applied > 0 {
        return Ok(ExecuteResult::Incomplete(p));
    }
    let mut cleanup = None;
    if how.throttle.is_some() {
        let topics: BTreeSet<String> = throttles.topics.keys().cloned().collect();
        let (c, failures) = clear_throttles_when_idle(admin, &topics, false).await?;
        if !failures.is_empty() {
            bail!(
                "the reassignment is complete, but some throttles could not be removed:\n  {}",
                failures.join("\n  ")
            );
        }
        cleanup = Some(c);
    }
    Ok(ExecuteResult::Complete {
        partitions: todo.partitions.len(),
        throttles: cleanup,
    })
}

/// After a failed submission: when nothing of this run was accepted, the
/// throttles it set are put back as they were (a throttle with nothing
/// moving only slows the cluster's own replication down). Returns a note
/// for the error message.
async fn undo_throttles(admin: &Admin, undo: Option<&ThrottleUndo>, submitted: usize) -> String {
    let Some(undo) = undo else {
        return String::new();
    };
    if submitted > 0 {
        return format!(
            "\nthe throttles stay on for the {submitted} partitions that were submitted; `verify` removes them when nothing is moving"
        );
    }
    match restore_throttles(admin, undo).await {
        Ok(f) if f.is_empty() => "; the throttles it set were removed".into(),
        Ok(f) => format!(
            "; some throttles it set could not be removed:\n  {}",
            f.join("\n  ")
        ),
        Err(e) => format!("; the throttles it set could not be removed: {e}"),
    }
}

/// How long a wait without a bound of its own keeps retrying while the
/// cluster does not answer at all, before it gives up.
pub const UNBOUNDED_WAIT_OUTAGE: Duration = Duration::from_secs(10 * 60);

/// A wait that gave up on the cluster while the reassignment may still be
/// running there: the command layer adds how to pick it up again.
#[derive(Debug, thiserror::Error)]
#[error(
    "stopped waiting for the reassignment after {:.1}s: the cluster did not answer \
     ({failures} failed look{} in a row; last: {last}); the reassignment itself goes on in \
     the cluster (see `mskctl partition reassign status`)",
    waited.as_secs_f64(),
    if *failures == 1 { "" } else { "s" }
)]
pub struct WaitGaveUp {
    pub waited: Duration,
    pub failures: usize,
    pub last: String,
}

/// Whether a failed look at the cluster during a wait is worth another:
/// the connection or the broker may come back; a refused login or an
/// unsupported API will not.
fn passing(e: &KafkaError) -> bool {
    e.is_transport()
        || e.is_retriable()
        || matches!(
            e,
            KafkaError::Unreachable { .. } | KafkaError::Protocol { .. }
        )
}

/// Polls until `plan`'s partitions are no longer in progress, reporting a
/// [`Tick`] after every look (the first after 100 ms, then backing off to
/// every 2 s). `before` gives the partition sizes; `overall` is the whole
/// plan `plan` is a batch of. Ending the wait (Ctrl-C) never ends the
/// reassignment, and neither does a cluster that stops answering: failed
/// looks are retried until `bound` (see [`ExecuteSettings::wait_bound`]),
/// then the wait ends with [`WaitGaveUp`].
pub async fn wait(
    admin: &Admin,
    plan: &Reassignment,
    before: &Snapshot,
    overall: &Reassignment,
    bound: Option<Duration>,
    events: &mut dyn Events,
) -> anyhow::Result<()> {
    let sizes: BTreeMap<(&str, i32), u64> = before
        .partitions
        .iter()
        .filter_map(|p| p.size_bytes.map(|s| ((p.topic.as_str(), p.partition), s)))
        .collect();
    let total_bytes: u64 = plan
        .partitions
        .iter()
        .filter_map(|e| sizes.get(&(e.topic.as_str(), e.partition)))
        .sum();
    events.on(Event::WaitStarted {
        partitions: plan.partitions.len(),
        of: overall.partitions.len(),
    });
    let started = Instant::now();
    // Each look gets `--timeout` (or what is left of the bound) afresh: the
    // command's deadline does not cut a wait that has its own.
    let per_look = admin.client().timeout();
    let mut delay = Duration::from_millis(100);
    let mut failing: Option<(Instant, usize)> = None;
    loop {
        let budget = match bound {
            Some(b) => b.saturating_sub(started.elapsed()).min(per_look),
            None => per_look,
        };
        admin.client().renew_deadline(budget);
        let p = match progress(admin, plan).await {
            Ok(p) => {
                failing = None;
                p
            }
            Err(e) if passing(&e) => {
                let (since, failures) = failing.get_or_insert((Instant::now(), 0));
                *failures += 1;
                let spent = match bound {
                    Some(b) => started.elapsed() >= b,
                    None => since.elapsed() >= UNBOUNDED_WAIT_OUTAGE,
                };
                if spent {
                    return Err(WaitGaveUp {
                        waited: started.elapsed(),
                        failures: *failures,
                        last: e.to_string(),
                    }
                    .into());
                }
                if *failures == 1 {
                    events.on(Event::Note(&format!(
                        "no answer from the cluster ({e}); still waiting, trying again"
                    )));
                }
                let pause = match bound {
                    Some(b) => delay.min(b.saturating_sub(started.elapsed())),
                    None => delay,
                };
                tokio::time::sleep(pause).await;
                delay = (delay * 2).min(Duration::from_secs(2));
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        let done_bytes: u64 = p
            .partitions
            .iter()
            .filter(|(_, s)| *s == PartitionState::Done)
            .filter_map(|(e, _)| sizes.get(&(e.topic.as_str(), e.partition)))
            .sum();
        let tick = Tick {
            elapsed: started.elapsed(),
            done: p.done,
            failed: p.failed,
            in_progress: p.in_progress,
            total: p.total,
            done_bytes,
            total_bytes,
            finished: p.finished(),
        };
        events.on(Event::Tick(&tick));
        if tick.finished {
            return Ok(());
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(Duration::from_secs(2));
    }
}

/// One reassignment in progress, as `status` shows it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct StatusRow {
    pub topic: String,
    pub partition: i32,
    pub current: Vec<i32>,
    pub target: Vec<i32>,
    pub adding: Vec<i32>,
    pub removing: Vec<i32>,
}

/// Every reassignment in progress in the cluster.
pub async fn status(admin: &Admin) -> anyhow::Result<Vec<StatusRow>> {
    let ongoing = admin.list_reassignments(None).await?;
    Ok(ongoing
        .into_iter()
        .map(|o| StatusRow {
            target: o
                .replicas
                .iter()
                .filter(|b| !o.removing.contains(b))
                .copied()
                .collect(),
            topic: o.topic,
            partition: o.partition,
            current: o.replicas,
            adding: o.adding,
            removing: o.removing,
        })
        .collect())
}

pub struct VerifyOptions {
    pub plan: Reassignment,
    pub preserve_throttles: bool,
}

#[derive(Debug)]
pub struct VerifyResult {
    pub progress: Progress,
    pub throttles: ThrottleCleanup,
    /// Throttle removals that failed.
    pub throttle_failures: Vec<String>,
}

/// Where the plan's partitions stand; the throttles are removed when
/// nothing moves anywhere in the cluster (unless preserved).
pub async fn verify(admin: &Admin, opts: &VerifyOptions) -> anyhow::Result<VerifyResult> {
    let p = progress(admin, &opts.plan).await?;
    let topics: BTreeSet<String> = opts
        .plan
        .partitions
        .iter()
        .map(|e| e.topic.clone())
        .collect();
    let (throttles, throttle_failures) =
        clear_throttles_when_idle(admin, &topics, opts.preserve_throttles).await?;
    Ok(VerifyResult {
        progress: p,
        throttles,
        throttle_failures,
    })
}

pub struct CancelOptions {
    /// Cancel this plan's partitions; none means every reassignment in the
    /// cluster.
    pub plan: Option<Reassignment>,
    pub preserve_throttles: bool,
    pub confirm: Confirm,
    pub target: Target,
}

/// Cancels the reassignments in scope after a yes (the partitions return
/// to their original replicas), then removes throttles when nothing else
/// moves. With nothing in progress, only the throttle cleanup runs.
pub async fn cancel(
    admin: &Admin,
    opts: &CancelOptions,
    prompt: &mut dyn Prompt,
    events: &mut dyn Events,
) -> anyhow::Result<CancelResult> {
    let all = opts.plan.is_none();
    let scope = match &opts.plan {
        Some(p) => CancelScope::Plan(p),
        None => CancelScope::All,
    };
    let ongoing = cancellable(admin, scope).await?;
    if ongoing.is_empty() {
        events.on(Event::Note(&format!(
            "no reassignment of {} is in progress; nothing to cancel",
            if all {
                "any partition"
            } else {
                "the plan's partitions"
            }
        )));
    } else {
        let mut lines = vec!["Reassignments in progress:".to_string()];
        for o in &ongoing {
            lines.push(format!(
                "  {}-{}: replicas {} (adding {}, removing {})",
                o.topic,
                o.partition,
                ids(&o.replicas),
                ids(&o.adding),
                ids(&o.removing)
            ));
        }
        events.on(Event::Note(&lines.join("\n")));
        confirm_operation(
            opts.confirm,
            Operation::CancelReassignment,
            &format!(
                "Cancel {} reassignments{} (partitions return to their original replicas) on {}?",
                ongoing.len(),
                if all { " across the cluster" } else { "" },
                opts.target
            ),
            prompt,
        )?;
    }
    let topics: BTreeSet<String> = match &opts.plan {
        Some(p) => p.partitions.iter().map(|e| e.topic.clone()).collect(),
        None => ongoing.iter().map(|o| o.topic.clone()).collect(),
    };
    Ok(cancel_reassignments(admin, &ongoing, &topics, opts.preserve_throttles).await?)
}

/// `1,2,3`.
pub fn ids(v: &[i32]) -> String {
    v.iter()
        .map(|b| b.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// Writes a plan as Kafka's reassignment JSON, kept beside the rollback
/// file so `partition reassign verify --plan` has something to check.
pub fn write_plan(path: &std::path::Path, plan: &Reassignment) -> anyhow::Result<()> {
    std::fs::write(path, serde_json::to_string_pretty(plan)? + "\n")
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))
}
