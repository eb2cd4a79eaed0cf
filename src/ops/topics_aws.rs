//! Topics through the MSK API (`--via aws`): the same workflows as the
//! Kafka path (`topic create|alter|config|delete`, `plan`/`apply` of
//! Topic and TopicSet documents), judged by the same rulebook functions and
//! confirmed the same way, but observed and changed with MSK's topic calls
//! (IAM on the AWS control plane) instead of the Kafka admin protocol.
//!
//! AWS documents these reads as eventually consistent (about a minute), so
//! every change is followed by a wait until DescribeTopic shows it, bounded
//! by the command's deadline, before it is reported done. What the API
//! cannot do (replication-factor changes, record counts for the data guard,
//! ACLs, quotas, groups) is refused with what to use instead.

use std::collections::BTreeMap;
use std::time::Duration;

use anyhow::{anyhow, bail};
use tokio::time::Instant;

use super::apply::{ApplyEvent, Progress, Pruning};
use super::confirm::{confirm, confirm_needed, confirm_operation, Confirm, Prompt, Target};
use super::topic_alter::AlterPartitionsOptions;
use super::topic_config::{confirm_changes, plan_topic, ConfigChangeOptions, TopicConfigChange};
use super::topic_create::{CreateOutcome, CreateTopicOptions};
use super::{describe, worst};
use crate::error::{indented_list, UsageError};
use crate::kafka::admin::TopicConfigState;
use crate::manifest::ManifestSet;
use crate::msk::aws::AwsSettings;
use crate::msk::client::{MskPartition, MskTopic, MskTopicSummary};
use crate::msk::Msk;
use crate::plan::saved::mask;
use crate::plan::{
    self as planner, create_topic_action, partitions_action, Action, ObservedTopic, Operation,
    Plan, PlannedAction, Refusal, Safety,
};

/// The line `plan` prints with a plan made through the MSK API.
pub const STALE_NOTE: &str = "note: observed through the MSK API, whose reads are eventually consistent (about a minute): the live state shown may be stale";

/// Why a deletion through the MSK API needs `--allow-data-loss`.
const NO_RECORD_COUNTS: &str = "the MSK API does not report whether a topic holds records or is read by consumer groups, so the data guard cannot check it";

/// Longest pause between two DescribeTopic polls of a wait.
const MAX_POLL: Duration = Duration::from_secs(5);

/// An MSK cluster's topics through the MSK API.
pub struct TopicsApi {
    pub msk: Msk,
    /// The cluster's ARN, as the topic calls take it.
    pub arn: String,
    /// The cluster as named in questions and reports.
    pub target: Target,
    /// When waits for eventual consistency give up.
    pub deadline: Instant,
}

impl TopicsApi {
    /// Resolves `cluster` (a name or an ARN) to its ARN with the AWS
    /// settings the MSK commands use; `timeout` bounds each call and every
    /// wait together.
    pub async fn open(
        cluster: &str,
        context: Option<String>,
        aws: &AwsSettings,
        timeout: Duration,
    ) -> anyhow::Result<TopicsApi> {
        let deadline = Instant::now() + timeout;
        let (msk, region) =
            Msk::connect_in_region(aws, timeout.min(Duration::from_secs(120))).await?;
        let arn = msk.resolve(cluster).await?;
        Ok(TopicsApi {
            msk,
            arn,
            target: Target {
                context,
                msk_cluster: Some(cluster.to_owned()),
                region: Some(region),
                servers: Vec::new(),
            },
            deadline,
        })
    }

    pub async fn list(&self) -> anyhow::Result<Vec<MskTopicSummary>> {
        self.msk.list_topics(&self.arn).await
    }

    /// The topic, or an error naming it (and the staleness, which may be
    /// why a topic just created is not there yet).
    pub async fn require(&self, name: &str) -> anyhow::Result<MskTopic> {
        self.msk
            .describe_topic(&self.arn, name)
            .await?
            .ok_or_else(|| not_found(name))
    }

