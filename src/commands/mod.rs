//! One file per command group. Each turns parsed arguments into calls on the
//! library (`kafka::Admin`, `context`) and renders the result; terminal
//! interaction (confirmation prompts) lives here and nowhere below.

pub mod acl;
pub mod broker;
pub mod cluster;
pub mod completions;
pub mod config;
pub mod export;
pub mod express;
pub mod group;
pub mod partition;
pub mod plan;
mod plan_aws;
pub mod quota;
pub mod rerun;
pub mod retention;
pub mod schema;
pub mod schema_registry;
pub mod topic;
pub mod validate;

use std::io::{BufRead, IsTerminal, Write};
use std::time::Duration;

use anyhow::{bail, Context as _};
use regex::Regex;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::context::Overrides;
use crate::error::{Outcome, UsageError};
use crate::kafka::Admin;
use crate::msk::aws::AwsSettings;
use crate::msk::Msk;
use crate::ops::topic_config::{self, ConfigChangeOptions};
use crate::ops::{Confirm, Prompt, Target};
use crate::render::{indented_list, write_stdout};
use crate::session::Session;

pub async fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let global = &cli.global;
    if let Some(what) = kafka_only(&cli.command) {
        if topic::via_aws(global)?.is_some() {
            return Err(crate::ops::topics_aws::unsupported(what));
        }
    }
    match &cli.command {
        Command::Config(cmd) => config::run(cmd, global).await,
        Command::Topic(cmd) => topic::run(cmd, global).await,
        Command::Retention(cmd) => retention::run(cmd, global).await,
        Command::Broker(cmd) => broker::run(cmd, global).await,
        Command::Partition(cmd) => partition::run(cmd, global).await,
        Command::Group(cmd) => group::run(cmd, global).await,
        Command::Acl(cmd) => acl::run(cmd, global).await,
        Command::Quota(cmd) => quota::run(cmd, global).await,
        Command::User(cmd) => quota::run_user(cmd, global).await,
        Command::Cluster(cmd) => cluster::run(cmd, global).await,
        Command::Validate(args) => validate::run(args, global),
        Command::Plan(args) => plan::plan(args, global).await,
        Command::Apply(args) => plan::apply(args, global).await,
        Command::Export { pattern, internal } => {
            export::run(global, pattern.as_deref(), *internal).await
        }
        Command::SchemaRegistry(cmd) => schema_registry::run(cmd, global).await,
        Command::Schema => schema::run(global),
        Command::Completions { shell } => completions::run(*shell),
    }
}

/// The command groups that need the Kafka connection whatever `--via`
/// says: the MSK API has no calls for them.
fn kafka_only(command: &Command) -> Option<&'static str> {
    Some(match command {
        Command::Retention(_) => "retention (use topic config set|get retention.ms)",
        Command::Broker(_) => "broker",
        Command::Partition(_) => "partition (reassignment, leader election)",
        Command::Group(_) => "group (consumer groups)",
        Command::Acl(_) => "acl",
        Command::Quota(_) => "quota",
        Command::User(_) => "user",
        Command::Export { .. } => "export",
        _ => return None,
    })
}

/// This run's session: output, timeout, confirmation policy and the
/// connection flags, resolved against the context when first connecting.
pub fn session(global: &GlobalArgs) -> Session {
    Session::new(
        global.output,
        global.timeout,
        confirm_policy(global),
        overrides(global),
    )
}

/// Resolves the connection (flags > env > context) and connects. A context
/// (or `--msk-cluster`) naming an MSK cluster gets its bootstrap servers
/// from GetBootstrapBrokers first.
pub async fn connect(global: &GlobalArgs) -> anyhow::Result<Admin> {
    session(global).admin().await
}

/// [`connect`], also naming the cluster connected to, for questions.
pub async fn connect_with_target(global: &GlobalArgs) -> anyhow::Result<(Admin, Target)> {
    let admin = connect(global).await?;
    let target = target_of(global, &admin);
    Ok((admin, target))
}

/// The cluster an open connection acts on, for questions and notes.
pub fn target_of(global: &GlobalArgs, admin: &Admin) -> Target {
    Target::of(admin.client().settings(), global.aws.region.as_deref())
}

/// The connection flags as the library takes them.
pub fn overrides(global: &GlobalArgs) -> Overrides {
    global.overrides()
}

/// The MSK client for this invocation (flags over the SDK's chain).
pub async fn msk_client(global: &GlobalArgs) -> anyhow::Result<Msk> {
    let settings = AwsSettings {
        profile: global.aws.profile.clone(),
        region: global.aws.region.clone(),
    };
    // `--timeout` may be hours for a wait; a single call never needs that.
    Msk::connect(&settings, global.timeout.min(MAX_CALL_TIMEOUT)).await
}

/// The longest one AWS call attempt may take, whatever `--timeout` says.
const MAX_CALL_TIMEOUT: Duration = Duration::from_secs(120);

