//! The saved-plan format (`plan --out`, `apply --plan`) and the masking of
//! sensitive config values, which keeps them out of output and out of saved
//! plans. Pure data: reading and writing the file is the caller's.

use std::collections::BTreeMap;

use anyhow::{anyhow, bail};
use serde::{Deserialize, Serialize};

use super::diff::ConfigChange;
use super::{Action, ObservedTopic, Plan};

/// The `format` a saved plan declares; another one is refused.
pub const SAVED_FORMAT: &str = "mskctl-plan/v1";

/// What a sensitive value reads as, wherever it is shown or saved.
pub const MASK: &str = "<sensitive>";

/// A plan saved by `plan --out`: the actions plus the state of every topic
/// they touch, so `apply --plan` can tell whether the cluster moved.
#[derive(Debug, Serialize, Deserialize)]
pub struct SavedPlan {
    pub format: String,
    pub cluster_id: Option<String>,
    pub plan: Plan,
    /// Observed state per touched topic; `None` = did not exist.
    pub observed: BTreeMap<String, Option<ObservedTopic>>,
    /// MSK cluster plans, each with the cluster version it was made at.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clusters: Vec<crate::msk::plan::ClusterPlan>,
}

impl SavedPlan {
    /// The plan made against `observed` on cluster `cluster_id`, with the
    /// state of the topics it touches. ACL actions carry their exact
    /// binding; `apply --plan` checks those against the live ACLs instead.
    pub fn new(cluster_id: Option<String>, plan: &Plan, observed: &[ObservedTopic]) -> SavedPlan {
        let by_name: BTreeMap<&str, &ObservedTopic> =
            observed.iter().map(|o| (o.name.as_str(), o)).collect();
        let touched: BTreeMap<String, Option<ObservedTopic>> = plan
            .actions
            .iter()
            .filter(|a| a.action.acl().is_none())
            .map(|a| a.action.topic().to_string())
            .map(|t| {
                let o = by_name.get(t.as_str()).map(|o| (*o).clone());
                (t, o)
            })
            .collect();
        SavedPlan {
            format: SAVED_FORMAT.into(),
            cluster_id,
            plan: plan.clone(),
            observed: touched,
            clusters: Vec::new(),
        }
    }

    pub fn to_json(&self) -> anyhow::Result<String> {
        Ok(serde_json::to_string_pretty(self)?)
    }

    /// Reads a saved plan; `origin` (the file) prefixes every error.
    pub fn from_json(text: &str, origin: &str) -> anyhow::Result<SavedPlan> {
        let saved: SavedPlan = serde_json::from_str(text).map_err(|e| {
            anyhow!(
                "{origin}:{}:{}: not a saved mskctl plan: {e}",
                e.line(),
                e.column()
            )
        })?;
        if saved.format != SAVED_FORMAT {
            bail!(
                "{origin}: unsupported plan format '{}' (expected {SAVED_FORMAT})",
                saved.format
            );
        }
        Ok(saved)
    }

    /// Whether the plan holds masked values, which cannot be applied from
    /// the plan since the real values were never stored.
    pub fn has_masked_values(&self) -> bool {
        let masked = |s: &str| s.contains(MASK);
        let change = |c: &ConfigChange| {
            masked(&c.key)
                || c.from.as_deref().is_some_and(masked)
                || c.to.as_deref().is_some_and(masked)
        };
        self.plan.actions.iter().any(|a| match &a.action {
            Action::CreateTopic { configs, .. } => {
                configs.iter().any(|(k, v)| masked(k) || masked(v))
            }
            Action::AlterConfigs { set, remove, .. } => set.iter().chain(remove).any(change),
            _ => false,
        })
    }

    /// Per touched topic whose state moved since the plan was made, a line
    /// saying how (`  orders: planned against ..., now ...`).
    pub fn moved_topics(&self, live: &[ObservedTopic]) -> Vec<String> {
        let by_name: BTreeMap<&str, &ObservedTopic> =
            live.iter().map(|o| (o.name.as_str(), o)).collect();
        self.observed
            .iter()
            .filter(|(name, then)| !unchanged(then, by_name.get(name.as_str()).copied()))
            .map(|(name, then)| {
                format!(
                    "  {name}: planned against {}, now {}",
                    describe_state(then.as_ref()),
                    describe_state(by_name.get(name.as_str()).copied())
                )
            })
            .collect()
    }
}

/// Same topic state as when the plan was made? Compares what the plan
/// depends on: existence, partition count, replication factor, configs.
fn unchanged(then: &Option<ObservedTopic>, now: Option<&ObservedTopic>) -> bool {
    match (then, now) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            a.partitions == b.partitions
                && a.replication_factor == b.replication_factor
                && a.configs == b.configs
        }
        _ => false,
    }
}

