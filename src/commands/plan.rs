//! `plan` (alias `diff`) and `apply`: manifests -> live state -> actions.
//! Manifests are validated before anything touches the network; the diff is
//! computed by the pure `plan` module; execution is batched per phase.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::Path;

use anyhow::{anyhow, bail, Context};
use serde::{Deserialize, Serialize};

use super::confirm;
use crate::cli::{ApplyArgs, GlobalArgs, ManifestArgs, OutputFormat, PlanArgs};
use crate::error::Outcome;
use crate::kafka::acls::{describe_binding, AclBinding, AclFilter};
use crate::kafka::admin::{ConfigOp, ItemResults, NewTopic};
use crate::kafka::{Admin, KafkaError};
use crate::manifest::{self, ManifestSet};
use crate::msk::apply::{apply_cluster_plan, ApplyProgress, ClusterReport};
use crate::msk::control::ClusterControl;
use crate::plan::cluster::{ClusterChange, ClusterPlan};
use crate::plan::diff::ConfigChange;
use crate::plan::{
    self as planner, Action, ObservedTopic, Plan, PlanOptions, PlannedAction, Safety,
};
use crate::render::{write_stdout, Table};
use crate::session::Session;

const SAVED_FORMAT: &str = "mskctl-plan/v1";
const MASK: &str = "<sensitive>";

/// Loads and validates manifests; any problem stops here, before a
/// connection is made.
pub(super) fn load(args: &ManifestArgs) -> anyhow::Result<ManifestSet> {
    let set = manifest::load_paths(&args.files).map_err(|diags| {
        for d in &diags {
            eprintln!("{d}");
        }
        anyhow!(
            "{} error{} in the manifests; nothing was sent to the cluster",
            diags.len(),
            if diags.len() == 1 { "" } else { "s" }
        )
    })?;
    for w in &set.warnings {
        eprintln!("{w}");
    }
    Ok(set)
}

/// Loads the manifests for `plan`/`apply` and, with `--prune`, makes sure
/// the set may prune at all: an empty set or one without Ownership would
/// read as "delete everything".
fn load_for(args: &ManifestArgs, prune: bool) -> anyhow::Result<ManifestSet> {
    let set = load(args)?;
    if prune {
        if let Some(why) = set.prune_refusal() {
            bail!("{why}");
        }
    }
    Ok(set)
}

/// Reads what the plan needs from the cluster: one Metadata for every
/// topic, then batched DescribeConfigs for the declared topics that exist
/// (pruned topics need no configs).
pub async fn observe(admin: &Admin, declared: &[String]) -> anyhow::Result<Vec<ObservedTopic>> {
    let topics = admin.list_topics().await?;
    observe_from(admin, topics, declared).await
}

/// Like [`observe`], from topics already read with Metadata.
pub async fn observe_from(
    admin: &Admin,
    topics: Vec<crate::kafka::admin::TopicInfo>,
    declared: &[String],
) -> anyhow::Result<Vec<ObservedTopic>> {
    let wanted: std::collections::HashSet<&str> = declared.iter().map(String::as_str).collect();
    let to_describe: Vec<String> = topics
        .iter()
        .filter(|t| wanted.contains(t.name.as_str()))
        .map(|t| t.name.clone())
        .collect();
    let mut configs = admin.describe_topic_configs(&to_describe).await?;
    let mut out = Vec::with_capacity(topics.len());
    for t in topics {
        let (explicit, sensitive, inherited) = match configs.remove(&t.name) {
            Some(entries) => {
                let entries = entries?;
                let explicit = entries
                    .iter()
                    .filter(|c| c.is_override(true))
                    .map(|c| (c.name.clone(), c.value.clone().unwrap_or_default()))
                    .collect();
                let sensitive = entries
                    .iter()
                    .filter(|c| c.sensitive)
                    .map(|c| c.name.clone())
                    .collect();
                // What the topic gets from the broker where it sets
                // nothing: data loss is judged against these, not Kafka's
                // built-in defaults.
                let inherited = entries
                    .iter()
                    .filter(|c| !c.sensitive && planner::diff::judged_against_default(&c.name))
                    .filter_map(|c| {
                        let v = if c.is_override(true) {
                            c.inherited.clone()
                        } else {
                            c.value.clone()
                        };
                        Some((c.name.clone(), v?))
                    })
                    .collect();
                (explicit, sensitive, inherited)
            }
            None => (BTreeMap::new(), Vec::new(), BTreeMap::new()),
        };
        out.push(ObservedTopic {
            partitions: t.partitions.len() as i32,
            replication_factor: t.replication_factor() as i16,
            name: t.name,
            configs: explicit,
            sensitive,
            internal: t.internal,
            inherited,
        });
    }
    Ok(out)
}

