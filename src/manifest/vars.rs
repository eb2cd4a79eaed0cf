//! Manifest variables: `${NAME}` in any scalar is replaced before the
//! manifests are checked, so one manifest set serves many clusters.
//!
//! Values come from, strongest first: `--set NAME=VALUE` (later wins),
//! `--values FILE` (a YAML map; later files win), `MSKCTL_VAR_NAME`
//! environment variables, then the context's `vars:`. `$${` writes a
//! literal `${`. A name nobody defined is an error at the scalar's
//! `file:line:col`. A plain scalar is resolved again after substitution
//! (`partitions: ${P}` with P=12 is an integer), so the type checks that
//! follow judge the value while still pointing at the template.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use super::yaml::{self, Node, Pos, ScalarKind, Value};

/// Where a variable's value came from (said in `--set` conflicts and
/// debugging output, never with the value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Set,
    Values(String),
    Env,
    Context(String),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Set => write!(f, "--set"),
            Source::Values(file) => write!(f, "--values {file}"),
            Source::Env => write!(f, "the environment"),
            Source::Context(name) => write!(f, "context '{name}'"),
        }
    }
}

/// The variables a run substitutes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vars {
    values: BTreeMap<String, (String, Source)>,
}

/// The prefix of environment variables that define manifest variables.
pub const ENV_PREFIX: &str = "MSKCTL_VAR_";

