//! The `plan` and `apply` workflow: load the manifests, observe the
//! cluster, plan (topics, ACLs, MSK clusters), judge the deletions against
//! the data they hold, confirm, execute phase by phase, report.
//!
//! The workflow never touches the terminal: connections come from a
//! [`Connector`] the caller provides, the question goes through a
//! [`Prompt`], and everything to show (the plan, each result, notes) is an
//! [`ApplyEvent`] handed to the caller's progress callback.

mod execute;
mod observe;
mod progress;

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _};

pub use observe::{observe, observe_from, snapshot_of};
pub use progress::{ApplyEvent, Progress};

use super::confirm::{confirm_needed, Confirm, Prompt};
use crate::kafka::acls::{describe_binding, AclBinding, AclFilter};
use crate::kafka::admin::TopicInfo;
use crate::kafka::Admin;
use crate::manifest::vars::Vars;
use crate::manifest::{self, ManifestSet};
use crate::msk::apply::{apply_cluster_plan, observe_and_plan, ApplyProgress, ClusterReport};
use crate::msk::control::ClusterControl;
use crate::msk::plan::{ClusterChange, ClusterPlan};
use crate::plan::saved::{mask, SavedPlan};
use crate::plan::{self as planner, Action, ObservedTopic, Plan, Safety};

/// How long one cluster step may take: creating a cluster or changing the
/// broker type of a large one takes hours, not the request timeout.
const CLUSTER_STEP_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(6 * 3600);

/// Where the workflow gets its connections: resolved by the caller (flags,
/// environment, contexts), opened only when the plan needs them.
pub trait Connector {
    type Msk: ClusterControl;

    /// Connects to the Kafka cluster the manifests' topics belong to
    /// (`None`: a saved plan, the cluster the settings name) and says
    /// which one it is, for the question and the summary.
    fn kafka(
        &mut self,
        manifests: Option<&ManifestSet>,
    ) -> impl Future<Output = anyhow::Result<(Admin, String)>>;

    /// The MSK control plane, for Cluster manifests.
    fn msk(&mut self) -> impl Future<Output = anyhow::Result<Self::Msk>>;
}

/// What `plan` and `apply` do with what the cluster has and the manifests
/// do not.
#[derive(Debug, Clone, Copy, Default)]
pub struct Pruning {
    /// Delete what the manifests' Ownership documents own and do not declare.
    pub prune: bool,
    /// Let deletions of topics that hold data or are consumed go ahead.
    pub allow_data_loss: bool,
}

/// `plan`: which manifests, and how to treat what they leave out.
#[derive(Debug, Clone, Default)]
pub struct PlanOptions {
    pub files: Vec<PathBuf>,
    /// Values for the manifests' `${NAME}` placeholders.
    pub vars: Vars,
    pub pruning: Pruning,
    /// The plan is to be saved (`--out`), which Cluster manifests cannot be.
    pub saving: bool,
}

/// `apply`: the manifests, or a saved plan, and how to confirm.
#[derive(Debug, Clone)]
pub struct ApplyOptions {
    pub files: Vec<PathBuf>,
    /// Values for the manifests' `${NAME}` placeholders.
    pub vars: Vars,
    /// A plan saved by `plan --out`, applied instead of manifests.
    pub saved_plan: Option<PathBuf>,
    pub pruning: Pruning,
    pub confirm: Confirm,
    /// The AWS region, as named in questions about clusters to create.
    pub region: String,
}

/// What `plan` found.
#[derive(Debug)]
pub struct Planned {
    pub plan: Plan,
    pub clusters: Vec<ClusterPlan>,
    /// What the plan was made against, when a Kafka cluster was read (not
    /// for a cluster still to be created).
    pub live: Option<Live>,
}

/// The Kafka cluster a plan was made against.
#[derive(Debug)]
pub struct Live {
    pub cluster_id: Option<String>,
    pub observed: Vec<ObservedTopic>,
}

impl Planned {
    /// Whether applying would change anything.
    pub fn pending(&self) -> bool {
        !self.plan.is_empty() || self.clusters.iter().any(|c| !c.is_empty())
    }