/// A plan saved by `plan --out`: the actions plus the state of every topic
/// they touch, so `apply --plan` can tell whether the cluster moved.
#[derive(Debug, Serialize, Deserialize)]
struct SavedPlan {
    format: String,
    cluster_id: Option<String>,
    plan: Plan,
    /// Observed state per touched topic; `None` = did not exist.
    observed: BTreeMap<String, Option<ObservedTopic>>,
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
fn mask(plan: &mut Plan, observed: &BTreeMap<&str, &ObservedTopic>) {
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

fn describe_change(c: &ConfigChange) -> String {
    match (&c.from, &c.to) {
        (None, Some(to)) => format!("{}={to}", c.key),
        (Some(from), Some(to)) => format!("{}: {from} -> {to}", c.key),
        (Some(from), None) => format!("{} (was {from}) -> default", c.key),
        (None, None) => c.key.clone(),
    }
}

fn detail(a: &Action) -> String {
    match a {
        Action::CreateTopic {
            partitions,
            replication_factor,
            configs,
            ..
        } => {
            let mut s = format!(
                "{partitions} partition{}, RF {replication_factor}",
                if *partitions == 1 { "" } else { "s" }
            );
            if !configs.is_empty() {
                let kv: Vec<String> = configs.iter().map(|(k, v)| format!("{k}={v}")).collect();
                s.push_str(&format!(", {}", kv.join(", ")));
            }
            s
        }
        Action::AddPartitions { from, to, .. } => format!("partitions {from} -> {to}"),
        Action::AlterConfigs { set, remove, .. } => set
            .iter()
            .chain(remove.iter())
            .map(describe_change)
            .collect::<Vec<_>>()
            .join("; "),
        Action::ChangeReplicationFactor {
            from,
            to,
            reassignment,
            ..
        } => format!(
            "replication factor {from} -> {to}: reassign {} partition{}",
            reassignment.len(),
            if reassignment.len() == 1 { "" } else { "s" }
        ),
        Action::DeleteTopic {
            partitions,
            records,
            consumed_by,
            ..
        } => match planner::diff::deletion_loss(*records, consumed_by) {
            // Marked apart from empty topics: this one loses data.
            Some(loss) => format!("DATA LOSS: {loss}"),
            None => format!(
                "{partitions} partition{}, empty and unconsumed",
                if *partitions == 1 { "" } else { "s" }
            ),
        },
        Action::CreateAcl { .. } => "grant".into(),
        Action::DeleteAcl { .. } => "revoke".into(),
    }
}

fn symbol(a: &Action) -> &'static str {
    match a {
        Action::CreateTopic { .. } | Action::CreateAcl { .. } => "+",
        Action::AddPartitions { .. }
        | Action::AlterConfigs { .. }
        | Action::ChangeReplicationFactor { .. } => "~",
        Action::DeleteTopic { .. } | Action::DeleteAcl { .. } => "-",
    }
}

fn summary(plan: &Plan, clusters: &[ClusterPlan]) -> String {
    if plan.actions.is_empty() {
        return if clusters.is_empty() {
            "No changes. The cluster matches the manifests.".into()
        } else {
            "No topic or ACL changes.".into()
        };
    }
    let creates = plan
        .actions
        .iter()
        .filter(|a| {
            matches!(
                a.action,
                Action::CreateTopic { .. } | Action::CreateAcl { .. }
            )
        })
        .count();
    let deletes = plan
        .actions
        .iter()
        .filter(|a| {
            matches!(
                a.action,
                Action::DeleteTopic { .. } | Action::DeleteAcl { .. }
            )
        })
        .count();
    let changes = plan.actions.len() - creates - deletes;
    format!(
        "Plan: {creates} to create, {changes} to change, {deletes} to delete ({} safe, {} risky, {} destructive).",
        plan.count(Safety::Safe),
        plan.count(Safety::Risky),
        plan.count(Safety::Destructive)
    )
}

fn table(plan: &Plan) -> Table {
    let mut t = Table::new(["", "ACTION", "TOPIC", "CHANGE", "SAFETY"]);
    for a in &plan.actions {
        t.row([
            symbol(&a.action).to_string(),
            a.action.verb().to_string(),
            a.action.subject(),
            detail(&a.action),
            a.safety.name().to_string(),
        ]);
    }
    t
}

fn refusal_lines(plan: &Plan) -> Vec<String> {
    plan.refused
        .iter()
        .map(|r| {
            let kind = if r.unsupported {
                "not supported yet"
            } else {
                "refused"
            };
            format!("{kind}: topic '{}': {}", r.topic, r.reason)
        })
        .collect()
}

fn reason_lines(plan: &Plan) -> Vec<String> {
    plan.actions
        .iter()
        .filter(|a| a.safety != Safety::Safe)
        .flat_map(|a| {
            a.reasons.iter().map(move |r| {
                format!(
                    "{} '{}' is {}: {r}",
                    a.action.verb(),
                    a.action.subject(),
                    a.safety.name()
                )
            })
        })
        .collect()
}

/// Prints the plan in the requested format; cluster plans come first, as
/// they are applied first.
fn render(plan: &Plan, clusters: &[ClusterPlan], format: OutputFormat) -> anyhow::Result<()> {
    write_stdout(&render_text(plan, clusters, format)?)
}

/// The plan as text in the requested format.
fn render_text(
    plan: &Plan,
    clusters: &[ClusterPlan],
    format: OutputFormat,
) -> anyhow::Result<String> {
    match format {
        OutputFormat::Json | OutputFormat::Yaml => {
            #[derive(Serialize)]
            struct View<'a> {
                changes: bool,
                summary: String,
                #[serde(skip_serializing_if = "<[_]>::is_empty")]
                clusters: &'a [ClusterPlan],
                actions: &'a [PlannedAction],
                refused: &'a [planner::Refusal],
            }
            let v = View {
                changes: !plan.actions.is_empty() || clusters.iter().any(|c| !c.is_empty()),
                summary: summary(plan, clusters),
                clusters,
                actions: &plan.actions,
                refused: &plan.refused,
            };
            let text = if format == OutputFormat::Json {
                serde_json::to_string_pretty(&v)?
            } else {
                serde_yaml::to_string(&v)?
            };
            Ok(text)
        }
        OutputFormat::Markdown => {
            let mut out = String::from("### mskctl plan\n\n");
            out.push_str(&cluster_text(clusters, true));
            out.push_str(&format!("**{}**\n", summary(plan, clusters)));
            if !plan.actions.is_empty() {
                let mut t = Table::new(["Action", "Topic", "Change", "Safety"]);
                for a in &plan.actions {
                    let safety = match a.safety {
                        Safety::Destructive => "**destructive**".to_string(),
                        s => s.name().to_string(),
                    };
                    t.row([
                        a.action.verb().to_string(),
                        format!("`{}`", a.action.topic()),
                        detail(&a.action).replace('|', "\\|"),
                        safety,
                    ]);
                }
                out.push('\n');
                out.push_str(&t.to_markdown());
                out.push('\n');
            }
            let reasons = reason_lines(plan);
            if !reasons.is_empty() {
                out.push_str("\n**Why some actions are not safe:**\n\n");
                for r in reasons {
                    out.push_str(&format!("- {r}\n"));
                }
            }
            let refused = refusal_lines(plan);
            if !refused.is_empty() {
                out.push_str("\n**Cannot be applied:**\n\n");
                for r in refused {
                    out.push_str(&format!("- {r}\n"));
                }
            }
            Ok(out)
        }
        OutputFormat::Table => {
            let mut out = cluster_text(clusters, false);
            if !plan.actions.is_empty() {
                out.push_str(&table(plan).to_text());
                out.push_str("\n\n");
            }
            for r in reason_lines(plan) {
                out.push_str(&format!("{r}\n"));
            }
            for r in refusal_lines(plan) {
                out.push_str(&format!("{r}\n"));
            }
            out.push_str(&summary(plan, clusters));
            Ok(out)
        }
    }
}

