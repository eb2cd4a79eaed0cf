//! `cluster scale NAME --brokers N --rebalance`: changing the broker count
//! together with the partition moves it needs.
//!
//! Scaling out: grow the cluster, wait for ACTIVE and for every new broker to
//! join the Kafka cluster, then move a minimal set of replicas onto them.
//! Scaling in: pick one broker per zone per step (the emptiest), drain them,
//! then lower the count one step at a time, since MSK removes only brokers
//! that hold no partitions and at most one per zone per operation.
//!
//! Every phase starts from the live state, so a re-run after Ctrl-C or a
//! failure carries on from wherever the last run stopped.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use anyhow::bail;

use super::{
    confirm_msk, describe_steps, fresh, msk_client, region_of_arn, wait_for_operation, wait_timeout,
};
use crate::cli::GlobalArgs;
use crate::commands::express::guarded_on;
use crate::commands::{connect, listener_for, target_of, TerminalPrompt};
use crate::error::Outcome;
use crate::kafka::Admin;
use crate::msk::apply::ClusterApplyError;
use crate::msk::client::Msk;
use crate::msk::control::ClusterControl;
use crate::msk::model::ClusterInfo;
use crate::msk::plan::plan_scale;
use crate::msk::rules;
use crate::ops::reassign::{ids, ExecuteSettings};
use crate::ops::rebalance::{
    execute_plan, plan_balance, plan_drain, replica_counts, snapshot_for_removal,
};
use crate::ops::Confirm;
use crate::plan::{Operation, Safety};
use crate::reassign::{BalanceSettings, PlanResult};
use crate::render::reassign::{execute_result, StderrEvents};
use crate::render::write_stdout;

/// How the partitions move, from the command's flags.
pub struct How {
    pub throttle: Option<i64>,
    pub balance: BalanceSettings,
    pub max_concurrent_per_broker: usize,
    pub pause_rebalancing: bool,
}

pub async fn scale_and_rebalance(
    global: &GlobalArgs,
    cluster: &str,
    brokers: i32,
    how: How,
) -> anyhow::Result<Outcome> {
    let How {
        throttle,
        mut balance,
        max_concurrent_per_broker,
        pause_rebalancing,
    } = how;
    let msk = msk_client(global).await?;
    let (arn, info) = fresh(&msk, cluster).await?;
    if brokers != info.broker_count {
        rules::check_broker_count(&info, brokers)?;
    }
    // Intelligent rebalancing (Express) moves partitions itself: a removal
    // needs no drain, and a move of ours is refused unless it is paused
    // around it (before anything changes, not after the growth).
    let express_moves = info.rebalancing_active() && !pause_rebalancing;
    if express_moves && brokers < info.broker_count {
        return super::express_scale_in(global, &msk, &info, brokers).await;
    }
    if express_moves {
        if let Some(r) = rules::rebalancing_problem(&info) {
            return Err(r.into());
        }
    }
    // Each broker's EBS volume is its capacity, unless given.
    if balance.capacity.is_none() && info.storage_gib > 0 {
        balance.capacity = Some(u64::from(info.storage_gib.unsigned_abs()) << 30);
    }
    let moves = Moves {
        throttle,
        pause: pause_rebalancing,
        balance,
        per_broker: max_concurrent_per_broker,
    };
    if brokers >= info.broker_count {
        scale_out(global, &msk, &arn, info, brokers, moves).await
    } else {
        scale_in(global, &msk, &arn, info, brokers, moves).await
    }
}

/// How the partitions move: the replication throttle, whether to pause
/// intelligent rebalancing (Express) around the moves, what the plan
/// balances, and the copies arriving per broker at a time.
struct Moves {
    throttle: Option<i64>,
    pause: bool,
    balance: BalanceSettings,
    per_broker: usize,
}

