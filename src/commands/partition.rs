//! `partition snapshot`, `partition reassign plan|execute|status|verify|cancel`,
//! `partition elect-leaders`; also the executor behind `broker drain`.

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use super::{confirm_on, connect, connect_with_target, regex_arg, target_of};
use crate::cli::{ExecuteArgs, GlobalArgs, OutputFormat, PartitionCommand, ReassignCommand};
use crate::error::{Outcome, UsageError};
use crate::kafka::admin::TopicPartition;
use crate::kafka::reassignment::Election;
use crate::kafka::Admin;
use crate::reassign::execute::{
    cancel as cancel_reassignments, cancellable, clear_throttles_when_idle, live_snapshot,
    progress, restore_throttles, rollback_for, set_throttles, throttles_for, CancelScope,
    PartitionState, Progress, ThrottleCleanup, ThrottleUndo,
};
use crate::reassign::planner::{plan as plan_reassignment, Goal, PlanResult};
use crate::reassign::{
    parse_reassignment, parse_snapshot, validate_reassignment, Reassignment, Snapshot,
};
use crate::render::{emit, emit_sections, write_stdout, Table};
use crate::units::format_bytes;

pub async fn run(cmd: &PartitionCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    match cmd {
        PartitionCommand::Snapshot { topics, out } => {
            snapshot(global, topics.as_deref(), out.as_deref()).await
        }
        PartitionCommand::Reassign(r) => reassign(r, global).await,
        PartitionCommand::ElectLeaders {
            preferred: _,
            unclean,
            topic,
            partition,
            all,
        } => elect(global, *unclean, topic.as_deref(), *partition, *all).await,
    }
}

async fn snapshot(
    global: &GlobalArgs,
    topics: Option<&str>,
    out: Option<&Path>,
) -> anyhow::Result<Outcome> {
    let re = regex_arg("--topics", topics)?;
    let admin = connect(global).await?;
    let snap = live_snapshot(&admin, re.as_ref(), true).await?;
    let text = serde_json::to_string_pretty(&snap)?;
    match out {
        Some(path) => {
            std::fs::write(path, text + "\n")
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!(
                "snapshot of {} brokers and {} partitions written to {}",
                snap.brokers.len(),
                snap.partitions.len(),
                path.display()
            );
        }
        None => write_stdout(&text)?,
    }
    Ok(Outcome::Success)
}

async fn reassign(cmd: &ReassignCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    match cmd {
        ReassignCommand::Plan {
            live: _,
            snapshot,
            drain_brokers,
            brokers,
            topics,
            replication_factor,
            max_moves,
        } => {
            let re = regex_arg("--topics", topics.as_deref())?;
            let snap = match snapshot {
                Some(path) => read_snapshot(path)?,
                None => {
                    let admin = connect(global).await?;
                    live_snapshot(&admin, None, true).await?
                }
            };
            let goal = Goal {
                drain_brokers: drain_brokers
                    .as_ref()
                    .map(|b| b.0.iter().copied().collect())
                    .unwrap_or_default(),
                brokers: brokers.as_ref().map(|b| b.0.iter().copied().collect()),
                topics: re,
                replication_factor: replication_factor.map(usize::from),
                max_moves: *max_moves,
            };
            let result = plan_reassignment(&snap, &goal).map_err(|e| anyhow!("{e}"))?;
            render_plan(global.output, &result)?;
            Ok(Outcome::Success)
        }
        ReassignCommand::Execute {
            plan,
            allow_replication_factor_change,
            exec,
        } => {
            let reassignment = read_reassignment(plan)?;
            let admin = connect(global).await?;
            execute(
                &admin,
                global,
                reassignment,
                exec,
                *allow_replication_factor_change,
                Some(plan),
            )
            .await
        }
        ReassignCommand::Status => status(global).await,
        ReassignCommand::Verify {
            plan,
            preserve_throttles,
        } => verify(global, plan, *preserve_throttles).await,
        ReassignCommand::Cancel {
            plan,
            all,
            preserve_throttles,
        } => cancel(global, plan.as_deref(), *all, *preserve_throttles).await,
    }
}

fn read_snapshot(path: &Path) -> anyhow::Result<Snapshot> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    parse_snapshot(&text, &path.display().to_string()).map_err(|e| anyhow!("{e}"))
}