fn deleted_topics(plan: &Plan) -> Vec<String> {
    plan.actions
        .iter()
        .filter(|a| matches!(a.action, Action::DeleteTopic { .. }))
        .map(|a| a.action.topic().to_string())
        .collect()
}

/// Reads what each planned topic deletion would lose and holds the plan to
/// the data guard (see [`planner::guard_deletions`]).
async fn guard_deletions(
    admin: &Admin,
    plan: &mut Plan,
    topics: &[crate::kafka::admin::TopicInfo],
    allow_data_loss: bool,
) -> anyhow::Result<()> {
    let deleting = deleted_topics(plan);
    if deleting.is_empty() {
        return Ok(());
    }
    let subset: Vec<_> = topics
        .iter()
        .filter(|t| deleting.contains(&t.name))
        .cloned()
        .collect();
    let usage = admin.topic_usage(&subset).await?;
    planner::guard_deletions(plan, &usage, allow_data_loss);
    Ok(())
}

fn declared_names(set: &ManifestSet) -> Vec<String> {
    set.topics.iter().map(|t| t.name.clone()).collect()
}

/// Brokers and replica placement for the reassignment planner, from the
/// Metadata already read (no extra request).
fn snapshot_of(
    admin: &Admin,
    topics: &[crate::kafka::admin::TopicInfo],
) -> crate::reassign::Snapshot {
    crate::reassign::Snapshot {
        brokers: admin
            .client()
            .brokers()
            .into_iter()
            .map(|b| crate::reassign::BrokerSpec {
                id: b.id,
                rack: b.rack,
            })
            .collect(),
        partitions: topics
            .iter()
            .filter(|t| !t.internal)
            .flat_map(|t| {
                t.partitions
                    .iter()
                    .map(move |p| crate::reassign::PartitionSpec {
                        topic: t.name.clone(),
                        partition: p.partition,
                        replicas: p.replicas.clone(),
                        size_bytes: None,
                    })
            })
            .collect(),
    }
}

