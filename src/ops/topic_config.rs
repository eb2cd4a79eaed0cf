//! Changing topic configs imperatively (`topic config set|delete`,
//! `retention set`): one AlterConfigs action per topic, judged by the same
//! rulebook as `plan` against the values really in force (the topic's own
//! settings, else the broker defaults the cluster reports).

use std::collections::BTreeMap;

use anyhow::anyhow;

use super::confirm::{confirm, Confirm, Prompt, Target};
use super::{describe, repeated_keys, usage_problems, worst};
use crate::kafka::admin::{ConfigOp, TopicConfigState};
use crate::kafka::Admin;
use crate::manifest::{topic_config_key_problem, topic_config_problem};
use crate::plan::{alter_configs_action, Action, ConfigChange, PlannedAction};
use crate::units::{format_bytes, format_ms};

pub struct ConfigChangeOptions {
    pub topics: Vec<String>,
    /// Keys to set; each key at most once.
    pub set: Vec<(String, String)>,
    /// Keys to remove from the topics (back to the default).
    pub delete: Vec<String>,
    pub confirm: Confirm,
    pub target: Target,
}

/// One key's change as people read it, with the values in force before and
/// after (`None`: not reported by the cluster, i.e. Kafka's built-in default).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueChange {
    pub key: String,
    pub before: Option<String>,
    pub after: Option<String>,
    /// The key is removed from the topic (back to the default).
    pub removed: bool,
}

#[derive(Debug)]
pub struct TopicConfigChange {
    pub topic: String,
    pub action: PlannedAction,
    pub values: Vec<ValueChange>,
}

#[derive(Debug, Default)]
pub struct ConfigChangeResult {
    /// What was planned, in topic order; empty when nothing was to change.
    pub changes: Vec<TopicConfigChange>,
    /// Topics whose change the broker accepted.
    pub done: Vec<String>,
    /// Topics whose change failed, with the reason.
    pub failed: Vec<(String, String)>,
}

/// The offline checks: the same key and value rules as manifests. Run
/// before connecting, so a typo never reaches a cluster.
pub fn check(opts: &ConfigChangeOptions) -> anyhow::Result<()> {
    let mut problems: Vec<String> = opts
        .set
        .iter()
        .filter_map(|(k, v)| topic_config_problem(k, v))
        .collect();
    problems.extend(
        opts.delete
            .iter()
            .filter_map(|k| topic_config_key_problem(k)),
    );
    problems.extend(
        opts.delete
            .iter()
            .filter(|k| opts.set.iter().any(|(s, _)| s == *k))
            .map(|k| format!("'{k}' is both set and removed; give it once")),
    );
    problems.extend(repeated_keys(&opts.set));
    usage_problems(problems)
}

pub async fn change_configs(
    admin: &Admin,
    opts: &ConfigChangeOptions,
    prompt: &mut dyn Prompt,
) -> anyhow::Result<ConfigChangeResult> {
    check(opts)?;
    let mut topics = opts.topics.clone();
    topics.sort();
    topics.dedup();
    // Existence first: some brokers accept config changes for topics that
    // do not exist, which would report success for a typo.
    admin.require_topics(&topics).await?;
    let mut states = admin.topic_config_state(&topics).await?;

    let set: BTreeMap<&str, &str> = opts
        .set
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let mut changes = Vec::new();
    for topic in &topics {
        let state = states
            .remove(topic)
            .ok_or_else(|| anyhow!("the broker returned no configs for topic '{topic}'"))??;
        if let Some(c) = plan_topic(topic, &state, &set, &opts.delete) {
            changes.push(c);
        }
    }
    let mut result = ConfigChangeResult {
        changes,
        ..ConfigChangeResult::default()
    };
    if result.changes.is_empty() {
        return Ok(result);
    }
    let actions = confirm_changes(&result.changes, opts.confirm, &opts.target, prompt)?;

    let requests: Vec<(String, Vec<ConfigOp>)> = actions.iter().filter_map(ops_of).collect();
    for (topic, r) in admin.alter_topic_configs(&requests, false).await? {
        match r {
            Ok(()) => result.done.push(topic),
            Err(e) => result.failed.push((topic, e.to_string())),
        }
    }
    Ok(result)
}

/// Shows the planned config changes, judged together, and asks about them
/// naming the cluster; returns their actions once confirmed.
pub(crate) fn confirm_changes(
    changes: &[TopicConfigChange],
    policy: Confirm,
    target: &Target,
    prompt: &mut dyn Prompt,
) -> anyhow::Result<Vec<PlannedAction>> {
    let shown: Vec<(String, Vec<String>, &PlannedAction)> = changes
        .iter()
        .map(|c| {
            let lines = c.values.iter().map(show).collect();
            (format!("topic '{}'", c.topic), lines, &c.action)
        })
        .collect();
    let actions: Vec<PlannedAction> = changes.iter().map(|c| c.action.clone()).collect();
    let names: Vec<&str> = changes.iter().map(|c| c.topic.as_str()).collect();
    let question = format!("Change configs of topic {} on {target}?", names.join(", "));
    confirm(
        policy,
        worst(&actions),
        &describe(&shown),
        &question,
        prompt,
    )?;
    Ok(actions)
}