fn read_reassignment(path: &Path) -> anyhow::Result<Reassignment> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    parse_reassignment(&text, &path.display().to_string()).map_err(|e| anyhow!("{e}"))
}

fn render_plan(format: OutputFormat, r: &PlanResult) -> anyhow::Result<()> {
    if format == OutputFormat::Json {
        // Exactly Kafka's reassignment JSON, so it can be fed to
        // kafka-reassign-partitions.sh as well as to `execute`.
        return write_stdout(&serde_json::to_string(&r.reassignment)?);
    }
    #[derive(Serialize)]
    struct Summary<'a> {
        partitions: usize,
        moves: usize,
        lower_bound: usize,
        bytes_to_move: u64,
        truncated: bool,
        reassignment: &'a Reassignment,
    }
    let summary = Summary {
        partitions: r.reassignment.partitions.len(),
        moves: r.moves,
        lower_bound: r.lower_bound,
        bytes_to_move: r.bytes_to_move,
        truncated: r.truncated,
        reassignment: &r.reassignment,
    };
    emit_sections(format, &summary, || {
        let mut s = Table::new([
            "PARTITIONS CHANGED",
            "REPLICA MOVES",
            "LOWER BOUND",
            "RATIO",
            "BYTES TO MOVE",
        ]);
        let ratio = if r.lower_bound == 0 {
            if r.moves == 0 {
                "1.00".to_string()
            } else {
                "-".to_string()
            }
        } else {
            format!("{:.2}", r.moves as f64 / r.lower_bound as f64)
        };
        s.row([
            r.reassignment.partitions.len().to_string(),
            r.moves.to_string()
                + if r.truncated {
                    " (--max-moves reached)"
                } else {
                    ""
                },
            r.lower_bound.to_string(),
            ratio,
            format_bytes(r.bytes_to_move as i64),
        ]);
        let mut b = Table::new([
            "BROKER",
            "RACK",
            "REPLICAS BEFORE",
            "AFTER",
            "LEADERS BEFORE",
            "AFTER",
        ]);
        for (before, after) in r.before.iter().zip(r.after.iter()) {
            b.row([
                before.id.to_string(),
                before.rack.clone().unwrap_or_else(|| "-".into()),
                before.replicas.to_string(),
                after.replicas.to_string(),
                before.leaders.to_string(),
                after.leaders.to_string(),
            ]);
        }
        vec![("Reassignment".to_string(), s), ("Brokers".to_string(), b)]
    })
}

fn default_rollback_path() -> PathBuf {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    PathBuf::from(format!("reassign-rollback-{secs}.json"))
}