/// The MSK listener to use for a cluster when nothing says otherwise: the
/// first client authentication it offers (IAM first), else the listener its
/// in-transit encryption offers to unauthenticated clients.
pub fn listener_for(
    auth: &crate::msk::model::ClientAuth,
    encryption: Option<&crate::msk::model::Encryption>,
) -> crate::msk::client::BootstrapAuth {
    // No encryption stated means MSK's default, TLS only.
    let client_broker = encryption.cloned().unwrap_or_default().client_broker;
    crate::msk::client::BootstrapAuth::for_cluster(auth, client_broker)
}

/// Asks before an operation of the rulebook on a Kafka cluster; the
/// question names the cluster (`Delete these ACL bindings on context
/// "prod" (b-1:9096,b-2:9096)?`) and the class (`destructive`).
/// `--yes` answers for scripts; without a terminal and without `--yes` the
/// answer is no, so a pipeline can never delete by accident.
pub fn confirm_on(
    global: &GlobalArgs,
    target: &Target,
    operation: crate::plan::Operation,
    question: &str,
) -> anyhow::Result<()> {
    let q = question.strip_suffix('?').unwrap_or(question);
    crate::ops::confirm::confirm_operation(
        confirm_policy(global),
        operation,
        &format!("{q} on {target}?"),
        &mut TerminalPrompt,
    )
}

/// How this run answers questions: `--yes`, a person at a terminal, or
/// refuse.
pub fn confirm_policy(global: &GlobalArgs) -> Confirm {
    Confirm::resolve(
        global.yes,
        std::io::stdin().is_terminal(),
        std::io::stderr().is_terminal(),
    )
}

/// The y/N question on the terminal. The change is shown on stderr, not
/// stdout, so it is seen even when stdout goes to a file or a pipe.
pub struct TerminalPrompt;

impl Prompt for TerminalPrompt {
    fn tell(&mut self, change: &str, statement: &str) -> anyhow::Result<()> {
        let mut err = std::io::stderr().lock();
        if !change.is_empty() {
            writeln!(err, "{change}").context("cannot write to stderr")?;
        }
        writeln!(err, "{statement}").context("cannot write to stderr")?;
        Ok(())
    }

    fn ask(&mut self, change: &str, question: &str) -> anyhow::Result<bool> {
        let mut err = std::io::stderr().lock();
        if !change.is_empty() {
            writeln!(err, "{change}").context("cannot write the prompt")?;
        }
        write!(err, "{question} [y/N] ").context("cannot write the prompt")?;
        err.flush().ok();
        let mut answer = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut answer)
            .context("cannot read the answer")?;
        Ok(matches!(
            answer.trim().to_ascii_lowercase().as_str(),
            "y" | "yes"
        ))
    }
}

/// Checks, connects, changes topic configs and reports per topic what was
/// done; fails (exit 1) naming what was not.
pub async fn run_config_change(
    global: &GlobalArgs,
    mut opts: ConfigChangeOptions,
) -> anyhow::Result<Outcome> {
    topic_config::check(&opts)?;
    let (admin, target) = connect_with_target(global).await?;
    opts.target = target;
    let result = topic_config::change_configs(&admin, &opts, &mut TerminalPrompt).await?;
    if result.changes.is_empty() {
        write_stdout("configs already as requested; nothing to do")?;
        return Ok(Outcome::Success);
    }
    let mut lines = Vec::new();
    for c in result
        .changes
        .iter()
        .filter(|c| result.done.contains(&c.topic))
    {
        for v in &c.values {
            lines.push(format!("topic '{}': {}", c.topic, topic_config::show(v)));
        }
    }
    if !lines.is_empty() {
        write_stdout(&lines.join("\n"))?;
    }
    if result.failed.is_empty() {
        return Ok(Outcome::Success);
    }
    let failed: Vec<String> = result.failed.iter().map(|(_, e)| e.clone()).collect();
    bail!(
        "done ({}): {}\nnot done ({}):\n{}",
        result.done.len(),
        result.done.join(", "),
        failed.len(),
        indented_list(&failed)
    )
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

/// Refuses an explicit `-o` the command cannot write (a usage error, exit
/// 2), instead of silently printing another format.
pub fn supported_formats(
    global: &GlobalArgs,
    command: &str,
    formats: &[crate::render::OutputFormat],
) -> anyhow::Result<()> {
    if global.output_given && !formats.contains(&global.output) {
        let names: Vec<String> = formats
            .iter()
            .map(|f| format!("{f:?}").to_lowercase())
            .collect();
        return Err(crate::error::UsageError(format!(
            "{command} cannot write -o {}; it writes {}",
            format!("{:?}", global.output).to_lowercase(),
            names.join(", ")
        ))
        .into());
    }
    Ok(())
}

/// The manifest variables of this run: the flags, `MSKCTL_VAR_*` and the
/// selected context's `vars:` (see [`crate::ops::vars`]).
pub fn manifest_vars(
    args: &crate::cli::VarArgs,
    global: &GlobalArgs,
) -> anyhow::Result<crate::manifest::vars::Vars> {
    crate::ops::vars::gather(&crate::ops::vars::VarOptions {
        set: args.set.clone(),
        values: args.values.clone(),
        context: global.context.clone(),
    })
}
