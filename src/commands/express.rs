//! `--pause-rebalancing`: partition moves (`partition reassign execute`,
//! `broker drain`, `cluster scale --rebalance`) against an MSK Express
//! cluster whose intelligent rebalancing is ACTIVE are refused, or run with
//! rebalancing paused around them (`ops::rebalancing::around`). A Kafka
//! command knows its MSK cluster only when the connection names one
//! (`--msk-cluster`, or a context's `msk.cluster`); with bare bootstrap
//! servers there is nothing to check.

use std::future::Future;

use anyhow::anyhow;

use super::cluster::wait_timeout;
use super::{msk_client, session};
use crate::cli::GlobalArgs;
use crate::msk::client::short_name;
use crate::msk::Msk;
use crate::ops::rebalancing::{around, resume_hint};

/// Runs a partition move on the connection's cluster as its intelligent
/// rebalancing allows.
pub async fn guarded_move<T>(
    global: &GlobalArgs,
    pause: bool,
    run: impl Future<Output = anyhow::Result<T>>,
) -> anyhow::Result<T> {
    let cluster = session(global)
        .resolve()
        .ok()
        .and_then(|r| r.msk)
        .map(|m| m.cluster);
    let Some(cluster) = cluster else {
        if pause {
            eprintln!(
                "note: --pause-rebalancing: the connection names no MSK cluster (--msk-cluster or a context with msk.cluster), so there is no intelligent rebalancing to pause"
            );
        }
        return run.await;
    };
    let msk = msk_client(global).await?;
    let arn = msk.resolve(&cluster).await?;
    guarded_on(global, &msk, &arn, pause, run).await
}

/// [`guarded_move`] on a known MSK cluster. Ctrl-C during the move leaves
/// rebalancing paused (the reassignment may still run in Kafka) and says
/// how to resume it.
pub async fn guarded_on<T>(
    global: &GlobalArgs,
    msk: &Msk,
    arn: &str,
    pause: bool,
    run: impl Future<Output = anyhow::Result<T>>,
) -> anyhow::Result<T> {
    let name = short_name(arn).to_owned();
    let mut note = |s: &str| eprintln!("{s}");
    tokio::select! {
        r = around(msk, arn, pause, wait_timeout(global), &mut note, run) => r,
        _ = tokio::signal::ctrl_c() => Err(anyhow!(
            "interrupted; intelligent rebalancing of MSK cluster {name} may still be PAUSED: once no reassignment runs (`mskctl partition reassign status`), resume it with `{}`",
            resume_hint(&name)
        )),
    }
}
