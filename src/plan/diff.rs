//! Desired vs observed topics -> an ordered, classified list of actions.
//!
//! Order is the safe order to execute in: create topics, then add
//! partitions, then config changes, then replication-factor changes
//! (reassignments), then ACL bindings to create, then (with `--prune`) ACL
//! bindings to delete, then topic deletions last, so
//! a failure part-way never leaves the cluster with less than it started
//! with. Within a phase, topics are in name order, so the same input always
//! gives the same plan.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::quota::QuotaChange;
use super::{DesiredAcl, DesiredTopic, ObservedTopic, Ownership};
use crate::kafka::acls::{describe_binding, AclBinding};
use crate::kafka::quotas::QuotaEntity;
pub use crate::kafka::usage::TopicUsage;
use crate::reassign::ReassignmentEntry;

/// How much an action can hurt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Safety {
    /// Nothing existing changes behaviour (a new topic, a raised limit).
    Safe,
    /// Behaviour changes but no data is lost (more partitions remap keys).
    Risky,
    /// Data can be lost (topic deletion, lower retention, new cleanup policy).
    Destructive,
}

impl Safety {
    pub fn name(self) -> &'static str {
        match self {
            Safety::Safe => "safe",
            Safety::Risky => "risky",
            Safety::Destructive => "destructive",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Action {
    CreateTopic {
        topic: String,
        partitions: i32,
        replication_factor: i16,
        configs: BTreeMap<String, String>,
    },
    AddPartitions {
        topic: String,
        from: i32,
        to: i32,
    },
    /// All config changes of one topic, applied in one incremental request.
    AlterConfigs {
        topic: String,
        set: Vec<ConfigChange>,
        remove: Vec<ConfigChange>,
    },
    DeleteTopic {
        topic: String,
        partitions: i32,
        /// Records the topic held when planned (only ever non-zero when
        /// data loss was allowed).
        #[serde(default, skip_serializing_if = "is_zero")]
        records: u64,
        /// Consumer groups with committed offsets for the topic, or
        /// members assigned to it, when planned.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        consumed_by: Vec<String>,
    },
    /// A replication-factor change, carried out as a partition
    /// reassignment of the topic (`reassignment` is filled in by
    /// `replication::resolve` in this folder from a cluster snapshot).
    ChangeReplicationFactor {
        topic: String,
        from: i16,
        to: i16,
        #[serde(default)]
        reassignment: Vec<ReassignmentEntry>,
    },
    /// One ACL binding, exactly as it is to be created.
    CreateAcl {
        binding: AclBinding,
    },
    /// One live ACL binding, deleted by a filter naming every field.
    DeleteAcl {
        binding: AclBinding,
    },
    /// All quota changes of one client-quota entity, in one request.
    AlterQuota {
        entity: QuotaEntity,
        set: Vec<QuotaChange>,
        remove: Vec<QuotaChange>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfigChange {
    pub key: String,
    /// Current explicit value (`None`: not set on the topic).
    pub from: Option<String>,
    /// New value (`None`: removed, back to the default).
    pub to: Option<String>,
}

impl Action {
    /// The topic acted on; for ACL actions, the binding's resource name
    /// (use [`Action::subject`] to name the action).
    pub fn topic(&self) -> &str {
        match self {
            Action::CreateTopic { topic, .. }
            | Action::AddPartitions { topic, .. }
            | Action::AlterConfigs { topic, .. }
            | Action::DeleteTopic { topic, .. }
            | Action::ChangeReplicationFactor { topic, .. } => topic,
            Action::CreateAcl { binding } | Action::DeleteAcl { binding } => &binding.resource_name,
            Action::AlterQuota { .. } => "",
        }
    }

    /// What the action is about, for people: the topic, or the ACL binding
    /// in one line.
    pub fn subject(&self) -> String {
        if let Action::AlterQuota { entity, .. } = self {
            return entity.describe();
        }
        match self.acl() {
            Some(b) => describe_binding(b),
            None => self.topic().to_string(),
        }
    }

    /// The binding of an ACL action.
    pub fn acl(&self) -> Option<&AclBinding> {
        match self {
            Action::CreateAcl { binding } | Action::DeleteAcl { binding } => Some(binding),
            _ => None,
        }
    }

    pub fn verb(&self) -> &'static str {
        match self {
            Action::CreateTopic { .. } => "create topic",
            Action::AddPartitions { .. } => "add partitions",
            Action::AlterConfigs { .. } => "alter configs",
            Action::DeleteTopic { .. } => "delete topic",
            Action::ChangeReplicationFactor { .. } => "change replication factor",
            Action::CreateAcl { .. } => "create acl",
            Action::DeleteAcl { .. } => "delete acl",
            Action::AlterQuota { .. } => "alter quota",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedAction {
    #[serde(flatten)]
    pub action: Action,
    pub safety: Safety,
    /// Why it has that safety class, for destructive and risky actions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<String>,
}

/// A change the manifests ask for that cannot be made (or not yet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub topic: String,
    pub reason: String,
    /// `false` for changes that are impossible (shrinking partitions);
    /// `true` for changes a later version will make (replication factor).
    pub unsupported: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub actions: Vec<PlannedAction>,
    pub refused: Vec<Refusal>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.actions.is_empty()
    }

    pub fn count(&self, safety: Safety) -> usize {
        self.actions.iter().filter(|a| a.safety == safety).count()
    }
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

#[derive(Debug, Clone, Copy, Default)]
pub struct PlanOptions<'a> {
    /// Delete the topics this ownership owns that no manifest declares
    /// (never internal ones). `None`: delete nothing.
    pub prune: Option<&'a Ownership>,
}

/// Describes a topic deletion's loss as recorded in the action.
pub fn deletion_loss(records: u64, consumed: &[String]) -> Option<String> {
    TopicUsage {
        records,
        groups: consumed.to_vec(),
        ..TopicUsage::default()
    }
    .loss()
}

/// Holds topic deletions to the data guard: a topic that holds records or
/// is consumed is deleted only when `allow_data_loss`, and its action then
/// says what is lost; otherwise the deletion becomes a refusal with the
/// reason. A topic without an observation is treated as holding data.
pub fn guard_deletions(
    plan: &mut Plan,
    usage: &BTreeMap<String, TopicUsage>,
    allow_data_loss: bool,
) {
    let unknown = TopicUsage {
        unknown_partitions: 1,
        ..TopicUsage::default()
    };
    let mut refused = Vec::new();
    plan.actions.retain_mut(|a| {
        let Action::DeleteTopic {
            topic,
            records,
            consumed_by,
            ..
        } = &mut a.action
        else {
            return true;
        };
        let u = usage.get(topic.as_str()).unwrap_or(&unknown);
        let Some(loss) = u.loss() else {
            return true;
        };
        if allow_data_loss {
            *records = u.records;
            consumed_by.clone_from(&u.groups);
            let reason = format!("{loss} (--allow-data-loss)");
            // A saved plan is guarded again when applied.
            if !a.reasons.contains(&reason) {
                a.reasons.push(reason);
            }
            true
        } else {
            refused.push(Refusal {
                topic: topic.clone(),
                reason: format!(
                    "not deleted: the topic is in use ({loss}); give --allow-data-loss to delete it anyway"
                ),
                unsupported: false,
            });
            false
        }
    });
    plan.refused.extend(refused);
}

/// Does data loss on `key` depend on the value a topic inherits? Those are
/// the keys whose inherited value plans record.
pub fn judged_against_default(key: &str) -> bool {
    kafka_default(key).is_some()
}

/// Kafka's built-in defaults for the keys whose removal can shrink what is
/// kept; used to classify "remove retention.ms" (back to the default).
fn kafka_default(key: &str) -> Option<&'static str> {
    match key {
        "retention.ms" => Some("604800000"),
        "retention.bytes" => Some("-1"),
        "cleanup.policy" => Some("delete"),
        "local.retention.ms" => Some("-2"),
        "local.retention.bytes" => Some("-2"),
        _ => None,
    }
}

/// Topic overrides that Kafka's tools set while they work (replication
/// throttles during a reassignment), not part of a topic's design: when a
/// manifest does not name them, apply leaves them alone, so it never lifts
/// the throttle of a move in progress.
pub fn is_operational_key(key: &str) -> bool {
    matches!(
        key,
        "leader.replication.throttled.replicas" | "follower.replication.throttled.replicas"
    )
}

/// Keys whose value is a comma-separated list where order does not matter.
fn is_list_key(key: &str) -> bool {
    matches!(
        key,
        "cleanup.policy"
            | "leader.replication.throttled.replicas"
            | "follower.replication.throttled.replicas"
    )
}

fn normalise(key: &str, value: &str) -> String {
    let v = value.trim();
    if is_list_key(key) {
        let mut items: Vec<&str> = v
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        items.sort_unstable();
        items.dedup();
        items.join(",")
    } else {
        v.to_string()
    }
}

fn same_value(key: &str, a: &str, b: &str) -> bool {
    a == b || normalise(key, a) == normalise(key, b)
}

/// A retention limit as a comparable number: -1 (unlimited) is the largest.
fn limit(v: &str) -> Option<i128> {
    let n: i64 = v.trim().parse().ok()?;
    Some(if n < 0 { i128::MAX } else { n as i128 })
}

/// Why changing `key` from `from` to `to` (either may be `None`: not set
/// on the topic) can drop data, if it can. An unset key takes the value the
/// topic inherits (`inherited`, from the broker's configuration), or else
/// Kafka's built-in default: on a cluster configured with 30-day
/// retention, setting 7 days lowers it.
pub fn data_loss_reason(
    key: &str,
    from: Option<&str>,
    to: Option<&str>,
    inherited: Option<&str>,
) -> Option<String> {
    let default = || inherited.or_else(|| kafka_default(key));
    let from_eff = from.or_else(default)?;
    let to_eff = to.or_else(default)?;
    match key {
        "retention.ms" | "retention.bytes" | "local.retention.ms" | "local.retention.bytes" => {
            let (f, t) = (limit(from_eff)?, limit(to_eff)?);
            (t < f).then(|| {
                format!("lowers {key} from {from_eff} to {to_eff}: older data will be deleted")
            })
        }
        "cleanup.policy" => {
            let old: BTreeSet<String> = normalise(key, from_eff)
                .split(',')
                .map(String::from)
                .collect();
            let new: BTreeSet<String> = normalise(key, to_eff)
                .split(',')
                .map(String::from)
                .collect();
            let added: Vec<&String> = new.difference(&old).collect();
            (!added.is_empty()).then(|| {
                let added = added.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(",");
                format!("cleanup.policy {from_eff} -> {to_eff} adds '{added}', which can remove records")
            })
        }
        _ => None,
    }
}

/// Computes the plan. Pure: same input, same output.
pub fn plan(desired: &[DesiredTopic], observed: &[ObservedTopic], opts: PlanOptions) -> Plan {
    let live: HashMap<&str, &ObservedTopic> =
        observed.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut wanted: Vec<&DesiredTopic> = desired.iter().collect();
    wanted.sort_by(|a, b| a.name.cmp(&b.name));

    let mut creates = Vec::new();
    let mut partitions = Vec::new();
    let mut configs = Vec::new();
    let mut rf_changes = Vec::new();
    let mut refused = Vec::new();

    for d in &wanted {
        let Some(o) = live.get(d.name.as_str()) else {
            creates.push(create_topic_action(
                &d.name,
                d.partitions,
                d.replication_factor,
                d.configs.clone(),
            ));
            continue;
        };

        match partitions_action(&d.name, o.partitions, d.partitions) {
            Err(r) => refused.push(r),
            Ok(Some(a)) => partitions.push(a),
            Ok(None) => {}
        }

        if d.replication_factor != o.replication_factor {
            rf_changes.push(PlannedAction {
                action: Action::ChangeReplicationFactor {
                    topic: d.name.clone(),
                    from: o.replication_factor,
                    to: d.replication_factor,
                    reassignment: Vec::new(),
                },
                safety: Safety::Risky,
                reasons: vec![format!(
                    "replication factor {} -> {}: a partition reassignment copies or removes replicas (load on the brokers, durability changes)",
                    o.replication_factor, d.replication_factor
                )],
            });
        }

        if let Some(action) = config_action(d, o) {
            configs.push(action);
        }
    }

    let mut deletes = Vec::new();
    if let Some(owned) = opts.prune {
        let declared: BTreeSet<&str> = wanted.iter().map(|d| d.name.as_str()).collect();
        let mut extra: Vec<&&ObservedTopic> = live
            .values()
            .filter(|o| {
                !o.internal && !declared.contains(o.name.as_str()) && owned.owns_topic(&o.name)
            })
            .collect();
        extra.sort_by(|a, b| a.name.cmp(&b.name));
        for o in extra {
            deletes.push(delete_topic_action(
                &o.name,
                o.partitions,
                "deletes the topic and all its data (--prune: no manifest declares it)",
            ));
        }
    }

    let mut actions = creates;
    actions.extend(partitions);
    actions.extend(configs);
    actions.extend(rf_changes);
    actions.extend(deletes);
    Plan { actions, refused }
}

/// Desired ACL bindings against the live ones -> creates (safe) and, with
/// `prune`, deletes (destructive) of the live bindings of owned principals,
/// each sorted by binding. Pure.
pub fn plan_acls(
    desired: &[DesiredAcl],
    observed: &[AclBinding],
    prune: Option<&Ownership>,
) -> Vec<PlannedAction> {
    let live: BTreeSet<&AclBinding> = observed.iter().collect();
    let wanted: BTreeSet<&AclBinding> = desired.iter().map(|d| &d.binding).collect();
    let mut out: Vec<PlannedAction> = wanted
        .iter()
        .filter(|b| !live.contains(*b))
        .map(|b| PlannedAction {
            action: Action::CreateAcl {
                binding: (*b).clone(),
            },
            safety: Safety::Safe,
            reasons: Vec::new(),
        })
        .collect();
    if let Some(owned) = prune {
        // A binding holding a code this client does not know cannot be
        // named exactly in a delete filter, so it is left alone rather
        // than risk deleting more than was shown.
        out.extend(
            live.iter()
                .filter(|b| {
                    b.is_known() && !wanted.contains(*b) && owned.owns_principal(&b.principal)
                })
                .map(|b| PlannedAction {
                    action: Action::DeleteAcl {
                        binding: (*b).clone(),
                    },
                    safety: Safety::Destructive,
                    reasons: vec![
                        "removes a permission clients may rely on (--prune: no manifest declares it)"
                            .into(),
                    ],
                }),
        );
    }
    out
}

impl Plan {
    /// Puts ACL actions in their phase: after every topic change, before
    /// topic deletions (a deleted topic's ACLs outlive it in Kafka, so
    /// order there only matters for stopping early on a failure).
    pub fn add_acl_actions(&mut self, acl_actions: Vec<PlannedAction>) {
        let at = self
            .actions
            .iter()
            .position(|a| matches!(a.action, Action::DeleteTopic { .. }))
            .unwrap_or(self.actions.len());
        let mut creates: Vec<PlannedAction> = Vec::new();
        let mut deletes: Vec<PlannedAction> = Vec::new();
        for a in acl_actions {
            if matches!(a.action, Action::DeleteAcl { .. }) {
                deletes.push(a);
            } else {
                creates.push(a);
            }
        }
        creates.extend(deletes);
        self.actions.splice(at..at, creates);
    }
}

fn config_action(d: &DesiredTopic, o: &ObservedTopic) -> Option<PlannedAction> {
    let set = d
        .configs
        .iter()
        .map(|(key, want)| ConfigChange {
            key: key.clone(),
            from: o.configs.get(key).cloned(),
            to: Some(want.clone()),
        })
        .collect();
    let remove = o
        .configs
        .iter()
        .filter(|(key, _)| !d.configs.contains_key(*key) && !is_operational_key(key))
        .map(|(key, have)| ConfigChange {
            key: key.clone(),
            from: Some(have.clone()),
            to: None,
        })
        .collect();
    alter_configs_action(&d.name, set, remove, &o.inherited)
}

/// Operations only the imperative commands make: no manifest declares
/// them, so they have no diff, but they are judged in the same rulebook as
/// every planned action, and every command asks and reports with this class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    DeleteTopics,
    DeleteGroups,
    DeleteOffsets,
    DeleteRecords,
    DeleteAcls,
    UncleanElection,
    PreferredElection,
    StartReassignment,
    CancelReassignment,
    RemoveThrottles,
}

impl Operation {
    pub fn safety(self) -> Safety {
        match self {
            Operation::DeleteTopics
            | Operation::DeleteGroups
            | Operation::DeleteOffsets
            | Operation::DeleteRecords
            | Operation::DeleteAcls
            | Operation::UncleanElection => Safety::Destructive,
            Operation::StartReassignment
            | Operation::CancelReassignment
            | Operation::RemoveThrottles => Safety::Risky,
            Operation::PreferredElection => Safety::Safe,
        }
    }

    /// Why the operation has its class, shown before the question.
    pub fn why(self) -> &'static str {
        match self {
            Operation::DeleteTopics => "the topics and every record in them are gone for good",
            Operation::DeleteGroups => {
                "the groups' committed positions are gone: a consumer restarting without them starts at its auto.offset.reset position"
            }
            Operation::DeleteOffsets => {
                "the committed positions are gone: a consumer restarting without them starts at its auto.offset.reset position"
            }
            Operation::DeleteRecords => "the records are gone for good",
            Operation::DeleteAcls => "removes permissions clients may rely on",
            Operation::UncleanElection => {
                "an out-of-sync replica may become leader: records the old leader had and it lacks are lost"
            }
            Operation::PreferredElection => {
                "leadership returns to the preferred replicas, as Kafka's own auto.leader.rebalance does; no data moves"
            }
            Operation::StartReassignment => {
                "replicas are copied between brokers: disk and network load until it finishes, and leaders may move"
            }
            Operation::CancelReassignment => {
                "partitions return to their original replicas; copies made so far are dropped"
            }
            Operation::RemoveThrottles => {
                "a running reassignment then copies at full speed and may saturate brokers' disks and network"
            }
        }
    }
}

// The rulebook. `plan` and the imperative commands (`topic create|alter`,
// `topic config set|delete`, `retention set`) build their actions with these
// functions, so the same change is always judged the same way.

/// Creating a topic changes nothing that exists: safe.
pub fn create_topic_action(
    topic: &str,
    partitions: i32,
    replication_factor: i16,
    configs: BTreeMap<String, String>,
) -> PlannedAction {
    PlannedAction {
        action: Action::CreateTopic {
            topic: topic.to_string(),
            partitions,
            replication_factor,
            configs,
        },
        safety: Safety::Safe,
        reasons: Vec::new(),
    }
}

/// Deleting a topic loses it and its data: destructive, for `why`. The
/// data guard ([`guard_deletions`]) then refuses it while the topic holds
/// records or is consumed, unless data loss is allowed.
pub fn delete_topic_action(topic: &str, partitions: i32, why: &str) -> PlannedAction {
    PlannedAction {
        action: Action::DeleteTopic {
            topic: topic.to_string(),
            partitions,
            records: 0,
            consumed_by: Vec::new(),
        },
        safety: Safety::Destructive,
        reasons: vec![why.to_string()],
    }
}

/// A partition count change: more is risky (keys move), fewer is refused,
/// the same is nothing to do.
pub fn partitions_action(
    topic: &str,
    from: i32,
    to: i32,
) -> Result<Option<PlannedAction>, Refusal> {
    if to < from {
        return Err(Refusal {
            topic: topic.to_string(),
            reason: format!(
                "partitions {from} -> {to}: Kafka cannot reduce a topic's partition count (recreate the topic to shrink it)"
            ),
            unsupported: false,
        });
    }
    Ok((to > from).then(|| PlannedAction {
        action: Action::AddPartitions {
            topic: topic.to_string(),
            from,
            to,
        },
        safety: Safety::Risky,
        reasons: vec![
            "records with the same key may go to a different partition after the change".into(),
        ],
    }))
}

/// One topic's config changes, judged. `from` of each change is the value
/// set on the topic itself (`None`: not set); a key not set on the topic
/// has the value in `inherited` (the broker default the cluster reports)
/// or else Kafka's built-in default, so "set retention.ms=1" is compared
/// with what the topic really keeps today. Sets to the value already set
/// and removals of keys not set are dropped; `None` when nothing is left.
pub fn alter_configs_action(
    topic: &str,
    set: Vec<ConfigChange>,
    remove: Vec<ConfigChange>,
    inherited: &BTreeMap<String, String>,
) -> Option<PlannedAction> {
    let set: Vec<ConfigChange> = set
        .into_iter()
        .filter(|c| match (&c.from, &c.to) {
            (Some(have), Some(want)) => !same_value(&c.key, have, want),
            _ => true,
        })
        .collect();
    let remove: Vec<ConfigChange> = remove.into_iter().filter(|c| c.from.is_some()).collect();
    if set.is_empty() && remove.is_empty() {
        return None;
    }
    let reasons: Vec<String> = set
        .iter()
        .chain(&remove)
        .filter_map(|c| {
            data_loss_reason(
                &c.key,
                c.from.as_deref(),
                c.to.as_deref(),
                inherited.get(&c.key).map(String::as_str),
            )
        })
        .collect();
    Some(PlannedAction {
        action: Action::AlterConfigs {
            topic: topic.to_string(),
            set,
            remove,
        },
        safety: if reasons.is_empty() {
            Safety::Safe
        } else {
            Safety::Destructive
        },
        reasons,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Owns every topic and the principals the tests use.
    fn everything() -> Ownership {
        let mut o = Ownership::default();
        o.add_topic_pattern(".*").unwrap();
        for p in ["User:a", "User:b", "User:c", "User:x", "User:z"] {
            o.add_principal(p);
        }
        o
    }

    fn desired(name: &str, partitions: i32, rf: i16, configs: &[(&str, &str)]) -> DesiredTopic {
        DesiredTopic {
            name: name.into(),
            partitions,
            replication_factor: rf,
            configs: configs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            labels: BTreeMap::new(),
            source: Default::default(),
        }
    }

    fn observed(name: &str, partitions: i32, rf: i16, configs: &[(&str, &str)]) -> ObservedTopic {
        ObservedTopic {
            name: name.into(),
            partitions,
            replication_factor: rf,
            configs: configs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            sensitive: vec![],
            internal: false,
            inherited: BTreeMap::new(),
        }
    }

    #[test]
    fn identical_state_plans_nothing() {
        let d = [desired("a", 3, 3, &[("retention.ms", "1000")])];
        let o = [observed("a", 3, 3, &[("retention.ms", "1000")])];
        let p = plan(
            &d,
            &o,
            PlanOptions {
                prune: Some(&everything()),
            },
        );
        assert!(p.is_empty() && p.refused.is_empty(), "{p:?}");
    }

    #[test]
    fn creates_then_partitions_then_configs_then_deletes() {
        let d = [
            desired("z-new", 1, 1, &[]),
            desired("b", 6, 1, &[("segment.ms", "1000")]),
            desired("a-new", 1, 1, &[]),
        ];
        let o = [observed("b", 3, 1, &[]), observed("old", 1, 1, &[])];
        let p = plan(
            &d,
            &o,
            PlanOptions {
                prune: Some(&everything()),
            },
        );
        let got: Vec<(&str, &str, Safety)> = p
            .actions
            .iter()
            .map(|a| (a.action.verb(), a.action.topic(), a.safety))
            .collect();
        assert_eq!(
            got,
            vec![
                ("create topic", "a-new", Safety::Safe),
                ("create topic", "z-new", Safety::Safe),
                ("add partitions", "b", Safety::Risky),
                ("alter configs", "b", Safety::Safe),
                ("delete topic", "old", Safety::Destructive),
            ]
        );
    }

    #[test]
    fn no_prune_no_delete_and_internal_topics_never_pruned() {
        let o = [
            observed("old", 1, 1, &[]),
            ObservedTopic {
                internal: true,
                ..observed("__consumer_offsets", 50, 3, &[])
            },
        ];
        assert!(plan(&[], &o, PlanOptions::default()).is_empty());
        let p = plan(
            &[],
            &o,
            PlanOptions {
                prune: Some(&everything()),
            },
        );
        assert_eq!(p.actions.len(), 1);
        assert_eq!(p.actions[0].action.topic(), "old");
    }

    #[test]
    fn shrinking_is_refused_and_rf_change_is_a_risky_reassignment() {
        let p = plan(
            &[desired("a", 2, 3, &[])],
            &[observed("a", 4, 2, &[])],
            PlanOptions::default(),
        );
        assert_eq!(p.refused.len(), 1);
        assert!(p.refused[0].reason.contains("cannot reduce"));
        assert_eq!(p.actions.len(), 1);
        assert_eq!(p.actions[0].safety, Safety::Risky);
        assert!(matches!(
            p.actions[0].action,
            Action::ChangeReplicationFactor { from: 2, to: 3, .. }
        ));
    }

    #[test]
    fn lowering_retention_is_destructive_raising_is_safe() {
        let o = [observed("a", 1, 1, &[("retention.ms", "86400000")])];
        let lower = plan(
            &[desired("a", 1, 1, &[("retention.ms", "3600000")])],
            &o,
            PlanOptions::default(),
        );
        assert_eq!(lower.actions[0].safety, Safety::Destructive);
        let raise = plan(
            &[desired("a", 1, 1, &[("retention.ms", "-1")])],
            &o,
            PlanOptions::default(),
        );
        assert_eq!(raise.actions[0].safety, Safety::Safe);
        // Setting a limit where there was none (default 7d) lowers it.
        let fresh = plan(
            &[desired("a", 1, 1, &[("retention.bytes", "1000")])],
            &[observed("a", 1, 1, &[])],
            PlanOptions::default(),
        );
        assert_eq!(fresh.actions[0].safety, Safety::Destructive);
        // Removing a 30d override returns to the 7d default: lower.
        let back = plan(
            &[desired("a", 1, 1, &[])],
            &[observed("a", 1, 1, &[("retention.ms", "2592000000")])],
            PlanOptions::default(),
        );
        assert_eq!(back.actions[0].safety, Safety::Destructive);
        // Removing a 1h override returns to 7d: higher, safe.
        let back = plan(
            &[desired("a", 1, 1, &[])],
            &[observed("a", 1, 1, &[("retention.ms", "3600000")])],
            PlanOptions::default(),
        );
        assert_eq!(back.actions[0].safety, Safety::Safe);
    }

    #[test]
    fn cleanup_policy_changes_that_add_a_policy_are_destructive() {
        let case = |from: &str, to: &str| {
            let p = plan(
                &[desired("a", 1, 1, &[("cleanup.policy", to)])],
                &[observed("a", 1, 1, &[("cleanup.policy", from)])],
                PlanOptions::default(),
            );
            p.actions.first().map(|a| a.safety)
        };
        assert_eq!(case("compact", "delete"), Some(Safety::Destructive));
        assert_eq!(case("delete", "compact"), Some(Safety::Destructive));
        assert_eq!(case("compact,delete", "compact"), Some(Safety::Safe));
        assert_eq!(
            case("compact,delete", "delete,compact"),
            None,
            "same set in another order"
        );
    }

    #[test]
    fn inherited_defaults_are_what_a_change_is_judged_against() {
        let change = |key: &str, from: Option<&str>, to: Option<&str>| ConfigChange {
            key: key.into(),
            from: from.map(String::from),
            to: to.map(String::from),
        };
        // The broker keeps 1h by default: setting 1d on the topic raises it,
        // though it is below Kafka's built-in 7d.
        let broker: BTreeMap<String, String> =
            [("retention.ms".to_string(), "3600000".to_string())].into();
        let raise = vec![change("retention.ms", None, Some("86400000"))];
        let a = alter_configs_action("t", raise.clone(), vec![], &broker).unwrap();
        assert_eq!(a.safety, Safety::Safe);
        let a = alter_configs_action("t", raise, vec![], &BTreeMap::new()).unwrap();
        assert_eq!(a.safety, Safety::Destructive, "built-in 7d default");
        // Removing a 1d override falls back to the broker's 1h: lower.
        let back = vec![change("retention.ms", Some("86400000"), None)];
        let a = alter_configs_action("t", vec![], back, &broker).unwrap();
        assert_eq!(a.safety, Safety::Destructive);
        assert!(a.reasons[0].contains("3600000"), "{:?}", a.reasons);
        // Nothing to do: same value, or removing what is not set.
        let same = vec![change(
            "cleanup.policy",
            Some("compact,delete"),
            Some("delete,compact"),
        )];
        let unset = vec![change("segment.ms", None, None)];
        assert!(alter_configs_action("t", same, unset, &broker).is_none());
        let compact = vec![change("cleanup.policy", None, Some("compact"))];
        let a = alter_configs_action("t", compact, vec![], &BTreeMap::new()).unwrap();
        assert_eq!(a.safety, Safety::Destructive, "delete -> compact");
    }

    #[test]
    fn unmanaged_dynamic_configs_are_removed() {
        let p = plan(
            &[desired("a", 1, 1, &[("cleanup.policy", "compact")])],
            &[observed(
                "a",
                1,
                1,
                &[("cleanup.policy", "compact"), ("segment.ms", "1000")],
            )],
            PlanOptions::default(),
        );
        match &p.actions[0].action {
            Action::AlterConfigs { set, remove, .. } => {
                assert!(set.is_empty());
                assert_eq!(remove.len(), 1);
                assert_eq!(remove[0].key, "segment.ms");
            }
            other => panic!("{other:?}"),
        }
    }

    fn binding(principal: &str, topic: &str) -> AclBinding {
        use crate::kafka::acls::{AclOperation, AclPermission, PatternType, ResourceType};
        AclBinding {
            resource_type: ResourceType::Topic,
            resource_name: topic.into(),
            pattern_type: PatternType::Literal,
            principal: principal.into(),
            host: "*".into(),
            operation: AclOperation::Read,
            permission: AclPermission::Allow,
        }
    }

    fn want(b: &AclBinding) -> DesiredAcl {
        DesiredAcl {
            binding: b.clone(),
            source: Default::default(),
        }
    }

    #[test]
    fn acls_create_missing_and_prune_only_when_asked() {
        let keep = binding("User:a", "t");
        let add = binding("User:b", "t");
        let extra = binding("User:c", "t");
        let desired = [want(&add), want(&keep)];
        let live = [keep.clone(), extra.clone()];
        let p = plan_acls(&desired, &live, None);
        assert_eq!(p.len(), 1);
        assert_eq!(
            p[0].action,
            Action::CreateAcl {
                binding: add.clone()
            }
        );
        assert_eq!(p[0].safety, Safety::Safe);
        let p = plan_acls(&desired, &live, Some(&everything()));
        assert_eq!(p.len(), 2);
        assert_eq!(p[1].action, Action::DeleteAcl { binding: extra });
        assert_eq!(p[1].safety, Safety::Destructive);
        assert!(plan_acls(
            &[want(&keep)],
            std::slice::from_ref(&keep),
            Some(&everything())
        )
        .is_empty());
    }

    #[test]
    fn unknown_live_acls_are_never_pruned() {
        let mut odd = binding("User:x", "t");
        odd.operation = crate::kafka::acls::AclOperation::Unknown;
        assert!(plan_acls(&[], &[odd], Some(&everything())).is_empty());
    }

    #[test]
    fn acl_actions_go_after_topic_changes_and_before_topic_deletions() {
        let mut p = plan(
            &[desired("new", 1, 1, &[])],
            &[observed("old", 1, 1, &[])],
            PlanOptions {
                prune: Some(&everything()),
            },
        );
        let acls = plan_acls(
            &[want(&binding("User:a", "new"))],
            &[binding("User:z", "old")],
            Some(&everything()),
        );
        p.add_acl_actions(acls);
        let verbs: Vec<&str> = p.actions.iter().map(|a| a.action.verb()).collect();
        assert_eq!(
            verbs,
            ["create topic", "create acl", "delete acl", "delete topic"]
        );
        let json = serde_json::to_string(&p).unwrap();
        let back: Plan = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p, "saved plans keep exact bindings");
    }

    #[test]
    fn prune_deletes_only_owned_topics_and_acls_of_owned_principals() {
        let mut payments = Ownership::default();
        payments.add_topic_pattern(r"payments\..*").unwrap();
        payments.add_principal("User:payments-svc");
        let o = [
            observed("payments.old", 1, 1, &[]),
            observed("payments", 1, 1, &[]),
            observed("orders.old", 1, 1, &[]),
        ];
        let p = plan(
            &[],
            &o,
            PlanOptions {
                prune: Some(&payments),
            },
        );
        let deleted: Vec<&str> = p.actions.iter().map(|a| a.action.topic()).collect();
        assert_eq!(deleted, ["payments.old"], "full match, owned only");
        assert!(plan(&[], &o, PlanOptions::default()).is_empty());

        let live = [
            binding("User:payments-svc", "t"),
            binding("User:orders", "t"),
        ];
        let p = plan_acls(&[], &live, Some(&payments));
        assert_eq!(p.len(), 1);
        assert_eq!(
            p[0].action.acl().map(|b| b.principal.as_str()),
            Some("User:payments-svc")
        );
    }

    #[test]
    fn deletions_of_used_topics_need_allow_data_loss() {
        let o = [
            observed("empty", 1, 1, &[]),
            observed("full", 1, 1, &[]),
            observed("read", 1, 1, &[]),
        ];
        let usage: BTreeMap<String, TopicUsage> = [
            ("empty".to_string(), TopicUsage::default()),
            (
                "full".to_string(),
                TopicUsage {
                    records: 12,
                    ..TopicUsage::default()
                },
            ),
            (
                "read".to_string(),
                TopicUsage {
                    groups: vec!["billing".into()],
                    ..TopicUsage::default()
                },
            ),
        ]
        .into_iter()
        .collect();
        let owner = everything();
        let opts = PlanOptions {
            prune: Some(&owner),
        };
        let mut p = plan(&[], &o, opts);
        guard_deletions(&mut p, &usage, false);
        let deleted: Vec<&str> = p.actions.iter().map(|a| a.action.topic()).collect();
        assert_eq!(deleted, ["empty"]);
        let refused: Vec<(&str, &str)> = p
            .refused
            .iter()
            .map(|r| (r.topic.as_str(), r.reason.as_str()))
            .collect();
        assert_eq!(refused.len(), 2, "{refused:?}");
        assert!(refused[0].1.contains("deletes 12 records"), "{refused:?}");
        assert!(refused[1].1.contains("consumed by group billing"));

        let mut p = plan(&[], &o, opts);
        guard_deletions(&mut p, &usage, true);
        assert_eq!(p.actions.len(), 3);
        assert!(p.refused.is_empty());
        assert!(matches!(
            &p.actions[1].action,
            Action::DeleteTopic { topic, records: 12, .. } if topic == "full"
        ));
        // Unobserved: assumed to hold data.
        let mut p = plan(&[], &o, opts);
        guard_deletions(&mut p, &BTreeMap::new(), false);
        assert!(p.actions.is_empty());
    }

    #[test]
    fn retention_is_judged_against_the_inherited_value() {
        let mut o = observed("a", 1, 1, &[]);
        o.inherited
            .insert("retention.ms".into(), "2592000000".into());
        // 7d on a topic inheriting 30d from the broker: shorter.
        let p = plan(
            &[desired("a", 1, 1, &[("retention.ms", "604800000")])],
            std::slice::from_ref(&o),
            PlanOptions::default(),
        );
        assert_eq!(p.actions[0].safety, Safety::Destructive, "{p:?}");
        // Removing a 14d override returns to the inherited 30d: longer.
        o.configs.insert("retention.ms".into(), "1209600000".into());
        let p = plan(
            &[desired("a", 1, 1, &[])],
            std::slice::from_ref(&o),
            PlanOptions::default(),
        );
        assert_eq!(p.actions[0].safety, Safety::Safe, "{p:?}");
        // ... and a shorter inherited default makes it destructive.
        o.inherited.insert("retention.ms".into(), "86400000".into());
        let p = plan(&[desired("a", 1, 1, &[])], &[o], PlanOptions::default());
        assert_eq!(p.actions[0].safety, Safety::Destructive, "{p:?}");
    }

    #[test]
    fn replication_throttle_overrides_are_left_alone() {
        let p = plan(
            &[desired("a", 1, 1, &[])],
            &[observed(
                "a",
                1,
                1,
                &[
                    ("leader.replication.throttled.replicas", "0:1"),
                    ("follower.replication.throttled.replicas", "0:2"),
                ],
            )],
            PlanOptions::default(),
        );
        assert!(p.is_empty(), "{p:?}");
    }
}
