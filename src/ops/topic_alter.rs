//! `topic alter --partitions`: a one-action plan. Fewer partitions is
//! refused, the same count is nothing to do, more is a risky change (keys
//! move to other partitions) that needs a yes.

use anyhow::{anyhow, bail};

use super::confirm::{confirm, Confirm, Prompt, Target};
use super::{describe, usage_problems};
use crate::kafka::Admin;
use crate::manifest::partitions_problem;
use crate::plan::partitions_action;

pub struct AlterPartitionsOptions {
    pub topic: String,
    pub partitions: i32,
    pub confirm: Confirm,
    pub target: Target,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlterOutcome {
    /// The topic already had that many partitions.
    Unchanged(i32),
    Changed {
        from: i32,
        to: i32,
    },
}

pub fn check(opts: &AlterPartitionsOptions) -> anyhow::Result<()> {
    usage_problems(
        partitions_problem(opts.partitions.into())
            .into_iter()
            .collect(),
    )
}

pub async fn alter_partitions(
    admin: &Admin,
    opts: &AlterPartitionsOptions,
    prompt: &mut dyn Prompt,
) -> anyhow::Result<AlterOutcome> {
    check(opts)?;
    let name = &opts.topic;
    let topic = admin
        .require_topics(std::slice::from_ref(name))
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("topic '{name}' not found"))?;
    let current = topic.partitions.len() as i32;
    let action = match partitions_action(name, current, opts.partitions) {
        Err(refusal) => bail!("topic '{name}': {}. Nothing was changed.", refusal.reason),
        Ok(None) => return Ok(AlterOutcome::Unchanged(current)),
        Ok(Some(a)) => a,
    };
    let change = format!("partitions {current} -> {}", opts.partitions);
    let question = format!(
        "Grow topic {name} from {current} to {} partitions on {}?",
        opts.partitions, opts.target
    );
    confirm(
        opts.confirm,
        action.safety,
        &describe(&[(format!("topic '{name}'"), vec![change], &action)]),
        &question,
        prompt,
    )?;
    let results = admin
        .create_partitions(&[(name.clone(), opts.partitions)], false)
        .await?;
    for (_, r) in results {
        r?;
    }
    Ok(AlterOutcome::Changed {
        from: current,
        to: opts.partitions,
    })
}