struct Planned {
    plan: Plan,
    observed: Vec<ObservedTopic>,
}

/// How `plan`/`apply` treat what the cluster has and the manifests do not.
#[derive(Debug, Clone, Copy, Default)]
struct Pruning {
    prune: bool,
    allow_data_loss: bool,
}

async fn compute(admin: &Admin, set: &ManifestSet, pruning: Pruning) -> anyhow::Result<Planned> {
    // Callers refuse --prune without Ownership (load_for); `None` here
    // prunes nothing, whatever the flag.
    let owned = set.ownership.as_ref().filter(|_| pruning.prune);
    let topics = admin.list_topics().await?;
    let snapshot = snapshot_of(admin, &topics);
    let infos = topics.clone();
    let mut observed = observe_from(admin, topics, &declared_names(set)).await?;
    let mut plan = planner::plan(&set.topics, &observed, PlanOptions { prune: owned });
    // ACLs are read when the set manages some: Acl documents, or owned
    // principals whose stray bindings --prune removes.
    if set.acl_documents > 0 || owned.is_some_and(|o| !o.principals().is_empty()) {
        let live = admin.describe_acls(&AclFilter::default()).await?;
        plan.add_acl_actions(planner::plan_acls(&set.acls, &live, owned));
    }
    guard_deletions(admin, &mut plan, &infos, pruning.allow_data_loss).await?;
    // A saved plan records the full state of topics it deletes, configs
    // included, so apply --plan can tell whether they changed.
    let deleting = deleted_topics(&plan);
    if !deleting.is_empty() {
        let subset: Vec<_> = infos
            .into_iter()
            .filter(|t| deleting.contains(&t.name))
            .collect();
        let described = observe_from(admin, subset, &deleting).await?;
        observed.retain(|o| !deleting.contains(&o.name));
        observed.extend(described);
    }
    if plan
        .actions
        .iter()
        .any(|a| matches!(a.action, Action::ChangeReplicationFactor { .. }))
    {
        crate::plan::replication::resolve(&mut plan, &snapshot);
    }
    let by_name: BTreeMap<&str, &ObservedTopic> =
        observed.iter().map(|o| (o.name.as_str(), o)).collect();
    mask(&mut plan, &by_name);
    Ok(Planned { plan, observed })
}

pub async fn plan(args: &PlanArgs, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    let set = load_for(&args.manifests, args.prune)?;
    let pruning = Pruning {
        prune: args.prune,
        allow_data_loss: args.allow_data_loss,
    };
    if !set.clusters.is_empty() && args.out.is_some() {
        bail!("plan --out does not cover Cluster manifests yet; plan and apply them with -f");
    }
    let clusters = plan_clusters(global, &set).await?;
    if creates_cluster(&clusters) || !set.needs_kafka() {
        // Nothing to read from a cluster that does not exist yet: its
        // topics and ACLs are all to be created. Nor from Kafka at all when
        // the manifests hold only Cluster documents.
        let plan = offline_plan(&set);
        render(&plan, &clusters, global.output)?;
        if clusters.iter().any(|c| !c.refused.is_empty()) || !plan.refused.is_empty() {
            bail!("some changes in the manifests cannot be applied (see above)");
        }
        let pending = !plan.is_empty() || clusters.iter().any(|c| !c.is_empty());
        return Ok(if args.exit_code && pending {
            Outcome::ChangesPending
        } else {
            Outcome::Success
        });
    }
    let (admin, _) = connect_for(global, &set).await?;
    let Planned { plan, observed } = compute(&admin, &set, pruning).await?;
    render(&plan, &clusters, global.output)?;
    if let Some(path) = &args.out {
        save(path, &admin, &plan, &observed)?;
        eprintln!(
            "plan saved to {} (apply it with: mskctl apply --plan {})",
            path.display(),
            path.display()
        );
    }
    let refused = plan.refused.len() + clusters.iter().map(|c| c.refused.len()).sum::<usize>();
    if refused > 0 {
        bail!(
            "{} change{} in the manifests cannot be applied (see above)",
            refused,
            if refused == 1 { "" } else { "s" }
        );
    }
    if args.exit_code && (!plan.is_empty() || clusters.iter().any(|c| !c.is_empty())) {
        return Ok(Outcome::ChangesPending);
    }
    Ok(Outcome::Success)
}

