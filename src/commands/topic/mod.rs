mod messages;

use std::collections::BTreeMap;

use anyhow::{anyhow, bail};
use indexmap::IndexMap;
use serde::Serialize;

use super::{
    confirm_on, confirm_policy, connect, connect_with_target, regex_arg, run_config_change,
    TerminalPrompt,
};
use crate::cli::{GlobalArgs, TopicCommand, TopicConfigCommand};
use crate::error::Outcome;
use crate::kafka::admin::{ConfigEntry, PartitionInfo, TopicInfo};
use crate::ops::topic_alter::{self, AlterOutcome, AlterPartitionsOptions};
use crate::ops::topic_config::ConfigChangeOptions;
use crate::ops::topic_create::{self, CreateOutcome, CreateTopicOptions};
use crate::ops::Target;
use crate::render::{emit, emit_sections, write_stdout, Table};

pub async fn run(cmd: &TopicCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    match cmd {
        TopicCommand::List { pattern, internal } => {
            list(global, pattern.as_deref(), *internal).await
        }
        TopicCommand::Describe { name } => describe(global, name).await,
        TopicCommand::Create {
            name,
            partitions,
            replication_factor,
            configs,
            if_not_exists,
            validate_only,
        } => {
            let opts = CreateTopicOptions {
                name: name.clone(),
                partitions: *partitions,
                replication_factor: *replication_factor,
                configs: configs.clone(),
                if_not_exists: *if_not_exists,
                validate_only: *validate_only,
            };
            create(global, opts).await
        }
        TopicCommand::Delete {
            names,
            allow_data_loss,
        } => delete(global, names, *allow_data_loss).await,
        TopicCommand::Alter { name, partitions } => alter(global, name, *partitions).await,
        TopicCommand::Config(c) => config(global, c).await,
        TopicCommand::Health { topic } => health(global, topic.as_deref()).await,
        TopicCommand::Tail(args) => messages::tail(global, args).await,
        TopicCommand::Produce(args) => messages::produce(global, args).await,
    }
}

#[derive(Serialize)]
struct TopicRow<'a> {
    name: &'a str,
    partitions: usize,
    replication_factor: usize,
    internal: bool,
}

async fn list(
    global: &GlobalArgs,
    pattern: Option<&str>,
    internal: bool,
) -> anyhow::Result<Outcome> {
    let re = regex_arg("--pattern", pattern)?;
    let admin = connect(global).await?;
    let topics = admin.list_topics().await?;
    let rows: Vec<TopicRow> = topics
        .iter()
        .filter(|t| internal || !t.internal)
        .filter(|t| re.as_ref().is_none_or(|r| r.is_match(&t.name)))
        .map(|t| TopicRow {
            name: &t.name,
            partitions: t.partitions.len(),
            replication_factor: t.replication_factor(),
            internal: t.internal,
        })
        .collect();
    emit(global.output, &rows, || {
        let mut t = Table::new(["NAME", "PARTITIONS", "REPLICATION"]);
        for r in &rows {
            t.row([
                r.name.to_string(),
                r.partitions.to_string(),
                r.replication_factor.to_string(),
            ]);
        }
        t
    })?;
    Ok(Outcome::Success)
}

#[derive(Serialize)]
struct PartitionView {
    partition: i32,
    leader: Option<i32>,
    replicas: Vec<i32>,
    isr: Vec<i32>,
}

#[derive(Serialize)]
struct TopicView {
    name: String,
    partitions: Vec<PartitionView>,
    configs: IndexMap<String, String>,
}