    pub async fn describe(&self, name: &str) -> anyhow::Result<(MskTopic, Vec<MskPartition>)> {
        let topic = self.require(name).await?;
        let partitions = self.msk.topic_partitions(&self.arn, name).await?;
        Ok((topic, partitions))
    }

    /// Polls DescribeTopic until `shown` holds for what it returns (`None`:
    /// the topic is gone), telling `progress` while it waits; an error when
    /// the deadline passes first.
    async fn wait_until(
        &self,
        name: &str,
        what: &str,
        shown: impl Fn(Option<&MskTopic>) -> bool,
        progress: &mut dyn FnMut(&str),
    ) -> anyhow::Result<()> {
        let started = Instant::now();
        let mut pause = Duration::from_millis(500);
        loop {
            let now = self.msk.describe_topic(&self.arn, name).await?;
            if shown(now.as_ref()) {
                return Ok(());
            }
            if Instant::now() + pause > self.deadline {
                bail!(
                    "MSK accepted the change, but DescribeTopic did not show topic '{name}' {what} within --timeout (its reads are eventually consistent, about a minute); check with `mskctl topic describe {name} --via aws`, or run again with a longer --timeout"
                );
            }
            progress(&format!(
                "waiting for DescribeTopic to show topic '{name}' {what} ({}s so far; MSK's topic reads are eventually consistent)",
                started.elapsed().as_secs()
            ));
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(MAX_POLL);
        }
    }

    /// Waits until DescribeTopic shows what `action` did.
    pub async fn wait_for(
        &self,
        action: &Action,
        progress: &mut dyn FnMut(&str),
    ) -> anyhow::Result<()> {
        match action {
            Action::CreateTopic {
                topic, partitions, ..
            } => {
                let n = *partitions;
                self.wait_until(
                    topic,
                    "created",
                    |t| t.is_some_and(|t| t.partitions >= n),
                    progress,
                )
                .await
            }
            Action::AddPartitions { topic, to, .. } => {
                let n = *to;
                let what = format!("with {n} partitions");
                self.wait_until(
                    topic,
                    &what,
                    |t| t.is_some_and(|t| t.partitions == n),
                    progress,
                )
                .await
            }
            Action::AlterConfigs { topic, set, remove } => {
                let shows = |t: Option<&MskTopic>| {
                    t.is_some_and(|t| {
                        set.iter().all(|c| t.configs.get(&c.key) == c.to.as_ref())
                            && remove.iter().all(|c| !t.configs.contains_key(&c.key))
                    })
                };
                self.wait_until(topic, "with the new configs", shows, progress)
                    .await
            }
            Action::DeleteTopic { topic, .. } => {
                self.wait_until(topic, "deleted", |t| t.is_none(), progress)
                    .await
            }
            other => bail!("{} is not available through the MSK API", other.verb()),
        }
    }

    /// Makes the change of one planned action and waits until
    /// DescribeTopic shows it.
    pub async fn change(
        &self,
        action: &Action,
        progress: &mut dyn FnMut(&str),
    ) -> anyhow::Result<()> {
        self.run(action).await?;
        self.wait_for(action, progress).await
    }

    /// Makes the change of one planned action.
    async fn run(&self, action: &Action) -> anyhow::Result<()> {
        match action {
            Action::CreateTopic {
                topic,
                partitions,
                replication_factor,
                configs,
            } => {
                let configs: BTreeMap<String, String> = configs.clone().into_iter().collect();
                self.msk
                    .create_topic(
                        &self.arn,
                        topic,
                        *partitions,
                        (*replication_factor).into(),
                        &configs,
                    )
                    .await
            }
            Action::AddPartitions { topic, to, .. } => {
                self.msk
                    .update_topic(&self.arn, topic, Some(*to), None)
                    .await
            }
            Action::AlterConfigs { topic, set, remove } => {
                // UpdateTopic takes the topic's configs as a whole: the
                // ones it has now, with this change made.
                let mut configs = self.require(topic).await?.configs;
                for c in set {
                    if let Some(v) = &c.to {
                        configs.insert(c.key.clone(), v.clone());
                    }
                }
                for c in remove {
                    configs.remove(&c.key);
                }
                self.msk
                    .update_topic(&self.arn, topic, None, Some(&configs))
                    .await
            }
            Action::DeleteTopic { topic, .. } => self.msk.delete_topic(&self.arn, topic).await,
            other => bail!("{} is not available through the MSK API", other.verb()),
        }
    }
}

