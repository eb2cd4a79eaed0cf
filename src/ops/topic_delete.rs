//! `topic delete`: a plan of one deletion per topic, held to the same data
//! guard as `apply --prune` ([`guard_deletions`]): a topic that holds
//! records or is consumed goes only when data loss is allowed. Deleting is
//! destructive, so it always needs a yes.

use super::confirm::{confirm_operation, Confirm, Prompt, Target};
use crate::kafka::{Admin, KafkaError};
use crate::plan::Operation;
use crate::plan::{delete_topic_action, guard_deletions, Plan, PlannedAction};

pub struct DeleteTopicsOptions {
    /// Sorted, without duplicates.
    pub names: Vec<String>,
    /// Delete topics that hold records or are consumed.
    pub allow_data_loss: bool,
    pub confirm: Confirm,
    pub target: Target,
}

/// One planned deletion.
#[derive(Debug)]
pub struct TopicDeletion {
    pub topic: String,
    pub partitions: usize,
    /// What deleting it loses ("deletes 12 records, consumed by group g");
    /// none for an empty, unread topic.
    pub loss: Option<String>,
    pub action: PlannedAction,
}

/// Observes the topics and plans their deletion. Every name is checked
/// first, so a typo fails before anything is deleted; topics in use are
/// refused unless data loss is allowed.
pub async fn plan_deletions(
    admin: &Admin,
    opts: &DeleteTopicsOptions,
) -> anyhow::Result<Vec<TopicDeletion>> {
    let topics = admin.require_topics(&opts.names).await?;
    let usage = admin.topic_usage(&topics).await?;
    let loss = |name: &str| usage.get(name).and_then(|u| u.loss());
    let mut plan = Plan {
        actions: topics
            .iter()
            .map(|t| {
                delete_topic_action(
                    &t.name,
                    t.partitions.len() as i32,
                    "deletes the topic and all its data",
                )
            })
            .collect(),
        refused: Vec::new(),
    };
    guard_deletions(&mut plan, &usage, opts.allow_data_loss);
    if !plan.refused.is_empty() {
        let in_use: Vec<String> = plan
            .refused
            .iter()
            .filter_map(|r| loss(&r.topic).map(|l| format!("  {}: {l}", r.topic)))
            .collect();
        anyhow::bail!(
            "refusing to delete topics in use; nothing was deleted (give --allow-data-loss to delete them anyway):\n{}",
            in_use.join("\n")
        );
    }
    Ok(topics
        .iter()
        .zip(plan.actions)
        .map(|(t, action)| TopicDeletion {
            topic: t.name.clone(),
            partitions: t.partitions.len(),
            loss: loss(&t.name),
            action,
        })
        .collect())
}

/// Asks (naming the target), then deletes the planned topics; per topic,
/// the broker's answer.
pub async fn delete_topics(
    admin: &Admin,
    opts: &DeleteTopicsOptions,
    planned: &[TopicDeletion],
    prompt: &mut dyn Prompt,
) -> anyhow::Result<Vec<(String, Result<(), KafkaError>)>> {
    confirm_operation(
        opts.confirm,
        Operation::DeleteTopics,
        &format!("Delete these topics on {}?", opts.target),
        prompt,
    )?;
    // In the order given (sorted), which is the order results are shown in.
    let names: Vec<String> = opts
        .names
        .iter()
        .filter(|n| planned.iter().any(|d| &d.topic == *n))
        .cloned()
        .collect();
    Ok(admin.delete_topics(&names).await?)
}