fn save(path: &Path, admin: &Admin, plan: &Plan, observed: &[ObservedTopic]) -> anyhow::Result<()> {
    let by_name: BTreeMap<&str, &ObservedTopic> =
        observed.iter().map(|o| (o.name.as_str(), o)).collect();
    // ACL actions carry their exact binding; apply --plan checks those
    // against the live ACLs instead.
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
    let saved = SavedPlan {
        format: SAVED_FORMAT.into(),
        cluster_id: admin.client().cluster_id(),
        plan: plan.clone(),
        observed: touched,
    };
    let text = serde_json::to_string_pretty(&saved)?;
    std::fs::write(path, text)
        .with_context(|| format!("cannot write the plan to {}", path.display()))
}

fn read_saved(path: &Path) -> anyhow::Result<SavedPlan> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the plan {}", path.display()))?;
    let saved: SavedPlan = serde_json::from_str(&text).map_err(|e| {
        anyhow!(
            "{}:{}:{}: not a saved mskctl plan: {e}",
            path.display(),
            e.line(),
            e.column()
        )
    })?;
    if saved.format != SAVED_FORMAT {
        bail!(
            "{}: unsupported plan format '{}' (expected {SAVED_FORMAT})",
            path.display(),
            saved.format
        );
    }
    Ok(saved)
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

/// For a saved plan's ACL actions: bindings to create that now exist, and
/// bindings to delete that are gone. ACLs are read only when the plan has
/// ACL actions.
async fn acls_moved(admin: &Admin, plan: &Plan) -> anyhow::Result<Vec<String>> {
    if !plan.actions.iter().any(|a| a.action.acl().is_some()) {
        return Ok(Vec::new());
    }
    let live: std::collections::BTreeSet<AclBinding> = admin
        .describe_acls(&AclFilter::default())
        .await?
        .into_iter()
        .collect();
    Ok(plan
        .actions
        .iter()
        .filter_map(|a| match &a.action {
            Action::CreateAcl { binding } if live.contains(binding) => Some(format!(
                "  ACL {}: planned as absent, now present",
                describe_binding(binding)
            )),
            Action::DeleteAcl { binding } if !live.contains(binding) => Some(format!(
                "  ACL {}: planned as present, now absent",
                describe_binding(binding)
            )),
            _ => None,
        })
        .collect())
}

