//! The partition side of `cluster scale --rebalance`: what to move after
//! brokers were added, what to move off brokers about to be removed, and
//! carrying a plan out to the end. The MSK side (broker counts, waiting for
//! operations and for brokers to join) stays with the command.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::anyhow;

use super::confirm::Prompt;
use super::reassign::live_snapshot;
use super::reassign::{
    execute, write_plan, Event, Events, ExecuteOptions, ExecuteResult, ExecuteSettings,
};
use crate::kafka::Admin;
use crate::reassign::{plan, BalanceSettings, Goal, PlanResult, Snapshot};

/// MSK's own health-check topics stay on brokers being removed; MSK moves
/// them itself.
pub const MSK_CANARY_PREFIX: &str = "__amazon_msk_canary";

/// The moves that balance the cluster as it is (onto new brokers): bytes
/// when every partition's size is known, unless `balance` says otherwise.
pub async fn plan_balance(admin: &Admin, balance: &BalanceSettings) -> anyhow::Result<PlanResult> {
    let snapshot = live_snapshot(admin, None, true).await?;
    let goal = balance.apply(&snapshot, Goal::default());
    plan(&snapshot, &goal).map_err(|e| anyhow!("{e}"))
}

/// The live cluster without MSK's canary topics, which MSK moves itself.
pub async fn snapshot_for_removal(admin: &Admin) -> anyhow::Result<Snapshot> {
    let mut snapshot = live_snapshot(admin, None, true).await?;
    snapshot
        .partitions
        .retain(|p| !p.topic.starts_with(MSK_CANARY_PREFIX));
    Ok(snapshot)
}

/// Replicas per broker.
pub fn replica_counts(snapshot: &Snapshot) -> BTreeMap<i32, usize> {
    let mut counts = BTreeMap::new();
    for p in &snapshot.partitions {
        for r in &p.replicas {
            *counts.entry(*r).or_insert(0) += 1;
        }
    }
    counts
}

/// The moves that empty `remove`.
pub fn plan_drain(
    snapshot: &Snapshot,
    remove: &[i32],
    balance: &BalanceSettings,
) -> anyhow::Result<PlanResult> {
    let goal = balance.apply(
        snapshot,
        Goal {
            drain_brokers: remove.iter().copied().collect(),
            ..Goal::default()
        },
    );
    plan(snapshot, &goal).map_err(|e| anyhow!("{e}"))
}

/// Writes the plan to `<name>-plan.json` (so `partition reassign verify
/// --plan` has it) and executes it.
pub async fn execute_plan(
    admin: &Admin,
    name: &str,
    result: PlanResult,
    settings: &ExecuteSettings,
    prompt: &mut dyn Prompt,
    events: &mut dyn Events,
) -> anyhow::Result<ExecuteResult> {
    let path = PathBuf::from(format!("{name}-plan.json"));
    write_plan(&path, &result.reassignment)?;
    events.on(Event::Note(&format!(
        "plan ({} balance): {} replica moves ({} to move), written to {}",
        super::reassign::balance_name(result.balance),
        result.moves,
        crate::units::format_bytes(i64::try_from(result.bytes_to_move).unwrap_or(i64::MAX)),
        path.display()
    )));
    let opts = ExecuteOptions {
        plan: result.reassignment,
        allow_replication_factor_change: false,
        settings: settings.clone(),
    };
    execute(admin, &opts, prompt, events).await
}
