//! `cluster rebalancing pause|resume NAME`: intelligent rebalancing of an
//! Express cluster (UpdateRebalancing), judged by the MSK rulebook: pausing
//! is risky (MSK stops balancing partitions), resuming is safe (MSK's
//! default).

use super::{confirm_msk, finish_update, msk_client, msk_target, read_cluster, whys, Change};
use crate::cli::{ClusterRebalancingCommand, ClusterWaitArgs, GlobalArgs};
use crate::error::{Outcome, UsageError};
use crate::msk::model::{REBALANCING_ACTIVE, REBALANCING_PAUSED};
use crate::msk::rules::{self, MskOperation};
use crate::render::write_stdout;

pub async fn run(cmd: &ClusterRebalancingCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    match cmd {
        ClusterRebalancingCommand::Pause { cluster, wait } => {
            set(global, cluster, MskOperation::PauseRebalancing, wait).await
        }
        ClusterRebalancingCommand::Resume { cluster, wait } => {
            set(global, cluster, MskOperation::ResumeRebalancing, wait).await
        }
    }
}

async fn set(
    global: &GlobalArgs,
    cluster: &str,
    op: MskOperation,
    wait: &ClusterWaitArgs,
) -> anyhow::Result<Outcome> {
    let (status, verb) = match op {
        MskOperation::PauseRebalancing => (REBALANCING_PAUSED, "Pause"),
        _ => (REBALANCING_ACTIVE, "Resume"),
    };
    let msk = msk_client(global).await?;
    let (arn, info) = read_cluster(&msk, cluster).await?;
    let Some(now) = info.rebalancing.clone() else {
        return Err(UsageError(format!(
            "cluster {} has {} brokers: MSK offers intelligent rebalancing only on clusters with Express brokers",
            info.name, info.instance_type
        ))
        .into());
    };
    if now == status {
        write_stdout(&format!(
            "cluster {}: intelligent rebalancing is already {status}; nothing to do",
            info.name
        ))?;
        return Ok(Outcome::Success);
    }
    rules::check_ready_for_update(&info)?;
    confirm_msk(
        global,
        op.safety(),
        &format!(
            "  intelligent rebalancing {now} -> {status} ({})\n{}",
            op.safety().name(),
            whys(&[op.why().to_owned()])
        ),
        &format!("{verb} intelligent rebalancing of {}?", msk_target(&info)),
    )?;
    let operation = msk
        .update_rebalancing(&arn, &info.current_version, status)
        .await?;
    let change = Change {
        cluster: info.name.clone(),
        arn,
        action: "rebalancing",
        from: Some(now.clone()),
        to: Some(status.to_owned()),
        operation_arn: Some(operation),
        state: None,
        removed_broker_ids: Vec::new(),
    };
    let started = format!(
        "cluster {}: intelligent rebalancing {now} -> {status}",
        info.name
    );
    finish_update(global, &msk, wait, change, started).await
}