fn describe_state(o: Option<&ObservedTopic>) -> String {
    match o {
        None => "absent".into(),
        Some(o) => format!(
            "{} partitions, RF {}, {} explicit configs",
            o.partitions,
            o.replication_factor,
            o.configs.len()
        ),
    }
}

fn is_sensitive(key: &str, observed: Option<&ObservedTopic>) -> bool {
    let k = key.to_ascii_lowercase();
    observed.is_some_and(|o| o.sensitive.iter().any(|s| s == key))
        || ["password", "secret", "token", "credential"]
            .iter()
            .any(|w| k.contains(w))
}

/// Replaces the values of sensitive configs so they never reach output or
/// a saved plan.
pub fn mask(plan: &mut Plan, observed: &BTreeMap<&str, &ObservedTopic>) {
    let hide = |c: &mut ConfigChange, o: Option<&ObservedTopic>| {
        if is_sensitive(&c.key, o) {
            if c.from.is_some() {
                c.from = Some(MASK.into());
            }
            if c.to.is_some() {
                c.to = Some(MASK.into());
            }
        }
    };
    for a in &mut plan.actions {
        let o = observed.get(a.action.topic()).copied();
        match &mut a.action {
            Action::CreateTopic { configs, .. } => {
                for (k, v) in configs.iter_mut() {
                    if is_sensitive(k, o) {
                        *v = MASK.into();
                    }
                }
            }
            Action::AlterConfigs { set, remove, .. } => {
                set.iter_mut()
                    .chain(remove.iter_mut())
                    .for_each(|c| hide(c, o));
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{plan, DesiredTopic, PlanOptions};

    fn topic(name: &str, partitions: i32, configs: &[(&str, &str)]) -> DesiredTopic {
        DesiredTopic {
            name: name.into(),
            partitions,
            replication_factor: 3,
            configs: configs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            labels: BTreeMap::new(),
            source: Default::default(),
        }
    }

    fn live(name: &str, partitions: i32) -> ObservedTopic {
        ObservedTopic {
            name: name.into(),
            partitions,
            replication_factor: 3,
            ..ObservedTopic::default()
        }
    }

    #[test]
    fn sensitive_values_are_masked_and_such_plans_refused() {
        let desired = [topic(
            "t",
            3,
            &[("sasl.password", "hunter2"), ("cleanup.policy", "compact")],
        )];
        let mut p = plan(&desired, &[], PlanOptions::default());
        mask(&mut p, &BTreeMap::new());
        let Action::CreateTopic { configs, .. } = &p.actions[0].action else {
            panic!("{p:?}");
        };
        assert_eq!(configs.get("sasl.password").map(String::as_str), Some(MASK));
        assert_eq!(
            configs.get("cleanup.policy").map(String::as_str),
            Some("compact")
        );
        assert!(SavedPlan::new(None, &p, &[]).has_masked_values());

        let plain = plan(&[topic("t", 3, &[])], &[], PlanOptions::default());
        assert!(!SavedPlan::new(None, &plain, &[]).has_masked_values());
    }

    #[test]
    fn round_trip_and_format_check() {
        let observed = [live("t", 3)];
        let p = plan(&[topic("t", 6, &[])], &observed, PlanOptions::default());
        let saved = SavedPlan::new(Some("c1".into()), &p, &observed);
        let text = saved.to_json().unwrap_or_default();
        let back = SavedPlan::from_json(&text, "p.json").unwrap_or_else(|e| panic!("{e:#}"));
        assert_eq!(back.cluster_id.as_deref(), Some("c1"));
        assert_eq!(back.observed.get("t"), Some(&Some(live("t", 3))));

        let other = text.replace(SAVED_FORMAT, "mskctl-plan/v0");
        let e = SavedPlan::from_json(&other, "p.json")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("p.json: unsupported plan format"), "{e}");
        let e = SavedPlan::from_json("{", "p.json").unwrap_err().to_string();
        assert!(e.starts_with("p.json:1:1: not a saved mskctl plan"), "{e}");
    }

    #[test]
    fn moved_topics_are_named() {
        let observed = [live("t", 3)];
        let p = plan(&[topic("t", 6, &[])], &observed, PlanOptions::default());
        let saved = SavedPlan::new(None, &p, &observed);
        assert!(saved.moved_topics(&observed).is_empty());
        assert_eq!(
            saved.moved_topics(&[live("t", 4)]),
            ["  t: planned against 3 partitions, RF 3, 0 explicit configs, now 4 partitions, RF 3, 0 explicit configs"]
        );
        assert_eq!(
            saved.moved_topics(&[]),
            ["  t: planned against 3 partitions, RF 3, 0 explicit configs, now absent"]
        );
    }
}