/// A variable name: a letter or `_`, then letters, digits and `_`.
pub fn valid_name(name: &str) -> bool {
    let mut bytes = name.bytes();
    matches!(bytes.next(), Some(b) if b.is_ascii_alphabetic() || b == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

impl Vars {
    /// Adds `values` from `source`, replacing what weaker sources set.
    /// Call from the weakest source to the strongest.
    pub fn layer(&mut self, values: impl IntoIterator<Item = (String, String)>, source: Source) {
        for (k, v) in values {
            self.values.insert(k, (v, source.clone()));
        }
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(|(v, _)| v.as_str())
    }

    pub fn source(&self, name: &str) -> Option<&Source> {
        self.values.get(name).map(|(_, s)| s)
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The `MSKCTL_VAR_NAME` variables of an environment.
    pub fn from_env(env: impl IntoIterator<Item = (String, String)>) -> Vec<(String, String)> {
        env.into_iter()
            .filter_map(|(k, v)| {
                let name = k.strip_prefix(ENV_PREFIX)?;
                valid_name(name).then(|| (name.to_string(), v))
            })
            .collect()
    }
}

/// `NAME=VALUE` from `--set`.
pub fn parse_set(s: &str) -> Result<(String, String), String> {
    let (k, v) = s
        .split_once('=')
        .ok_or_else(|| format!("'{s}': expected NAME=VALUE"))?;
    if !valid_name(k) {
        return Err(format!(
            "'{k}' is not a variable name (letters, digits and _, not starting with a digit)"
        ));
    }
    Ok((k.to_string(), v.to_string()))
}

/// The variables of a `--values` file: one YAML mapping of names to
/// scalars. Errors are `file:line:col: message`.
pub fn parse_values(text: &str, file: &str) -> Result<Vec<(String, String)>, Vec<String>> {
    let at = |pos: Pos, m: &str| format!("{file}:{}:{}: {m}", pos.line, pos.col);
    let (docs, errors) = yaml::parse_stream(text.strip_prefix('\u{feff}').unwrap_or(text));
    if let Some(e) = errors.first() {
        return Err(vec![at(e.pos, &e.message)]);
    }
    let mut out = Vec::new();
    let mut problems = Vec::new();
    match docs.as_slice() {
        [] => {}
        [doc] => match doc.root.as_map() {
            Some(entries) => {
                for (k, v) in entries {
                    let Some(name) = k.scalar_text() else {
                        problems.push(at(k.pos, "a variable name must be a plain string"));
                        continue;
                    };
                    if !valid_name(name) {
                        problems.push(at(
                            k.pos,
                            &format!(
                                "'{name}' is not a variable name (letters, digits and _, not \
                                 starting with a digit)"
                            ),
                        ));
                        continue;
                    }
                    match &v.value {
                        Value::Scalar { text, .. } => out.push((name.to_string(), text.clone())),
                        _ => problems.push(at(
                            v.pos,
                            &format!("variable '{name}' must be a scalar, not {}", v.type_name()),
                        )),
                    }
                }
            }
            None => problems.push(at(
                doc.root.pos,
                &format!(
                    "a values file is a mapping of NAME: value, not {}",
                    doc.root.type_name()
                ),
            )),
        },
        [_, second, ..] => problems.push(at(second.root.pos, "a values file holds one document")),
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// Reads a `--values` file (bounded).
pub fn read_values(path: &Path) -> Result<Vec<(String, String)>, Vec<String>> {
    let file = path.display().to_string();
    let text = crate::input::read_file_to_string(path)
        .map_err(|e| vec![format!("{file}: cannot read the values file: {e}")])?;
    parse_values(&text, &file)
}

/// One scalar's text with its placeholders replaced; `Err` is the message.
pub fn expand(text: &str, vars: &Vars) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(after) = tail.strip_prefix("$${") {
            out.push_str("${");
            rest = after;
        } else if let Some(after) = tail.strip_prefix("${") {
            let Some(end) = after.find('}') else {
                return Err("'${' without a closing '}' (write $${ for a literal ${)".to_string());
            };
            let name = &after[..end];
            if !valid_name(name) {
                return Err(format!(
                    "'${{{}}}' is not a variable (names are letters, digits and _; write $${{ \
                     for a literal ${{)",
                    crate::render::escape_control(name)
                ));
            }
            match vars.get(name) {
                Some(v) => out.push_str(v),
                None => {
                    return Err(format!(
                        "undefined variable '{name}' (define it with --set {name}=VALUE, \
                         --values FILE, {ENV_PREFIX}{name} or the context's vars)"
                    ))
                }
            }
            rest = &after[end + 1..];
        } else {
            out.push('$');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Replaces the placeholders of every scalar (keys too) under `node`, in
/// place; each problem comes back with the scalar's position.
pub fn substitute(node: &mut Node, vars: &Vars, problems: &mut Vec<(Pos, String)>) {
    let pos = node.pos;
    match &mut node.value {
        Value::Scalar {
            text, kind, plain, ..
        } => {
            if !text.contains('$') {
                return;
            }
            match expand(text, vars) {
                Ok(new) => {
                    if *plain {
                        *kind = yaml::resolve_plain(&new);
                        if *kind == ScalarKind::Int {
                            // As the reader stores integers: in decimal.
                            *text = yaml::int_decimal(&new);
                            return;
                        }
                    }
                    *text = new;
                }
                Err(m) => problems.push((pos, m)),
            }
        }
        Value::Seq(items) => {
            for item in items {
                substitute(item, vars, problems);
            }
        }
        Value::Map(entries) => {
            for (k, v) in entries {
                substitute(k, vars, problems);
                substitute(v, vars, problems);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> Vars {
        let mut v = Vars::default();
        v.layer(
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())),
            Source::Set,
        );
        v
    }

    #[test]
    fn placeholders_escapes_and_errors() {
        let v = vars(&[("ENV", "prod"), ("N", "12")]);
        assert_eq!(expand("${ENV}-orders", &v).unwrap(), "prod-orders");
        assert_eq!(expand("a${N}b${N}", &v).unwrap(), "a12b12");
        assert_eq!(expand("$${ENV} costs $5", &v).unwrap(), "${ENV} costs $5");
        assert!(expand("${MISSING}", &v)
            .unwrap_err()
            .starts_with("undefined variable 'MISSING'"));
        assert!(expand("${ENV", &v)
            .unwrap_err()
            .contains("without a closing"));
        assert!(expand("${1x}", &v)
            .unwrap_err()
            .contains("is not a variable"));
    }

    #[test]
    fn later_layers_win() {
        let mut v = Vars::default();
        v.layer(
            [("A".into(), "ctx".into()), ("B".into(), "ctx".into())],
            Source::Context("prod".into()),
        );
        v.layer([("A".into(), "env".into())], Source::Env);
        assert_eq!(v.get("A"), Some("env"));
        assert_eq!(v.get("B"), Some("ctx"));
        assert_eq!(v.source("B"), Some(&Source::Context("prod".into())));
    }

    #[test]
    fn env_set_and_values_inputs() {
        let env = [
            ("MSKCTL_VAR_ENV".to_string(), "prod".to_string()),
            ("MSKCTL_VAR_".to_string(), "x".to_string()),
            ("MSKCTL_BOOTSTRAP".to_string(), "b:9092".to_string()),
        ];
        assert_eq!(Vars::from_env(env), vec![("ENV".into(), "prod".into())]);
        assert_eq!(parse_set("A=b=c").unwrap(), ("A".into(), "b=c".into()));
        assert!(parse_set("A").is_err());
        assert!(parse_set("1A=x").is_err());
        assert_eq!(
            parse_values("ENV: prod\nN: 12\n", "v.yaml").unwrap(),
            vec![("ENV".into(), "prod".into()), ("N".into(), "12".into())]
        );
        let errs = parse_values("ENV:\n  - a\n", "v.yaml").unwrap_err();
        assert_eq!(
            errs,
            vec!["v.yaml:2:3: variable 'ENV' must be a scalar, not a list"]
        );
        let errs = parse_values("- a\n", "v.yaml").unwrap_err();
        assert!(
            errs[0].starts_with("v.yaml:1:1: a values file is a mapping"),
            "{errs:?}"
        );
    }

    #[test]
    fn plain_scalars_resolve_again_after_substitution() {
        let (mut docs, errs) = yaml::parse_stream("a: ${N}\nb: '${N}'\nc: ${X}\n");
        assert!(errs.is_empty());
        let mut problems = Vec::new();
        substitute(&mut docs[0].root, &vars(&[("N", "12")]), &mut problems);
        let map = docs[0].root.as_map().unwrap();
        assert_eq!(map[0].1.type_name(), "an integer");
        assert_eq!(map[1].1.as_str(), Some("12"));
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].0, Pos { line: 3, col: 4 });
    }
}
