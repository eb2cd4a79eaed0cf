//! YAML for everything that is not read as a manifest: `-o yaml`, exports,
//! the config file.
//!
//! One stack: reading goes through yaml-rust2 by way of the positioned tree
//! of [`crate::manifest::yaml`] (so errors say `file:line:col`, and depth
//! and alias expansion are bounded the same way as for manifests), then
//! into a `serde_json::Value` that serde deserializes. Writing turns the
//! value into a `serde_json::Value` (key order kept: serde_json is built
//! with `preserve_order`) and prints it with the small block-style emitter
//! below. The emitter follows libyaml's choices of style, quoting and
//! indentation as `serde_yaml` made them (mappings and sequences in block
//! style, sequences inside mappings not indented, strings quoted only when
//! they would read back as something else, multi-line strings as literal
//! blocks), so the text is the same as before the switch.
//!
//! Long (about 830 lines of code) because it is one reader and one emitter
//! that must agree with each other on quoting and scalars; splitting them
//! would put those shared rules in a third file both depend on.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Number, Value};
use serde_path_to_error::Segment;

use crate::manifest::yaml::{self as tree, int_decimal, Node, Pos, ScalarKind};

// ------------------------------------------------------------------ errors

/// A value that cannot be written as YAML (serde_json refused it, e.g. a
/// map whose keys are not strings or numbers).
#[derive(Debug, thiserror::Error)]
#[error("cannot write YAML: {0}")]
pub struct WriteError(#[from] serde_json::Error);

/// A problem reading a YAML text, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The file the text came from (only used to name it).
    pub origin: PathBuf,
    /// Where in the text, when known.
    pub pos: Option<Pos>,
    pub message: String,
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pos {
            Some(p) => write!(
                f,
                "{}:{}:{}: {}",
                self.origin.display(),
                p.line,
                p.col,
                self.message
            ),
            None => write!(f, "{}: {}", self.origin.display(), self.message),
        }
    }
}

impl std::error::Error for Located {}

// ----------------------------------------------------------------- reading

/// Reads one YAML document into `T`. An empty text (or only comments)
/// reads as null, so `Option<T>` gives `None` for it. Errors carry the
/// position of the node serde complained about (the key, for an unknown
/// field).
pub fn from_str<T: DeserializeOwned>(text: &str, origin: &Path) -> Result<T, Located> {
    let root = parse_root(text, origin)?;
    let value = match &root {
        Some(node) => node_to_value(node, origin)?,
        None => Value::Null,
    };
    serde_path_to_error::deserialize(value).map_err(|e| {
        let inner = e.inner().to_string();
        let segments: Vec<&Segment> = e.path().iter().collect();
        // serde names an unknown field's key in its message; the path then
        // ends at that key, but the error is about the mapping holding it.
        let segments = match (unknown_field(&inner), segments.split_last()) {
            (Some(field), Some((Segment::Map { key }, parent))) if key == field => parent,
            _ => &segments[..],
        };
        let pos = root.as_ref().map(|r| locate(r, segments, &inner));
        let path = path_text(segments);
        Located {
            origin: origin.to_path_buf(),
            pos,
            message: if path.is_empty() {
                inner
            } else {
                format!("{path}: {inner}")
            },
        }
    })
}

/// The path to the value serde complained about, written as serde_yaml
/// wrote it in its messages: `contexts.prod.tls`, `items[2].name`.
fn path_text(segments: &[&Segment]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Seq { index } => {
                if out.is_empty() {
                    out.push('.');
                }
                out.push_str(&format!("[{index}]"));
            }
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push('?');
            }
        }
    }
    out
}

/// Reads one YAML document as a generic value (null for an empty text).
pub fn parse_value(text: &str, origin: &Path) -> Result<Value, Located> {
    match parse_root(text, origin)? {
        Some(node) => node_to_value(&node, origin),
        None => Ok(Value::Null),
    }
}