fn not_found(name: &str) -> anyhow::Error {
    anyhow!("topic '{name}' not found through the MSK API (its reads are eventually consistent: a topic created less than a minute ago may not show yet)")
}

/// A Kafka-side capability the MSK API lacks, as a usage error (exit 2)
/// that says what to use instead.
pub fn unsupported(what: &str) -> anyhow::Error {
    UsageError(format!(
        "{what} is not available with --via aws: the MSK API's topic calls cover only topic list, describe, create, delete, config get|set|delete and alter --partitions, and plan/apply of Topic and TopicSet documents. Run it through the Kafka connection instead (without --via aws, or with --via kafka), from a host that reaches the brokers"
    ))
    .into()
}

/// `topic create --via aws`: checked like a manifest's topic, judged by the
/// rulebook (safe), created, and reported once DescribeTopic shows it.
pub async fn create_topic(
    api: &TopicsApi,
    opts: &CreateTopicOptions,
    policy: Confirm,
    prompt: &mut dyn Prompt,
    progress: &mut dyn FnMut(&str),
) -> anyhow::Result<CreateOutcome> {
    super::topic_create::check(opts)?;
    if opts.validate_only {
        return Err(unsupported("topic create --validate-only"));
    }
    let name = &opts.name;
    if opts.if_not_exists && api.msk.describe_topic(&api.arn, name).await?.is_some() {
        return Ok(CreateOutcome::AlreadyExists);
    }
    let action = create_topic_action(
        name,
        opts.partitions,
        opts.replication_factor,
        opts.configs.iter().cloned().collect(),
    );
    confirm(
        policy,
        action.safety,
        "",
        &format!(
            "Create topic '{name}' ({} partitions, replication factor {}) on {}?",
            opts.partitions, opts.replication_factor, api.target
        ),
        prompt,
    )?;
    match api.run(&action.action).await {
        Ok(()) => {}
        Err(e) if opts.if_not_exists && e.to_string().contains("ConflictException") => {
            return Ok(CreateOutcome::AlreadyExists)
        }
        Err(e) => return Err(e),
    }
    api.wait_for(&action.action, progress).await?;
    Ok(CreateOutcome::Created)
}

/// `topic alter --partitions --via aws`.
pub async fn alter_partitions(
    api: &TopicsApi,
    opts: &AlterPartitionsOptions,
    prompt: &mut dyn Prompt,
    progress: &mut dyn FnMut(&str),
) -> anyhow::Result<super::topic_alter::AlterOutcome> {
    use super::topic_alter::AlterOutcome;
    super::topic_alter::check(opts)?;
    let name = &opts.topic;
    let current = api.require(name).await?.partitions;
    let action = match partitions_action(name, current, opts.partitions) {
        Err(refusal) => bail!("topic '{name}': {}. Nothing was changed.", refusal.reason),
        Ok(None) => return Ok(AlterOutcome::Unchanged(current)),
        Ok(Some(a)) => a,
    };
    let change = format!("partitions {current} -> {}", opts.partitions);
    confirm(
        opts.confirm,
        action.safety,
        &describe(&[(format!("topic '{name}'"), vec![change], &action)]),
        &format!(
            "Grow topic {name} from {current} to {} partitions on {}?",
            opts.partitions, api.target
        ),
        prompt,
    )?;
    api.change(&action.action, progress).await?;
    Ok(AlterOutcome::Changed {
        from: current,
        to: opts.partitions,
    })
}

