//! Partition moves on an Express cluster with intelligent rebalancing.
//!
//! AWS says third-party reassignments must not run while intelligent
//! rebalancing is ACTIVE (MSK moves partitions itself). A move is refused
//! then, unless the caller asked to pause rebalancing around it: pause and
//! wait for the operation, run the move, resume and wait again, also when
//! the move failed, and say which happened. Interrupting the move (Ctrl-C,
//! handled by the command) leaves rebalancing PAUSED on purpose: the
//! reassignment may still be running in Kafka.

use std::future::Future;
use std::time::Duration;

use anyhow::Context as _;

use crate::msk::control::{ClusterControl, WaitStatus};
use crate::msk::model::{ClusterInfo, REBALANCING_ACTIVE, REBALANCING_PAUSED};
use crate::msk::rules;
use crate::msk::Msk;

/// Sets intelligent rebalancing to `status` and waits for its operation;
/// returns the cluster as it is afterwards.
pub async fn set_rebalancing(
    msk: &Msk,
    info: &ClusterInfo,
    status: &str,
    timeout: Duration,
    progress: &mut (dyn FnMut(&WaitStatus) + Send),
) -> anyhow::Result<ClusterInfo> {
    rules::check_ready_for_update(info)?;
    let op = msk
        .update_rebalancing(&info.arn, &info.current_version, status)
        .await?;
    msk.wait_for_operation(&info.arn, &op, timeout, progress)
        .await
}

/// How to resume by hand, for messages.
pub fn resume_hint(cluster: &str) -> String {
    format!("mskctl cluster rebalancing resume {cluster}")
}

/// Runs `run` (a partition move on the MSK cluster `arn`) as the cluster's
/// intelligent rebalancing allows: directly when it is not ACTIVE (Standard
/// brokers, or paused already); refused when ACTIVE and `pause` is false;
/// paused before and resumed after when `pause` is true. `note` hears what
/// happened to rebalancing.
pub async fn around<T>(
    msk: &Msk,
    arn: &str,
    pause: bool,
    timeout: Duration,
    note: &mut (dyn FnMut(&str) + Send),
    run: impl Future<Output = anyhow::Result<T>>,
) -> anyhow::Result<T> {
    let info = msk.describe(arn).await?;
    if !info.rebalancing_active() {
        return run.await;
    }
    if !pause {
        if let Some(r) = rules::rebalancing_problem(&info) {
            return Err(r.into());
        }
    }
    let name = info.name.clone();
    note(&format!(
        "pausing intelligent rebalancing of MSK cluster {name} for the move"
    ));
    set_rebalancing(msk, &info, REBALANCING_PAUSED, timeout, &mut |_| {})
        .await
        .with_context(|| {
            format!("cannot pause intelligent rebalancing of MSK cluster {name}; nothing was moved")
        })?;
    note(&format!(
        "intelligent rebalancing of MSK cluster {name} is PAUSED; it is resumed when the move ends (if interrupted, resume it with `{}`)",
        resume_hint(&name)
    ));
    let moved = run.await;
    let resumed = async {
        let now = msk.describe(arn).await?;
        set_rebalancing(msk, &now, REBALANCING_ACTIVE, timeout, &mut |_| {}).await
    }
    .await;
    match (moved, resumed) {
        (Ok(v), Ok(_)) => {
            note(&format!(
                "intelligent rebalancing of MSK cluster {name} resumed (ACTIVE)"
            ));
            Ok(v)
        }
        (Err(e), Ok(_)) => {
            note(&format!(
                "the move failed; intelligent rebalancing of MSK cluster {name} was resumed (ACTIVE) all the same"
            ));
            Err(e)
        }
        (Ok(_), Err(r)) => Err(r.context(format!(
            "the move is done, but intelligent rebalancing of MSK cluster {name} could not be resumed and is still PAUSED; resume it with `{}`",
            resume_hint(&name)
        ))),
        (Err(e), Err(r)) => Err(e.context(format!(
            "the move failed, and resuming intelligent rebalancing of MSK cluster {name} failed too ({r:#}); it is still PAUSED: resume it with `{}`",
            resume_hint(&name)
        ))),
    }
}