fn parse_root(text: &str, origin: &Path) -> Result<Option<Node>, Located> {
    let located = |pos, message| Located {
        origin: origin.to_path_buf(),
        pos: Some(pos),
        message,
    };
    let (docs, errors) = tree::parse_stream(text);
    if let Some(e) = errors.into_iter().next() {
        return Err(located(e.pos, e.message));
    }
    let mut docs = docs.into_iter();
    let first = docs.next().map(|d| d.root);
    if let Some(second) = docs.next() {
        return Err(located(
            second.root.pos,
            "more than one YAML document; this file holds a single one".into(),
        ));
    }
    Ok(first)
}

fn node_to_value(node: &Node, origin: &Path) -> Result<Value, Located> {
    Ok(match &node.value {
        tree::Value::Scalar { text, kind, .. } => scalar_to_value(text, *kind),
        tree::Value::Seq(items) => Value::Array(
            items
                .iter()
                .map(|n| node_to_value(n, origin))
                .collect::<Result<_, _>>()?,
        ),
        tree::Value::Map(entries) => {
            let mut map = Map::with_capacity(entries.len());
            for (k, v) in entries {
                let tree::Value::Scalar { text, .. } = &k.value else {
                    return Err(Located {
                        origin: origin.to_path_buf(),
                        pos: Some(k.pos),
                        message: "a mapping key must be a plain value, not a list or a mapping"
                            .into(),
                    });
                };
                map.insert(text.clone(), node_to_value(v, origin)?);
            }
            Value::Object(map)
        }
    })
}

fn scalar_to_value(text: &str, kind: ScalarKind) -> Value {
    match kind {
        ScalarKind::Null => Value::Null,
        ScalarKind::Bool(b) => Value::Bool(b),
        ScalarKind::Int => {
            let decimal = int_decimal(text);
            if let Ok(i) = decimal.parse::<i64>() {
                Value::Number(i.into())
            } else if let Ok(u) = decimal.parse::<u64>() {
                Value::Number(u.into())
            } else {
                // Beyond 64 bits: kept as written, so a field that wants a
                // number says it got a string rather than a rounded value.
                Value::String(text.to_string())
            }
        }
        ScalarKind::Float => match text.parse::<f64>().ok().and_then(Number::from_f64) {
            Some(n) => Value::Number(n),
            // `.inf` and `.nan` have no JSON form.
            None => Value::String(text.to_string()),
        },
        ScalarKind::Str => Value::String(text.to_string()),
    }
}

/// The position of the node at `path`, as far as it can be followed. An
/// unknown field is reported at its key, where a reader looks for it.
fn locate(root: &Node, path: &[&Segment], message: &str) -> Pos {
    let mut node = root;
    for segment in path {
        let next = match segment {
            Segment::Seq { index } => node.as_seq().and_then(|items| items.get(*index)),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                map_entry(node, key).map(|(_, v)| v)
            }
            Segment::Unknown => None,
        };
        match next {
            Some(n) => node = n,
            None => break,
        }
    }
    unknown_field(message)
        .and_then(|field| map_entry(node, field))
        .map_or(node.pos, |(k, _)| k.pos)
}

fn map_entry<'a>(node: &'a Node, key: &str) -> Option<&'a (Node, Node)> {
    node.as_map()?.iter().find(|(k, _)| match &k.value {
        tree::Value::Scalar { text, .. } => text == key,
        _ => false,
    })
}

/// `x` in serde's "unknown field `x`, expected ...".
fn unknown_field(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown field `")?;
    rest.find('`').map(|end| &rest[..end])
}

// ----------------------------------------------------------------- writing

/// The YAML text of `value`, ending with a newline.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, WriteError> {
    let value = serde_json::to_value(value)?;
    Ok(value_to_string(&value))
}

/// The YAML text of a value already in serde_json's model.
pub fn value_to_string(value: &Value) -> String {
    let mut e = Emitter::default();
    e.document(value);
    e.out
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    Any,
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
}

