//! Output: tables for people, JSON/YAML for scripts, Markdown for pull
//! requests. Every command builds one serialisable value plus a table view of
//! it, so `-o json` and the table can never drift apart in content.

use std::io::Write;

use anyhow::Context;
use comfy_table::{presets, ContentArrangement, Table as ComfyTable};
use serde::Serialize;

use crate::cli::OutputFormat;

/// A table view: headers and rows of cells.
#[derive(Debug, Default, Clone)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new<I, S>(headers: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Table {
            headers: headers.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row<I, S>(&mut self, cells: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.rows.push(cells.into_iter().map(Into::into).collect());
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The table as a Markdown (GitHub) table.
    pub fn to_markdown(&self) -> String {
        self.render(true)
    }

    /// The table as plain text, for messages on stderr.
    pub fn to_text(&self) -> String {
        self.render(false)
    }

    fn render(&self, markdown: bool) -> String {
        let mut t = ComfyTable::new();
        if markdown {
            t.load_preset(presets::ASCII_MARKDOWN);
        } else {
            // Borderless like kubectl: easy to read, easy to grep and cut.
            t.load_preset(presets::NOTHING);
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
        t.set_header(self.headers.clone());
        for r in &self.rows {
            t.add_row(r.clone());
        }
        let mut out = t.to_string();
        if !markdown {
            // comfy-table pads every line with a leading space when it has no
            // borders; strip it and trailing padding so columns start at 0.
            out = out
                .lines()
                .map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end())
                .collect::<Vec<_>>()
                .join("\n");
        }
        out
    }
}

/// Writes to stdout, treating a closed pipe (`mskctl topic list | head`) as
/// success rather than an error.
pub fn write_stdout(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    let res = out
        .write_all(text.as_bytes())
        .and_then(|_| {
            if text.ends_with('\n') {
                Ok(())
            } else {
                out.write_all(b"\n")
            }
        })
        .and_then(|_| out.flush());
    match res {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to stdout"),
    }
}

/// Renders `value` in the requested format; `table` is only built for the
/// table and markdown formats.
pub fn emit<T: Serialize>(
    format: OutputFormat,
    value: &T,
    table: impl FnOnce() -> Table,
) -> anyhow::Result<()> {
    let text = match format {
        OutputFormat::Json => serde_json::to_string_pretty(value)?,
        OutputFormat::Yaml => crate::yaml::to_string(value)?,
        OutputFormat::Table => table().render(false),
        OutputFormat::Markdown => table().render(true),
    };
    write_stdout(&text)
}

/// Several tables one after another (e.g. partitions, then configs), each
/// with a title line; JSON/YAML still print the single structured value.
pub fn emit_sections<T: Serialize>(
    format: OutputFormat,
    value: &T,
    sections: impl FnOnce() -> Vec<(String, Table)>,
) -> anyhow::Result<()> {
    match format {
        OutputFormat::Json | OutputFormat::Yaml => emit(format, value, Table::default),
        OutputFormat::Table | OutputFormat::Markdown => {
            let markdown = format == OutputFormat::Markdown;
            let mut parts = Vec::new();
            for (title, table) in sections() {
                let body = if table.is_empty() {
                    "(none)".to_string()
                } else {
                    table.render(markdown)
                };
                if markdown {
                    parts.push(format!("### {title}\n\n{body}"));
                } else {
                    parts.push(format!("{title}\n{body}"));
                }
            }
            write_stdout(&parts.join("\n\n"))
        }
    }
}

/// Items one per line, indented two spaces, or "  (none)": the done / not
/// done lists of a change that stopped halfway.
pub fn indented_list(items: &[String]) -> String {
    if items.is_empty() {
        "  (none)".into()
    } else {
        items
            .iter()
            .map(|s| format!("  {s}"))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_no_leading_padding() {
        let mut t = Table::new(["NAME", "PARTITIONS"]);
        t.row(["orders", "12"]);
        let s = t.render(false);
        let lines: Vec<&str> = s.lines().collect();
        assert!(lines[0].starts_with("NAME"), "{s}");
        assert!(lines[1].starts_with("orders"), "{s}");
    }

    #[test]
    fn markdown_table_has_pipes() {
        let mut t = Table::new(["A"]);
        t.row(["x"]);
        let s = t.render(true);
        assert!(s.contains("| A |") || s.contains("| A"), "{s}");
    }
}
