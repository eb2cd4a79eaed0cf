//! The topic commands with `--via aws` (or a context's `via: aws`): the
//! same arguments and output as the Kafka path, through
//! [`crate::ops::topics_aws`] and the MSK API.

use anyhow::{anyhow, bail};
use indexmap::IndexMap;
use serde::Serialize;

use super::super::{confirm_policy, regex_arg, TerminalPrompt};
use super::{
    configs_table, create_options, emit_topic_rows, partitions_table, PartitionView, TopicRow,
};
use crate::cli::{GlobalArgs, TopicCommand, TopicConfigCommand, Via};
use crate::error::Outcome;
use crate::ops::topic_alter::{AlterOutcome, AlterPartitionsOptions};
use crate::ops::topic_config::{show, ConfigChangeOptions};
use crate::ops::topic_create::CreateOutcome;
use crate::ops::topics_aws::{self, unsupported, TopicsApi};
use crate::ops::Target;
use crate::render::{emit, emit_sections, indented_list, write_stdout, Table};

/// The MSK cluster to go through when `--via aws` or the context's `via:
/// aws` says so, with the context's name; `None` for the Kafka path. A
/// connection that does not resolve is left to the Kafka path to report,
/// unless `--via aws` was given.
pub fn via_aws(global: &GlobalArgs) -> anyhow::Result<Option<(String, Option<String>)>> {
    match super::super::session(global).resolve() {
        Ok(r) if r.via == Via::Aws => match r.msk {
            Some(m) => Ok(Some((m.cluster, r.context))),
            None => bail!("via aws without an MSK cluster"),
        },
        Ok(_) => Ok(None),
        Err(e) if global.connection.via == Some(Via::Aws) => Err(e),
        Err(_) => Ok(None),
    }
}

/// Opens the MSK API for the cluster `via_aws` named.
pub async fn open(
    global: &GlobalArgs,
    cluster: &str,
    context: Option<String>,
) -> anyhow::Result<TopicsApi> {
    let aws = super::super::overrides(global).aws;
    TopicsApi::open(cluster, context, &aws, global.timeout).await
}

/// Progress of the waits for eventual consistency, on stderr.
fn progress(line: &str) {
    eprintln!("{}", crate::render::escape_control(line));
}

pub async fn run(
    cmd: &TopicCommand,
    global: &GlobalArgs,
    cluster: &str,
    context: Option<String>,
) -> anyhow::Result<Outcome> {
    // Refused before any call: nothing the API lacks is half done.
    match cmd {
        TopicCommand::Health { .. } => return Err(unsupported("topic health")),
        TopicCommand::Tail(_) => return Err(unsupported("topic tail (reading records)")),
        TopicCommand::Produce(_) => return Err(unsupported("topic produce (writing records)")),
        TopicCommand::Create {
            validate_only: true,
            ..
        } => return Err(unsupported("topic create --validate-only")),
        _ => {}
    }
    let api = open(global, cluster, context).await?;
    match cmd {
        TopicCommand::List { pattern, internal } => {
            list(global, &api, pattern.as_deref(), *internal).await
        }
        TopicCommand::Describe { name } => describe(global, &api, name).await,
        TopicCommand::Create { name, .. } => {
            let opts = create_options(cmd).ok_or_else(|| anyhow!("not a create command"))?;
            let outcome = topics_aws::create_topic(
                &api,
                &opts,
                confirm_policy(global),
                &mut TerminalPrompt,
                &mut progress,
            )
            .await?;
            write_stdout(&match outcome {
                CreateOutcome::Created => format!("topic '{name}' created"),
                CreateOutcome::AlreadyExists => format!("topic '{name}' already exists"),
                CreateOutcome::Valid => format!("topic '{name}' is valid"),
            })?;
            Ok(Outcome::Success)
        }
        TopicCommand::Delete {
            names,
            allow_data_loss,
        } => {
            let mut names = names.clone();
            names.sort();
            names.dedup();
            let results = topics_aws::delete_topics(
                &api,
                &names,
                *allow_data_loss,
                confirm_policy(global),
                &mut TerminalPrompt,
                &mut progress,
            )
            .await?;
            let mut failed = Vec::new();
            for (name, r) in results {
                match r {
                    Ok(()) => write_stdout(&format!("topic '{name}' deleted"))?,
                    Err(e) => failed.push(format!("topic '{name}': {e:#}")),
                }
            }
            match failed.len() {
                0 => Ok(Outcome::Success),
                _ => bail!("not done:\n{}", indented_list(&failed)),
            }
        }
        TopicCommand::Alter { name, partitions } => {
            let opts = AlterPartitionsOptions {
                topic: name.clone(),
                partitions: *partitions,
                confirm: confirm_policy(global),
                target: Target::default(),
            };
            let line =
                match topics_aws::alter_partitions(&api, &opts, &mut TerminalPrompt, &mut progress)
                    .await?
                {
                    AlterOutcome::Unchanged(n) => {
                        format!("topic '{name}' already has {n} partitions; nothing to do")
                    }
                    AlterOutcome::Changed { from, to } => {
                        format!("topic '{name}': partitions {from} -> {to}")
                    }
                };
            write_stdout(&line)?;
            Ok(Outcome::Success)
        }
        TopicCommand::Config(c) => config(global, &api, c).await,
        TopicCommand::Health { .. } | TopicCommand::Tail(_) | TopicCommand::Produce(_) => {
            Err(unsupported("this topic command"))
        }
    }
}

