//! A small YAML tree that remembers where every node was written.
//!
//! Built from yaml-rust2's event parser rather than its recursive loader so
//! that depth is bounded here (a tree deeper than [`MAX_DEPTH`] is never
//! built, so walking or dropping one cannot exhaust the stack) and aliases
//! are expanded under a node budget (no "billion laughs"). Plain scalars are
//! resolved with the YAML 1.2 core schema but keep the text as written, so
//! `604800000` or `0.5` reach Kafka exactly as the author typed them.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, Parser, Tag};
use yaml_rust2::scanner::{Marker, TScalarStyle};

/// Deepest nesting of sequences and mappings accepted in a document.
/// Manifests need five or six levels; 64 leaves room for anchors and
/// still keeps every recursive walk over the tree shallow.
pub const MAX_DEPTH: usize = 64;

/// Most nodes a single file may expand to, counting every copy an alias
/// makes.
pub const MAX_NODES: usize = 1_000_000;

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl Pos {
    fn from_marker(m: &Marker) -> Pos {
        // yaml-rust2 counts lines from 1 but columns from 0.
        Pos {
            line: m.line(),
            col: m.col() + 1,
        }
    }
}

impl std::fmt::Display for Pos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// What a scalar resolved to under the YAML 1.2 core schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScalarKind {
    Null,
    Bool(bool),
    Int,
    Float,
    Str,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `text` is the scalar as written (after YAML unescaping for quoted
    /// styles).
    Scalar {
        text: String,
        kind: ScalarKind,
        /// Written without quotes.
        plain: bool,
        /// An empty plain scalar, i.e. a key with nothing after it.
        implicit: bool,
    },
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub pos: Pos,
    pub value: Value,
}

impl Node {
    fn null(pos: Pos) -> Node {
        Node {
            pos,
            value: Value::Scalar {
                text: String::new(),
                kind: ScalarKind::Null,
                plain: true,
                implicit: true,
            },
        }
    }

    /// The text of a scalar that is a string (quoted, or plain and not
    /// resolving to null, a boolean or a number).
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar {
                text,
                kind: ScalarKind::Str,
                ..
            } => Some(text),
            _ => None,
        }
    }

    /// The text of any non-null scalar, as written.
    pub fn scalar_text(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar { kind, .. } if *kind == ScalarKind::Null => None,
            Value::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(
            self.value,
            Value::Scalar {
                kind: ScalarKind::Null,
                ..
            }
        )
    }

    pub fn as_map(&self) -> Option<&[(Node, Node)]> {
        match &self.value {
            Value::Map(entries) => Some(entries),
            _ => None,
        }
    }

    pub fn as_seq(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Seq(items) => Some(items),
            _ => None,
        }
    }

    /// "a string", "a mapping", ... for messages such as "must be an
    /// integer, not a string".
    pub fn type_name(&self) -> &'static str {
        match &self.value {
            Value::Scalar { kind, .. } => match kind {
                ScalarKind::Null => "null",
                ScalarKind::Bool(_) => "a boolean",
                ScalarKind::Int => "an integer",
                ScalarKind::Float => "a floating-point number",
                ScalarKind::Str => "a string",
            },
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }

    /// Number of nodes in this subtree, and its height (a scalar is 0).
    fn measure(&self) -> (usize, usize) {
        match &self.value {
            Value::Scalar { .. } => (1, 0),
            Value::Seq(items) => items.iter().fold((1, 1), |(n, h), item| {
                let (cn, ch) = item.measure();
                (n.saturating_add(cn), h.max(ch + 1))
            }),
            Value::Map(entries) => entries.iter().fold((1, 1), |(n, h), (k, v)| {
                let (kn, kh) = k.measure();
                let (vn, vh) = v.measure();
                (
                    n.saturating_add(kn).saturating_add(vn),
                    h.max(kh + 1).max(vh + 1),
                )
            }),
        }
    }
}

/// One non-empty document of a stream.
#[derive(Debug, Clone)]
pub struct Document {
    pub root: Node,
}

/// A problem found while reading the YAML itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub pos: Pos,
    pub message: String,
}