/// `topic config set|delete --via aws`: planned against the configs
/// DescribeTopic returns (Kafka's built-in defaults stand in for values
/// the topic does not set), judged and confirmed as on the Kafka path.
pub async fn change_configs(
    api: &TopicsApi,
    opts: &ConfigChangeOptions,
    prompt: &mut dyn Prompt,
    progress: &mut dyn FnMut(&str),
) -> anyhow::Result<super::topic_config::ConfigChangeResult> {
    super::topic_config::check(opts)?;
    let mut topics = opts.topics.clone();
    topics.sort();
    topics.dedup();
    let set: BTreeMap<&str, &str> = opts
        .set
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let mut changes: Vec<TopicConfigChange> = Vec::new();
    for topic in &topics {
        let live = api.require(topic).await?;
        let state = TopicConfigState {
            explicit: live.configs,
            inherited: BTreeMap::new(),
        };
        changes.extend(plan_topic(topic, &state, &set, &opts.delete));
    }
    let mut result = super::topic_config::ConfigChangeResult {
        changes,
        ..Default::default()
    };
    if result.changes.is_empty() {
        return Ok(result);
    }
    let actions = confirm_changes(&result.changes, opts.confirm, &api.target, prompt)?;
    for a in &actions {
        let topic = a.action.topic().to_string();
        let outcome = api.change(&a.action, progress).await;
        match outcome {
            Ok(()) => result.done.push(topic),
            Err(e) => result.failed.push((topic, format!("{e:#}"))),
        }
    }
    Ok(result)
}

/// `topic delete --via aws`: every name must exist before anything is
/// deleted; without record counts the data guard cannot judge, so
/// `allow_data_loss` is required. Deleting is destructive: always asked.
/// Per topic, whether it was deleted (and DescribeTopic shows it gone).
pub async fn delete_topics(
    api: &TopicsApi,
    names: &[String],
    allow_data_loss: bool,
    policy: Confirm,
    prompt: &mut dyn Prompt,
    progress: &mut dyn FnMut(&str),
) -> anyhow::Result<Vec<(String, anyhow::Result<()>)>> {
    let mut planned = Vec::new();
    for name in names {
        let t = api.require(name).await?;
        planned.push(planner::delete_topic_action(
            &t.name,
            t.partitions,
            "deletes the topic and all its data",
        ));
    }
    if !allow_data_loss {
        return Err(UsageError(format!(
            "refusing to delete through the MSK API without --allow-data-loss: {NO_RECORD_COUNTS}. Nothing was deleted. Pass --allow-data-loss if the topics may hold data, or delete through the Kafka connection, which checks"
        ))
        .into());
    }
    confirm_operation(
        policy,
        Operation::DeleteTopics,
        &format!("Delete these topics on {}?", api.target),
        prompt,
    )?;
    let mut out = Vec::new();
    for a in &planned {
        let r = api.change(&a.action, progress).await;
        out.push((a.action.topic().to_string(), r));
    }
    Ok(out)
}

/// Refuses a manifest set with documents the MSK API cannot apply.
fn check_set(set: &ManifestSet) -> anyhow::Result<()> {
    if set.acl_documents > 0 {
        return Err(unsupported("applying Acl documents"));
    }
    if set.quota_documents > 0 {
        return Err(unsupported("applying Quota documents"));
    }
    if !set.clusters.is_empty() {
        return Err(UsageError(
            "Cluster documents are planned and applied without --via (they always go through the MSK API); keep them in a separate run from the topics applied with --via aws".into(),
        )
        .into());
    }
    Ok(())
}

/// What ListTopics and DescribeTopic show, as the planner takes it:
/// configs only for the declared topics that exist.
async fn observe(api: &TopicsApi, declared: &[String]) -> anyhow::Result<Vec<ObservedTopic>> {
    let mut out = Vec::new();
    for t in api.list().await? {
        let configs = if declared.contains(&t.name) {
            match api.msk.describe_topic(&api.arn, &t.name).await? {
                Some(d) => d.configs,
                // Listed, then gone: the reads are eventually consistent.
                None => continue,
            }
        } else {
            BTreeMap::new()
        };
        out.push(ObservedTopic {
            internal: t.name.starts_with("__"),
            partitions: t.partitions,
            replication_factor: i16::try_from(t.replication_factor).unwrap_or(i16::MAX),
            name: t.name,
            configs,
            inherited: BTreeMap::new(),
            sensitive: Vec::new(),
        });
    }
    Ok(out)
}

