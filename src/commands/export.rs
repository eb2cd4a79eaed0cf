use super::{connect, regex_arg};
use crate::cli::GlobalArgs;
use crate::error::Outcome;
use crate::kafka::acls::{AclFilter, SECURITY_DISABLED};
use crate::kafka::error::UNSUPPORTED_VERSION;
use crate::kafka::KafkaError;
use crate::ops::apply::observe_from;
use crate::render::write_stdout;

/// Live topics as `kind: Topic` manifests with only their explicit configs,
/// so that `export` followed by `plan` on the output plans nothing.
pub async fn run(
    global: &GlobalArgs,
    pattern: Option<&str>,
    internal: bool,
) -> anyhow::Result<Outcome> {
    // Manifests are YAML; the default table format means "as usual".
    super::supported_formats(global, "export", &[crate::render::OutputFormat::Yaml])?;
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
    let topics = observe_from(&admin, live, &names).await?;
    let mut text = crate::manifest::export_yaml(&topics);
    let acls = match admin.describe_acls(&AclFilter::default()).await {
        Ok(acls) => Some(acls),
        // A cluster without an authorizer (or a broker without the ACL
        // API) has no ACLs to export; that is not worth a message.
        Err(KafkaError::Unsupported { .. }) => None,
        Err(e) if matches!(e.code(), Some(SECURITY_DISABLED | UNSUPPORTED_VERSION)) => None,
        Err(e) => return Err(e.into()),
    };
    if let Some(acls) = &acls {
        if !text.is_empty() {
            text.push_str("---\n");
        }
        text.push_str(&crate::manifest::export_acls_yaml("acls", acls));
    }
    let quotas = match admin
        .describe_client_quotas(&crate::kafka::quotas::QuotaFilter::default())
        .await
    {
        // Exported only when there are some: a Quota document makes plan
        // manage every quota it lists.
        Ok(q) if !q.is_empty() => Some(q),
        Ok(_) | Err(KafkaError::Unsupported { .. }) => None,
        Err(e) => return Err(e.into()),
    };
    if let Some(q) = &quotas {
        if !text.is_empty() {
            text.push_str("---\n");
        }
        text.push_str(&crate::manifest::export_quotas_yaml("quotas", q));
    }
    write_stdout(&text)?;
    let quota_note = quotas
        .as_ref()
        .map(|q| format!(" and {} quota entities", q.len()))
        .unwrap_or_default();
    match &acls {
        Some(a) => eprintln!(
            "exported {} topics and {} ACL bindings{quota_note}",
            topics.len(),
            a.len()
        ),
        None => eprintln!("exported {} topics{quota_note}", topics.len()),
    }
    Ok(Outcome::Success)
}