    /// Fails when the manifests ask for changes that cannot be applied.
    pub fn check_applicable(&self) -> anyhow::Result<()> {
        let refused =
            self.plan.refused.len() + self.clusters.iter().map(|c| c.refused.len()).sum::<usize>();
        if refused == 0 {
            return Ok(());
        }
        if self.live.is_none() {
            bail!("some changes in the manifests cannot be applied (see above)");
        }
        bail!(
            "{} change{} in the manifests cannot be applied (see above)",
            refused,
            if refused == 1 { "" } else { "s" }
        )
    }
}

/// How an `apply` ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// The cluster already matched (or only cluster steps were run).
    Nothing,
    /// Topic and ACL changes were made to `target`.
    Changes { count: usize, target: String },
}

/// Loads and validates manifests; any problem stops here, before a
/// connection is made. Problems and warnings are reported one by one.
pub fn load(
    files: &[PathBuf],
    vars: &Vars,
    progress: &mut Progress<'_>,
) -> anyhow::Result<ManifestSet> {
    let set = match manifest::load_paths_counted(files, vars).1 {
        Ok(set) => set,
        Err(diags) => {
            for d in &diags {
                progress(ApplyEvent::Manifest(&d.to_string()))?;
            }
            bail!(
                "{} error{} in the manifests; nothing was sent to the cluster",
                diags.len(),
                if diags.len() == 1 { "" } else { "s" }
            );
        }
    };
    for w in &set.warnings {
        progress(ApplyEvent::Manifest(&w.to_string()))?;
    }
    Ok(set)
}

/// Loads the manifests for `plan`/`apply` and, with `--prune`, makes sure
/// the set may prune at all: an empty set or one without Ownership would
/// read as "delete everything".
fn load_for(
    files: &[PathBuf],
    vars: &Vars,
    prune: bool,
    progress: &mut Progress<'_>,
) -> anyhow::Result<ManifestSet> {
    let set = load(files, vars, progress)?;
    if prune {
        if let Some(why) = set.prune_refusal() {
            bail!("{why}");
        }
    }
    Ok(set)
}

/// `plan`: what applying the manifests would do.
pub async fn plan<C: Connector>(
    conn: &mut C,
    opts: &PlanOptions,
    progress: &mut Progress<'_>,
) -> anyhow::Result<Planned> {
    let set = load_for(&opts.files, &opts.vars, opts.pruning.prune, progress)?;
    let (clusters, _) = plan_clusters(conn, &set).await?;
    if opts.saving && creates_cluster(&clusters) && set.needs_kafka() {
        // Topics of a cluster that does not exist yet can only be planned
        // once it does: a saved plan could not be checked against it.
        bail!("plan --out cannot save the topics and ACLs of a cluster that does not exist yet; apply the manifests with -f (or save a plan of the Cluster documents alone)");
    }
    if creates_cluster(&clusters) || !set.needs_kafka() {
        // Nothing to read from a cluster that does not exist yet: its
        // topics and ACLs are all to be created. Nor from Kafka at all when
        // the manifests hold only Cluster documents.
        return Ok(Planned {
            plan: offline_plan(&set),
            clusters,
            live: None,
        });
    }
    let (admin, _) = conn.kafka(Some(&set)).await?;
    let (plan, observed) = compute(&admin, &set, opts.pruning).await?;
    Ok(Planned {
        plan,
        clusters,
        live: Some(Live {
            cluster_id: admin.client().cluster_id(),
            observed,
        }),
    })
}

/// Writes a plan for `apply --plan`: the Kafka side made against a live
/// cluster (`live`), and the MSK cluster plans with the versions they were
/// made at.
pub fn save(path: &Path, planned: &Planned) -> anyhow::Result<()> {
    let mut saved = match &planned.live {
        Some(live) => SavedPlan::new(live.cluster_id.clone(), &planned.plan, &live.observed),
        None => SavedPlan::new(None, &planned.plan, &[]),
    };
    saved.clusters = planned.clusters.clone();
    let text = saved.to_json()?;
    std::fs::write(path, text)
        .with_context(|| format!("cannot write the plan to {}", path.display()))
}

fn read_saved(path: &Path) -> anyhow::Result<SavedPlan> {
    let text = crate::input::read_file_to_string(path)
        .with_context(|| format!("cannot read the plan {}", path.display()))?;
    SavedPlan::from_json(&text, &path.display().to_string())
}

