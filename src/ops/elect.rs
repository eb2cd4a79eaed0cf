//! `partition elect-leaders`: preferred leader election (safe: the
//! preferred replica is in sync), or unclean election, which makes an
//! out-of-sync replica the leader and loses the records it lacks, so it
//! needs a yes.

use anyhow::{anyhow, bail};

use super::confirm::{confirm_operation, Confirm, Prompt, Target};
use crate::kafka::admin::TopicPartition;
use crate::kafka::reassignment::Election;
use crate::kafka::{Admin, KafkaError};
use crate::plan::Operation;

/// Which partitions an election covers.
#[derive(Debug, Clone)]
pub enum ElectScope {
    /// Every partition of the cluster.
    All,
    /// One topic, or one partition of it.
    Topic {
        name: String,
        partition: Option<i32>,
    },
}

pub struct ElectOptions {
    pub scope: ElectScope,
    pub unclean: bool,
    pub confirm: Confirm,
    pub target: Target,
}

/// The partitions the scope names, checked against the cluster; none
/// means every partition.
pub async fn partitions(
    admin: &Admin,
    opts: &ElectOptions,
) -> anyhow::Result<Option<Vec<TopicPartition>>> {
    let ElectScope::Topic { name, partition } = &opts.scope else {
        return Ok(None);
    };
    let info = admin
        .require_topics(std::slice::from_ref(name))
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("topic '{name}' not found"))?;
    Ok(Some(match partition {
        Some(p) if info.partitions.iter().any(|x| x.partition == *p) => {
            vec![(name.to_string(), *p)]
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
    }))
}

/// Runs the election on `partitions` (from [`partitions`]), asking first
/// when it is unclean (and saying where and how it was judged when not); per partition, the broker's answer.
pub async fn elect(
    admin: &Admin,
    opts: &ElectOptions,
    partitions: Option<&[TopicPartition]>,
    prompt: &mut dyn Prompt,
) -> anyhow::Result<Vec<(TopicPartition, Result<(), KafkaError>)>> {
    let scope = match partitions {
        None => "every partition".to_string(),
        Some(p) => format!("{} partitions", p.len()),
    };
    let (operation, election, kind) = if opts.unclean {
        (Operation::UncleanElection, Election::Unclean, "an unclean")
    } else {
        (
            Operation::PreferredElection,
            Election::Preferred,
            "a preferred",
        )
    };
    confirm_operation(
        opts.confirm,
        operation,
        &format!("Run {kind} leader election on {scope} on {}?", opts.target),
        prompt,
    )?;
    Ok(admin
        .elect_leaders(election, partitions)
        .await?
        .into_iter()
        .collect())
}