pub(crate) fn plan_topic(
    topic: &str,
    state: &TopicConfigState,
    set: &BTreeMap<&str, &str>,
    delete: &[String],
) -> Option<TopicConfigChange> {
    let set_changes: Vec<ConfigChange> = set
        .iter()
        .map(|(k, v)| ConfigChange {
            key: k.to_string(),
            from: state.explicit.get(*k).cloned(),
            to: Some(v.to_string()),
        })
        .collect();
    let remove: Vec<ConfigChange> = delete
        .iter()
        .map(|k| ConfigChange {
            key: k.clone(),
            from: state.explicit.get(k).cloned(),
            to: None,
        })
        .collect();
    let action = alter_configs_action(topic, set_changes, remove, &state.inherited)?;
    let Action::AlterConfigs { set, remove, .. } = &action.action else {
        return None;
    };
    let in_force = |c: &ConfigChange, v: &Option<String>| {
        v.clone().or_else(|| state.inherited.get(&c.key).cloned())
    };
    let values = set
        .iter()
        .chain(remove)
        .map(|c| ValueChange {
            key: c.key.clone(),
            before: in_force(c, &c.from),
            after: in_force(c, &c.to),
            removed: c.to.is_none(),
        })
        .collect();
    Some(TopicConfigChange {
        topic: topic.to_string(),
        action,
        values,
    })
}

fn ops_of(a: &PlannedAction) -> Option<(String, Vec<ConfigOp>)> {
    let Action::AlterConfigs { topic, set, remove } = &a.action else {
        return None;
    };
    let ops = set
        .iter()
        .filter_map(|c| c.to.clone().map(|v| ConfigOp::Set(c.key.clone(), v)))
        .chain(remove.iter().map(|c| ConfigOp::Delete(c.key.clone())))
        .collect();
    Some((topic.clone(), ops))
}

/// `retention.ms 1w (604800000) -> 1d (86400000)`; retention values get
/// human units, a value the cluster did not report is "default".
pub fn show(v: &ValueChange) -> String {
    let one = |x: &Option<String>| match x {
        None => "default".to_string(),
        Some(s) => match (v.key.as_str(), s.trim().parse::<i64>()) {
            ("retention.ms" | "local.retention.ms", Ok(n)) => format!("{} ({n})", format_ms(n)),
            ("retention.bytes" | "local.retention.bytes", Ok(n)) => {
                format!("{} ({n})", format_bytes(n))
            }
            _ => s.clone(),
        },
    };
    let removed = if v.removed {
        " (removed from the topic)"
    } else {
        ""
    };
    format!("{} {} -> {}{removed}", v.key, one(&v.before), one(&v.after))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Safety;

    fn state(explicit: &[(&str, &str)], inherited: &[(&str, &str)]) -> TopicConfigState {
        let m = |kv: &[(&str, &str)]| {
            kv.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        TopicConfigState {
            explicit: m(explicit),
            inherited: m(inherited),
        }
    }

    #[test]
    fn judged_against_the_value_in_force() {
        let st = state(&[], &[("retention.ms", "604800000")]);
        let set: BTreeMap<&str, &str> = [("retention.ms", "1")].into();
        let c = plan_topic("t", &st, &set, &[]).unwrap();
        assert_eq!(c.action.safety, Safety::Destructive);
        assert_eq!(show(&c.values[0]), "retention.ms 1w (604800000) -> 1ms (1)");
        let set: BTreeMap<&str, &str> = [("cleanup.policy", "compact")].into();
        let st = state(&[], &[("cleanup.policy", "delete")]);
        let c = plan_topic("t", &st, &set, &[]).unwrap();
        assert_eq!(c.action.safety, Safety::Destructive);
        let set: BTreeMap<&str, &str> = [("retention.ms", "-1")].into();
        let c = plan_topic("t", &st, &set, &[]).unwrap();
        assert_eq!(c.action.safety, Safety::Safe);
    }

    #[test]
    fn removing_what_is_not_set_is_nothing_to_do() {
        let st = state(&[], &[("retention.ms", "604800000")]);
        assert!(plan_topic("t", &st, &BTreeMap::new(), &["retention.ms".into()]).is_none());
    }

    #[test]
    fn inputs_are_checked_like_manifests() {
        let opts = |set: &[(&str, &str)], delete: &[&str]| ConfigChangeOptions {
            topics: vec!["t".into()],
            set: set
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            delete: delete.iter().map(|k| k.to_string()).collect(),
            confirm: Confirm::Refuse,
            target: Target::default(),
        };
        let e = check(&opts(&[("retention.msx", "1")], &[])).unwrap_err();
        assert!(e.to_string().contains("did you mean 'retention.ms'"), "{e}");
        let e = check(&opts(&[("min.insync.replicas", "0")], &[])).unwrap_err();
        assert!(e.to_string().contains("at least 1"), "{e}");
        assert!(check(&opts(&[], &["nope.key"])).is_err());
        assert!(check(&opts(&[("retention.ms", "1")], &["retention.ms"])).is_err());
        assert!(check(&opts(&[("cleanup.policy", "compact")], &["segment.ms"])).is_ok());
        let e = check(&opts(&[("retention.ms", "1"), ("retention.ms", "2")], &[])).unwrap_err();
        assert!(e.to_string().contains("more than once"), "{e}");
    }
}
