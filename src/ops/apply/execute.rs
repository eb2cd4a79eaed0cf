//! Carries out a topic and ACL plan: one batched request per phase, in an
//! order that keeps every intermediate state valid (create before
//! changing, ACLs before deleting topics); a failing phase stops the run
//! and the error names what was and was not done.

use std::collections::BTreeMap;

use anyhow::bail;

use super::progress::{ApplyEvent, Progress};
use crate::error::indented_list;
use crate::kafka::acls::{AclBinding, AclFilter};
use crate::kafka::admin::{ConfigOp, ItemResults, NewTopic};
use crate::kafka::quotas::QuotaAlteration;
use crate::kafka::{Admin, KafkaError};
use crate::plan::{Action, Plan, PlannedAction};

/// Reports one result per action; on the first failing phase, stops and
/// says what was and was not done. Returns how many changes were made.
pub async fn execute(
    admin: &Admin,
    plan: &Plan,
    target: &str,
    progress: &mut Progress<'_>,
) -> anyhow::Result<usize> {
    let phases: [fn(&Action) -> bool; 8] = [
        |a| matches!(a, Action::CreateTopic { .. }),
        |a| matches!(a, Action::AddPartitions { .. }),
        |a| matches!(a, Action::AlterConfigs { .. }),
        |a| matches!(a, Action::ChangeReplicationFactor { .. }),
        |a| matches!(a, Action::CreateAcl { .. }),
        |a| matches!(a, Action::AlterQuota { .. }),
        |a| matches!(a, Action::DeleteAcl { .. }),
        |a| matches!(a, Action::DeleteTopic { .. }),
    ];
    let mut done: Vec<String> = Vec::new();
    for (i, in_phase) in phases.iter().enumerate() {
        let actions: Vec<&PlannedAction> = plan
            .actions
            .iter()
            .filter(|a| in_phase(&a.action))
            .collect();
        if actions.is_empty() {
            continue;
        }
        let results = run_phase(admin, &actions, progress).await;
        let mut failed: Vec<String> = Vec::new();
        for (a, r) in actions.iter().zip(results) {
            let label = format!("{} {}", a.action.verb(), a.action.subject());
            match r {
                Ok(()) => {
                    progress(ApplyEvent::Action {
                        label: &label,
                        error: None,
                    })?;
                    done.push(label);
                }
                Err(e) => {
                    progress(ApplyEvent::Action {
                        label: &label,
                        error: Some(&e),
                    })?;
                    failed.push(label);
                }
            }
        }
        if !failed.is_empty() {
            let later: Vec<String> = phases[i + 1..]
                .iter()
                .flat_map(|p| plan.actions.iter().filter(move |a| p(&a.action)))
                .map(|a| format!("{} {}", a.action.verb(), a.action.subject()))
                .collect();
            let mut not_done = failed.clone();
            not_done.extend(later);
            bail!(
                "apply to {target} stopped after a failure.\ndone ({}):\n{}\nnot done ({}):\n{}\nFix the cause and run apply again: it only does what is still missing.",
                done.len(),
                indented_list(&done),
                not_done.len(),
                indented_list(&not_done)
            );
        }
    }
    Ok(done.len())
}

