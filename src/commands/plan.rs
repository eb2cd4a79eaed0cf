//! `plan` (alias `diff`) and `apply`: manifests -> live state -> actions.
//! The workflow is [`crate::ops::apply`]; this file turns the arguments into
//! its options, connects where it asks, and shows what it reports.

use std::io::IsTerminal;

use super::{confirm_policy, msk_client, TerminalPrompt};
use crate::cli::{ApplyArgs, GlobalArgs, OutputFormat, PlanArgs};
use crate::error::Outcome;
use crate::kafka::Admin;
use crate::manifest::ManifestSet;
use crate::msk::apply::ApplyProgress;
use crate::msk::Msk;
use crate::ops::apply::{self, Applied, ApplyEvent, ApplyOptions, Connector, PlanOptions, Pruning};
use crate::ops::Confirm;
use crate::render::plan::render_text;
use crate::render::write_stdout;
use crate::session::Session;

pub async fn plan(args: &PlanArgs, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    if let Some((cluster, context)) = super::topic::via_aws(global)? {
        return super::plan_aws::plan(args, global, &cluster, context).await;
    }
    let opts = PlanOptions {
        files: args.manifests.files.clone(),
        vars: super::manifest_vars(&args.manifests.vars, global)?,
        pruning: Pruning {
            prune: args.prune,
            allow_data_loss: args.allow_data_loss,
        },
        saving: args.out.is_some(),
    };
    let mut conn = Connections { global };
    // `plan` asks nothing: only manifest problems are reported as it goes.
    let planned = apply::plan(&mut conn, &opts, &mut show(Confirm::Refuse)).await?;
    write_stdout(&render_text(
        &planned.plan,
        &planned.clusters,
        global.output,
    )?)?;
    if let Some(path) = &args.out {
        apply::save(path, &planned)?;
        eprintln!(
            "plan saved to {} (apply it with: mskctl apply --plan {})",
            path.display(),
            path.display()
        );
    }
    planned.check_applicable()?;
    if args.exit_code && planned.pending() {
        return Ok(Outcome::ChangesPending);
    }
    Ok(Outcome::Success)
}

pub async fn apply(args: &ApplyArgs, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    if let Some((cluster, context)) = super::topic::via_aws(global)? {
        return super::plan_aws::apply(args, global, &cluster, context).await;
    }
    let opts = ApplyOptions {
        files: args.files.clone(),
        vars: super::manifest_vars(&args.vars, global)?,
        saved_plan: args.plan.clone(),
        pruning: Pruning {
            prune: args.prune,
            allow_data_loss: args.allow_data_loss,
        },
        confirm: confirm_policy(global),
        region: region_of(global),
    };
    let mut conn = Connections { global };
    let applied = apply::apply(
        &mut conn,
        &opts,
        &mut TerminalPrompt,
        &mut show(opts.confirm),
    )
    .await?;
    if let Applied::Changes { count, target } = applied {
        eprintln!("Apply complete: {count} changes made to {target}.");
    }
    Ok(Outcome::Success)
}

/// Shows what the workflow reports: the plan and action results on stdout,
/// everything else on stderr.
pub(super) fn show(confirm: Confirm) -> impl FnMut(ApplyEvent<'_>) -> anyhow::Result<()> + Send {
    move |event| {
        match event {
            ApplyEvent::Manifest(line) | ApplyEvent::Note(line) => eprintln!("{line}"),
            ApplyEvent::Review { plan, clusters } => {
                let shown = render_text(plan, clusters, OutputFormat::Table)?;
                write_stdout(&shown).ok();
                // With stdout in a file and a question coming on the
                // terminal, the plan goes to the terminal too: nobody
                // answers a question about a plan they cannot see.
                if confirm == Confirm::Prompt && !std::io::stdout().is_terminal() {
                    eprintln!("{shown}");
                }
            }
            ApplyEvent::Refused { plan } => {
                write_stdout(&render_text(plan, &[], OutputFormat::Table)?)?
            }
            ApplyEvent::Cluster { cluster, progress } => cluster_progress(cluster, progress),
            ApplyEvent::Action { label, error: None } => write_stdout(&format!("ok      {label}"))?,
            ApplyEvent::Action {
                label,
                error: Some(e),
            } => write_stdout(&format!("FAILED  {label}: {e}"))?,
        }
        Ok(())
    }
}

fn cluster_progress(name: &str, p: &ApplyProgress) {
    match p {
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
    }
}

/// The connections `plan` and `apply` open, from the flags and contexts.
struct Connections<'a> {
    global: &'a GlobalArgs,
}

impl Connector for Connections<'_> {
    type Msk = Msk;

    async fn kafka(&mut self, manifests: Option<&ManifestSet>) -> anyhow::Result<(Admin, String)> {
        match manifests {
            Some(set) => connect_for(self.global, set).await,
            None => connect_named(self.global).await,
        }
    }

    async fn msk(&mut self) -> anyhow::Result<Msk> {
        msk_client(self.global).await
    }
}

/// Connects as [`super::connect`] does, also naming what was connected to.
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
pub(super) fn region_of(global: &GlobalArgs) -> String {
    global
        .aws
        .region
        .clone()
        .or_else(|| std::env::var("AWS_REGION").ok())
        .or_else(|| std::env::var("AWS_DEFAULT_REGION").ok())
        .unwrap_or_else(|| "the profile's region".to_string())
}

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