fn ids(v: &[i32]) -> String {
    v.iter()
        .map(|b| b.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

fn leader_cell(p: &PartitionInfo) -> String {
    p.leader
        .map(|l| l.to_string())
        .unwrap_or_else(|| "none".into())
}

async fn describe(global: &GlobalArgs, name: &str) -> anyhow::Result<Outcome> {
    let admin = connect(global).await?;
    let names = [name.to_string()];
    let (topics, configs) = futures::join!(admin.require_topics(&names), admin.topic_configs(name));
    let topic = topics?
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("topic '{name}' not found"))?;
    let configs = configs?;
    let view = TopicView {
        name: topic.name.clone(),
        partitions: topic
            .partitions
            .iter()
            .map(|p| PartitionView {
                partition: p.partition,
                leader: p.leader,
                replicas: p.replicas.clone(),
                isr: p.isr.clone(),
            })
            .collect(),
        configs: configs
            .iter()
            .filter(|c| c.is_override(true))
            .map(|c| (c.name.clone(), c.display_value()))
            .collect(),
    };
    emit_sections(global.output, &view, || {
        let mut summary = Table::new(["TOPIC", "PARTITIONS", "REPLICATION", "INTERNAL"]);
        summary.row([
            topic.name.clone(),
            topic.partitions.len().to_string(),
            topic.replication_factor().to_string(),
            topic.internal.to_string(),
        ]);
        let mut parts = Table::new(["PARTITION", "LEADER", "REPLICAS", "ISR"]);
        for p in &topic.partitions {
            parts.row([
                p.partition.to_string(),
                leader_cell(p),
                ids(&p.replicas),
                ids(&p.isr),
            ]);
        }
        let mut cfg = Table::new(["CONFIG", "VALUE"]);
        for (k, v) in &view.configs {
            cfg.row([k.clone(), v.clone()]);
        }
        vec![
            ("Topic".to_string(), summary),
            ("Partitions".to_string(), parts),
            ("Configs (non-default)".to_string(), cfg),
        ]
    })?;
    Ok(Outcome::Success)
}

async fn create(global: &GlobalArgs, opts: CreateTopicOptions) -> anyhow::Result<Outcome> {
    topic_create::check(&opts)?;
    let (admin, target) = connect_with_target(global).await?;
    let name = &opts.name;
    if !opts.validate_only {
        // Judged by the rulebook like a manifest's new topic (safe), and
        // the cluster named before it is created.
        let action = crate::plan::create_topic_action(
            name,
            opts.partitions,
            opts.replication_factor,
            opts.configs.iter().cloned().collect(),
        );
        crate::ops::confirm::confirm(
            confirm_policy(global),
            action.safety,
            "",
            &format!(
                "Create topic '{name}' ({} partitions, replication factor {}) on {target}?",
                opts.partitions, opts.replication_factor
            ),
            &mut super::TerminalPrompt,
        )?;
    }
    let line = match topic_create::create_topic(&admin, &opts).await? {
        CreateOutcome::Valid => format!("topic '{name}' is valid (not created: --validate-only)"),
        CreateOutcome::Created => format!("topic '{name}' created"),
        CreateOutcome::AlreadyExists => format!("topic '{name}' already exists"),
    };
    write_stdout(&line)?;
    Ok(Outcome::Success)
}

async fn delete(
    global: &GlobalArgs,
    names: &[String],
    allow_data_loss: bool,
) -> anyhow::Result<Outcome> {
    let (admin, target) = connect_with_target(global).await?;
    let mut names = names.to_vec();
    names.sort();
    names.dedup();
    // Check every name first so a typo fails the whole command before
    // anything is deleted.
    let topics = admin.require_topics(&names).await?;
    // The same data guard as apply --prune: a topic holding records or
    // read by a group goes only with --allow-data-loss.
    let usage = admin.topic_usage(&topics).await?;
    let loss = |name: &str| usage.get(name).and_then(|u| u.loss());
    if !allow_data_loss {
        let in_use: Vec<String> = topics
            .iter()
            .filter_map(|t| loss(&t.name).map(|l| format!("  {}: {l}", t.name)))
            .collect();
        if !in_use.is_empty() {
            bail!(
                "refusing to delete topics in use; nothing was deleted (give --allow-data-loss to delete them anyway):\n{}",
                in_use.join("\n")
            );
        }
    }
    let summary = topics
        .iter()
        .map(|t| match loss(&t.name) {
            Some(l) => format!(
                "  {} ({} partitions): DATA LOSS: {l}",
                t.name,
                t.partitions.len()
            ),
            None => format!("  {} ({} partitions, empty)", t.name, t.partitions.len()),
        })
        .collect::<Vec<_>>()
        .join("\n");
    eprintln!(
        "About to delete {} topic(s) and all their data:\n{summary}",
        topics.len()
    );
    confirm_on(global, &target, "Delete these topics?")?;
    let results = admin.delete_topics(&names).await?;
    report_items(results, "deleted")
}

/// Prints one line per resource and fails (exit 1) if any failed, after
/// saying which succeeded.
fn report_items(
    results: Vec<(String, Result<(), crate::kafka::KafkaError>)>,
    verb: &str,
) -> anyhow::Result<Outcome> {
    let mut failed = Vec::new();
    let mut lines = Vec::new();
    for (name, r) in results {
        match r {
            Ok(()) => lines.push(format!("topic '{name}' {verb}")),
            Err(e) => failed.push(e.to_string()),
        }
    }
    if !lines.is_empty() {
        write_stdout(&lines.join("\n"))?;
    }
    match failed.len() {
        0 => Ok(Outcome::Success),
        _ => bail!("{}", failed.join("\n")),
    }
}

async fn alter(global: &GlobalArgs, name: &str, partitions: i32) -> anyhow::Result<Outcome> {
    let mut opts = AlterPartitionsOptions {
        topic: name.to_string(),
        partitions,
        confirm: confirm_policy(global),
        target: Target::default(),
    };
    topic_alter::check(&opts)?;
    let (admin, target) = connect_with_target(global).await?;
    opts.target = target;
    let line = match topic_alter::alter_partitions(&admin, &opts, &mut TerminalPrompt).await? {
        AlterOutcome::Unchanged(n) => {
            format!("topic '{name}' already has {n} partitions; nothing to do")
        }
        AlterOutcome::Changed { from, to } => format!("topic '{name}': partitions {from} -> {to}"),
    };
    write_stdout(&line)?;
    Ok(Outcome::Success)
}

#[derive(Serialize)]
struct ConfigRow<'a> {
    name: &'a str,
    value: String,
    source: &'static str,
    sensitive: bool,
    read_only: bool,
}

