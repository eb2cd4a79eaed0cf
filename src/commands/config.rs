//! `mskctl config ...`: manage the contexts in the config file. None of these
//! commands connect to a cluster.

use std::path::Path;

use anyhow::Context as _;
use serde::Serialize;

use crate::cli::{ConfigCommand, GlobalArgs, OutputFormat};
use crate::context::{self, Config, ContextConfig, ContextPatch, SetOutcome};
use crate::error::{Outcome, UsageError};
use crate::render::{emit, write_stdout, Table};

pub async fn run(cmd: &ConfigCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    let path = context::config_path()?;
    match cmd {
        ConfigCommand::GetContexts => get_contexts(&path, global.output),
        ConfigCommand::CurrentContext => current_context(&path),
        ConfigCommand::UseContext { name } => use_context(&path, name),
        ConfigCommand::SetContext { name, current } => set_context(&path, name, *current, global),
        ConfigCommand::DeleteContext { name } => delete_context(&path, name),
        ConfigCommand::View => view(&path, global.output),
    }
}

/// One row of `get-contexts -o json|yaml`: the stored context plus its name
/// and whether it is current. Stored contexts hold no secrets, only where
/// to find them, so they are printed as they are.
#[derive(Serialize)]
#[serde(rename_all = "kebab-case")]
struct ContextEntry<'a> {
    name: &'a str,
    current: bool,
    #[serde(flatten)]
    context: &'a ContextConfig,
}

fn get_contexts(path: &Path, format: OutputFormat) -> anyhow::Result<Outcome> {
    let config = Config::load_from(path)?;
    let current = config.current_context.as_deref();
    let entries: Vec<ContextEntry<'_>> = config
        .contexts
        .iter()
        .map(|(name, context)| ContextEntry {
            name,
            current: current == Some(name),
            context,
        })
        .collect();
    if entries.is_empty() && matches!(format, OutputFormat::Table | OutputFormat::Markdown) {
        eprintln!(
            "no contexts in {}; create one with `mskctl config set-context NAME -b HOST:PORT`",
            path.display()
        );
    }
    emit(format, &entries, || {
        let mut table = Table::new(["CURRENT", "NAME", "BOOTSTRAP", "SECURITY", "SASL"]);
        for e in &entries {
            let ctx = e.context;
            let sasl = ctx
                .sasl
                .as_ref()
                .map(|s| {
                    let mech = s.mechanism.map(|m| m.name()).unwrap_or("?");
                    match &s.username {
                        Some(u) => format!("{mech} ({u})"),
                        None => mech.to_string(),
                    }
                })
                .unwrap_or_else(|| "-".into());
            table.row([
                if e.current { "*" } else { "" }.to_string(),
                e.name.to_string(),
                match (
                    &ctx.bootstrap_servers,
                    ctx.msk.as_ref().and_then(|m| m.cluster.as_ref()),
                ) {
                    (servers, _) if !servers.is_empty() => servers.join(","),
                    // Looked up when connecting; show where from.
                    (_, Some(cluster)) => {
                        let auth = ctx
                            .msk
                            .as_ref()
                            .and_then(|m| m.auth)
                            .unwrap_or(crate::msk::client::BootstrapAuth::Iam);
                        format!("msk:{cluster} ({auth})")
                    }
                    _ => "-".to_string(),
                },
                ctx.security_protocol
                    .or_else(|| {
                        // What resolving the context defaults to (see context.rs).
                        let msk = ctx.msk.as_ref().filter(|m| m.cluster.is_some())?;
                        Some(
                            msk.auth
                                .unwrap_or(crate::msk::client::BootstrapAuth::Iam)
                                .security_protocol(),
                        )
                    })
                    .unwrap_or_default()
                    .name()
                    .to_string(),
                sasl,
            ]);
        }
        table
    })?;
    Ok(Outcome::Success)
}

fn current_context(path: &Path) -> anyhow::Result<Outcome> {
    let config = Config::load_from(path)?;
    match &config.current_context {
        Some(name) => {
            write_stdout(name)?;
            Ok(Outcome::Success)
        }
        None => anyhow::bail!("no current context (set one with `mskctl config use-context NAME`)"),
    }
}

fn use_context(path: &Path, name: &str) -> anyhow::Result<Outcome> {
    Config::update(path, |config| config.use_context(name))?;
    write_stdout(&format!("switched to context '{name}'"))?;
    Ok(Outcome::Success)
}

fn set_context(
    path: &Path,
    name: &str,
    make_current: bool,
    global: &GlobalArgs,
) -> anyhow::Result<Outcome> {
    let patch = ContextPatch::from_overrides(&super::overrides(global))?;
    let (outcome, problems) = Config::update(path, |config| {
        if patch.is_empty() && config.contexts.contains(name) && !make_current {
            return Err(UsageError(format!(
                "nothing to change in context '{name}': pass connection flags such as -b, --security-protocol or --sasl-username"
            ))
            .into());
        }
        let outcome = config.set_context(name, &patch)?;
        if make_current {
            config.use_context(name)?;
        }
        let problems = config
            .contexts
            .get(name)
            .map(|ctx| ctx.problems())
            .unwrap_or_default();
        Ok((outcome, problems))
    })?;

    let verb = match outcome {
        SetOutcome::Created => "created",
        SetOutcome::Modified => "modified",
    };
    let mut msg = format!("context '{name}' {verb}");
    if make_current {
        msg.push_str(" and is now the current context");
    }
    write_stdout(&msg)?;
    // Warnings, not errors: a context is often built over several calls.
    for problem in problems {
        eprintln!("warning: context '{name}' is not usable yet: {problem}");
    }
    Ok(Outcome::Success)
}

fn delete_context(path: &Path, name: &str) -> anyhow::Result<Outcome> {
    let outcome = Config::update(path, |config| config.delete_context(name))?;
    let mut msg = format!("context '{name}' deleted");
    if outcome.was_current {
        msg.push_str("; it was the current context, so there is no current context now (pick one with `mskctl config use-context`)");
    }
    write_stdout(&msg)?;
    Ok(Outcome::Success)
}

/// Prints the file as it is (not as re-serialised), so what a user sees is
/// what they would edit; secret-looking values are redacted even though a
/// valid file cannot hold any, because the file may not be valid.
fn view(path: &Path, format: OutputFormat) -> anyhow::Result<Outcome> {
    let text = match crate::input::read_file_to_string(path) {
        Ok(t) => Some(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let mut value = match &text {
        Some(t) => match crate::yaml::parse_value(t, path) {
            Ok(serde_json::Value::Null) => serde_json::to_value(Config::default())?,
            Ok(v) => v,
            Err(e) => anyhow::bail!(context::yaml_error_message(&e)),
        },
        None => serde_json::to_value(Config::default())?,
    };
    context::redact_secrets(&mut value);

    if let Some(t) = &text {
        if let Err(e) = Config::parse(t, path) {
            eprintln!("warning: the config file is not valid: {e:#}");
        }
    }
    match format {
        OutputFormat::Json => emit(format, &value, Table::default)?,
        _ => write_stdout(&crate::yaml::value_to_string(&value))?,
    }
    Ok(Outcome::Success)
}
