//! `schema`: the JSON Schema of the manifest kinds, for editors.

use crate::cli::{GlobalArgs, OutputFormat};
use crate::error::Outcome;
use crate::manifest::json_schema;
use crate::render::write_stdout;

pub fn run(global: &GlobalArgs) -> anyhow::Result<Outcome> {
    super::supported_formats(global, "schema", &[OutputFormat::Json, OutputFormat::Yaml])?;
    let schema = json_schema();
    // JSON is what editors load; YAML is offered for reading, and the table
    // formats have no sensible rendering of a schema.
    let text = match global.output {
        OutputFormat::Yaml => crate::yaml::to_string(&schema)?,
        _ => serde_json::to_string_pretty(&schema)?,
    };
    write_stdout(&text)?;
    Ok(Outcome::Success)
}
