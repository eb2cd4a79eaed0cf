//! Output: tables for people, JSON/YAML for scripts, Markdown for pull
//! requests. Every command builds one serialisable value plus a table view of
//! it, so `-o json` and the table can never drift apart in content.

pub mod plan;
pub mod reassign;

use std::borrow::Cow;
use std::io::{IsTerminal, Write};

use anyhow::Context;
use comfy_table::{presets, ContentArrangement, Table as ComfyTable};
use serde::Serialize;

/// How a command's result is written on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OutputFormat {
    #[default]
    Table,
    Json,
    Yaml,
    Markdown,
}

impl OutputFormat {
    pub const ALL: [OutputFormat; 4] = [
        OutputFormat::Table,
        OutputFormat::Json,
        OutputFormat::Yaml,
        OutputFormat::Markdown,
    ];

    /// The name `-o` takes.
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Table => "table",
            OutputFormat::Json => "json",
            OutputFormat::Yaml => "yaml",
            OutputFormat::Markdown => "markdown",
        }
    }
}

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
            headers: headers
                .into_iter()
                .map(|h| escape_control(&h.into()).into_owned())
                .collect(),
            rows: Vec::new(),
        }
    }

    pub fn row<I, S>(&mut self, cells: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        // Cells carry names and values from the cluster (topic names with ESC
        // exist on lax brokers): never let them drive the terminal.
        self.rows.push(
            cells
                .into_iter()
                .map(|c| {
                    let c: String = c.into();
                    match escape_control(&c) {
                        Cow::Borrowed(_) => c,
                        Cow::Owned(e) => e,
                    }
                })
                .collect(),
        );
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
        // Fit a terminal; full width into a pipe or file, where lines are
        // grepped and cut rather than read.
        let width = (!markdown && std::io::stdout().is_terminal())
            .then(terminal_width)
            .flatten();
        self.render_at(markdown, width)
    }

    fn render_at(&self, markdown: bool, width: Option<u16>) -> String {
        let mut t = ComfyTable::new();
        if markdown {
            t.load_preset(presets::ASCII_MARKDOWN);
        } else {
            // Borderless like kubectl: easy to read, easy to grep and cut.
            t.load_preset(presets::NOTHING);
            match width {
                // Long cells (ARNs, change descriptions) wrap inside their
                // column instead of pushing the line past the edge.
                Some(w) => {
                    t.set_content_arrangement(ContentArrangement::Dynamic);
                    t.set_width(w);
                }
                None => {
                    t.set_content_arrangement(ContentArrangement::Disabled);
                }
            }
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

/// The terminal's width: `COLUMNS` when the shell exports it, else what the
/// terminal reports.
fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|w| *w >= 20)
        .or_else(|| ComfyTable::new().width())
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

/// Text from data (topic names, record keys and values, broker messages)
/// made safe for a terminal: every C0 and C1 control character and DEL is
/// shown as a visible escape (`\n`, `\t`, `\r`, `\x1b`, `\u{9b}`), so a
/// record cannot clear the screen, retitle the terminal or forge lines.
/// JSON and YAML output stay exact; this is for human-readable text only.
pub fn escape_control(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// Like [`escape_control`] but keeps newlines and tabs: for multi-line
/// messages (errors, plans) whose line breaks are mskctl's own.
pub fn escape_control_keep_lines(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

fn escape(s: &str, keep_lines: bool) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && !(keep_lines && (c == '\n' || c == '\t'));
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !unsafe_char(c) {
            out.push(c);
            continue;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    Cow::Owned(out)
}

/// Kept here for the commands that render with it; it lives in
/// [`crate::error`] so the library's own error messages can use it too.
pub use crate::error::indented_list;

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
    fn control_characters_from_data_never_reach_the_terminal() {
        assert_eq!(escape_control("orders"), "orders");
        assert_eq!(escape_control("a\x1b]0;owned\x07b"), "a\\x1b]0;owned\\x07b");
        assert_eq!(escape_control("two\nlines\tand\r"), "two\\nlines\\tand\\r");
        assert_eq!(escape_control("c1\u{9b}2J\u{7f}"), "c1\\u{9b}2J\\x7f");
        assert_eq!(escape_control_keep_lines("a\n\tb\x1b[2J"), "a\n\tb\\x1b[2J");
        let mut t = Table::new(["NAME"]);
        t.row(["evil\x1b[2Jname"]);
        let s = t.render(false);
        assert!(!s.contains('\x1b'), "{s:?}");
        assert!(s.contains("evil\\x1b[2Jname"), "{s}");
    }

    #[test]
    fn tables_fit_a_terminal_and_stay_whole_in_a_pipe() {
        let mut t = Table::new(["NAME", "ARN", "STATE"]);
        let arn = "arn:aws:kafka:eu-west-1:123456789012:cluster/orders-production-cluster/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0-3";
        t.row(["orders", arn, "ACTIVE"]);
        let fitted = t.render_at(false, Some(60));
        assert!(fitted.lines().all(|l| l.chars().count() <= 60), "{fitted}");
        assert!(fitted.contains("ACTIVE"), "{fitted}");
        let whole = t.render_at(false, None);
        assert_eq!(whole.lines().count(), 2, "{whole}");
        assert!(whole.contains(arn), "{whole}");
    }

    #[test]
    fn markdown_table_has_pipes() {
        let mut t = Table::new(["A"]);
        t.row(["x"]);
        let s = t.render(true);
        assert!(s.contains("| A |") || s.contains("| A"), "{s}");
    }
}