/// Executes a reassignment: validate against the live cluster, write the
/// rollback plan, set throttles, submit in batches, optionally wait.
pub async fn execute(
    admin: &Admin,
    global: &GlobalArgs,
    plan: Reassignment,
    exec: &ExecuteArgs,
    allow_rf_change: bool,
    plan_path: Option<&Path>,
) -> anyhow::Result<Outcome> {
    // Kafka's tool refuses to start while other reassignments run unless
    // told to add to them: the broker rates and throttled-replica lists are
    // shared, and a second move changes when the first one's cleanup is due.
    let others = admin.list_reassignments(None).await?;
    if !others.is_empty() && !exec.additional {
        bail!(
            "{} partition reassignments are already in progress (see `mskctl partition reassign status`); nothing was changed. Use --additional to start this one alongside them.",
            others.len()
        );
    }
    let current = live_snapshot(admin, None, true).await?;
    if let Err(problems) = validate_reassignment(&plan, &current, allow_rf_change) {
        bail!(
            "the plan is refused; nothing was changed:\n  {}",
            problems.join("\n  ")
        );
    }
    let now: std::collections::BTreeMap<(&str, i32), &Vec<i32>> = current
        .partitions
        .iter()
        .map(|p| ((p.topic.as_str(), p.partition), &p.replicas))
        .collect();
    let mut todo = plan.clone();
    todo.partitions.retain(|e| {
        now.get(&(e.topic.as_str(), e.partition))
            .is_none_or(|r| **r != e.replicas)
    });
    if todo.partitions.is_empty() {
        write_stdout("every partition already has its planned replicas; nothing to do")?;
        return Ok(Outcome::Success);
    }
    let throttles = throttles_for(&todo, &current);
    let moving_replicas: usize = throttles.topics.values().map(|(_, f)| f.len()).sum();
    eprintln!(
        "About to reassign {} partitions ({} replicas to copy){}.",
        todo.partitions.len(),
        moving_replicas,
        match exec.throttle {
            Some(rate) => format!(", throttled to {}/s", format_bytes(rate)),
            None => ", without a throttle".into(),
        }
    );
    confirm_on(global, &target_of(global, admin), "Start the reassignment?")?;

    // The rollback plan goes to disk before anything changes.
    let rollback = rollback_for(&todo, &current, &others);
    let rollback_path = exec
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
    eprintln!("rollback plan written to {}", rollback_path.display());

    let mut undo: Option<ThrottleUndo> = None;
    if let Some(rate) = exec.throttle {
        let (failures, before) = set_throttles(admin, &throttles, rate).await?;
        undo = Some(before);
        if !failures.is_empty() {
            bail!(
                "could not set the replication throttles; no reassignment was submitted:\n  {}",
                failures.join("\n  ")
            );
        }
        eprintln!(
            "throttle set: {}/s on brokers {}",
            format_bytes(rate),
            throttles
                .brokers
                .iter()
                .map(|b| b.to_string())
                .collect::<Vec<_>>()
                .join(",")
        );
    }

    let batch = exec
        .batch
        .map(|b| b as usize)
        .unwrap_or(todo.partitions.len())
        .max(1);
    let batches: Vec<&[crate::reassign::ReassignmentEntry]> =
        todo.partitions.chunks(batch).collect();
    let count = batches.len();
    let mut submitted = 0usize;
    for (i, chunk) in batches.into_iter().enumerate() {
        let targets: Vec<crate::kafka::reassignment::ReassignmentTarget> = chunk
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
        eprintln!(
            "batch {}/{count}: {} partitions submitted",
            i + 1,
            chunk.len()
        );
        let last = i + 1 == count;
        if !last || exec.wait {
            let batch_plan = Reassignment {
                version: 1,
                partitions: chunk.to_vec(),
            };
            wait(
                admin,
                &batch_plan,
                &current,
                if last { &todo } else { &batch_plan },
            )
            .await?;
        }
    }

    let plan_arg = plan_path
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "<plan file>".into());
    if exec.wait {
        let p = progress(admin, &todo).await?;
        if p.failed + p.not_applied > 0 {
            report_progress(global.output, &p)?;
            bail!(
                "{} partitions did not reach their planned replicas",
                p.failed + p.not_applied
            );
        }
        if exec.throttle.is_some() {
            let topics: BTreeSet<String> = throttles.topics.keys().cloned().collect();
            let (cleanup, failures) = clear_throttles_when_idle(admin, &topics, false).await?;
            if !failures.is_empty() {
                bail!(
                    "the reassignment is complete, but some throttles could not be removed:\n  {}",
                    failures.join("\n  ")
                );
            }
            eprintln!("{}", throttle_note(&cleanup));
        }
        write_stdout(&format!(
            "reassignment complete: {} partitions",
            todo.partitions.len()
        ))?;
    } else {
        write_stdout(&format!(
            "reassignment of {} partitions submitted.\nwatch:  mskctl partition reassign status\nfinish: mskctl partition reassign verify --plan {plan_arg}   (removes the throttles when all is done)\nundo:   mskctl partition reassign execute --plan {}",
            todo.partitions.len(),
            rollback_path.display()
        ))?;
    }
    Ok(Outcome::Success)
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

fn throttle_note(cleanup: &ThrottleCleanup) -> String {
    match cleanup {
        ThrottleCleanup::Removed => "replication throttles removed".into(),
        ThrottleCleanup::Preserved => "replication throttles left in place (--preserve-throttles)".into(),
        ThrottleCleanup::KeptWhileMoving(n) => format!(
            "replication throttles left in place: {n} partition reassignments are still in progress in the cluster"
        ),
    }
}