/// `plan --via aws`: the manifests' topics against what the MSK API shows,
/// with the changes the API cannot make refused.
pub async fn plan(api: &TopicsApi, set: &ManifestSet, pruning: Pruning) -> anyhow::Result<Plan> {
    check_set(set)?;
    let owned = set.ownership.as_ref().filter(|_| pruning.prune);
    let declared: Vec<String> = set.topics.iter().map(|t| t.name.clone()).collect();
    let observed = observe(api, &declared).await?;
    let mut plan = planner::plan(
        &set.topics,
        &observed,
        planner::PlanOptions { prune: owned },
    );
    let mut kept = Vec::new();
    for a in std::mem::take(&mut plan.actions) {
        match &a.action {
            Action::ChangeReplicationFactor { topic, from, to, .. } => {
                plan.refused.push(Refusal {
                    topic: topic.clone(),
                    reason: format!(
                        "replication factor {from} -> {to}: the MSK API cannot change a replication factor; apply it through the Kafka connection (without --via aws)"
                    ),
                    unsupported: true,
                })
            }
            Action::DeleteTopic { topic, .. } if !pruning.allow_data_loss => {
                plan.refused.push(Refusal {
                    topic: topic.clone(),
                    reason: format!(
                        "not deleted: {NO_RECORD_COUNTS}; give --allow-data-loss to delete it anyway"
                    ),
                    unsupported: false,
                })
            }
            _ => kept.push(a),
        }
    }
    plan.actions = kept;
    let by_name: BTreeMap<&str, &ObservedTopic> =
        observed.iter().map(|o| (o.name.as_str(), o)).collect();
    mask(&mut plan, &by_name);
    Ok(plan)
}

/// `apply --via aws`: plans, shows, confirms, then makes each change and
/// waits until DescribeTopic shows it; stops at the first failure and says
/// what was and was not done. Returns how many changes were made.
pub async fn apply(
    api: &TopicsApi,
    set: &ManifestSet,
    pruning: Pruning,
    policy: Confirm,
    prompt: &mut dyn Prompt,
    progress: &mut Progress<'_>,
) -> anyhow::Result<usize> {
    let plan = plan(api, set, pruning).await?;
    progress(ApplyEvent::Review {
        plan: &plan,
        clusters: &[],
    })?;
    if !plan.refused.is_empty() {
        bail!(
            "the manifests ask for changes that cannot be applied (see above); nothing was changed"
        );
    }
    if plan.is_empty() {
        return Ok(0);
    }
    let changes = plan.actions.len();
    let destructive = plan.count(Safety::Destructive);
    let question = if destructive > 0 {
        format!(
            "Apply {changes} changes, {destructive} of them destructive, to {}?",
            api.target
        )
    } else {
        format!("Apply {changes} changes to {}?", api.target)
    };
    confirm_needed(policy, worst(&plan.actions), &question, prompt)?;
    let label = |a: &PlannedAction| format!("{} {}", a.action.verb(), a.action.subject());
    let mut done: Vec<String> = Vec::new();
    for (i, a) in plan.actions.iter().enumerate() {
        let l = label(a);
        let mut note = |line: &str| {
            // A wait line that cannot be shown does not undo the change.
            let _ = progress(ApplyEvent::Note(line));
        };
        let outcome = api.change(&a.action, &mut note).await;
        match outcome {
            Ok(()) => {
                progress(ApplyEvent::Action {
                    label: &l,
                    error: None,
                })?;
                done.push(l);
            }
            Err(e) => {
                let e = format!("{e:#}");
                progress(ApplyEvent::Action {
                    label: &l,
                    error: Some(&e),
                })?;
                let not_done: Vec<String> = plan.actions[i..].iter().map(label).collect();
                bail!(
                    "apply to {} stopped after a failure.\ndone ({}):\n{}\nnot done ({}):\n{}\nFix the cause and run apply again: it only does what is still missing.",
                    api.target,
                    done.len(),
                    indented_list(&done),
                    not_done.len(),
                    indented_list(&not_done)
                );
            }
        }
    }
    Ok(done.len())
}
