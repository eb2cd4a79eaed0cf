//! Changing client quotas imperatively (`quota set|delete`): one
//! AlterClientQuotas action for one entity, judged by the quota rulebook
//! ([`crate::plan::quota`]) against the values in force, the same way
//! `apply` judges a Quota manifest.

use std::collections::BTreeMap;

use super::confirm::{confirm, Confirm, Prompt, Target};
use super::{describe, usage_problems};
use crate::kafka::quotas::{QuotaAlteration, QuotaEntity, QuotaFilter};
use crate::kafka::Admin;
use crate::plan::quota::{parse_quota_value, quota_action, quota_key_problem, show_quota_change};
use crate::plan::{Action, PlannedAction};

pub struct QuotaChangeOptions {
    pub entity: QuotaEntity,
    /// `KEY=VALUE` as typed (`producer_byte_rate=10MB/s`).
    pub set: Vec<(String, String)>,
    /// Keys to remove from the entity.
    pub delete: Vec<String>,
    pub confirm: Confirm,
    pub target: Target,
}

#[derive(Debug, Default)]
pub struct QuotaChangeResult {
    /// The planned change; `None` when nothing was to change.
    pub action: Option<PlannedAction>,
    /// The broker's refusal, when it refused.
    pub failed: Option<String>,
}

/// The offline checks: known keys, valid values, each key once, an entity.
pub fn check(opts: &QuotaChangeOptions) -> anyhow::Result<BTreeMap<String, f64>> {
    let mut problems = Vec::new();
    if opts.entity == QuotaEntity::default() {
        problems.push(
            "name the entity: --user NAME, --default-user, --client-id ID or --default-client-id"
                .to_string(),
        );
    }
    let mut set = BTreeMap::new();
    for (k, v) in &opts.set {
        match parse_quota_value(k, v) {
            Ok(x) => {
                if set.insert(k.clone(), x).is_some() {
                    problems.push(format!("'{k}' is given more than once; give it once"));
                }
            }
            Err(e) => problems.push(e),
        }
    }
    problems.extend(opts.delete.iter().filter_map(|k| quota_key_problem(k)));
    if opts.set.is_empty() && opts.delete.is_empty() {
        problems.push("name at least one quota key".into());
    }
    usage_problems(problems)?;
    Ok(set)
}

/// The entity's request for an `AlterQuota` action.
pub fn alteration_of(action: &Action) -> Option<QuotaAlteration> {
    let Action::AlterQuota {
        entity,
        set,
        remove,
    } = action
    else {
        return None;
    };
    Some(QuotaAlteration {
        entity: entity.clone(),
        set: set
            .iter()
            .filter_map(|c| c.to.map(|v| (c.key.clone(), v.0)))
            .collect(),
        remove: remove.iter().map(|c| c.key.clone()).collect(),
    })
}

/// The change as lines, for the question and the report.
pub fn show(action: &PlannedAction) -> Vec<String> {
    match &action.action {
        Action::AlterQuota { set, remove, .. } => {
            set.iter().chain(remove).map(show_quota_change).collect()
        }
        _ => Vec::new(),
    }
}

pub async fn change_quota(
    admin: &Admin,
    opts: &QuotaChangeOptions,
    prompt: &mut dyn Prompt,
) -> anyhow::Result<QuotaChangeResult> {
    let set = check(opts)?;
    // Every quota: the entity's own values and the defaults it inherits.
    let live = admin
        .describe_client_quotas(&QuotaFilter::default())
        .await?;
    let current = live
        .iter()
        .find(|e| e.entity == opts.entity)
        .map(|e| e.values.clone())
        .unwrap_or_default();
    let Some(action) = quota_action(&opts.entity, &current, &set, &opts.delete, &live) else {
        return Ok(QuotaChangeResult::default());
    };
    let subject = format!("quota of {}", opts.entity.describe());
    let shown = [(subject.clone(), show(&action), &action)];
    let question = format!("Change the {subject} on {}?", opts.target);
    confirm(
        opts.confirm,
        action.safety,
        &describe(&shown),
        &question,
        prompt,
    )?;
    let Some(change) = alteration_of(&action.action) else {
        return Ok(QuotaChangeResult::default());
    };
    let failed = admin
        .alter_client_quotas(&[change], false)
        .await?
        .into_iter()
        .find_map(|(_, r)| r.err().map(|e| e.to_string()));
    Ok(QuotaChangeResult {
        action: Some(action),
        failed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(set: &[(&str, &str)], delete: &[&str]) -> QuotaChangeOptions {
        QuotaChangeOptions {
            entity: QuotaEntity::user("alice"),
            set: set
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            delete: delete.iter().map(|k| k.to_string()).collect(),
            confirm: Confirm::Refuse,
            target: Target::default(),
        }
    }

    #[test]
    fn inputs_are_checked_before_connecting() {
        assert!(check(&opts(&[("producer_byte_rate", "10MB/s")], &[])).is_ok());
        let e = check(&opts(&[("producer_byte_rate", "fast")], &[])).unwrap_err();
        assert!(e.is::<crate::error::UsageError>());
        let e = check(&opts(
            &[("request_percentage", "50%"), ("request_percentage", "60%")],
            &[],
        ))
        .unwrap_err();
        assert!(e.to_string().contains("more than once"), "{e}");
        assert!(check(&opts(&[], &["nope"])).is_err());
        assert!(check(&opts(&[], &[])).is_err());
        let mut none = opts(&[("request_percentage", "50")], &[]);
        none.entity = QuotaEntity::default();
        assert!(check(&none).is_err());
    }
}