/// What a scalar's characters allow (libyaml's `analyze_scalar`).
struct Analysis {
    multiline: bool,
    flow_plain_allowed: bool,
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

/// The emitter's state, named as in libyaml so that each step can be
/// checked against it. Every node is written in block style except empty
/// sequences and mappings, which are `[]` and `{}`.
struct Emitter {
    out: String,
    column: usize,
    /// Indentation of the current block; -1 before the first one.
    indent: isize,
    indents: Vec<isize>,
    /// The last character written is a space or an indicator that acts as
    /// one (so no space is needed before the next token).
    whitespace: bool,
    /// Only indentation has been written on the current line.
    indention: bool,
    flow_level: usize,
    mapping_context: bool,
    simple_key_context: bool,
}

impl Default for Emitter {
    fn default() -> Self {
        Emitter {
            out: String::new(),
            column: 0,
            indent: -1,
            indents: Vec::new(),
            whitespace: true,
            indention: true,
            flow_level: 0,
            mapping_context: false,
            simple_key_context: false,
        }
    }
}

const BEST_INDENT: isize = 2;
const MAX_SIMPLE_KEY_BYTES: usize = 128;

impl Emitter {
    fn document(&mut self, value: &Value) {
        self.node(value, false, false);
        // The implicit document end. serde_yaml never wrote the stream
        // end, so there is no `...` even after a `|+` block.
        self.write_indent();
    }

    fn node(&mut self, value: &Value, mapping: bool, simple_key: bool) {
        self.mapping_context = mapping;
        self.simple_key_context = simple_key;
        match value {
            Value::Null => self.scalar("null", Style::Plain),
            Value::Bool(b) => self.scalar(if *b { "true" } else { "false" }, Style::Plain),
            Value::Number(n) => self.scalar(&number_text(n), Style::Plain),
            Value::String(s) => self.scalar(s, string_style(s)),
            Value::Array(items) if items.is_empty() => self.empty_flow("[", "]"),
            Value::Array(items) => self.block_sequence(items),
            Value::Object(map) if map.is_empty() => self.empty_flow("{", "}"),
            Value::Object(map) => self.block_mapping(map),
        }
    }

    fn block_sequence(&mut self, items: &[Value]) {
        // A sequence that is a mapping's value is not indented further.
        let indentless = self.mapping_context && !self.indention;
        self.increase_indent(false, indentless);
        for item in items {
            self.write_indent();
            self.write_indicator("-", true, false, true);
            self.node(item, false, false);
        }
        self.pop_indent();
    }

    fn block_mapping(&mut self, map: &Map<String, Value>) {
        self.increase_indent(false, false);
        for (key, value) in map {
            self.write_indent();
            let key_value = Value::String(key.clone());
            let simple = !analyze(key).multiline && key.len() <= MAX_SIMPLE_KEY_BYTES;
            if simple {
                self.node(&key_value, true, true);
                self.write_indicator(":", false, false, false);
            } else {
                self.write_indicator("?", true, false, true);
                self.node(&key_value, true, false);
                self.write_indent();
                self.write_indicator(":", true, false, true);
            }
            self.node(value, true, false);
        }
        self.pop_indent();
    }

    fn empty_flow(&mut self, open: &str, close: &str) {
        self.write_indicator(open, true, true, false);
        self.increase_indent(true, false);
        self.pop_indent();
        self.write_indicator(close, false, false, false);
    }

    fn scalar(&mut self, text: &str, requested: Style) {
        let a = analyze(text);
        let style = self.select_style(requested, &a, text.is_empty());
        self.increase_indent(true, false);
        match style {
            Style::Plain | Style::Any => self.write_plain(text),
            Style::SingleQuoted => self.write_single_quoted(text),
            Style::DoubleQuoted => self.write_double_quoted(text),
            Style::Literal => self.write_literal(text),
        }
        self.pop_indent();
    }

