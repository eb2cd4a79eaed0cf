use super::{connect, regex_arg};
use crate::cli::GlobalArgs;
use crate::error::Outcome;
use crate::render::write_stdout;

/// Live topics as `kind: Topic` manifests with only their explicit configs,
/// so that `export` followed by `plan` on the output plans nothing.
pub async fn run(
    global: &GlobalArgs,
    pattern: Option<&str>,
    internal: bool,
) -> anyhow::Result<Outcome> {
    let re = regex_arg("--pattern", pattern)?;
    let admin = connect(global).await?;
    let live: Vec<_> = admin
        .list_topics()
        .await?
        .into_iter()
        .filter(|t| internal || !t.internal)
        .filter(|t| re.as_ref().is_none_or(|r| r.is_match(&t.name)))
        .collect();
    let names: Vec<String> = live.iter().map(|t| t.name.clone()).collect();
    let topics = super::plan::observe_from(&admin, live, &names).await?;
    write_stdout(&crate::manifest::export_yaml(&topics))?;
    eprintln!("exported {} topics", topics.len());
    Ok(Outcome::Success)
}
