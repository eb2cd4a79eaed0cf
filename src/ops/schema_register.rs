//! Registering a schema version: observe (is it already there? what
//! compatibility level applies?), classify with the registry rulebook,
//! confirm, register, report.

use crate::ops::confirm::{confirm, Confirm, Prompt};
use crate::registry::confluent::ConfluentClient;
use crate::registry::rules::register_safety;
use crate::registry::SchemaType;

pub struct RegisterOptions<'a> {
    pub subject: &'a str,
    pub schema: &'a str,
    pub schema_type: SchemaType,
    pub confirm: Confirm,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RegisterResult {
    pub subject: String,
    pub id: u32,
    /// The version, when the registry reported it (an existing one).
    pub version: Option<i64>,
    /// False when the identical schema was already registered.
    pub registered: bool,
    pub compatibility: String,
}

pub async fn register(
    client: &ConfluentClient,
    opts: &RegisterOptions<'_>,
    prompt: &mut dyn Prompt,
) -> anyhow::Result<RegisterResult> {
    let compatibility = client.compatibility_level(opts.subject).await?;
    if let Some(existing) = client
        .lookup(opts.subject, opts.schema, opts.schema_type)
        .await?
    {
        return Ok(RegisterResult {
            subject: opts.subject.to_owned(),
            id: existing.id,
            version: Some(existing.version),
            registered: false,
            compatibility,
        });
    }
    let (safety, why) = register_safety(&compatibility);
    confirm(
        opts.confirm,
        safety,
        &format!("why {}: {why}", safety.name()),
        &format!(
            "Register a new {} version of subject '{}' in schema registry {}?",
            opts.schema_type.name(),
            opts.subject,
            client.url()
        ),
        prompt,
    )?;
    let id = client
        .register(opts.subject, opts.schema, opts.schema_type)
        .await
        .map_err(|e| anyhow::anyhow!("not registered: {e:#}"))?;
    let version = client
        .lookup(opts.subject, opts.schema, opts.schema_type)
        .await
        .ok()
        .flatten()
        .map(|sv| sv.version);
    Ok(RegisterResult {
        subject: opts.subject.to_owned(),
        id,
        version,
        registered: true,
        compatibility,
    })
}