    fn select_style(&self, requested: Style, a: &Analysis, empty: bool) -> Style {
        let mut style = match requested {
            Style::Any => Style::Plain,
            s => s,
        };
        if self.simple_key_context && a.multiline {
            style = Style::DoubleQuoted;
        }
        if style == Style::Plain {
            let flow = self.flow_level > 0;
            if (flow && !a.flow_plain_allowed) || (!flow && !a.block_plain_allowed) {
                style = Style::SingleQuoted;
            }
            if empty && (flow || self.simple_key_context) {
                style = Style::SingleQuoted;
            }
        }
        if style == Style::SingleQuoted && !a.single_quoted_allowed {
            style = Style::DoubleQuoted;
        }
        if style == Style::Literal
            && (!a.block_allowed || self.flow_level > 0 || self.simple_key_context)
        {
            style = Style::DoubleQuoted;
        }
        style
    }

    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        if self.indent < 0 {
            self.indent = if flow { BEST_INDENT } else { 0 };
        } else if !indentless {
            self.indent += BEST_INDENT;
        }
    }

    fn pop_indent(&mut self) {
        self.indent = self.indents.pop().unwrap_or(-1);
    }

    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    fn write_break(&mut self, c: char) {
        if c == '\n' {
            self.put_break();
        } else {
            self.out.push(c);
            self.column = 0;
        }
    }