/// Every complete document of `text`, and the problems found. A syntax error
/// ends the stream (the parser cannot resynchronise), but the documents
/// before it are still returned so that their own errors can be reported.
pub fn parse_stream(text: &str) -> (Vec<Document>, Vec<YamlError>) {
    let mut builder = Builder::default();
    let mut parser = Parser::new_from_str(text);
    loop {
        match parser.next_token() {
            Ok((Event::StreamEnd, _)) => break,
            Ok((event, mark)) => {
                if !builder.on_event(event, &mark) {
                    break;
                }
            }
            Err(e) => {
                builder.errors.push(YamlError {
                    pos: Pos::from_marker(e.marker()),
                    message: format!("YAML syntax error: {}", e.info()),
                });
                break;
            }
        }
    }
    (builder.documents, builder.errors)
}

enum Frame {
    Seq {
        pos: Pos,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        start: Marker,
        anchor: usize,
        entries: Vec<(Node, Node)>,
        key: Option<Node>,
    },
}

struct Anchored {
    node: Node,
    nodes: usize,
    height: usize,
}

#[derive(Default)]
struct Builder {
    documents: Vec<Document>,
    errors: Vec<YamlError>,
    stack: Vec<Frame>,
    root: Option<Node>,
    anchors: HashMap<usize, Anchored>,
    /// Collections being skipped because they are nested too deeply.
    skipping: usize,
    skipped_at: Option<Pos>,
    nodes: usize,
}