async fn config(global: &GlobalArgs, cmd: &TopicConfigCommand) -> anyhow::Result<Outcome> {
    match cmd {
        TopicConfigCommand::Get { name, all } => {
            let admin = connect(global).await?;
            // Metadata alongside: some brokers answer DescribeConfigs for a
            // topic that does not exist with an empty list instead of an error.
            let names = [name.clone()];
            let (exists, entries) =
                futures::join!(admin.require_topics(&names), admin.topic_configs(name));
            exists?;
            let entries = entries?;
            let shown: Vec<&ConfigEntry> = entries
                .iter()
                .filter(|c| *all || c.is_override(true))
                .collect();
            let rows: Vec<ConfigRow> = shown
                .iter()
                .map(|c| ConfigRow {
                    name: &c.name,
                    value: c.display_value(),
                    source: c.source.name(),
                    sensitive: c.sensitive,
                    read_only: c.read_only,
                })
                .collect();
            emit(global.output, &rows, || {
                let mut t = Table::new(["CONFIG", "VALUE", "SOURCE"]);
                for r in &rows {
                    t.row([r.name.to_string(), r.value.clone(), r.source.to_string()]);
                }
                t
            })?;
            Ok(Outcome::Success)
        }
        TopicConfigCommand::Set { name, configs } => {
            change_configs(global, name, configs.clone(), Vec::new()).await
        }
        TopicConfigCommand::Delete { name, keys } => {
            let mut keys = keys.clone();
            keys.sort();
            keys.dedup();
            change_configs(global, name, Vec::new(), keys).await
        }
    }
}

async fn change_configs(
    global: &GlobalArgs,
    name: &str,
    set: Vec<(String, String)>,
    delete: Vec<String>,
) -> anyhow::Result<Outcome> {
    let opts = ConfigChangeOptions {
        topics: vec![name.to_string()],
        set,
        delete,
        confirm: confirm_policy(global),
        target: Target::default(),
    };
    run_config_change(global, opts).await
}

#[derive(Serialize)]
struct HealthProblem {
    topic: String,
    partition: i32,
    leader: Option<i32>,
    replicas: Vec<i32>,
    isr: Vec<i32>,
    min_insync_replicas: Option<i64>,
    problems: Vec<&'static str>,
}

#[derive(Serialize)]
struct HealthReport {
    topics_checked: usize,
    partitions_checked: usize,
    healthy: bool,
    problems: Vec<HealthProblem>,
}