    fn write_indent(&mut self) {
        let indent = self.indent.max(0) as usize;
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn write_indicator(
        &mut self,
        indicator: &str,
        need_whitespace: bool,
        is_whitespace: bool,
        is_indention: bool,
    ) {
        if need_whitespace && !self.whitespace {
            self.put(' ');
        }
        for c in indicator.chars() {
            self.put(c);
        }
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
    }

    fn write_plain(&mut self, text: &str) {
        // Plain style is never chosen for text with line breaks, and no
        // style folds long lines (serde_yaml set no width limit).
        if !self.whitespace && (!text.is_empty() || self.flow_level > 0) {
            self.put(' ');
        }
        for c in text.chars() {
            self.put(c);
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn write_single_quoted(&mut self, text: &str) {
        self.write_indicator("'", true, false, false);
        let mut breaks = false;
        for c in text.chars() {
            if c == ' ' {
                self.put(c);
            } else if is_break(c) {
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if c == '\'' {
                    self.put('\'');
                }
                self.put(c);
                self.indention = false;
                breaks = false;
            }
        }
        if breaks {
            self.write_indent();
        }
        self.write_indicator("'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_double_quoted(&mut self, text: &str) {
        self.write_indicator("\"", true, false, false);
        for c in text.chars() {
            if !is_printable(c) || c == '\u{FEFF}' || is_break(c) || c == '"' || c == '\\' {
                self.put('\\');
                let short = match c {
                    '\0' => Some('0'),
                    '\u{7}' => Some('a'),
                    '\u{8}' => Some('b'),
                    '\t' => Some('t'),
                    '\n' => Some('n'),
                    '\u{B}' => Some('v'),
                    '\u{C}' => Some('f'),
                    '\r' => Some('r'),
                    '\u{1B}' => Some('e'),
                    '"' => Some('"'),
                    '\\' => Some('\\'),
                    '\u{85}' => Some('N'),
                    '\u{A0}' => Some('_'),
                    '\u{2028}' => Some('L'),
                    '\u{2029}' => Some('P'),
                    _ => None,
                };
                match short {
                    Some(s) => self.put(s),
                    None => {
                        let code = u32::from(c);
                        let escaped = if code <= 0xFF {
                            format!("x{code:02X}")
                        } else if code <= 0xFFFF {
                            format!("u{code:04X}")
                        } else {
                            format!("U{code:08X}")
                        };
                        escaped.chars().for_each(|e| self.put(e));
                    }
                }
            } else {
                self.put(c);
            }
        }
        self.write_indicator("\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_literal(&mut self, text: &str) {
        self.write_indicator("|", true, false, false);
        // Block scalar hints: an explicit indentation when the text starts
        // with a space or a break, and how trailing breaks are kept.
        if text.starts_with(|c: char| c == ' ' || is_break(c)) {
            self.write_indicator(&BEST_INDENT.to_string(), false, false, false);
        }
        let mut rev = text.chars().rev();
        let chomp = match (rev.next(), rev.next()) {
            (None, _) => Some("-"),
            (Some(last), _) if !is_break(last) => Some("-"),
            (Some(_), None) => Some("+"),
            (Some(_), Some(before)) if is_break(before) => Some("+"),
            _ => None,
        };
        if let Some(hint) = chomp {
            self.write_indicator(hint, false, false, false);
        }
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        for c in text.chars() {
            if is_break(c) {
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.put(c);
                self.indention = false;
                breaks = false;
            }
        }
    }
}

/// Integers as they are; floats in ryu's shortest form (`1e95`, not
/// serde_json's `1e+95`), as serde_yaml wrote them.
fn number_text(n: &Number) -> String {
    match n.as_f64() {
        Some(f) if n.is_f64() && f.is_finite() => ryu::Buffer::new().format_finite(f).to_string(),
        _ => n.to_string(),
    }
}

fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// A blank, a break or the end of the text (libyaml's `IS_BLANKZ`).
fn is_blankz(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c == ' ' || c == '\t' || c == '\0' || is_break(c),
    }
}

fn is_printable(c: char) -> bool {
    matches!(c,
        '\n' | '\u{20}'..='\u{7E}' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
        && c != '\u{FEFF}'
}

fn analyze(text: &str) -> Analysis {
    let chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return Analysis {
            multiline: false,
            flow_plain_allowed: false,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: false,
        };
    }
    let mut block_indicators = text.starts_with("---") || text.starts_with("...");
    let mut flow_indicators = block_indicators;
    let mut line_breaks = false;
    let mut special_characters = false;
    let (mut leading_space, mut leading_break) = (false, false);
    let (mut trailing_space, mut trailing_break) = (false, false);
    let (mut break_space, mut space_break) = (false, false);
    let (mut previous_space, mut previous_break) = (false, false);
    let mut preceded_by_whitespace = true;
    let mut followed_by_whitespace = is_blankz(chars.get(1).copied());
    let last = chars.len() - 1;
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            if "#,[]{}&*!|>'\"%@`".contains(c) {
                flow_indicators = true;
                block_indicators = true;
            }
            if c == '?' || c == ':' {
                flow_indicators = true;
                if followed_by_whitespace {
                    block_indicators = true;
                }
            }
            if c == '-' && followed_by_whitespace {
                flow_indicators = true;
                block_indicators = true;
            }
        } else {
            if ",?[]{}".contains(c) {
                flow_indicators = true;
            }
            if c == ':' {
                flow_indicators = true;
                if followed_by_whitespace {
                    block_indicators = true;
                }
            }
            if c == '#' && preceded_by_whitespace {
                flow_indicators = true;
                block_indicators = true;
            }
        }
        if !is_printable(c) {
            special_characters = true;
        }
        if is_break(c) {
            line_breaks = true;
        }
        if c == ' ' {
            leading_space |= i == 0;
            trailing_space |= i == last;
            break_space |= previous_break;
            previous_space = true;
            previous_break = false;
        } else if is_break(c) {
            leading_break |= i == 0;
            trailing_break |= i == last;
            space_break |= previous_space;
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = is_blankz(Some(c));
        if i < last {
            followed_by_whitespace = is_blankz(chars.get(i + 2).copied());
        }
    }
    let mut a = Analysis {
        multiline: line_breaks,
        flow_plain_allowed: true,
        block_plain_allowed: true,
        single_quoted_allowed: true,
        block_allowed: true,
    };
    if leading_space || leading_break || trailing_space || trailing_break {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
    }
    if trailing_space {
        a.block_allowed = false;
    }
    if break_space {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
        a.single_quoted_allowed = false;
    }
    if space_break || special_characters {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
        a.single_quoted_allowed = false;
        a.block_allowed = false;
    }
    if line_breaks {
        a.flow_plain_allowed = false;
        a.block_plain_allowed = false;
    }
    if flow_indicators {
        a.flow_plain_allowed = false;
    }
    if block_indicators {
        a.block_plain_allowed = false;
    }
    a
}

/// The style a string asks for: a literal block when it has line breaks,
/// quotes when it would read back as null, a boolean or a number.
fn string_style(s: &str) -> Style {
    if s.contains('\n') {
        Style::Literal
    } else if reads_as_non_string(s) {
        Style::SingleQuoted
    } else {
        Style::Any
    }
}

/// serde_yaml's reading of an untagged plain scalar: anything but a
/// string? Numbers with leading zeros count, so `0123` keeps its quotes.
fn reads_as_non_string(s: &str) -> bool {
    s.is_empty()
        || matches!(
            s,
            "~" | "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
        )
        || parse_unsigned_int(s)
        || parse_negative_int(s)
        || digits_but_not_number(s)
        || parse_f64(s)
}

fn digits_but_not_number(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    s.len() > 1 && s.starts_with('0') && s[1..].bytes().all(|b| b.is_ascii_digit())
}

fn parse_unsigned_int(s: &str) -> bool {
    let unpositive = s.strip_prefix('+').unwrap_or(s);
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(rest) = unpositive.strip_prefix(prefix) {
            if rest.starts_with(['+', '-']) {
                return false;
            }
            if u128::from_str_radix(rest, radix).is_ok() {
                return true;
            }
        }
    }
    if unpositive.starts_with(['+', '-']) || digits_but_not_number(s) {
        return false;
    }
    unpositive.parse::<u128>().is_ok()
}

fn parse_negative_int(s: &str) -> bool {
    for (prefix, radix) in [("-0x", 16), ("-0o", 8), ("-0b", 2)] {
        if let Some(rest) = s.strip_prefix(prefix) {
            if i128::from_str_radix(&format!("-{rest}"), radix).is_ok() {
                return true;
            }
        }
    }
    if digits_but_not_number(s) {
        return false;
    }
    s.parse::<i128>().is_ok()
}

fn parse_f64(s: &str) -> bool {
    let unpositive = match s.strip_prefix('+') {
        Some(u) if u.starts_with(['+', '-']) => return false,
        Some(u) => u,
        None => s,
    };
    matches!(unpositive, ".inf" | ".Inf" | ".INF")
        || matches!(s, "-.inf" | "-.Inf" | "-.INF" | ".nan" | ".NaN" | ".NAN")
        || unpositive.parse::<f64>().is_ok_and(f64::is_finite)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    fn y(v: Value) -> String {
        value_to_string(&v)
    }

    #[test]
    fn block_layout() {
        let v = json!({
            "name": "orders",
            "partitions": 12,
            "ratio": 0.5,
            "on": true,
            "none": null,
            "configs": {"retention.ms": "604800000", "cleanup.policy": "compact"},
            "replicas": [1, 2, 3],
            "empty": [],
            "nothing": {},
            "nested": [{"a": 1, "b": [1]}, [1, 2], "x"],
        });
        assert_eq!(
            y(v),
            "name: orders\npartitions: 12\nratio: 0.5\non: true\nnone: null\nconfigs:\n  retention.ms: '604800000'\n  cleanup.policy: compact\nreplicas:\n- 1\n- 2\n- 3\nempty: []\nnothing: {}\nnested:\n- a: 1\n  b:\n  - 1\n- - 1\n  - 2\n- x\n"
        );
        assert_eq!(y(json!("x")), "x\n");
        assert_eq!(y(json!(null)), "null\n");
        assert_eq!(y(json!([])), "[]\n");
    }

    #[test]
    fn quoting() {
        for (s, out) in [
            ("", "''"),
            ("true", "'true'"),
            ("no", "no"),
            ("0123", "'0123'"),
            ("1e3", "'1e3'"),
            ("0x1F", "'0x1F'"),
            (".inf", "'.inf'"),
            ("~", "'~'"),
            ("a: b", "'a: b'"),
            ("a:b", "a:b"),
            ("- x", "'- x'"),
            ("#x", "'#x'"),
            ("a #x", "'a #x'"),
            ("it's", "it's"),
            ("'q'", "'''q'''"),
            (" lead", "' lead'"),
            ("tab\there", "\"tab\\there\""),
            ("bell\u{7}", "\"bell\\a\""),
            ("é ü 日本", "é ü 日本"),
            ("User:alice", "User:alice"),
            ("*", "'*'"),
        ] {
            assert_eq!(y(json!({ "k": s })), format!("k: {out}\n"), "{s:?}");
        }
        assert_eq!(y(json!({"123": 1})), "'123': 1\n");
    }

    #[test]
    fn literal_blocks() {
        assert_eq!(y(json!({"k": "a\nb"})), "k: |-\n  a\n  b\n");
        assert_eq!(y(json!({"k": "a\n"})), "k: |\n  a\n");
        assert_eq!(y(json!({"k": "a\n\n"})), "k: |+\n  a\n\n");
        assert_eq!(y(json!({"k": " a\nb"})), "k: |2-\n   a\n  b\n");
        assert_eq!(y(json!({"k": "a \nb"})), "k: \"a \\nb\"\n");
        assert_eq!(y(json!(["a\n\nb"])), "- |-\n  a\n\n  b\n");
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Inner {
        port: u16,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Outer {
        name: String,
        items: Vec<Inner>,
    }

    #[test]
    fn reading_with_positions() {
        let ok: Outer = from_str("name: a\nitems:\n- port: 1\n", Path::new("f.yaml")).unwrap();
        assert_eq!(ok.items, vec![Inner { port: 1 }]);
        let empty: Option<Outer> = from_str("# nothing\n", Path::new("f.yaml")).unwrap();
        assert_eq!(empty, None);

        let e = from_str::<Outer>(
            "name: a\nitems:\n- port: 1\n- port: x\n",
            Path::new("f.yaml"),
        )
        .unwrap_err();
        assert_eq!(e.pos, Some(Pos { line: 4, col: 9 }), "{e}");
        assert!(
            e.to_string()
                .starts_with("f.yaml:4:9: items[1].port: invalid type"),
            "{e}"
        );

        let e = from_str::<Outer>(
            "name: a\nitems:\n- port: 1\n  prot: 2\n",
            Path::new("f.yaml"),
        )
        .unwrap_err();
        assert_eq!(e.pos, Some(Pos { line: 4, col: 3 }), "{e}");
        assert!(
            e.message.starts_with("items[0]: unknown field `prot`"),
            "{e}"
        );

        let e = from_str::<Outer>("name: [a\n", Path::new("f.yaml")).unwrap_err();
        assert!(e.message.starts_with("YAML syntax error"), "{e}");
        let e = from_str::<Outer>("a: 1\na: 2\n", Path::new("f.yaml")).unwrap_err();
        assert_eq!(e.pos, Some(Pos { line: 2, col: 1 }), "{e}");
        let e = from_str::<Outer>("a: 1\n---\nb: 2\n", Path::new("f.yaml")).unwrap_err();
        assert!(e.message.contains("more than one"), "{e}");
    }

    #[test]
    fn round_trip() {
        let v =
            json!({"a": ["x", "0123", "a\nb", {"b": null, "c": 1.5, "d": -3}], "e": "it's: here"});
        assert_eq!(parse_value(&y(v.clone()), Path::new("-")).unwrap(), v);
    }
}