/// `apply`: plans as `plan` does (or takes a saved plan, if the cluster has
/// not moved since), shows it, gets the yes the changes need, and carries
/// them out: cluster steps first, then topics and ACLs in phases.
pub async fn apply<C: Connector>(
    conn: &mut C,
    opts: &ApplyOptions,
    prompt: &mut dyn Prompt,
    progress: &mut Progress<'_>,
) -> anyhow::Result<Applied> {
    let mut clusters: Vec<ClusterPlan> = Vec::new();
    let mut msk: Option<C::Msk> = None;
    // What the prompt and the summary name: the context and the servers
    // (or MSK cluster) acted on.
    let mut target: String;
    let (admin, plan) = match &opts.saved_plan {
        Some(path) => {
            let saved = read_saved(path)?;
            if !saved.clusters.is_empty() {
                let control = conn.msk().await?;
                clusters_unchanged(&control, &saved.clusters).await?;
                clusters = saved.clusters.clone();
                msk = Some(control);
            }
            if saved.cluster_id.is_none() && saved.plan.is_empty() {
                // A plan of Cluster documents alone: no Kafka to reach.
                target = new_clusters_target(&opts.region, &clusters);
                (None, saved.plan)
            } else {
                let (admin, named, plan) = saved_plan(conn, path, saved, opts.pruning).await?;
                target = named;
                (Some(admin), plan)
            }
        }
        None => {
            let set = load_for(&opts.files, &opts.vars, opts.pruning.prune, progress)?;
            (clusters, msk) = plan_clusters(conn, &set).await?;
            if creates_cluster(&clusters) || !set.needs_kafka() {
                target = new_clusters_target(&opts.region, &clusters);
                (None, offline_plan(&set))
            } else {
                let (admin, named) = conn.kafka(Some(&set)).await?;
                target = named;
                let (plan, _) = compute(&admin, &set, opts.pruning).await?;
                (Some(admin), plan)
            }
        }
    };

    progress(ApplyEvent::Review {
        plan: &plan,
        clusters: &clusters,
    })?;
    if !plan.refused.is_empty() || clusters.iter().any(|c| !c.refused.is_empty()) {
        bail!(
            "the manifests ask for changes that cannot be applied (see above); nothing was changed"
        );
    }
    let cluster_steps: usize = clusters.iter().map(|c| c.steps.len()).sum();
    if plan.is_empty() && cluster_steps == 0 {
        return Ok(Applied::Nothing);
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
    let worst = plan
        .actions
        .iter()
        .map(|a| a.safety)
        .chain(
            clusters
                .iter()
                .flat_map(|c| c.steps.iter().map(|s| s.safety)),
        )
        .max()
        .unwrap_or(Safety::Safe);
    confirm_needed(opts.confirm, worst, &question, prompt)?;
    if cluster_steps > 0 {
        let msk = match msk {
            Some(msk) => msk,
            None => conn.msk().await?,
        };
        for plan in &clusters {
            run_cluster_plan(&msk, plan, progress).await?;
        }
    }
    let (admin, plan) = match admin {
        Some(admin) => (admin, plan),
        None if opts.saved_plan.is_some() => return Ok(Applied::Nothing),
        None => {
            // The cluster was just created: connect through the context
            // (which names it) and plan its topics from what is really
            // there, which for a new cluster is what was shown.
            let set = load_for(&opts.files, &opts.vars, opts.pruning.prune, progress)?;
            if !set.needs_kafka() {
                return Ok(Applied::Nothing);
            }
            let (admin, named) = conn.kafka(Some(&set)).await.context(
                "the cluster is ACTIVE but connecting to it failed; fix the connection and run apply again to create its topics",
            )?;
            target = named;
            let (plan, _) = compute(&admin, &set, opts.pruning).await?;
            if !plan.refused.is_empty() {
                progress(ApplyEvent::Refused { plan: &plan }).ok();
                bail!("the cluster was created, but some topic or ACL changes cannot be applied (see above); run apply again once they are fixed");
            }
            (admin, plan)
        }
    };
    if plan.is_empty() {
        return Ok(Applied::Nothing);
    }
    let count = execute::execute(&admin, &plan, &target, progress).await?;
    Ok(Applied::Changes { count, target })
}

/// A saved plan, checked against the cluster: the same cluster, and every
/// topic and ACL it touches as it was when the plan was made. Deletions are
/// judged by what the topics hold now.
async fn saved_plan<C: Connector>(
    conn: &mut C,
    path: &Path,
    saved: SavedPlan,
    pruning: Pruning,
) -> anyhow::Result<(Admin, String, Plan)> {
    if saved.has_masked_values() {
        bail!("{}: the plan touches sensitive configs whose values are not stored in plans; apply the manifests with -f instead", path.display());
    }
    let (admin, target) = conn.kafka(None).await?;
    if let (Some(then), Some(now)) = (&saved.cluster_id, admin.client().cluster_id()) {
        if *then != now {
            bail!("the plan was made for cluster '{then}', but this is cluster '{now}'; nothing was changed");
        }
    }
    let names: Vec<String> = saved.observed.keys().cloned().collect();
    let live = observe(&admin, &names).await?;
    let mut moved = saved.moved_topics(&live);
    moved.extend(acls_moved(&admin, &saved.plan).await?);
    moved.extend(quotas_moved(&admin, &saved.plan).await?);
    if !moved.is_empty() {
        bail!(
            "the cluster changed since the plan was made; nothing was changed. Re-run plan.\n{}",
            moved.join("\n")
        );
    }
    // What the topics to delete hold now decides, not what they held when
    // the plan was made.
    let mut plan = saved.plan;
    let deleting = deleted_topics(&plan);
    let (infos, _gone) = admin.describe_topics(&deleting).await?;
    guard_deletions(&admin, &mut plan, &infos, pruning.allow_data_loss).await?;
    Ok((admin, target, plan))
}

/// For a saved plan's ACL actions: bindings to create that now exist, and
/// bindings to delete that are gone. ACLs are read only when the plan has
/// ACL actions.
async fn acls_moved(admin: &Admin, plan: &Plan) -> anyhow::Result<Vec<String>> {
    if !plan.actions.iter().any(|a| a.action.acl().is_some()) {
        return Ok(Vec::new());
    }
    let live: BTreeSet<AclBinding> = admin
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

/// For a saved plan's quota actions: keys whose live value is no longer
/// the one planned from. Quotas are read only when the plan has some.
async fn quotas_moved(admin: &Admin, plan: &Plan) -> anyhow::Result<Vec<String>> {
    if !plan
        .actions
        .iter()
        .any(|a| matches!(a.action, Action::AlterQuota { .. }))
    {
        return Ok(Vec::new());
    }
    let live = admin
        .describe_client_quotas(&crate::kafka::quotas::QuotaFilter::default())
        .await?;
    let mut moved = Vec::new();
    for a in &plan.actions {
        let Action::AlterQuota {
            entity,
            set,
            remove,
        } = &a.action
        else {
            continue;
        };
        let values = live
            .iter()
            .find(|e| &e.entity == entity)
            .map(|e| e.values.clone())
            .unwrap_or_default();
        for c in set.iter().chain(remove) {
            let now = values.get(&c.key).copied();
            if now != c.from.map(|v| v.0) {
                moved.push(format!(
                    "  quota of {}: {} planned from {}, now {}",
                    entity.describe(),
                    c.key,
                    crate::plan::quota::show_quota_value(&c.key, c.from.map(|v| v.0)),
                    crate::plan::quota::show_quota_value(&c.key, now)
                ));
            }
        }
    }
    Ok(moved)
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
    topics: &[TopicInfo],
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

/// Observes the cluster and plans the manifests' topics and ACLs against
/// it; returns the plan (sensitive values masked) and what it was made
/// against.
async fn compute(
    admin: &Admin,
    set: &ManifestSet,
    pruning: Pruning,
) -> anyhow::Result<(Plan, Vec<ObservedTopic>)> {
    // Callers refuse --prune without Ownership (load_for); `None` here
    // prunes nothing, whatever the flag.
    let owned = set.ownership.as_ref().filter(|_| pruning.prune);
    let topics = admin.list_topics().await?;
    let snapshot = snapshot_of(admin, &topics);
    let infos = topics.clone();
    let mut observed = observe_from(admin, topics, &declared_names(set)).await?;
    let mut plan = planner::plan(
        &set.topics,
        &observed,
        planner::PlanOptions { prune: owned },
    );
    // ACLs are read when the set manages some: Acl documents, or owned
    // principals whose stray bindings --prune removes.
    if set.acl_documents > 0 || owned.is_some_and(|o| !o.principals().is_empty()) {
        let live = admin.describe_acls(&AclFilter::default()).await?;
        plan.add_acl_actions(planner::plan_acls(&set.acls, &live, owned));
    }
    // Quotas likewise: Quota documents, or owned principals whose
    // undeclared quotas --prune removes.
    if set.quota_documents > 0 || owned.is_some_and(|o| !o.principals().is_empty()) {
        let filter = crate::kafka::quotas::QuotaFilter::default();
        match admin.describe_client_quotas(&filter).await {
            Ok(live) => {
                plan.add_acl_actions(crate::plan::quota::plan_quotas(&set.quotas, &live, owned))
            }
            // A broker without the API keeps no quotas, so there are none
            // to prune; a set that declares some still fails below.
            Err(crate::kafka::KafkaError::Unsupported { .. }) if set.quota_documents == 0 => {}
            Err(e) => return Err(e.into()),
        }
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
    Ok((plan, observed))
}

/// Reads each declared cluster from MSK and plans it; also returns the MSK
/// client when one was needed.
async fn plan_clusters<C: Connector>(
    conn: &mut C,
    set: &ManifestSet,
) -> anyhow::Result<(Vec<ClusterPlan>, Option<C::Msk>)> {
    if set.clusters.is_empty() {
        return Ok((Vec::new(), None));
    }
    let msk = conn.msk().await?;
    let plans = observe_and_plan(&msk, &set.clusters).await?;
    Ok((plans, Some(msk)))
}

/// Runs one cluster plan, reporting each step and wait.
async fn run_cluster_plan<C: ClusterControl>(
    control: &C,
    plan: &ClusterPlan,
    progress: &mut Progress<'_>,
) -> anyhow::Result<ClusterReport> {
    let name = plan.cluster.clone();
    let mut report = move |p: &ApplyProgress| {
        // Cluster progress is informational: a line that cannot be shown
        // must not abandon an MSK operation halfway.
        let _ = progress(ApplyEvent::Cluster {
            cluster: &name,
            progress: p,
        });
    };
    apply_cluster_plan(control, plan, CLUSTER_STEP_TIMEOUT, &mut report).await
}

/// A saved plan's MSK clusters as they are now: each must still have the
/// version it was planned at (or still not exist), since any update since
/// then gives it a new one; otherwise nothing is changed.
async fn clusters_unchanged<C: ClusterControl>(
    control: &C,
    saved: &[ClusterPlan],
) -> anyhow::Result<()> {
    let mut moved = Vec::new();
    for plan in saved {
        let now = control.find(&plan.cluster).await?;
        let now_version = now.as_ref().map(|c| c.current_version.clone());
        if now_version != plan.observed_version {
            moved.push(match (&plan.observed_version, &now_version) {
                (None, Some(_)) => format!(
                    "  cluster {}: created since the plan was made",
                    plan.cluster
                ),
                (Some(_), None) => format!(
                    "  cluster {}: deleted since the plan was made",
                    plan.cluster
                ),
                (Some(then), Some(now)) => format!(
                    "  cluster {}: version {then} when planned, {now} now (updated since)",
                    plan.cluster
                ),
                (None, None) => continue,
            });
        }
    }
    if !moved.is_empty() {
        bail!(
            "the cluster changed since the plan was made; nothing was changed. Re-run plan.\n{}",
            moved.join("\n")
        );
    }
    Ok(())
}

fn creates_cluster(plans: &[ClusterPlan]) -> bool {
    plans.iter().any(|p| {
        p.steps
            .iter()
            .any(|s| matches!(s.change, ClusterChange::Create { .. }))
    })
}

/// Names clusters about to be created: the MSK cluster names and region.
fn new_clusters_target(region: &str, clusters: &[ClusterPlan]) -> String {
    let names: Vec<String> = clusters
        .iter()
        .map(|c| format!("'{}'", c.cluster))
        .collect();
    format!("MSK cluster {} in {}", names.join(", "), region)
}

/// The plan for a cluster that does not exist yet: every topic and ACL is
/// created (there is nothing to prune).
fn offline_plan(set: &ManifestSet) -> Plan {
    let mut plan = planner::plan(&set.topics, &[], planner::PlanOptions::default());
    if set.acl_documents > 0 {
        plan.add_acl_actions(planner::plan_acls(&set.acls, &[], None));
    }
    let none = BTreeMap::new();
    mask(&mut plan, &none);
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msk::model::fixtures::spec;
    use crate::msk::plan::plan_cluster;

    #[test]
    fn cluster_creation_is_seen() {
        let create = plan_cluster(&spec(), None);
        assert!(creates_cluster(std::slice::from_ref(&create)));
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
