//! `broker drain`: move every replica off some brokers, planned with the
//! minimal-movement planner and carried out by [`super::reassign::execute`].

use std::path::PathBuf;

use anyhow::{anyhow, bail};

use super::confirm::Prompt;
use super::reassign::balance_name;
use super::reassign::live_snapshot;
use super::reassign::{
    execute, ids, write_plan, Event, Events, ExecuteOptions, ExecuteResult, ExecuteSettings,
};
use crate::kafka::Admin;
use crate::reassign::{plan, BalanceSettings, Goal};

pub struct DrainOptions {
    /// The brokers to empty.
    pub brokers: Vec<i32>,
    /// What the plan balances besides emptying the brokers.
    pub balance: BalanceSettings,
    pub settings: ExecuteSettings,
}

#[derive(Debug)]
pub enum DrainResult {
    /// The brokers hold no replicas.
    NothingToMove,
    /// The plan (written to `plan`) was executed.
    Executed {
        plan: PathBuf,
        result: ExecuteResult,
    },
}

/// Checks the brokers exist, plans the moves, writes the plan to
/// `drain-<ids>-plan.json` and executes it.
pub async fn drain(
    admin: &Admin,
    opts: &DrainOptions,
    prompt: &mut dyn Prompt,
    events: &mut dyn Events,
) -> anyhow::Result<DrainResult> {
    let known: Vec<i32> = admin.client().brokers().iter().map(|b| b.id).collect();
    let unknown: Vec<i32> = opts
        .brokers
        .iter()
        .filter(|b| !known.contains(b))
        .copied()
        .collect();
    if !unknown.is_empty() {
        bail!(
            "unknown broker id(s) {}; the cluster has {}",
            ids(&unknown),
            ids(&known)
        );
    }
    let snap = live_snapshot(admin, None, true).await?;
    let goal = opts.balance.apply(
        &snap,
        Goal {
            drain_brokers: opts.brokers.iter().copied().collect(),
            ..Goal::default()
        },
    );
    let result = plan(&snap, &goal).map_err(|e| anyhow!("{e}"))?;
    if result.reassignment.partitions.is_empty() {
        return Ok(DrainResult::NothingToMove);
    }
    let path = PathBuf::from(format!(
        "drain-{}-plan.json",
        ids(&opts.brokers).replace(',', "-")
    ));
    write_plan(&path, &result.reassignment)?;
    events.on(Event::Note(&format!(
        "drain plan ({} balance): {} replica moves, {} to move, written to {}",
        balance_name(result.balance),
        result.moves,
        crate::units::format_bytes(i64::try_from(result.bytes_to_move).unwrap_or(i64::MAX)),
        path.display()
    )));
    if result.truncated {
        events.on(Event::Note(
            "the plan was cut by --max-moves/--max-bytes: the brokers are not empty after this step; run the drain again for the next one",
        ));
    }
    let opts = ExecuteOptions {
        plan: result.reassignment,
        allow_replication_factor_change: false,
        settings: opts.settings.clone(),
    };
    let result = execute(admin, &opts, prompt, events).await?;
    Ok(DrainResult::Executed { plan: path, result })
}