async fn health(global: &GlobalArgs, topic_re: Option<&str>) -> anyhow::Result<Outcome> {
    let re = regex_arg("--topic", topic_re)?;
    let admin = connect(global).await?;
    let topics: Vec<TopicInfo> = admin
        .list_topics()
        .await?
        .into_iter()
        .filter(|t| re.as_ref().is_none_or(|r| r.is_match(&t.name)))
        .collect();
    // min.insync.replicas is per topic (with the broker default inherited),
    // so read it for every checked topic in batched DescribeConfigs.
    let names: Vec<String> = topics.iter().map(|t| t.name.clone()).collect();
    let configs = admin.describe_topic_configs(&names).await?;
    let min_isr: BTreeMap<&str, Option<i64>> = topics
        .iter()
        .map(|t| {
            let v = configs
                .get(&t.name)
                .and_then(|r| r.as_ref().ok())
                .and_then(|entries| entries.iter().find(|c| c.name == "min.insync.replicas"))
                .and_then(|c| c.value.as_deref())
                .and_then(|v| v.parse::<i64>().ok());
            (t.name.as_str(), v)
        })
        .collect();

    let report = health_report(&topics, &min_isr);
    let healthy = report.healthy;
    emit(global.output, &report, || {
        let mut t = Table::new([
            "TOPIC",
            "PARTITION",
            "LEADER",
            "REPLICAS",
            "ISR",
            "MIN ISR",
            "PROBLEMS",
        ]);
        for p in &report.problems {
            t.row([
                p.topic.clone(),
                p.partition.to_string(),
                p.leader
                    .map(|l| l.to_string())
                    .unwrap_or_else(|| "none".into()),
                ids(&p.replicas),
                ids(&p.isr),
                p.min_insync_replicas
                    .map(|m| m.to_string())
                    .unwrap_or_else(|| "?".into()),
                p.problems.join(", "),
            ]);
        }
        t
    })?;
    if healthy {
        eprintln!(
            "all {} partitions of {} topics are healthy",
            report.partitions_checked, report.topics_checked
        );
        Ok(Outcome::Success)
    } else {
        eprintln!(
            "{} of {} partitions have problems",
            report.problems.len(),
            report.partitions_checked
        );
        Ok(Outcome::CheckFailed)
    }
}

fn health_report(topics: &[TopicInfo], min_isr: &BTreeMap<&str, Option<i64>>) -> HealthReport {
    let mut problems = Vec::new();
    let mut partitions_checked = 0;
    for t in topics {
        let min = min_isr.get(t.name.as_str()).copied().flatten();
        for p in &t.partitions {
            partitions_checked += 1;
            let mut found = Vec::new();
            if p.leader.is_none() {
                found.push("offline");
            }
            if p.isr.len() < p.replicas.len() {
                found.push("under-replicated");
            }
            if min.is_some_and(|m| (p.isr.len() as i64) < m) {
                found.push("under-min-isr");
            }
            if !found.is_empty() {
                problems.push(HealthProblem {
                    topic: t.name.clone(),
                    partition: p.partition,
                    leader: p.leader,
                    replicas: p.replicas.clone(),
                    isr: p.isr.clone(),
                    min_insync_replicas: min,
                    problems: found,
                });
            }
        }
    }
    HealthReport {
        topics_checked: topics.len(),
        partitions_checked,
        healthy: problems.is_empty(),
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topic(parts: Vec<(Option<i32>, Vec<i32>, Vec<i32>)>) -> TopicInfo {
        TopicInfo {
            name: "t".into(),
            internal: false,
            partitions: parts
                .into_iter()
                .enumerate()
                .map(|(i, (leader, replicas, isr))| PartitionInfo {
                    partition: i as i32,
                    leader,
                    replicas,
                    isr,
                    offline_replicas: vec![],
                })
                .collect(),
        }
    }

    #[test]
    fn health_classifies_each_problem() {
        let t = topic(vec![
            (Some(1), vec![1, 2, 3], vec![1, 2, 3]),
            (Some(1), vec![1, 2, 3], vec![1, 2]),
            (Some(1), vec![1, 2, 3], vec![1]),
            (None, vec![1, 2, 3], vec![]),
        ]);
        let min: BTreeMap<&str, Option<i64>> = [("t", Some(2))].into_iter().collect();
        let r = health_report(&[t], &min);
        assert_eq!(r.partitions_checked, 4);
        let got: Vec<(i32, Vec<&str>)> = r
            .problems
            .iter()
            .map(|p| (p.partition, p.problems.clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, vec!["under-replicated"]),
                (2, vec!["under-replicated", "under-min-isr"]),
                (3, vec!["offline", "under-replicated", "under-min-isr"]),
            ]
        );
    }
}
