//! One file per command group. Each turns parsed arguments into calls on the
//! library (`kafka::Admin`, `context`) and renders the result; terminal
//! interaction (confirmation prompts) lives here and nowhere below.

pub mod acl;
pub mod broker;
pub mod cluster;
pub mod completions;
pub mod config;
pub mod export;
pub mod group;
pub mod partition;
pub mod plan;
pub mod retention;
pub mod schema;
pub mod topic;
pub mod validate;

use std::io::{BufRead, IsTerminal, Write};

use anyhow::{bail, Context as _};
use regex::Regex;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::error::{Outcome, UsageError};
use crate::kafka::Admin;

pub async fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let global = &cli.global;
    match &cli.command {
        Command::Config(cmd) => config::run(cmd, global).await,
        Command::Topic(cmd) => topic::run(cmd, global).await,
        Command::Retention(cmd) => retention::run(cmd, global).await,
        Command::Broker(cmd) => broker::run(cmd, global).await,
        Command::Partition(cmd) => partition::run(cmd, global).await,
        Command::Group(cmd) => group::run(cmd, global).await,
        Command::Acl(cmd) => acl::run(cmd, global).await,
        Command::Cluster(cmd) => cluster::run(cmd, global).await,
        Command::Validate(args) => validate::run(args, global),
        Command::Plan(args) => plan::plan(args, global).await,
        Command::Apply(args) => plan::apply(args, global).await,
        Command::Export { pattern, internal } => {
            export::run(global, pattern.as_deref(), *internal).await
        }
        Command::Schema => schema::run(global),
        Command::Completions { shell } => completions::run(*shell),
    }
}

/// Resolves the connection (flags > env > context) and connects. A context
/// (or `--msk-cluster`) naming an MSK cluster gets its bootstrap servers
/// from GetBootstrapBrokers first.
pub async fn connect(global: &GlobalArgs) -> anyhow::Result<Admin> {
    let settings = resolve_connection(global).await?;
    let admin = Admin::connect(settings, global.timeout).await?;
    Ok(admin)
}

/// [`crate::context::resolve`], with MSK bootstrap servers looked up.
pub async fn resolve_connection(
    global: &GlobalArgs,
) -> anyhow::Result<crate::context::ConnectionSettings> {
    let mut settings = crate::context::resolve(global)?;
    if let Some(m) = settings.msk.clone() {
        let msk = cluster::msk_client(global).await?;
        let arn = msk.resolve(&m.cluster).await?;
        let servers = msk.bootstrap(&arn, m.auth, m.public).await?;
        settings.bootstrap_servers =
            crate::context::parse_bootstrap_servers(&servers).map_err(|e| {
                anyhow::anyhow!(
                    "MSK returned unusable bootstrap brokers for {}: {e}",
                    m.cluster
                )
            })?;
        if settings.bootstrap_servers.is_empty() {
            bail!("MSK returned no bootstrap brokers for {}", m.cluster);
        }
    }
    Ok(settings)
}

/// The MSK listener to use for a cluster when nothing says otherwise: the
/// first client authentication it offers (IAM first), else the listener its
/// in-transit encryption offers to unauthenticated clients.
pub fn listener_for(
    auth: &crate::msk::model::ClientAuth,
    encryption: Option<&crate::msk::model::Encryption>,
) -> crate::cli::MskAuthArg {
    // No encryption stated means MSK's default, TLS only.
    let client_broker = encryption.cloned().unwrap_or_default().client_broker;
    crate::msk::client::BootstrapAuth::for_cluster(auth, client_broker).into()
}

/// Asks before a destructive change. `--yes` answers for scripts; without a
/// terminal and without `--yes` the answer is no, so a pipeline can never
/// delete by accident.
pub fn confirm(global: &GlobalArgs, question: &str) -> anyhow::Result<()> {
    if global.yes {
        return Ok(());
    }
    let stdin = std::io::stdin();
    if !stdin.is_terminal() || !std::io::stderr().is_terminal() {
        bail!("{question} Refusing without --yes: there is no terminal to confirm on, and nothing was changed.");
    }
    let mut err = std::io::stderr().lock();
    write!(err, "{question} [y/N] ").context("cannot write the prompt")?;
    err.flush().ok();
    let mut answer = String::new();
    stdin
        .lock()
        .read_line(&mut answer)
        .context("cannot read the answer")?;
    match answer.trim().to_ascii_lowercase().as_str() {
        "y" | "yes" => Ok(()),
        _ => bail!("not confirmed; nothing was changed"),
    }
}

/// Compiles a `--pattern`/`--topic` regular expression; a bad one is a
/// usage error.
pub fn regex_arg(flag: &str, pattern: Option<&str>) -> anyhow::Result<Option<Regex>> {
    pattern
        .map(|p| {
            Regex::new(p)
                .map_err(|e| UsageError(format!("invalid {flag} regular expression: {e}")).into())
        })
        .transpose()
}