pub async fn apply(args: &ApplyArgs, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    let mut clusters: Vec<ClusterPlan> = Vec::new();
    let manifest_args = ManifestArgs {
        files: args.files.clone(),
    };
    let pruning = Pruning {
        prune: args.prune,
        allow_data_loss: args.allow_data_loss,
    };
    // What the prompt and the summary name: the context and the servers
    // (or MSK cluster) acted on.
    let mut target: String;
    let (admin, plan) = match &args.plan {
        Some(path) => {
            let saved = read_saved(path)?;
            if saved
                .plan
                .actions
                .iter()
                .any(|a| detail(&a.action).contains(MASK))
            {
                bail!("{}: the plan touches sensitive configs whose values are not stored in plans; apply the manifests with -f instead", path.display());
            }
            let (admin, named) = connect_named(global).await?;
            target = named;
            if let (Some(then), Some(now)) = (&saved.cluster_id, admin.client().cluster_id()) {
                if *then != now {
                    bail!("the plan was made for cluster '{then}', but this is cluster '{now}'; nothing was changed");
                }
            }
            let names: Vec<String> = saved.observed.keys().cloned().collect();
            let live = observe(&admin, &names).await?;
            let by_name: BTreeMap<&str, &ObservedTopic> =
                live.iter().map(|o| (o.name.as_str(), o)).collect();
            let moved: Vec<String> = saved
                .observed
                .iter()
                .filter(|(name, then)| !unchanged(then, by_name.get(name.as_str()).copied()))
                .map(|(name, then)| {
                    format!(
                        "  {name}: planned against {}, now {}",
                        describe_state(then.as_ref()),
                        describe_state(by_name.get(name.as_str()).copied())
                    )
                })
                .collect();
            let mut moved = moved;
            moved.extend(acls_moved(&admin, &saved.plan).await?);
            if !moved.is_empty() {
                bail!(
                    "the cluster changed since the plan was made; nothing was changed. Re-run plan.\n{}",
                    moved.join("\n")
                );
            }
            // What the topics to delete hold now decides, not what they
            // held when the plan was made.
            let mut plan = saved.plan;
            let deleting = deleted_topics(&plan);
            let (infos, _gone) = admin.describe_topics(&deleting).await?;
            guard_deletions(&admin, &mut plan, &infos, args.allow_data_loss).await?;
            (Some(admin), plan)
        }
        None => {
            let set = load_for(&manifest_args, args.prune)?;
            clusters = plan_clusters(global, &set).await?;
            if creates_cluster(&clusters) || !set.needs_kafka() {
                target = new_clusters_target(global, &clusters);
                (None, offline_plan(&set))
            } else {
                let (admin, named) = connect_for(global, &set).await?;
                target = named;
                let Planned { plan, .. } = compute(&admin, &set, pruning).await?;
                (Some(admin), plan)
            }
        }
    };

    let shown = render_text(&plan, &clusters, OutputFormat::Table)?;
    write_stdout(&shown).ok();
    // With stdout in a file and a question coming on the terminal, the
    // plan goes to the terminal too: nobody answers a question about a
    // plan they cannot see.
    if will_prompt(global) && !std::io::stdout().is_terminal() {
        eprintln!("{shown}");
    }
    if !plan.refused.is_empty() || clusters.iter().any(|c| !c.refused.is_empty()) {
        bail!(
            "the manifests ask for changes that cannot be applied (see above); nothing was changed"
        );
    }
    let cluster_steps: usize = clusters.iter().map(|c| c.steps.len()).sum();
    if plan.is_empty() && cluster_steps == 0 {
        return Ok(Outcome::Success);
    }
    let changes = plan.actions.len() + cluster_steps;
    let destructive = plan.count(Safety::Destructive)
        + clusters
            .iter()
            .map(|c| c.count(Safety::Destructive))
            .sum::<usize>();
    let question = if destructive > 0 {
        format!("Apply {changes} changes, {destructive} of them destructive, to {target}?")
    } else {
        format!("Apply {changes} changes to {target}?")
    };
    confirm(global, &question)?;
    if cluster_steps > 0 {
        apply_clusters(global, &clusters).await?;
    }
    let (admin, plan) = match admin {
        Some(admin) => (admin, plan),
        None => {
            // The cluster was just created: connect through the context
            // (which names it) and plan its topics from what is really
            // there, which for a new cluster is what was shown.
            let set = load_for(&manifest_args, args.prune)?;
            if !set.needs_kafka() {
                return Ok(Outcome::Success);
            }
            let (admin, named) = connect_for(global, &set).await.context(
                "the cluster is ACTIVE but connecting to it failed; fix the connection and run apply again to create its topics",
            )?;
            target = named;
            let Planned { plan, .. } = compute(&admin, &set, pruning).await?;
            if !plan.refused.is_empty() {
                render(&plan, &[], OutputFormat::Table).ok();
                bail!("the cluster was created, but some topic or ACL changes cannot be applied (see above); run apply again once they are fixed");
            }
            (admin, plan)
        }
    };
    if plan.is_empty() {
        return Ok(Outcome::Success);
    }
    execute(&admin, &plan, &target).await
}

