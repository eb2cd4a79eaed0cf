//! `partition snapshot`, `partition reassign plan|execute|status|verify|cancel`,
//! `partition throttle list|clear`, `partition elect-leaders`.

use std::path::Path;

use anyhow::{anyhow, bail, Context};
use serde::Serialize;

use super::{confirm_policy, connect, connect_with_target, regex_arg, target_of, TerminalPrompt};
use crate::cli::{
    BalanceArg, BalanceArgs, ExecuteArgs, GlobalArgs, OutputFormat, PartitionCommand,
    ReassignCommand, ThrottleCommand, ThrottleScopeArgs,
};
use crate::error::{Outcome, UsageError};
use crate::kafka::Admin;
use crate::ops::elect::{self, ElectOptions, ElectScope};
use crate::ops::reassign::{
    self as reassign_ops, balance_name, ids, live_snapshot, CancelOptions, ExecuteOptions,
    ExecuteSettings, VerifyOptions,
};
use crate::ops::throttle::{self, ClearOptions, ThrottleList, ThrottleScope};
use crate::reassign::planner::{
    plan as plan_reassignment, Balance, BalanceSettings, BrokerLoad, BytesBand, Goal, PlanResult,
};
use crate::reassign::{parse_reassignment, parse_snapshot, Reassignment, Snapshot};
use crate::render::reassign::{
    execute_result, progress as show_progress, throttle_note, StderrEvents,
};
use crate::render::{emit, emit_sections, write_stdout, Table};
use crate::units::format_bytes;