/// Submits the reassignments of replication-factor changes in one request;
/// a topic succeeds when every one of its partitions was accepted.
async fn submit_rf_changes(
    admin: &Admin,
    actions: &[&PlannedAction],
    progress: &mut Progress<'_>,
) -> Result<ItemResults, KafkaError> {
    let targets: Vec<crate::kafka::reassignment::ReassignmentTarget> = actions
        .iter()
        .flat_map(|a| match &a.action {
            Action::ChangeReplicationFactor { reassignment, .. } => reassignment
                .iter()
                .map(|e| ((e.topic.clone(), e.partition), Some(e.replicas.clone())))
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
        .collect();
    let results = admin.alter_reassignments(&targets, true).await?;
    let mut per_topic: BTreeMap<String, Result<(), KafkaError>> = BTreeMap::new();
    for ((topic, _), r) in results {
        let slot = per_topic.entry(topic).or_insert(Ok(()));
        if slot.is_ok() {
            if let Err(e) = r {
                *slot = Err(e);
            }
        }
    }
    // A note that cannot be shown does not undo the reassignments just
    // submitted; their results are what the run reports.
    let _ = progress(ApplyEvent::Note(
        "replication-factor changes run as partition reassignments: watch them with `mskctl partition reassign status`",
    ));
    Ok(per_topic.into_iter().collect())
}

/// Executes one phase's actions as batched requests; one result per action.
async fn run_phase(
    admin: &Admin,
    actions: &[&PlannedAction],
    progress: &mut Progress<'_>,
) -> Vec<Result<(), String>> {
    let Some(first) = actions.first() else {
        return Vec::new();
    };
    if first.action.acl().is_some() {
        return run_acl_phase(admin, actions).await;
    }
    let outcome: Result<ItemResults, KafkaError> = match &first.action {
        Action::CreateTopic { .. } => {
            let topics: Vec<NewTopic> = actions
                .iter()
                .filter_map(|a| match &a.action {
                    Action::CreateTopic {
                        topic,
                        partitions,
                        replication_factor,
                        configs,
                    } => Some(NewTopic {
                        name: topic.clone(),
                        partitions: *partitions,
                        replication_factor: *replication_factor,
                        configs: configs
                            .iter()
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect(),
                    }),
                    _ => None,
                })
                .collect();
            admin.create_topics(&topics, false).await
        }
        Action::AddPartitions { .. } => {
            let totals: Vec<(String, i32)> = actions
                .iter()
                .filter_map(|a| match &a.action {
                    Action::AddPartitions { topic, to, .. } => Some((topic.clone(), *to)),
                    _ => None,
                })
                .collect();
            admin.create_partitions(&totals, false).await
        }
        Action::AlterConfigs { .. } => {
            let changes: Vec<(String, Vec<ConfigOp>)> = actions
                .iter()
                .filter_map(|a| match &a.action {
                    Action::AlterConfigs { topic, set, remove } => {
                        let mut ops: Vec<ConfigOp> = set
                            .iter()
                            .filter_map(|c| c.to.clone().map(|v| ConfigOp::Set(c.key.clone(), v)))
                            .collect();
                        ops.extend(remove.iter().map(|c| ConfigOp::Delete(c.key.clone())));
                        Some((topic.clone(), ops))
                    }
                    _ => None,
                })
                .collect();
            admin.alter_topic_configs(&changes, false).await
        }
        Action::DeleteTopic { .. } => {
            let names: Vec<String> = actions
                .iter()
                .map(|a| a.action.topic().to_string())
                .collect();
            admin.delete_topics(&names).await
        }
        Action::ChangeReplicationFactor { .. } => submit_rf_changes(admin, actions, progress).await,
        Action::CreateAcl { .. } | Action::DeleteAcl { .. } => {
            return run_acl_phase(admin, actions).await
        }
        Action::AlterQuota { .. } => return run_quota_phase(admin, actions).await,
    };
    match outcome {
        Ok(results) => {
            let mut by_name: BTreeMap<String, Result<(), KafkaError>> =
                results.into_iter().collect();
            actions
                .iter()
                .map(|a| match by_name.remove(a.action.topic()) {
                    Some(Ok(())) => Ok(()),
                    Some(Err(e)) => Err(e.to_string()),
                    None => Err("the broker did not answer for this topic".into()),
                })
                .collect()
        }
        Err(e) => {
            let msg = if e.is_transport() {
                format!(
                    "{e} (the request may or may not have been carried out; run plan again to see)"
                )
            } else {
                e.to_string()
            };
            actions.iter().map(|_| Err(msg.clone())).collect()
        }
    }
}

/// Changes every planned quota entity in one request.
async fn run_quota_phase(admin: &Admin, actions: &[&PlannedAction]) -> Vec<Result<(), String>> {
    let changes: Vec<QuotaAlteration> = actions
        .iter()
        .filter_map(|a| crate::ops::quota::alteration_of(&a.action))
        .collect();
    match admin.alter_client_quotas(&changes, false).await {
        Ok(rs) => {
            let mut rs: Vec<Result<(), String>> = rs
                .into_iter()
                .map(|(_, r)| r.map_err(|e| e.to_string()))
                .collect();
            rs.resize(actions.len(), Err("the broker did not answer".into()));
            rs
        }
        Err(e) => {
            let msg = if e.is_transport() {
                format!(
                    "{e} (the request may or may not have been carried out; run plan again to see)"
                )
            } else {
                e.to_string()
            };
            actions.iter().map(|_| Err(msg.clone())).collect()
        }
    }
}

/// Creates or deletes one phase's ACL bindings in one request; deletes use
/// a filter naming every field, so nothing but the planned binding goes.
async fn run_acl_phase(admin: &Admin, actions: &[&PlannedAction]) -> Vec<Result<(), String>> {
    let bindings: Vec<AclBinding> = actions
        .iter()
        .filter_map(|a| a.action.acl().cloned())
        .collect();
    let deleting = actions
        .first()
        .is_some_and(|a| matches!(a.action, Action::DeleteAcl { .. }));
    let results: Result<Vec<Result<(), String>>, KafkaError> = if deleting {
        let filters: Vec<AclFilter> = bindings.iter().map(AclFilter::exactly).collect();
        admin.delete_acls(&filters).await.map(|rs| {
            rs.into_iter()
                .map(|r| match r {
                    Ok(gone) if gone.is_empty() => {
                        Err("already gone (deleted by someone else?)".to_string())
                    }
                    Ok(_) => Ok(()),
                    Err(e) => Err(e.to_string()),
                })
                .collect()
        })
    } else {
        admin.create_acls(&bindings).await.map(|rs| {
            rs.into_iter()
                .map(|(_, r)| r.map_err(|e| e.to_string()))
                .collect()
        })
    };
    match results {
        Ok(mut rs) => {
            // The facade answers one result per binding; pad defensively so
            // every action gets a line.
            rs.resize(actions.len(), Err("the broker did not answer".into()));
            rs
        }
        Err(e) => {
            let msg = if e.is_transport() {
                format!(
                    "{e} (the request may or may not have been carried out; run plan again to see)"
                )
            } else {
                e.to_string()
            };
            actions.iter().map(|_| Err(msg.clone())).collect()
        }
    }
}