async fn scale_out(
    global: &GlobalArgs,
    msk: &Msk,
    arn: &str,
    info: ClusterInfo,
    brokers: i32,
    moves: Moves,
) -> anyhow::Result<Outcome> {
    let Moves {
        throttle,
        pause,
        balance,
        per_broker,
    } = moves;
    // Asked once, up front: the moves can only be planned once the new
    // brokers exist, and nobody should have to come back after an hour of
    // scaling to answer a prompt.
    let growth = rules::growth_warning(&info, brokers)
        .map(|why| format!(" {why}."))
        .unwrap_or_default();
    // Risky at least: the moves load disks and network (the rulebook's
    // StartReassignment), whatever class the growth itself has.
    confirm_msk(
        global,
        Operation::StartReassignment.safety(),
        &describe_steps(&plan_scale(&info, brokers).steps),
        &format!(
            "Scale MSK cluster {} in {} to {brokers} brokers, then move partitions onto the new ones?{growth}",
            info.name,
            region_of_arn(&info.arn)
        ),
    )?;
    if brokers > info.broker_count {
        let op = msk
            .update_broker_count(arn, &info.current_version, brokers)
            .await?;
        eprintln!(
            "cluster {}: adding brokers, {} -> {brokers}",
            info.name, info.broker_count
        );
        wait_for_operation(msk, arn, &op, wait_timeout(global)).await?;
    } else {
        eprintln!(
            "cluster {} already has {brokers} brokers; rebalancing onto them",
            info.name
        );
    }
    let admin = connect_when_joined(global, msk, arn, &info).await?;
    let result = plan_balance(&admin, &balance).await?;
    if result.reassignment.partitions.is_empty() {
        write_stdout(&format!(
            "cluster {}: {brokers} brokers, partitions already balanced; nothing to move",
            info.name
        ))?;
        return Ok(Outcome::Success);
    }
    let name = format!("{}-rebalance", info.name);
    let moves = run_plan(&admin, global, &name, result, throttle, per_broker);
    guarded_on(global, msk, arn, pause, moves).await
}

async fn scale_in(
    global: &GlobalArgs,
    msk: &Msk,
    arn: &str,
    info: ClusterInfo,
    brokers: i32,
    moves: Moves,
) -> anyhow::Result<Outcome> {
    let Moves {
        throttle,
        pause,
        balance,
        per_broker,
    } = moves;
    let zones = info.zone_count().max(1) as i32;
    let per_zone = ((info.broker_count - brokers) / zones) as usize;
    let admin = connect_when_joined(global, msk, arn, &info).await?;
    let snapshot = snapshot_for_removal(&admin).await?;
    let nodes = msk.nodes(arn).await?;
    let remove = rules::brokers_to_remove(&nodes, &replica_counts(&snapshot), per_zone)?;
    let remove_list = ids(&remove);
    confirm_msk(
        global,
        Safety::Destructive,
        &describe_steps(&plan_scale(&info, brokers).steps),
        &format!(
            "Move every partition off brokers {remove_list} of MSK cluster {} in {}, then remove those brokers ({} -> {brokers})?",
            info.name,
            region_of_arn(&info.arn),
            info.broker_count
        ),
    )?;

    let result = plan_drain(&snapshot, &remove, &balance)?;
    if result.reassignment.partitions.is_empty() {
        eprintln!("brokers {remove_list} hold no partitions; nothing to move");
    } else {
        let cut = result.truncated;
        let name = format!("{}-drain-{}", info.name, remove_list.replace(',', "-"));
        let moves = run_plan(&admin, global, &name, result, throttle, per_broker);
        let outcome = guarded_on(global, msk, arn, pause, moves).await?;
        if outcome != Outcome::Success {
            return Ok(outcome);
        }
        // MSK removes only empty brokers: a step cut short stops here.
        if cut {
            bail!(
                "the drain of brokers {remove_list} was cut by --max-bytes; that step is done, the brokers are not empty yet and none were removed. Run the same command again for the next step"
            );
        }
    }

    // One zone's worth of brokers per operation, each from a fresh read.
    // Each waits for its operation: a failed removal leaves the cluster
    // ACTIVE with its brokers, and must stop the loop, not start another.
    let mut count = info.broker_count;
    let mut done = Vec::new();
    let mut removed: Vec<i32> = Vec::new();
    while count > brokers {
        let (_, now) = fresh(msk, arn).await?;
        let next = now.broker_count - zones;
        if next < brokers {
            break;
        }
        let step = format!("broker count {} -> {next}", now.broker_count);
        let not_done = |count: i32| {
            let mut left = Vec::new();
            let mut from = count;
            while from - zones >= brokers {
                left.push(format!("broker count {from} -> {}", from - zones));
                from -= zones;
            }
            left
        };
        let op = match msk
            .update_broker_count(arn, &now.current_version, next)
            .await
        {
            Ok(op) => op,
            Err(cause) => return Err(stopped(&now.name, &done, not_done(now.broker_count), cause)),
        };
        eprintln!(
            "cluster {}: removing brokers, {} -> {next}",
            now.name, now.broker_count
        );
        match wait_for_operation(msk, arn, &op, wait_timeout(global)).await {
            Ok(after) => count = after.broker_count,
            Err(cause) => return Err(stopped(&now.name, &done, not_done(now.broker_count), cause)),
        }
        // MSK chooses the brokers it removes; report those. A failed read
        // only loses the detail, the removal itself is done.
        match msk.operation(&op).await {
            Ok(o) => removed.extend(o.deleted_broker_ids),
            Err(e) => tracing::debug!(error = %e, "cannot read which brokers MSK removed"),
        }
        done.push(step);
    }
    removed.sort_unstable();
    let mut drained = remove.clone();
    drained.sort_unstable();
    let line = if removed.is_empty() || removed == drained {
        format!(
            "cluster {}: {brokers} brokers; brokers {remove_list} drained and removed",
            info.name
        )
    } else {
        format!(
            "cluster {}: {brokers} brokers; brokers {remove_list} drained, and MSK removed brokers {}",
            info.name,
            ids(&removed)
        )
    };
    write_stdout(&line)?;
    Ok(Outcome::Success)
}

