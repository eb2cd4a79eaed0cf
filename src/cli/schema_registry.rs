//! `schema-registry` and the registry flags shared by `topic tail`/`produce`.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

/// Where schemas come from; the selected context's `schemaRegistry` when
/// neither is given.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Schema registry")]
pub struct RegistryArgs {
    /// Confluent-compatible schema registry URL (Confluent, Karapace, Apicurio ccompat, Redpanda)
    #[arg(
        long,
        global = true,
        env = "MSKCTL_SCHEMA_REGISTRY",
        value_name = "URL"
    )]
    pub schema_registry: Option<String>,

    /// AWS Glue schema registry name (AWS settings as for the MSK commands)
    #[arg(long, global = true, value_name = "NAME")]
    pub glue_registry: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DecodeMode {
    /// Decode registry-framed records when a registry is configured
    Auto,
    /// Show the bytes as they are
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaTypeArg {
    Avro,
    Protobuf,
    Json,
}

/// A subject version: a number, or `None` for the latest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SubjectVersionArg(pub Option<i64>);

/// `--version N|latest` and `--schema-version N|latest`.
pub fn parse_version(s: &str) -> Result<SubjectVersionArg, String> {
    if s.eq_ignore_ascii_case("latest") {
        return Ok(SubjectVersionArg(None));
    }
    match s.parse::<i64>() {
        Ok(n) if n >= 1 => Ok(SubjectVersionArg(Some(n))),
        _ => Err(format!(
            "'{s}': expected a version number (1, 2, ...) or latest"
        )),
    }
}

#[derive(Debug, Subcommand)]
pub enum SchemaRegistryCommand {
    /// List the registry's subjects
    #[command(
        after_help = "Examples:\n  mskctl schema-registry subjects --schema-registry http://localhost:8081\n  mskctl --context prod schema-registry subjects -o json"
    )]
    Subjects,
    /// Show one version of a subject's schema (the latest by default)
    #[command(
        disable_version_flag = true,
        after_help = "Examples:\n  mskctl schema-registry get orders-value\n  mskctl schema-registry get orders-value --version 3 -o json"
    )]
    Get {
        subject: String,
        /// Version number or latest
        #[arg(long, value_name = "N|latest", value_parser = parse_version, default_value = "latest")]
        version: SubjectVersionArg,
    },
    /// Check a schema file against the subject under the registry's compatibility level (exit 4 when incompatible)
    #[command(after_help = "\
Examples:
  mskctl schema-registry check orders-value -f schemas/order.avsc
  mskctl schema-registry check orders-value -f order.proto --type protobuf

Exit codes: 0 compatible (or the subject has no versions yet), 4 incompatible
(the registry's reasons are printed), 1 error. Meant as the CI gate for a pull
request that changes a schema.")]
    Check(SchemaFileArgs),
    /// Register a schema file as the subject's next version (risky under compatibility NONE: asks, or needs --yes)
    #[command(after_help = "\
Examples:
  mskctl schema-registry register orders-value -f schemas/order.avsc --yes

A subject whose compatibility level is NONE accepts any change, so registering
there is risky and always asks; elsewhere the registry refuses incompatible
schemas itself and registering is safe. An identical schema is not registered twice.")]
    Register(SchemaFileArgs),
}

#[derive(Debug, Args)]
pub struct SchemaFileArgs {
    pub subject: String,
    /// The schema: Avro (.avsc), Protobuf (.proto) or JSON Schema
    #[arg(short = 'f', long = "file", value_name = "SCHEMA_FILE")]
    pub file: PathBuf,
    /// Schema type (default: the subject's, else from the file name: .proto protobuf, else avro)
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub schema_type: Option<SchemaTypeArg>,
}