async fn list(
    global: &GlobalArgs,
    api: &TopicsApi,
    pattern: Option<&str>,
    internal: bool,
) -> anyhow::Result<Outcome> {
    let re = regex_arg("--pattern", pattern)?;
    let topics = api.list().await?;
    let rows: Vec<TopicRow> = topics
        .iter()
        .map(|t| TopicRow {
            name: &t.name,
            partitions: usize::try_from(t.partitions).unwrap_or(0),
            replication_factor: usize::try_from(t.replication_factor).unwrap_or(0),
            internal: t.name.starts_with("__"),
        })
        .filter(|r| internal || !r.internal)
        .filter(|r| re.as_ref().is_none_or(|x| x.is_match(r.name)))
        .collect();
    emit_topic_rows(global.output, &rows)
}

/// DescribeTopic's status alongside the partitions and configs.
#[derive(Serialize)]
struct TopicView {
    name: String,
    status: String,
    partitions: Vec<PartitionView>,
    configs: IndexMap<String, String>,
}

async fn describe(global: &GlobalArgs, api: &TopicsApi, name: &str) -> anyhow::Result<Outcome> {
    let (topic, partitions) = api.describe(name).await?;
    let view = TopicView {
        name: topic.name.clone(),
        status: topic.status.clone(),
        partitions: partitions
            .iter()
            .map(|p| PartitionView {
                partition: p.partition,
                leader: p.leader,
                replicas: p.replicas.clone(),
                isr: p.isr.clone(),
            })
            .collect(),
        configs: topic
            .configs
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    };
    emit_sections(global.output, &view, || {
        let mut summary = Table::new(["TOPIC", "PARTITIONS", "REPLICATION", "STATUS"]);
        summary.row([
            topic.name.clone(),
            topic.partitions.to_string(),
            topic.replication_factor.to_string(),
            topic.status.clone(),
        ]);
        vec![
            ("Topic".to_string(), summary),
            ("Partitions".to_string(), partitions_table(&view.partitions)),
            (
                "Configs (as DescribeTopic returns them)".to_string(),
                configs_table(&view.configs),
            ),
        ]
    })?;
    Ok(Outcome::Success)
}

#[derive(Serialize)]
struct ConfigRow<'a> {
    name: &'a str,
    value: &'a str,
    source: &'static str,
}

async fn config(
    global: &GlobalArgs,
    api: &TopicsApi,
    cmd: &TopicConfigCommand,
) -> anyhow::Result<Outcome> {
    let (name, set, delete) = match cmd {
        TopicConfigCommand::Get { name, all: _ } => {
            // DescribeTopic returns one set of configs; there are no
            // broker defaults to add for --all.
            let topic = api.require(name).await?;
            let rows: Vec<ConfigRow> = topic
                .configs
                .iter()
                .map(|(k, v)| ConfigRow {
                    name: k,
                    value: v,
                    source: "MSK_API",
                })
                .collect();
            emit(global.output, &rows, || {
                let mut t = Table::new(["CONFIG", "VALUE", "SOURCE"]);
                for r in &rows {
                    t.row([
                        r.name.to_string(),
                        r.value.to_string(),
                        r.source.to_string(),
                    ]);
                }
                t
            })?;
            return Ok(Outcome::Success);
        }
        TopicConfigCommand::Set { name, configs } => (name, configs.clone(), Vec::new()),
        TopicConfigCommand::Delete { name, keys } => {
            let mut keys = keys.clone();
            keys.sort();
            keys.dedup();
            (name, Vec::new(), keys)
        }
    };
    let opts = ConfigChangeOptions {
        topics: vec![name.clone()],
        set,
        delete,
        confirm: confirm_policy(global),
        target: api.target.clone(),
    };
    let result = topics_aws::change_configs(api, &opts, &mut TerminalPrompt, &mut progress).await?;
    if result.changes.is_empty() {
        write_stdout("configs already as requested; nothing to do")?;
        return Ok(Outcome::Success);
    }
    let lines: Vec<String> = result
        .changes
        .iter()
        .filter(|c| result.done.contains(&c.topic))
        .flat_map(|c| {
            c.values
                .iter()
                .map(move |v| format!("topic '{}': {}", c.topic, show(v)))
        })
        .collect();
    if !lines.is_empty() {
        write_stdout(&lines.join("\n"))?;
    }
    if result.failed.is_empty() {
        return Ok(Outcome::Success);
    }
    let failed: Vec<String> = result.failed.iter().map(|(_, e)| e.clone()).collect();
    bail!("not done ({}):\n{}", failed.len(), indented_list(&failed))
}