/// Why the removals stopped, with the steps done and not done.
fn stopped(
    cluster: &str,
    done: &[String],
    not_done: Vec<String>,
    cause: anyhow::Error,
) -> anyhow::Error {
    ClusterApplyError {
        cluster: cluster.to_owned(),
        done: done.to_vec(),
        not_done,
        cause,
    }
    .into()
}

/// Executes a plan to the end (written to `<name>-plan.json` first). The
/// moves were confirmed with the scaling, so nothing is asked again.
async fn run_plan(
    admin: &Admin,
    global: &GlobalArgs,
    name: &str,
    result: PlanResult,
    throttle: Option<i64>,
    per_broker: usize,
) -> anyhow::Result<Outcome> {
    let settings = ExecuteSettings {
        throttle,
        batch: None,
        rollback_out: None,
        wait: true,
        wait_bound: crate::commands::partition::reassign_wait_bound(global),
        additional: false,
        max_concurrent_per_broker: Some(per_broker),
        confirm: Confirm::Yes,
        target: target_of(global, admin),
    };
    let mut events = StderrEvents::new();
    let done = execute_plan(
        admin,
        name,
        result,
        &settings,
        &mut TerminalPrompt,
        &mut events,
    )
    .await?;
    execute_result(global.output, &done, None)
}

/// Connects to the cluster's Kafka side and waits until its brokers are
/// exactly the nodes MSK lists. That both waits for new brokers to join and
/// refuses to move partitions on a Kafka cluster that is not this MSK
/// cluster (a context pointing elsewhere).
async fn connect_when_joined(
    global: &GlobalArgs,
    msk: &Msk,
    arn: &str,
    info: &ClusterInfo,
) -> anyhow::Result<Admin> {
    let expected: BTreeSet<i32> = msk.nodes(arn).await?.iter().map(|n| n.broker_id).collect();
    let deadline = Instant::now() + wait_timeout(global);
    loop {
        let admin = connect_to(global, info).await?;
        let seen: BTreeSet<i32> = admin.client().brokers().iter().map(|b| b.id).collect();
        if seen == expected {
            return Ok(admin);
        }
        let missing: Vec<i32> = expected.difference(&seen).copied().collect();
        let unknown: Vec<i32> = seen.difference(&expected).copied().collect();
        if !unknown.is_empty() || Instant::now() >= deadline {
            bail!(
                "the Kafka cluster reached has brokers {} but MSK cluster {} has {}{}; nothing was moved. \
                 Check that the connection (-b, --context) points at this cluster, then run the same command again",
                ids(&seen.iter().copied().collect::<Vec<_>>()),
                info.name,
                ids(&expected.iter().copied().collect::<Vec<_>>()),
                if missing.is_empty() { String::new() } else { format!(" (not yet joined: {})", ids(&missing)) }
            );
        }
        eprintln!(
            "waiting for brokers {} to join the Kafka cluster",
            ids(&missing)
        );
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
}

/// The Kafka connection for this MSK cluster: `-b` when given (the user
/// vouches for it), otherwise the cluster's own bootstrap brokers, through
/// the listener the context's security settings speak, or the cluster's
/// first client auth (IAM first) without a context.
async fn connect_to(global: &GlobalArgs, info: &ClusterInfo) -> anyhow::Result<Admin> {
    if global.bootstrap_servers.is_some() {
        return connect(global).await;
    }
    let session = crate::commands::session(global);
    let listener = session
        .configured_listener()
        .unwrap_or_else(|| listener_for(&info.client_auth, Some(&info.encryption)));
    session.on_msk_cluster(&info.arn, listener).admin().await
}