/// Polls until `plan`'s partitions are no longer in progress, with a
/// progress bar on a terminal and a line every few seconds otherwise.
/// Ctrl-C ends the wait, never the reassignment.
async fn wait(
    admin: &Admin,
    plan: &Reassignment,
    before: &Snapshot,
    overall: &Reassignment,
) -> anyhow::Result<()> {
    let sizes: std::collections::BTreeMap<(&str, i32), u64> = before
        .partitions
        .iter()
        .filter_map(|p| p.size_bytes.map(|s| ((p.topic.as_str(), p.partition), s)))
        .collect();
    let total_bytes: u64 = plan
        .partitions
        .iter()
        .filter_map(|e| sizes.get(&(e.topic.as_str(), e.partition)))
        .sum();
    let interactive = std::io::stderr().is_terminal();
    let bar = if interactive {
        let bar = ProgressBar::new(plan.partitions.len() as u64);
        let style = ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} partitions {msg} ETA {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        Some(bar)
    } else {
        None
    };
    eprintln!(
        "waiting for {} partitions{} (Ctrl-C stops waiting, not the reassignment)",
        plan.partitions.len(),
        if overall.partitions.len() != plan.partitions.len() {
            format!(" of {}", overall.partitions.len())
        } else {
            String::new()
        }
    );
    let started = Instant::now();
    let mut last_line = Instant::now();
    let mut delay = Duration::from_millis(100);
    loop {
        let p = progress(admin, plan).await?;
        let done_bytes: u64 = p
            .partitions
            .iter()
            .filter(|(_, s)| *s == PartitionState::Done)
            .filter_map(|(e, _)| sizes.get(&(e.topic.as_str(), e.partition)))
            .sum();
        let bytes = if total_bytes > 0 {
            format!(
                "({} / {})",
                format_bytes(done_bytes as i64),
                format_bytes(total_bytes as i64)
            )
        } else {
            String::new()
        };
        match &bar {
            Some(bar) => {
                bar.set_position((p.done + p.failed) as u64);
                bar.set_message(bytes.clone());
            }
            None if last_line.elapsed() >= Duration::from_secs(10) || p.finished() => {
                eprintln!(
                    "[{:>4}s] {}/{} partitions done, {} in progress {bytes}",
                    started.elapsed().as_secs(),
                    p.done,
                    p.total,
                    p.in_progress
                );
                last_line = Instant::now();
            }
            None => {}
        }
        if p.finished() {
            if let Some(bar) = &bar {
                bar.finish();
            }
            return Ok(());
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(Duration::from_secs(2));
    }
}

fn report_progress(format: OutputFormat, p: &Progress) -> anyhow::Result<()> {
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

fn ids(v: &[i32]) -> String {
    v.iter()
        .map(|b| b.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

async fn status(global: &GlobalArgs) -> anyhow::Result<Outcome> {
    let admin = connect(global).await?;
    let ongoing = admin.list_reassignments(None).await?;
    #[derive(Serialize)]
    struct Row {
        topic: String,
        partition: i32,
        current: Vec<i32>,
        target: Vec<i32>,
        adding: Vec<i32>,
        removing: Vec<i32>,
    }
    let rows: Vec<Row> = ongoing
        .into_iter()
        .map(|o| Row {
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
        .collect();
    emit(global.output, &rows, || {
        let mut t = Table::new([
            "TOPIC",
            "PARTITION",
            "CURRENT",
            "TARGET",
            "ADDING",
            "REMOVING",
        ]);
        for r in &rows {
            t.row([
                r.topic.clone(),
                r.partition.to_string(),
                ids(&r.current),
                ids(&r.target),
                ids(&r.adding),
                ids(&r.removing),
            ]);
        }
        t
    })?;
    if rows.is_empty() {
        eprintln!("no reassignment in progress");
    }
    Ok(Outcome::Success)
}

async fn verify(
    global: &GlobalArgs,
    plan_path: &Path,
    preserve_throttles: bool,
) -> anyhow::Result<Outcome> {
    let plan = read_reassignment(plan_path)?;
    let admin = connect(global).await?;
    let p = progress(&admin, &plan).await?;
    report_progress(global.output, &p)?;
    eprintln!(
        "{} done, {} in progress, {} not applied, {} failed, of {}",
        p.done, p.in_progress, p.not_applied, p.failed, p.total
    );
    let topics: BTreeSet<String> = plan.partitions.iter().map(|e| e.topic.clone()).collect();
    let (cleanup, failures) =
        clear_throttles_when_idle(&admin, &topics, preserve_throttles).await?;
    if !failures.is_empty() {
        bail!(
            "some throttles could not be removed:\n  {}",
            failures.join("\n  ")
        );
    }
    eprintln!("{}", throttle_note(&cleanup));
    if p.failed + p.not_applied > 0 {
        return Ok(Outcome::CheckFailed);
    }
    if p.in_progress > 0 {
        return Ok(Outcome::ChangesPending);
    }
    Ok(Outcome::Success)
}

async fn cancel(
    global: &GlobalArgs,
    plan_path: Option<&Path>,
    all: bool,
    preserve_throttles: bool,
) -> anyhow::Result<Outcome> {
    let plan = match (plan_path, all) {
        (Some(path), false) => Some(read_reassignment(path)?),
        (None, true) => None,
        _ => return Err(UsageError("give --plan FILE or --all".into()).into()),
    };
    let scope = match &plan {
        Some(p) => CancelScope::Plan(p),
        None => CancelScope::All,
    };
    let (admin, target) = connect_with_target(global).await?;
    let ongoing = cancellable(&admin, scope).await?;
    if ongoing.is_empty() {
        eprintln!(
            "no reassignment of {} is in progress; nothing to cancel",
            if all {
                "any partition"
            } else {
                "the plan's partitions"
            }
        );
    } else {
        eprintln!("Reassignments in progress:");
        for o in &ongoing {
            eprintln!(
                "  {}-{}: replicas {} (adding {}, removing {})",
                o.topic,
                o.partition,
                ids(&o.replicas),
                ids(&o.adding),
                ids(&o.removing)
            );
        }
        confirm_on(
            global,
            &target,
            &format!(
                "Cancel {} reassignments{} (partitions return to their original replicas)?",
                ongoing.len(),
                if all { " across the cluster" } else { "" }
            ),
        )?;
    }
    let topics: BTreeSet<String> = match &plan {
        Some(p) => p.partitions.iter().map(|e| e.topic.clone()).collect(),
        None => ongoing.iter().map(|o| o.topic.clone()).collect(),
    };
    let result = cancel_reassignments(&admin, &ongoing, &topics, preserve_throttles).await?;
    write_stdout(&format!(
        "cancelled {} reassignments",
        result.cancelled.len()
    ))?;
    eprintln!("{}", throttle_note(&result.throttles));
    let mut problems: Vec<String> = result
        .failed
        .iter()
        .map(|((t, p), e)| format!("{t}-{p}: {e}"))
        .collect();
    problems.extend(result.throttle_failures.iter().cloned());
    if !problems.is_empty() {
        bail!(
            "some cancellations or throttle removals failed:\n  {}",
            problems.join("\n  ")
        );
    }
    Ok(Outcome::Success)
}

async fn elect(
    global: &GlobalArgs,
    unclean: bool,
    topic: Option<&str>,
    partition: Option<i32>,
    all: bool,
) -> anyhow::Result<Outcome> {
    let (admin, target) = connect_with_target(global).await?;
    let partitions: Option<Vec<TopicPartition>> = if all {
        None
    } else {
        let name = topic.ok_or_else(|| UsageError("give --topic T or --all".into()))?;
        let info = admin
            .require_topics(&[name.to_string()])
            .await?
            .into_iter()
            .next()
            .ok_or_else(|| anyhow!("topic '{name}' not found"))?;
        Some(match partition {
            Some(p) if info.partitions.iter().any(|x| x.partition == p) => {
                vec![(name.to_string(), p)]
            }
            Some(p) => bail!(
                "topic '{name}' has no partition {p} (it has {})",
                info.partitions.len()
            ),
            None => info
                .partitions
                .iter()
                .map(|p| (name.to_string(), p.partition))
                .collect(),
        })
    };
    let election = if unclean {
        let scope = match &partitions {
            None => "every partition".to_string(),
            Some(p) => format!("{} partitions", p.len()),
        };
        eprintln!(
            "Unclean election makes an out-of-sync replica the leader: records it lacks are lost."
        );
        confirm_on(
            global,
            &target,
            &format!("Run an unclean leader election on {scope}?"),
        )?;
        Election::Unclean
    } else {
        Election::Preferred
    };
    let results = admin.elect_leaders(election, partitions.as_deref()).await?;
    let failed: Vec<String> = results
        .iter()
        .filter_map(|((t, p), r)| r.as_ref().err().map(|e| format!("{t}-{p}: {e}")))
        .collect();
    write_stdout(&format!(
        "leader election done for {} partitions",
        results.len() - failed.len()
    ))?;
    if !failed.is_empty() {
        bail!("{}", failed.join("\n"));
    }
    Ok(Outcome::Success)
}
