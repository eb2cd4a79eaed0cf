//! `cluster reboot-broker` and `cluster restart --rolling`: MSK reboots one
//! broker per RebootBroker call, so a rolling restart is a loop of them.
//!
//! Before the next broker goes down, the previous one must be back in
//! every ISR: otherwise a partition whose only other in-sync replica is on
//! the next broker goes offline. After each reboot operation ends, the
//! loop therefore waits until the Kafka side reports no under-replicated
//! partition (when it can reach the brokers; when it cannot, it says so
//! and the caller relies on MSK's operation alone). A stop request is honoured
//! between brokers only, and the result names the broker to resume from.

use std::time::{Duration, Instant};

use anyhow::bail;

use crate::kafka::Admin;
use crate::msk::control::{ClusterControl, WaitStatus};
use crate::msk::model::ClusterInfo;
use crate::msk::rules;
use crate::msk::Msk;

pub struct RestartOptions {
    /// The brokers to restart, in this order.
    pub brokers: Vec<i32>,
    /// Bound of each wait (an operation, then the ISRs).
    pub timeout: Duration,
    /// How often under-replicated partitions are counted.
    pub poll: Duration,
}

/// What a rolling restart reports as it goes.
#[derive(Debug, Clone, PartialEq)]
pub enum RestartEvent {
    Rebooting {
        broker: i32,
        index: usize,
        total: usize,
    },
    Waiting(WaitStatus),
    /// The reboot operation of `broker` ended UPDATE_COMPLETE.
    Rebooted {
        broker: i32,
    },
    /// Partitions are still under-replicated after `broker`'s reboot.
    UnderReplicated {
        broker: i32,
        partitions: usize,
    },
    /// Every partition is fully replicated again.
    InSync {
        broker: i32,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct RestartReport {
    pub cluster: String,
    pub restarted: Vec<i32>,
    /// The broker a stopped run would have restarted next.
    pub stopped_before: Option<i32>,
}

/// Under-replicated partitions (ISR smaller than the replica set, or no
/// leader) as the Kafka side reports them now.
pub async fn under_replicated(admin: &Admin) -> anyhow::Result<usize> {
    let topics = admin.list_topics().await?;
    Ok(topics
        .iter()
        .flat_map(|t| t.partitions.iter())
        .filter(|p| p.leader.is_none() || p.isr.len() < p.replicas.len())
        .count())
}

/// The brokers from `from` on (all without it), in id order; `from` must
/// be one of them.
pub fn brokers_from(all: &[i32], from: Option<i32>) -> anyhow::Result<Vec<i32>> {
    let mut ids = all.to_vec();
    ids.sort_unstable();
    match from {
        None => Ok(ids),
        Some(f) if ids.contains(&f) => Ok(ids.into_iter().filter(|id| *id >= f).collect()),
        Some(f) => bail!(
            "--from-broker {f}: the cluster has no broker {f} (brokers: {})",
            crate::ops::reassign::ids(&ids)
        ),
    }
}

/// Reboots one broker and waits for its operation.
pub async fn reboot_and_wait(
    msk: &Msk,
    info: &ClusterInfo,
    broker: i32,
    timeout: Duration,
    progress: &mut (dyn FnMut(&WaitStatus) + Send),
) -> anyhow::Result<ClusterInfo> {
    rules::check_ready_for_update(info)?;
    let op = msk.reboot_broker(&info.arn, broker).await?;
    msk.wait_for_operation(&info.arn, &op, timeout, progress)
        .await
}

/// Restarts `opts.brokers` one at a time. `admin` is the Kafka side when
/// reachable; `stop` is asked between brokers.
pub async fn rolling_restart(
    msk: &Msk,
    arn: &str,
    admin: Option<&Admin>,
    opts: &RestartOptions,
    stop: &(dyn Fn() -> bool + Send + Sync),
    events: &mut (dyn FnMut(&RestartEvent) + Send),
) -> anyhow::Result<RestartReport> {
    let mut report = RestartReport {
        cluster: crate::msk::client::short_name(arn).to_owned(),
        restarted: Vec::new(),
        stopped_before: None,
    };
    let total = opts.brokers.len();
    for (index, &broker) in opts.brokers.iter().enumerate() {
        if index > 0 && stop() {
            report.stopped_before = Some(broker);
            return Ok(report);
        }
        // Fresh before each reboot: MSK takes one only on an ACTIVE cluster.
        let info = msk.describe(arn).await?;
        report.cluster = info.name.clone();
        events(&RestartEvent::Rebooting {
            broker,
            index,
            total,
        });
        let mut forward = |s: &WaitStatus| events(&RestartEvent::Waiting(s.clone()));
        reboot_and_wait(msk, &info, broker, opts.timeout, &mut forward).await?;
        events(&RestartEvent::Rebooted { broker });
        if let Some(admin) = admin {
            wait_in_sync(admin, broker, opts, events).await?;
        }
        report.restarted.push(broker);
    }
    Ok(report)
}

async fn wait_in_sync(
    admin: &Admin,
    broker: i32,
    opts: &RestartOptions,
    events: &mut (dyn FnMut(&RestartEvent) + Send),
) -> anyhow::Result<()> {
    let start = Instant::now();
    let mut last = None;
    loop {
        let n = under_replicated(admin).await?;
        if n == 0 {
            events(&RestartEvent::InSync { broker });
            return Ok(());
        }
        if last != Some(n) {
            events(&RestartEvent::UnderReplicated {
                broker,
                partitions: n,
            });
            last = Some(n);
        }
        if start.elapsed() >= opts.timeout {
            bail!(
                "{n} partition(s) are still under-replicated {} after broker {broker} restarted; \
                 the next broker was not restarted (see `mskctl topic health`)",
                humantime::format_duration(Duration::from_secs(opts.timeout.as_secs()))
            );
        }
        tokio::time::sleep(opts.poll).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resuming_starts_at_the_given_broker() {
        assert_eq!(brokers_from(&[3, 1, 2], None).unwrap(), [1, 2, 3]);
        assert_eq!(brokers_from(&[1, 2, 3, 5], Some(3)).unwrap(), [3, 5]);
        let err = brokers_from(&[1, 2, 3], Some(4)).unwrap_err().to_string();
        assert!(err.contains("no broker 4"), "{err}");
    }
}
