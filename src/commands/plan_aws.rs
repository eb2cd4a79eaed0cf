//! `plan` and `apply` with `--via aws`: Topic and TopicSet documents
//! through the MSK API ([`crate::ops::topics_aws`]).

use super::plan::show;
use super::topic::aws_open;
use super::{confirm_policy, TerminalPrompt};
use crate::cli::{ApplyArgs, GlobalArgs, OutputFormat, PlanArgs};
use crate::error::Outcome;
use crate::ops::apply::{self, ApplyEvent, Pruning};
use crate::ops::topics_aws::{self, unsupported, STALE_NOTE};
use crate::render::plan::render_text;
use crate::render::write_stdout;

pub async fn plan(
    args: &PlanArgs,
    global: &GlobalArgs,
    cluster: &str,
    context: Option<String>,
) -> anyhow::Result<Outcome> {
    if args.out.is_some() {
        return Err(unsupported("plan --out"));
    }
    let pruning = Pruning {
        prune: args.prune,
        allow_data_loss: args.allow_data_loss,
    };
    let vars = super::manifest_vars(&args.manifests.vars, global)?;
    let set = load(&args.manifests.files, &vars, pruning.prune)?;
    let api = aws_open(global, cluster, context).await?;
    let plan = topics_aws::plan(&api, &set, pruning).await?;
    let text = render_text(&plan, &[], global.output)?;
    // The note is part of the plan a person reads; JSON and YAML stay
    // parseable, so there it goes to stderr.
    match global.output {
        OutputFormat::Json | OutputFormat::Yaml => {
            write_stdout(&text)?;
            eprintln!("{STALE_NOTE}");
        }
        _ => write_stdout(&format!("{text}\n{STALE_NOTE}"))?,
    }
    if !plan.refused.is_empty() {
        anyhow::bail!(
            "{} change{} in the manifests cannot be applied (see above)",
            plan.refused.len(),
            if plan.refused.len() == 1 { "" } else { "s" }
        );
    }
    if args.exit_code && !plan.is_empty() {
        return Ok(Outcome::ChangesPending);
    }
    Ok(Outcome::Success)
}

pub async fn apply(
    args: &ApplyArgs,
    global: &GlobalArgs,
    cluster: &str,
    context: Option<String>,
) -> anyhow::Result<Outcome> {
    if args.plan.is_some() {
        return Err(unsupported("apply --plan"));
    }
    let pruning = Pruning {
        prune: args.prune,
        allow_data_loss: args.allow_data_loss,
    };
    let vars = super::manifest_vars(&args.vars, global)?;
    let set = load(&args.files, &vars, pruning.prune)?;
    let api = aws_open(global, cluster, context).await?;
    let policy = confirm_policy(global);
    let count = topics_aws::apply(
        &api,
        &set,
        pruning,
        policy,
        &mut TerminalPrompt,
        &mut show(policy),
    )
    .await?;
    if count > 0 {
        eprintln!(
            "Apply complete: {count} changes made to {} (each shown by DescribeTopic).",
            api.target
        );
    }
    Ok(Outcome::Success)
}

/// The manifests, checked offline as `plan` and `apply` check them.
fn load(
    files: &[std::path::PathBuf],
    vars: &crate::manifest::vars::Vars,
    prune: bool,
) -> anyhow::Result<crate::manifest::ManifestSet> {
    let mut report = |e: ApplyEvent<'_>| {
        if let ApplyEvent::Manifest(line) = e {
            eprintln!("{line}");
        }
        Ok(())
    };
    let set = apply::load(files, vars, &mut report)?;
    if prune {
        if let Some(why) = set.prune_refusal() {
            anyhow::bail!("{why}");
        }
    }
    Ok(set)
}
