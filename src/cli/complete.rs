//! Completion of live names (clap_complete's dynamic completion, turned on
//! by `MSKCTL_COMPLETE=SHELL`): topic names and group ids from the cluster,
//! context names from the config file, MSK cluster names from AWS.
//!
//! A shell waits for these while the user waits for the prompt, so each
//! lookup gets about a second and any failure (no cluster, no credentials,
//! a broken config) completes nothing, silently: completion never prints
//! an error into the user's command line.

use std::ffi::{OsStr, OsString};
use std::time::Duration;

use clap_complete::engine::CompletionCandidate;

use clap::{CommandFactory, FromArgMatches};

use super::{Cli, GlobalArgs};
use crate::context::{Config, Overrides};
use crate::msk::Msk;
use crate::ops::Confirm;
use crate::render::OutputFormat;
use crate::session::Session;

/// The environment variable that asks for completions (`MSKCTL_COMPLETE=bash
/// mskctl` prints the shell's registration script).
pub const COMPLETE_VAR: &str = "MSKCTL_COMPLETE";

/// How long one completion may wait for the network.
pub const LOOKUP_TIMEOUT: Duration = Duration::from_secs(1);

/// The connection settings of the line being completed: its flags as
/// typed (a `--context` or `-b` before the word chooses the cluster whose
/// names are offered), their `MSKCTL_*` variables, then the context, as
/// for a normal run. The line is parsed leniently, since it is unfinished.
fn typed_overrides() -> Overrides {
    let args: Vec<OsString> = std::env::args_os().collect();
    let line: Vec<OsString> = match args.iter().position(|a| a == "--") {
        Some(i) => args[i + 1..].to_vec(),
        None => return Overrides::default(),
    };
    Cli::command()
        .ignore_errors(true)
        .try_get_matches_from(line)
        .ok()
        .and_then(|m| GlobalArgs::from_arg_matches(&m).ok())
        .map(|g| g.overrides())
        .unwrap_or_default()
}

/// Runs `lookup` with [`LOOKUP_TIMEOUT`]; `None` on any failure.
fn bounded<T>(lookup: impl std::future::Future<Output = anyhow::Result<T>>) -> Option<T> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    // The timer must be made inside the runtime.
    runtime
        .block_on(async { tokio::time::timeout(LOOKUP_TIMEOUT, lookup).await })
        .ok()?
        .ok()
}

fn matching(names: impl IntoIterator<Item = String>, current: &OsStr) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy();
    let mut names: Vec<String> = names
        .into_iter()
        .filter(|n| n.starts_with(prefix.as_ref()))
        .collect();
    names.sort();
    names.dedup();
    names.into_iter().map(CompletionCandidate::new).collect()
}

fn session() -> Session {
    Session::new(
        OutputFormat::Table,
        LOOKUP_TIMEOUT,
        Confirm::Refuse,
        typed_overrides(),
    )
}

/// Topic names, or group ids, of the cluster.
async fn cluster_names(groups: bool) -> anyhow::Result<Vec<String>> {
    let admin = session().admin().await?;
    Ok(if groups {
        let listed = admin.list_groups().await?;
        listed.into_iter().map(|g| g.group_id).collect()
    } else {
        let listed = admin.list_topics().await?;
        listed.into_iter().map(|t| t.name).collect()
    })
}

/// Topic names of the cluster.
pub fn topics(current: &OsStr) -> Vec<CompletionCandidate> {
    matching(bounded(cluster_names(false)).unwrap_or_default(), current)
}

/// Consumer group ids of the cluster.
pub fn groups(current: &OsStr) -> Vec<CompletionCandidate> {
    matching(bounded(cluster_names(true)).unwrap_or_default(), current)
}

/// Context names from the config file.
pub fn contexts(current: &OsStr) -> Vec<CompletionCandidate> {
    let names = Config::load()
        .map(|(c, _)| c.contexts.names().map(str::to_string).collect::<Vec<_>>())
        .unwrap_or_default();
    matching(names, current)
}

/// MSK cluster names in the account and region.
pub fn msk_clusters(current: &OsStr) -> Vec<CompletionCandidate> {
    let aws = typed_overrides().aws;
    let names = bounded(async {
        let msk = Msk::connect(&aws, LOOKUP_TIMEOUT).await?;
        let clusters = msk.list(None).await?;
        Ok(clusters.into_iter().map(|c| c.name).collect::<Vec<_>>())
    });
    matching(names.unwrap_or_default(), current)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_match_the_typed_prefix() {
        let names = vec!["orders".to_string(), "audit".into(), "orders.dlq".into()];
        let got: Vec<String> = matching(names, OsStr::new("ord"))
            .iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .collect();
        assert_eq!(got, vec!["orders", "orders.dlq"]);
    }
}
