//! `group delete`: consumer groups and their committed offsets go, only
//! when they have no members (Kafka's own rule), and always after a yes.

use anyhow::bail;

use super::confirm::{confirm_operation, Confirm, Prompt, Target};
use crate::kafka::groups::{GroupDescription, NON_EMPTY_GROUP};
use crate::kafka::Admin;
use crate::plan::Operation;

pub struct DeleteGroupsOptions {
    /// Sorted, without duplicates.
    pub names: Vec<String>,
    pub confirm: Confirm,
    pub target: Target,
}

/// What a delete did, group by group.
#[derive(Debug, Default)]
pub struct DeleteGroupsResult {
    pub deleted: Vec<String>,
    /// Why a group was not deleted.
    pub failed: Vec<String>,
}

/// Describes the groups and fails, before any change, if one does not
/// exist or still has members.
pub async fn plan_deletions(
    admin: &Admin,
    opts: &DeleteGroupsOptions,
) -> anyhow::Result<Vec<GroupDescription>> {
    let mut described = admin.describe_groups(&opts.names).await?;
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for g in &opts.names {
        match described.remove(g) {
            Some(Ok(d)) if d.is_empty_group() => out.push(d),
            Some(Ok(d)) => problems.push(format!(
                "consumer group '{g}' has {} active member(s) (state {}); Kafka only deletes \
                 groups without members",
                d.members.len(),
                d.state
            )),
            Some(Err(e)) => problems.push(e.to_string()),
            None => problems.push(format!("consumer group '{g}': no answer")),
        }
    }
    if !problems.is_empty() {
        bail!("{}\nNothing was changed.", problems.join("\n"));
    }
    Ok(out)
}

/// Asks (naming the target), then deletes the groups.
pub async fn delete_groups(
    admin: &Admin,
    opts: &DeleteGroupsOptions,
    prompt: &mut dyn Prompt,
) -> anyhow::Result<DeleteGroupsResult> {
    confirm_operation(
        opts.confirm,
        Operation::DeleteGroups,
        &format!("Delete these consumer groups on {}?", opts.target),
        prompt,
    )?;
    let mut out = DeleteGroupsResult::default();
    for (g, r) in admin.delete_groups(&opts.names).await? {
        match r {
            Ok(()) => out.deleted.push(g),
            Err(e) if e.code() == Some(NON_EMPTY_GROUP) => out.failed.push(format!(
                "{e}: members joined after the check; stop its consumers and try again"
            )),
            Err(e) => out.failed.push(e.to_string()),
        }
    }
    Ok(out)
}