pub async fn run(cmd: &PartitionCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    match cmd {
        PartitionCommand::Snapshot { topics, out } => {
            snapshot(global, topics.as_deref(), out.as_deref()).await
        }
        PartitionCommand::Reassign(r) => reassign(r, global).await,
        PartitionCommand::Throttle(t) => throttles(t, global).await,
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
            balance,
        } => {
            let re = regex_arg("--topics", topics.as_deref())?;
            let snap = match snapshot {
                Some(path) => read_snapshot(path)?,
                None => {
                    let admin = connect(global).await?;
                    live_snapshot(&admin, None, true).await?
                }
            };
            let goal = balance_settings(balance).apply(
                &snap,
                Goal {
                    drain_brokers: drain_brokers
                        .as_ref()
                        .map(|b| b.0.iter().copied().collect())
                        .unwrap_or_default(),
                    brokers: brokers.as_ref().map(|b| b.0.iter().copied().collect()),
                    topics: re,
                    replication_factor: replication_factor.map(usize::from),
                    max_moves: *max_moves,
                    ..Goal::default()
                },
            );
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
            // An MSK Express cluster balancing itself refuses the move, or
            // pauses that around it with --pause-rebalancing.
            super::express::guarded_move(global, exec.pause_rebalancing, async {
                let admin = connect(global).await?;
                let opts = ExecuteOptions {
                    plan: reassignment,
                    allow_replication_factor_change: *allow_replication_factor_change,
                    settings: execute_settings(global, &admin, exec),
                };
                let result = reassign_ops::execute(
                    &admin,
                    &opts,
                    &mut TerminalPrompt,
                    &mut StderrEvents::new(),
                )
                .await
                .map_err(|e| with_resume_command(global, plan, e))?;
                execute_result(global.output, &result, Some(plan))
            })
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

/// The balance flags as the planner takes them.
pub fn balance_settings(args: &BalanceArgs) -> BalanceSettings {
    BalanceSettings {
        balance: args.balance.map(|b| match b {
            BalanceArg::Bytes => Balance::Bytes,
            BalanceArg::Replicas => Balance::Replicas,
        }),
        max_bytes: args.max_bytes,
        capacity: args.capacity,
        max_fill: Some(args.max_fill),
    }
}

fn read_snapshot(path: &Path) -> anyhow::Result<Snapshot> {
    let text = crate::input::read_file_to_string(path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    parse_snapshot(&text, &path.display().to_string()).map_err(|e| anyhow!("{e}"))
}

fn read_reassignment(path: &Path) -> anyhow::Result<Reassignment> {
    let text = crate::input::read_file_to_string(path)
        .with_context(|| format!("cannot read {}", path.display()))?;
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
        balance: Balance,
        partitions: usize,
        moves: usize,
        lower_bound: usize,
        bytes_to_move: u64,
        bytes_lower_bound: u64,
        bytes_band: &'a BytesBand,
        truncated: bool,
        brokers: Vec<BrokerSummary<'a>>,
        reassignment: &'a Reassignment,
    }
    #[derive(Serialize)]
    struct BrokerSummary<'a> {
        before: &'a BrokerLoad,
        after: &'a BrokerLoad,
    }
    let summary = Summary {
        balance: r.balance,
        partitions: r.reassignment.partitions.len(),
        moves: r.moves,
        lower_bound: r.lower_bound,
        bytes_to_move: r.bytes_to_move,
        bytes_lower_bound: r.bytes_lower_bound,
        bytes_band: &r.bytes_band,
        truncated: r.truncated,
        brokers: r
            .before
            .iter()
            .zip(&r.after)
            .map(|(before, after)| BrokerSummary { before, after })
            .collect(),
        reassignment: &r.reassignment,
    };
    let ratio = |done: u64, bound: u64| {
        if bound == 0 {
            if done == 0 {
                "1.00".to_string()
            } else {
                "-".to_string()
            }
        } else {
            format!("{:.2}", done as f64 / bound as f64)
        }
    };
    let bytes = |b: u64| format_bytes(i64::try_from(b).unwrap_or(i64::MAX));
    emit_sections(format, &summary, || {
        let cut = if r.truncated {
            " (--max-moves/--max-bytes reached)"
        } else {
            ""
        };
        let mut s = Table::new([
            "BALANCE",
            "PARTITIONS CHANGED",
            "REPLICA MOVES",
            "LOWER BOUND",
            "RATIO",
            "BYTES TO MOVE",
            "BYTES LOWER BOUND",
            "BYTES RATIO",
            "BYTES BAND",
        ]);
        let band = &r.bytes_band;
        s.row([
            balance_name(r.balance).to_string(),
            r.reassignment.partitions.len().to_string(),
            r.moves.to_string() + cut,
            r.lower_bound.to_string(),
            ratio(r.moves as u64, r.lower_bound as u64),
            bytes(r.bytes_to_move) + cut,
            bytes(r.bytes_lower_bound),
            ratio(r.bytes_to_move, r.bytes_lower_bound),
            format!(
                "\u{b1}{:.1}% -> \u{b1}{:.1}% (target \u{b1}{:.0}%; replicas \u{b1}{:.1}%)",
                band.before_percent,
                band.after_percent,
                band.target_percent,
                band.replicas_after_percent
            ),
        ]);
        let mut b = Table::new([
            "BROKER",
            "RACK",
            "BYTES BEFORE",
            "AFTER",
            "REPLICAS BEFORE",
            "AFTER",
            "LEADERS BEFORE",
            "AFTER",
        ]);
        for (before, after) in r.before.iter().zip(r.after.iter()) {
            b.row([
                before.id.to_string(),
                before.rack.clone().unwrap_or_else(|| "-".into()),
                bytes(before.bytes),
                bytes(after.bytes),
                before.replicas.to_string(),
                after.replicas.to_string(),
                before.leaders.to_string(),
                after.leaders.to_string(),
            ]);
        }
        vec![("Reassignment".to_string(), s), ("Brokers".to_string(), b)]
    })
}

/// A wait that gave up on the cluster, with the command that picks the
/// reassignment up again (verifies it and removes its throttles once done);
/// any other error as it is.
fn with_resume_command(global: &GlobalArgs, plan: &Path, e: anyhow::Error) -> anyhow::Error {
    if e.downcast_ref::<reassign_ops::WaitGaveUp>().is_none() {
        return e;
    }
    let plan = plan.display().to_string();
    let resume = super::rerun::command_line(
        global,
        &["partition", "reassign", "verify", "--plan", &plan],
    );
    anyhow!("{e}\nto pick it up again, run: {resume}")
}

/// How long a reassignment wait may last: `--timeout` when given, else as
/// long as the reassignment runs (the 30s default bounds network work, not
/// a wait that may take hours).
pub fn reassign_wait_bound(global: &GlobalArgs) -> Option<std::time::Duration> {
    global.timeout_given.then_some(global.timeout)
}

/// How `execute` runs, from its flags.
fn execute_settings(global: &GlobalArgs, admin: &Admin, exec: &ExecuteArgs) -> ExecuteSettings {
    ExecuteSettings {
        throttle: exec.throttle,
        batch: exec.batch.map(|b| b as usize),
        rollback_out: exec.rollback_out.clone(),
        wait: exec.wait,
        wait_bound: reassign_wait_bound(global),
        additional: exec.additional,
        max_concurrent_per_broker: Some(exec.max_concurrent_per_broker),
        confirm: confirm_policy(global),
        target: target_of(global, admin),
    }
}

async fn status(global: &GlobalArgs) -> anyhow::Result<Outcome> {
    let admin = connect(global).await?;
    let rows = reassign_ops::status(&admin).await?;
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
    let opts = VerifyOptions {
        plan: read_reassignment(plan_path)?,
        preserve_throttles,
    };
    let admin = connect(global).await?;
    let r = reassign_ops::verify(&admin, &opts).await?;
    let p = &r.progress;
    show_progress(global.output, p)?;
    eprintln!(
        "{} done, {} in progress, {} not applied, {} failed, of {}",
        p.done, p.in_progress, p.not_applied, p.failed, p.total
    );
    if !r.throttle_failures.is_empty() {
        bail!(
            "some throttles could not be removed:\n  {}",
            r.throttle_failures.join("\n  ")
        );
    }
    eprintln!("{}", throttle_note(&r.throttles));
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
    let (admin, target) = connect_with_target(global).await?;
    let opts = CancelOptions {
        plan,
        preserve_throttles,
        confirm: confirm_policy(global),
        target,
    };
    let result =
        reassign_ops::cancel(&admin, &opts, &mut TerminalPrompt, &mut StderrEvents::new()).await?;
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

fn throttle_scope(args: &ThrottleScopeArgs) -> anyhow::Result<ThrottleScope> {
    Ok(ThrottleScope {
        brokers: args.broker.as_ref().map(|b| b.0.clone()),
        topics: regex_arg("--topic", args.topic.as_deref())?,
    })
}

fn throttle_table(list: &ThrottleList) -> Table {
    let mut t = Table::new(["RESOURCE", "NAME", "LEADER", "FOLLOWER"]);
    // Rates are bytes per second; shown readable beside Kafka's value.
    let rate = |v: &Option<String>| match v {
        None => "-".to_string(),
        Some(s) => match s.trim().parse::<i64>() {
            Ok(n) => format!("{s} ({}/s)", format_bytes(n)),
            Err(_) => s.clone(),
        },
    };
    let list_of = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    for b in &list.brokers {
        t.row([
            "broker".to_string(),
            b.broker.to_string(),
            rate(&b.leader_rate),
            rate(&b.follower_rate),
        ]);
    }
    for x in &list.topics {
        t.row([
            "topic".to_string(),
            x.topic.clone(),
            list_of(&x.leader_replicas),
            list_of(&x.follower_replicas),
        ]);
    }
    t
}

async fn throttles(cmd: &ThrottleCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    match cmd {
        ThrottleCommand::List(args) => {
            let scope = throttle_scope(args)?;
            let admin = connect(global).await?;
            let found = throttle::list(&admin, &scope).await?;
            emit(global.output, &found, || throttle_table(&found))?;
            if found.is_empty() {
                eprintln!("no replication throttles are set");
            }
            Ok(Outcome::Success)
        }
        ThrottleCommand::Clear(args) => {
            let scope = throttle_scope(args)?;
            let (admin, target) = connect_with_target(global).await?;
            let opts = ClearOptions {
                scope,
                confirm: confirm_policy(global),
                target,
            };
            let r = throttle::clear(&admin, &opts, &mut TerminalPrompt, &mut StderrEvents::new())
                .await?;
            emit(global.output, &r.removed, || throttle_table(&r.removed))?;
            if !r.failures.is_empty() {
                bail!(
                    "some throttles could not be removed (not done):\n  {}",
                    r.failures.join("\n  ")
                );
            }
            if !r.removed.is_empty() {
                eprintln!(
                    "removed the replication throttles of {} broker(s) and {} topic(s)",
                    r.removed.brokers.len(),
                    r.removed.topics.len()
                );
            }
            Ok(Outcome::Success)
        }
    }
}

async fn elect(
    global: &GlobalArgs,
    unclean: bool,
    topic: Option<&str>,
    partition: Option<i32>,
    all: bool,
) -> anyhow::Result<Outcome> {
    let (admin, target) = connect_with_target(global).await?;
    let scope = if all {
        ElectScope::All
    } else {
        let name = topic.ok_or_else(|| UsageError("give --topic T or --all".into()))?;
        ElectScope::Topic {
            name: name.to_string(),
            partition,
        }
    };
    let opts = ElectOptions {
        scope,
        unclean,
        confirm: confirm_policy(global),
        target,
    };
    let partitions = elect::partitions(&admin, &opts).await?;
    if unclean {
        eprintln!(
            "Unclean election makes an out-of-sync replica the leader: records it lacks are lost."
        );
    }
    let results = elect::elect(&admin, &opts, partitions.as_deref(), &mut TerminalPrompt).await?;
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
