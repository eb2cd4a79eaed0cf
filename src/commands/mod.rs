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

/// Resolves the connection (flags > env > context) and connects.
pub async fn connect(global: &GlobalArgs) -> anyhow::Result<Admin> {
    let settings = crate::context::resolve(global)?;
    let admin = Admin::connect(settings, global.timeout).await?;
    Ok(admin)
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