/// Will [`confirm`] ask on the terminal?
fn will_prompt(global: &GlobalArgs) -> bool {
    !global.yes && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Connects as [`connect`] does, also naming what was connected to.
async fn connect_named(global: &GlobalArgs) -> anyhow::Result<(Admin, String)> {
    connect_in(&super::session(global), global).await
}

/// [`connect_named`] through `session`.
async fn connect_in(session: &Session, global: &GlobalArgs) -> anyhow::Result<(Admin, String)> {
    let target = target_of(session.connection().await?, global);
    let admin = session.admin().await?;
    Ok((admin, target))
}

/// "context 'prod' (bootstrap servers a:9092,b:9092)", or for an MSK
/// cluster "context 'prod' (MSK cluster 'orders' in eu-west-1)".
fn target_of(settings: &crate::kafka::ConnectionSettings, global: &GlobalArgs) -> String {
    let context = match &settings.context {
        Some(c) => format!("context '{c}'"),
        None => "no context".to_string(),
    };
    match &settings.msk {
        Some(m) => format!("{context} (MSK cluster '{}' in {})", m, region_of(global)),
        None => format!(
            "{context} (bootstrap servers {})",
            settings.bootstrap_servers.join(",")
        ),
    }
}

/// The AWS region as given, or where the SDK will look for it.
fn region_of(global: &GlobalArgs) -> String {
    global
        .aws
        .region
        .clone()
        .or_else(|| std::env::var("AWS_REGION").ok())
        .or_else(|| std::env::var("AWS_DEFAULT_REGION").ok())
        .unwrap_or_else(|| "the profile's region".to_string())
}

/// Names clusters about to be created: the MSK cluster names and region.
fn new_clusters_target(global: &GlobalArgs, clusters: &[ClusterPlan]) -> String {
    let names: Vec<String> = clusters
        .iter()
        .map(|c| format!("'{}'", c.cluster))
        .collect();
    format!("MSK cluster {} in {}", names.join(", "), region_of(global))
}

// ------------------------------------------------------------ clusters

/// How long one cluster step may take: creating a cluster or changing the
/// broker type of a large one takes hours, not the request timeout.
const CLUSTER_STEP_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(6 * 3600);

/// Connects to the Kafka cluster the manifests' topics belong to: the one
/// the flags or context name, or else, when the manifests declare exactly
/// one MSK cluster, that cluster through the listener its client auth
/// offers (IAM first).
async fn connect_for(global: &GlobalArgs, set: &ManifestSet) -> anyhow::Result<(Admin, String)> {
    let session = super::session(global);
    let named_elsewhere = global.bootstrap_servers.is_some()
        || global.connection.msk_cluster.is_some()
        || session.resolve().is_ok();
    match set.clusters.as_slice() {
        [only] if !named_elsewhere => {
            let listener =
                super::listener_for(&only.spec.client_auth, only.spec.encryption.as_ref());
            connect_in(&session.on_msk_cluster(&only.spec.name, listener), global).await
        }
        _ => connect_in(&session, global).await,
    }
}

/// Reads each declared cluster from MSK and plans it.
async fn plan_clusters(global: &GlobalArgs, set: &ManifestSet) -> anyhow::Result<Vec<ClusterPlan>> {
    if set.clusters.is_empty() {
        return Ok(Vec::new());
    }
    let msk = super::cluster::msk_client(global).await?;
    crate::msk::apply::observe_and_plan(&msk, &set.clusters).await
}

/// Applies every cluster plan, in order, one update at a time.
async fn apply_clusters(global: &GlobalArgs, plans: &[ClusterPlan]) -> anyhow::Result<()> {
    if plans.is_empty() {
        return Ok(());
    }
    let msk = super::cluster::msk_client(global).await?;
    for plan in plans {
        run_cluster_plan(&msk, plan).await?;
    }
    Ok(())
}

/// Runs one cluster plan, reporting each step and wait on stderr.
pub async fn run_cluster_plan<C: ClusterControl>(
    control: &C,
    plan: &ClusterPlan,
) -> anyhow::Result<ClusterReport> {
    let name = plan.cluster.clone();
    let mut progress = move |p: &ApplyProgress| match p {
        ApplyProgress::Started {
            index,
            total,
            description,
        } => eprintln!("cluster {name}: step {}/{total}: {description}", index + 1),
        ApplyProgress::Skipped { description, .. } => {
            eprintln!("cluster {name}: already done: {description}")
        }
        ApplyProgress::Busy { state } => {
            eprintln!("cluster {name}: {state}, waiting for the running operation to finish")
        }
        ApplyProgress::Waiting(_) => {}
        ApplyProgress::Finished { description, .. } => {
            eprintln!("ok      cluster {name}: {description}")
        }
    };
    apply_cluster_plan(control, plan, CLUSTER_STEP_TIMEOUT, &mut progress).await
}

fn creates_cluster(plans: &[ClusterPlan]) -> bool {
    plans.iter().any(|p| {
        p.steps
            .iter()
            .any(|s| matches!(s.change, ClusterChange::Create { .. }))
    })
}

/// The plan for a cluster that does not exist yet: every topic and ACL is
/// created (there is nothing to prune).
fn offline_plan(set: &ManifestSet) -> Plan {
    let mut plan = planner::plan(&set.topics, &[], PlanOptions::default());
    if set.acl_documents > 0 {
        plan.add_acl_actions(planner::plan_acls(&set.acls, &[], None));
    }
    let none = BTreeMap::new();
    mask(&mut plan, &none);
    plan
}

/// Cluster steps, refusals and notes as text (table or markdown).
pub(super) fn cluster_text(plans: &[ClusterPlan], markdown: bool) -> String {
    let mut out = String::new();
    for p in plans {
        if markdown {
            out.push_str(&format!("**Cluster `{}`**\n\n", p.cluster));
        } else {
            out.push_str(&format!("Cluster {}:\n", p.cluster));
        }
        if p.steps.is_empty() && p.refused.is_empty() {
            out.push_str("No changes.\n");
        }
        if !p.steps.is_empty() {
            let mut t = Table::new(["#", "STEP", "CHANGE", "SAFETY"]);
            for (i, s) in p.steps.iter().enumerate() {
                let safety = match (markdown, s.safety) {
                    (true, Safety::Destructive) => "**destructive**".to_string(),
                    (_, safety) => safety.name().to_string(),
                };
                t.row([
                    (i + 1).to_string(),
                    s.change.verb().to_string(),
                    if markdown {
                        s.description.replace('|', "\\|")
                    } else {
                        s.description.clone()
                    },
                    safety,
                ]);
            }
            out.push_str(&if markdown {
                t.to_markdown()
            } else {
                t.to_text()
            });
            out.push('\n');
        }
        let bullet = if markdown { "- " } else { "" };
        for s in p.steps.iter().filter(|s| s.safety != Safety::Safe) {
            for r in &s.reasons {
                out.push_str(&format!(
                    "{bullet}{} is {}: {r}\n",
                    s.change.verb(),
                    s.safety.name()
                ));
            }
        }
        for r in &p.refused {
            let kind = if r.unsupported {
                "not supported yet"
            } else {
                "refused"
            };
            out.push_str(&format!("{bullet}{kind}: {}: {}\n", r.field, r.reason));
        }
        for n in &p.notes {
            out.push_str(&format!("{bullet}note: {n}\n"));
        }
        out.push('\n');
    }
    out
}

/// One result line per action; on the first failing phase, stop and say what
/// was and was not done.
async fn execute(admin: &Admin, plan: &Plan, target: &str) -> anyhow::Result<Outcome> {
    let phases: [fn(&Action) -> bool; 7] = [
        |a| matches!(a, Action::CreateTopic { .. }),
        |a| matches!(a, Action::AddPartitions { .. }),
        |a| matches!(a, Action::AlterConfigs { .. }),
        |a| matches!(a, Action::ChangeReplicationFactor { .. }),
        |a| matches!(a, Action::CreateAcl { .. }),
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
        let results = run_phase(admin, &actions).await;
        let mut failed: Vec<String> = Vec::new();
        for (a, r) in actions.iter().zip(results) {
            let label = format!("{} {}", a.action.verb(), a.action.subject());
            match r {
                Ok(()) => {
                    write_stdout(&format!("ok      {label}"))?;
                    done.push(label);
                }
                Err(e) => {
                    write_stdout(&format!("FAILED  {label}: {e}"))?;
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
                crate::render::indented_list(&done),
                not_done.len(),
                crate::render::indented_list(&not_done)
            );
        }
    }
    eprintln!("Apply complete: {} changes made to {target}.", done.len());
    Ok(Outcome::Success)
}

/// Submits the reassignments of replication-factor changes in one request;
/// a topic succeeds when every one of its partitions was accepted.
async fn submit_rf_changes(
    admin: &Admin,
    actions: &[&PlannedAction],
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
    eprintln!(
        "replication-factor changes run as partition reassignments: watch them with `mskctl partition reassign status`"
    );
    Ok(per_topic.into_iter().collect())
}

/// Executes one phase's actions as batched requests; one result per action.
async fn run_phase(admin: &Admin, actions: &[&PlannedAction]) -> Vec<Result<(), String>> {
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
        Action::ChangeReplicationFactor { .. } => submit_rf_changes(admin, actions).await,
        Action::CreateAcl { .. } | Action::DeleteAcl { .. } => {
            return run_acl_phase(admin, actions).await
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msk::model::fixtures::spec;
    use crate::plan::cluster::plan_cluster;

    #[test]
    fn cluster_sections() {
        let create = plan_cluster(&spec(), None);
        assert!(creates_cluster(std::slice::from_ref(&create)));
        let text = cluster_text(std::slice::from_ref(&create), false);
        assert!(text.starts_with("Cluster orders:\n"), "{text}");
        assert!(text.contains("create cluster"));
        let md = cluster_text(&[create], true);
        assert!(md.starts_with("**Cluster `orders`**"));

        let mut bigger = spec();
        bigger.storage_gib = 50;
        let mut live = plan_cluster(&spec(), None);
        live.steps.clear();
        assert_eq!(
            cluster_text(&[live], false),
            "Cluster orders:\nNo changes.\n\n"
        );
        let refused = crate::plan::cluster::ClusterPlan {
            refused: vec![crate::plan::cluster::ClusterRefusal {
                field: "spec.storage".into(),
                reason: "cannot shrink".into(),
                unsupported: false,
            }],
            ..plan_cluster(&bigger, None)
        };
        assert!(cluster_text(&[refused], false).contains("refused: spec.storage: cannot shrink"));
    }

    #[test]
    fn new_cluster_gets_every_topic_created() {
        let set = manifest::load_str(
            "apiVersion: mskctl/v1\nkind: Topic\nmetadata: {name: t1}\nspec: {partitions: 3, replicationFactor: 3}\n",
            "t.yaml",
        )
        .unwrap_or_else(|d| panic!("{d:?}"));
        let plan = offline_plan(&set);
        assert_eq!(plan.actions.len(), 1);
        assert!(matches!(plan.actions[0].action, Action::CreateTopic { .. }));
    }
}
