//! `mskctl schema-registry`: subjects of a Confluent-compatible registry.
//!
//! JSON shapes (`-o json`):
//! - `subjects`: an array of subject names, sorted.
//! - `get`: `{"subject", "version", "id", "schemaType", "schema"}` (the
//!   registry's own field names; `schema` is the schema text).
//! - `check`: `{"subject", "is_compatible", "compared", "messages"}`;
//!   `compared` is false when the subject has no versions yet.
//! - `register`: `{"subject", "id", "version", "registered", "compatibility"}`;
//!   `registered` is false when the identical schema was already there.

use std::path::Path;

use anyhow::Context as _;

use crate::cli::{GlobalArgs, SchemaFileArgs, SchemaRegistryCommand, SchemaTypeArg};
use crate::error::{Outcome, UsageError};
use crate::ops::schema_register::{self, RegisterOptions};
use crate::registry::confluent::ConfluentClient;
use crate::registry::SchemaType;
use crate::render::{emit, escape_control, write_stdout, Table};

pub async fn run(cmd: &SchemaRegistryCommand, global: &GlobalArgs) -> anyhow::Result<Outcome> {
    let client = confluent_client(global)?.ok_or_else(|| {
        UsageError(
            "no schema registry: pass --schema-registry URL or add schemaRegistry: {url: ...} to the context"
                .into(),
        )
    })?;
    match cmd {
        SchemaRegistryCommand::Subjects => {
            let subjects = client.subjects().await?;
            emit(global.output, &subjects, || {
                let mut t = Table::new(["SUBJECT"]);
                for s in &subjects {
                    t.row([escape_control(s).into_owned()]);
                }
                t
            })?;
            Ok(Outcome::Success)
        }
        SchemaRegistryCommand::Get { subject, version } => {
            let sv = client.subject_version(subject, version.0).await?;
            match global.output {
                crate::render::OutputFormat::Table => write_stdout(&format!(
                    "subject: {}\nversion: {}\nid: {}\ntype: {}\n{}",
                    escape_control(&sv.subject),
                    sv.version,
                    sv.id,
                    escape_control(&sv.schema_type),
                    pretty_schema(&sv.schema)
                ))?,
                other => emit(other, &sv, Table::default)?,
            }
            Ok(Outcome::Success)
        }
        SchemaRegistryCommand::Check(args) => {
            let (text, schema_type) = read_schema(&client, args).await?;
            let c = client.check(&args.subject, &text, schema_type).await?;
            let report = serde_json::json!({
                "subject": args.subject,
                "is_compatible": c.is_compatible,
                "compared": c.compared,
                "messages": c.messages,
            });
            match global.output {
                crate::render::OutputFormat::Json | crate::render::OutputFormat::Yaml => {
                    emit(global.output, &report, Table::default)?
                }
                _ => {
                    let mut lines = vec![if !c.compared {
                        format!(
                            "subject '{}' has no versions yet: any schema is compatible",
                            args.subject
                        )
                    } else if c.is_compatible {
                        format!("compatible with subject '{}'", args.subject)
                    } else {
                        format!("INCOMPATIBLE with subject '{}':", args.subject)
                    }];
                    lines.extend(
                        c.messages
                            .iter()
                            .map(|m| format!("  {}", escape_control(m))),
                    );
                    write_stdout(&lines.join("\n"))?;
                }
            }
            Ok(if c.is_compatible {
                Outcome::Success
            } else {
                Outcome::CheckFailed
            })
        }
        SchemaRegistryCommand::Register(args) => {
            let (text, schema_type) = read_schema(&client, args).await?;
            let opts = RegisterOptions {
                subject: &args.subject,
                schema: &text,
                schema_type,
                confirm: super::confirm_policy(global),
            };
            let result =
                schema_register::register(&client, &opts, &mut super::TerminalPrompt).await?;
            match global.output {
                crate::render::OutputFormat::Json | crate::render::OutputFormat::Yaml => {
                    emit(global.output, &result, Table::default)?
                }
                _ => write_stdout(&if result.registered {
                    format!(
                        "registered subject '{}' version {} (schema id {})",
                        args.subject,
                        result.version.map_or("?".to_owned(), |v| v.to_string()),
                        result.id
                    )
                } else {
                    format!(
                        "already registered: subject '{}' version {} (schema id {}); nothing to do",
                        args.subject,
                        result.version.map_or("?".to_owned(), |v| v.to_string()),
                        result.id
                    )
                })?,
            }
            Ok(Outcome::Success)
        }
    }
}

/// The Confluent-compatible registry of this run, if one is configured.
fn confluent_client(global: &GlobalArgs) -> anyhow::Result<Option<ConfluentClient>> {
    let registries = super::session(global).registries()?;
    registries
        .confluent
        .as_ref()
        .map(|s| ConfluentClient::new(s, global.timeout))
        .transpose()
}

async fn read_schema(
    client: &ConfluentClient,
    args: &SchemaFileArgs,
) -> anyhow::Result<(String, SchemaType)> {
    let bytes = crate::input::read_file(&args.file)
        .with_context(|| format!("cannot read the schema file {}", args.file.display()))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        UsageError(format!(
            "the schema file {} is not UTF-8 text",
            args.file.display()
        ))
    })?;
    let schema_type = match args.schema_type {
        Some(SchemaTypeArg::Avro) => SchemaType::Avro,
        Some(SchemaTypeArg::Protobuf) => SchemaType::Protobuf,
        Some(SchemaTypeArg::Json) => SchemaType::Json,
        None => match client.subject_version(&args.subject, None).await {
            Ok(sv) => SchemaType::parse(Some(&sv.schema_type)).unwrap_or(SchemaType::Avro),
            Err(_) => type_from_file_name(&args.file),
        },
    };
    // A schema that does not even parse is the author's mistake, told
    // before the registry is asked.
    crate::registry::codec::Codec::compile(schema_type, &text).map_err(|e| {
        UsageError(format!(
            "{}: {e} (as {}; pass --type if it is another kind)",
            args.file.display(),
            schema_type.name()
        ))
    })?;
    Ok((text, schema_type))
}

fn type_from_file_name(path: &Path) -> SchemaType {
    match path.extension().and_then(|e| e.to_str()) {
        Some("proto") => SchemaType::Protobuf,
        _ => SchemaType::Avro,
    }
}

/// Avro and JSON Schema texts are JSON: shown indented; Protobuf as it is.
fn pretty_schema(text: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(v) => serde_json::to_string_pretty(&v).unwrap_or_else(|_| text.to_owned()),
        Err(_) => escape_control(text).into_owned(),
    }
}