impl Builder {
    /// Returns false when the rest of the stream must be abandoned.
    fn on_event(&mut self, event: Event, mark: &Marker) -> bool {
        let pos = Pos::from_marker(mark);
        if self.skipping > 0 {
            match event {
                Event::SequenceStart(..) | Event::MappingStart(..) => self.skipping += 1,
                Event::SequenceEnd | Event::MappingEnd => {
                    self.skipping -= 1;
                    if self.skipping == 0 {
                        let at = self.skipped_at.take().unwrap_or(pos);
                        self.push(Node::null(at));
                    }
                }
                _ => {}
            }
            return true;
        }
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            self.errors.push(YamlError {
                pos,
                message: format!(
                    "too large: more than {MAX_NODES} YAML nodes (counting what aliases expand to)"
                ),
            });
            return false;
        }
        match event {
            Event::StreamStart | Event::Nothing | Event::StreamEnd => {}
            Event::DocumentStart => {
                self.stack.clear();
                self.root = None;
                self.anchors.clear();
            }
            Event::DocumentEnd => {
                self.stack.clear();
                if let Some(root) = self.root.take() {
                    if !root.is_null() {
                        self.documents.push(Document { root });
                    }
                }
                self.anchors.clear();
            }
            Event::Scalar(text, style, anchor, tag) => {
                let node = scalar_node(text, style, tag.as_ref(), pos);
                self.remember(anchor, &node);
                self.push(node);
            }
            Event::Alias(id) => match self.anchors.get(&id) {
                Some(a) => {
                    if self.stack.len() + a.height > MAX_DEPTH {
                        self.too_deep(pos);
                        self.push(Node::null(pos));
                    } else {
                        self.nodes = self.nodes.saturating_add(a.nodes);
                        if self.nodes > MAX_NODES {
                            self.errors.push(YamlError {
                                pos,
                                message: format!(
                                    "too large: more than {MAX_NODES} YAML nodes (counting what aliases expand to)"
                                ),
                            });
                            return false;
                        }
                        let mut node = a.node.clone();
                        // The copy is reported where the alias is written
                        // at its root, so a type error on `key: *x` points
                        // at `*x`; its insides keep the anchor's positions.
                        node.pos = pos;
                        self.push(node);
                    }
                }
                None => {
                    self.errors.push(YamlError {
                        pos,
                        message: "alias refers to an anchor that is not defined before it in this document".into(),
                    });
                    self.push(Node::null(pos));
                }
            },
            Event::SequenceStart(anchor, _) => {
                if self.stack.len() >= MAX_DEPTH {
                    self.too_deep(pos);
                    self.skipping = 1;
                    self.skipped_at = Some(pos);
                } else {
                    self.stack.push(Frame::Seq {
                        pos,
                        anchor,
                        items: Vec::new(),
                    });
                }
            }
            Event::MappingStart(anchor, _) => {
                if self.stack.len() >= MAX_DEPTH {
                    self.too_deep(pos);
                    self.skipping = 1;
                    self.skipped_at = Some(pos);
                } else {
                    self.stack.push(Frame::Map {
                        start: *mark,
                        anchor,
                        entries: Vec::new(),
                        key: None,
                    });
                }
            }
            Event::SequenceEnd => {
                if let Some(Frame::Seq { pos, anchor, items }) = self.stack.pop() {
                    let node = Node {
                        pos,
                        value: Value::Seq(items),
                    };
                    self.remember(anchor, &node);
                    self.push(node);
                }
            }
            Event::MappingEnd => {
                if let Some(Frame::Map {
                    start,
                    anchor,
                    entries,
                    key,
                }) = self.stack.pop()
                {
                    let mut entries = entries;
                    if let Some(k) = key {
                        let at = k.pos;
                        entries.push((k, Node::null(at)));
                    }
                    // A block mapping's start event is marked after its first
                    // key; the first key is where a reader sees it begin.
                    let pos = match entries.first() {
                        Some((k, _)) if k.pos < Pos::from_marker(&start) => k.pos,
                        _ => Pos::from_marker(&start),
                    };
                    let entries = self.finish_map(entries);
                    let node = Node {
                        pos,
                        value: Value::Map(entries),
                    };
                    self.remember(anchor, &node);
                    self.push(node);
                }
            }
        }
        true
    }

    fn too_deep(&mut self, pos: Pos) {
        self.errors.push(YamlError {
            pos,
            message: format!("nested deeper than {MAX_DEPTH} levels"),
        });
    }

    fn remember(&mut self, anchor: usize, node: &Node) {
        if anchor == 0 {
            return;
        }
        let (nodes, height) = node.measure();
        self.anchors.insert(
            anchor,
            Anchored {
                node: node.clone(),
                nodes,
                height,
            },
        );
    }

    fn push(&mut self, node: Node) {
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map { entries, key, .. }) => match key.take() {
                None => *key = Some(node),
                Some(k) => {
                    let mut value = node;
                    // `key:` with nothing after it is marked at the next
                    // token, often on another line; the key is the place
                    // to point at.
                    if matches!(value.value, Value::Scalar { implicit: true, .. }) {
                        value.pos = k.pos;
                    }
                    entries.push((k, value));
                }
            },
        }
    }

    /// Applies merge keys (`<<: *defaults`) and reports duplicate keys,
    /// keeping the first of each.
    fn finish_map(&mut self, entries: Vec<(Node, Node)>) -> Vec<(Node, Node)> {
        let mut own: Vec<(Node, Node)> = Vec::with_capacity(entries.len());
        let mut merged: Vec<(Node, Node)> = Vec::new();
        // Keyed by text so a mapping with many keys stays linear.
        let mut seen: HashMap<String, Pos> = HashMap::new();
        for (k, v) in entries {
            if is_merge_key(&k) {
                match v.value {
                    Value::Map(m) => merged.extend(m),
                    Value::Seq(items) => {
                        for item in items {
                            match item.value {
                                Value::Map(m) => merged.extend(m),
                                _ => self.errors.push(YamlError {
                                    pos: item.pos,
                                    message: "merge key '<<' takes a mapping or a list of mappings"
                                        .into(),
                                }),
                            }
                        }
                    }
                    _ => self.errors.push(YamlError {
                        pos: v.pos,
                        message: "merge key '<<' takes a mapping or a list of mappings".into(),
                    }),
                }
                continue;
            }
            if let Some(first) = scalar_key(&k).and_then(|t| seen.get(t)) {
                self.errors.push(YamlError {
                    pos: k.pos,
                    message: format!(
                        "duplicate key '{}' (first given at line {}, column {})",
                        key_label(&k),
                        first.line,
                        first.col
                    ),
                });
                continue;
            }
            if let Some(t) = scalar_key(&k) {
                seen.insert(t.to_string(), k.pos);
            }
            own.push((k, v));
        }
        for (k, v) in merged {
            match scalar_key(&k) {
                Some(t) if seen.contains_key(t) => {}
                Some(t) => {
                    seen.insert(t.to_string(), k.pos);
                    own.push((k, v));
                }
                None => own.push((k, v)),
            }
        }
        own
    }
}

/// Only a plain `<<` is a merge key; a quoted one is an ordinary key.
fn is_merge_key(k: &Node) -> bool {
    matches!(&k.value, Value::Scalar { text, plain: true, .. } if text == "<<")
}

fn scalar_key(k: &Node) -> Option<&str> {
    match &k.value {
        Value::Scalar { text, .. } => Some(text),
        _ => None,
    }
}

fn key_label(k: &Node) -> String {
    match &k.value {
        Value::Scalar { text, .. } => text.clone(),
        Value::Seq(_) => "[...]".into(),
        Value::Map(_) => "{...}".into(),
    }
}

fn scalar_node(text: String, style: TScalarStyle, tag: Option<&Tag>, pos: Pos) -> Node {
    let implicit = style == TScalarStyle::Plain && text.is_empty() && tag.is_none();
    let kind = match (style, tag) {
        (_, Some(t)) if is_str_tag(t) => ScalarKind::Str,
        (TScalarStyle::Plain, _) => resolve_plain(&text),
        _ => ScalarKind::Str,
    };
    Node {
        pos,
        value: Value::Scalar {
            text,
            kind,
            plain: style == TScalarStyle::Plain,
            implicit,
        },
    }
}

fn is_str_tag(t: &Tag) -> bool {
    (t.handle == "tag:yaml.org,2002:" && t.suffix == "str")
        || (t.handle.is_empty() && t.suffix == "!")
}

/// The YAML 1.2 core schema's resolution of a plain scalar.
pub fn resolve_plain(text: &str) -> ScalarKind {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return ScalarKind::Null,
        "true" | "True" | "TRUE" => return ScalarKind::Bool(true),
        "false" | "False" | "FALSE" => return ScalarKind::Bool(false),
        _ => {}
    }
    if is_core_int(text) {
        ScalarKind::Int
    } else if is_core_float(text) {
        ScalarKind::Float
    } else {
        ScalarKind::Str
    }
}

fn all(s: &str, f: impl Fn(u8) -> bool) -> bool {
    !s.is_empty() && s.bytes().all(f)
}

fn is_core_int(t: &str) -> bool {
    if let Some(h) = t.strip_prefix("0x") {
        return all(h, |b| b.is_ascii_hexdigit());
    }
    if let Some(o) = t.strip_prefix("0o") {
        return all(o, |b| (b'0'..=b'7').contains(&b));
    }
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    all(digits, |b| b.is_ascii_digit())
}

fn is_core_float(t: &str) -> bool {
    let body = t.strip_prefix(['-', '+']).unwrap_or(t);
    if matches!(body, ".inf" | ".Inf" | ".INF") || matches!(t, ".nan" | ".NaN" | ".NAN") {
        return true;
    }
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        // `.5`, `1.`, `1.5`
        Some((int, frac)) => {
            (int.is_empty() || all(int, |b| b.is_ascii_digit()))
                && (frac.is_empty() || all(frac, |b| b.is_ascii_digit()))
                && !(int.is_empty() && frac.is_empty())
        }
        None => all(mantissa, |b| b.is_ascii_digit()),
    };
    let exponent_ok = match exponent {
        None => true,
        Some(e) => all(e.strip_prefix(['-', '+']).unwrap_or(e), |b| {
            b.is_ascii_digit()
        }),
    };
    mantissa_ok && exponent_ok
}

/// The decimal form of a core-schema integer: `+012` -> `12`, `0x1F` ->
/// `31`. Arbitrarily long decimal integers are kept whole (range checks
/// happen where the value is used); hexadecimal and octal ones that do not
/// fit 128 bits are returned as written.
pub fn int_decimal(text: &str) -> String {
    if let Some(h) = text.strip_prefix("0x") {
        return u128::from_str_radix(h, 16)
            .map(|v| v.to_string())
            .unwrap_or_else(|_| text.to_string());
    }
    if let Some(o) = text.strip_prefix("0o") {
        return u128::from_str_radix(o, 8)
            .map(|v| v.to_string())
            .unwrap_or_else(|_| text.to_string());
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let trimmed = digits.trim_start_matches('0');
    if trimmed.is_empty() {
        "0".to_string()
    } else if negative {
        format!("-{trimmed}")
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Node {
        let (docs, errs) = parse_stream(text);
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(docs.len(), 1);
        docs.into_iter()
            .next()
            .map(|d| d.root)
            .unwrap_or(Node::null(Pos::default()))
    }

    fn get<'a>(n: &'a Node, key: &str) -> &'a Node {
        n.as_map()
            .and_then(|m| m.iter().find(|(k, _)| k.scalar_text() == Some(key)))
            .map(|(_, v)| v)
            .unwrap_or_else(|| panic!("no key {key}"))
    }

    #[test]
    fn core_schema_resolution() {
        assert_eq!(resolve_plain("12"), ScalarKind::Int);
        assert_eq!(resolve_plain("-3"), ScalarKind::Int);
        assert_eq!(resolve_plain("0x1F"), ScalarKind::Int);
        assert_eq!(resolve_plain("0o17"), ScalarKind::Int);
        assert_eq!(resolve_plain("0.5"), ScalarKind::Float);
        assert_eq!(resolve_plain(".5"), ScalarKind::Float);
        assert_eq!(resolve_plain("1e3"), ScalarKind::Float);
        assert_eq!(resolve_plain("-.inf"), ScalarKind::Float);
        assert_eq!(resolve_plain(".nan"), ScalarKind::Float);
        assert_eq!(resolve_plain("."), ScalarKind::Str);
        assert_eq!(resolve_plain("1.2.3"), ScalarKind::Str);
        assert_eq!(resolve_plain("7d"), ScalarKind::Str);
        assert_eq!(resolve_plain("yes"), ScalarKind::Str);
        assert_eq!(resolve_plain("True"), ScalarKind::Bool(true));
        assert_eq!(resolve_plain("~"), ScalarKind::Null);
        assert_eq!(resolve_plain("0x"), ScalarKind::Str);
        assert_eq!(resolve_plain("e5"), ScalarKind::Str);
    }

    #[test]
    fn integers_become_decimal() {
        assert_eq!(int_decimal("604800000"), "604800000");
        assert_eq!(int_decimal("+007"), "7");
        assert_eq!(int_decimal("-0"), "0");
        assert_eq!(int_decimal("-12"), "-12");
        assert_eq!(int_decimal("0x1F"), "31");
        assert_eq!(int_decimal("0o17"), "15");
        assert_eq!(
            int_decimal("123456789012345678901234567890"),
            "123456789012345678901234567890"
        );
    }

    #[test]
    fn positions_are_one_based_and_block_maps_start_at_their_first_key() {
        let root = one("# c\nspec:\n  partitions: 12\n  empty:\n  q: \"x\"\n");
        assert_eq!(root.pos, Pos { line: 2, col: 1 });
        let spec = get(&root, "spec");
        assert_eq!(spec.pos, Pos { line: 3, col: 3 });
        assert_eq!(get(spec, "partitions").pos, Pos { line: 3, col: 15 });
        // An empty value points at its key.
        assert_eq!(get(spec, "empty").pos, Pos { line: 4, col: 3 });
        assert_eq!(get(spec, "q").pos, Pos { line: 5, col: 6 });
        assert_eq!(get(spec, "q").as_str(), Some("x"));
    }

    #[test]
    fn empty_documents_are_skipped() {
        let (docs, errs) = parse_stream("---\n---\n# only a comment\n---\na: 1\n---\n");
        assert!(errs.is_empty());
        assert_eq!(docs.len(), 1);
    }

    #[test]
    fn anchors_aliases_and_merge_keys() {
        let root = one("base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\nalias: *b\n");
        let used = get(&root, "use");
        assert_eq!(get(used, "x").scalar_text(), Some("1"));
        assert_eq!(get(used, "y").scalar_text(), Some("3"));
        assert_eq!(get(&root, "alias").pos, Pos { line: 5, col: 8 });
    }

    #[test]
    fn duplicate_keys_are_reported() {
        let (_, errs) = parse_stream("a: 1\nb: 2\na: 3\n");
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].pos, Pos { line: 3, col: 1 });
        assert!(errs[0].message.contains("first given at line 1"));
    }

    #[test]
    fn depth_is_bounded() {
        let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
        let (_, errs) = parse_stream(&deep);
        assert!(errs.iter().any(|e| e.message.contains("nested deeper")));
        let mut block = String::new();
        for i in 0..200 {
            block.push_str(&" ".repeat(i));
            block.push_str("a:\n");
        }
        let (_, errs) = parse_stream(&block);
        assert!(errs.iter().any(|e| e.message.contains("nested deeper")));
    }

    #[test]
    fn alias_bombs_are_bounded() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let (_, errs) = parse_stream(&text);
        assert!(
            errs.iter().any(|e| e.message.contains("too large")),
            "{errs:?}"
        );
    }

    #[test]
    fn syntax_errors_keep_earlier_documents() {
        let (docs, errs) = parse_stream("a: 1\n---\nb: [c\nd: e\n");
        assert_eq!(docs.len(), 1);
        assert_eq!(errs.len(), 1);
        assert!(errs[0].message.starts_with("YAML syntax error"));
    }
}
