//! Live topics written back as canonical `kind: Topic` manifests.
//!
//! The YAML is written by hand rather than through `crate::yaml` so the layout
//! is stable (fixed key order, plain scalars where they read back as the
//! same string, a unit comment next to retention) and so every value is
//! guaranteed to load back as exactly the string Kafka reported.

use std::fmt::Write as _;

use std::collections::BTreeMap;

use crate::kafka::acls::{describe_binding, AclBinding, AclOperation, CLUSTER_RESOURCE_NAME};
use crate::kafka::acls::{AclPermission, PatternType, ResourceType};
use crate::plan::ObservedTopic;
use crate::units::{format_bytes, format_ms};

use super::check::{scalar_config_text, API_VERSION};
use super::yaml::{resolve_plain, ScalarKind};

/// One `kind: Topic` document per topic, separated by `---`, in the order
/// given. Configs are written as Kafka reported them; configs the broker
/// marks sensitive are left out with a comment, since their value is
/// hidden and writing a placeholder would set it.
pub fn export_yaml(topics: &[ObservedTopic]) -> String {
    let mut out = String::new();
    for (i, t) in topics.iter().enumerate() {
        if i > 0 {
            out.push_str("---\n");
        }
        // Writing to a String cannot fail.
        let _ = write_topic(&mut out, t);
    }
    out
}

/// Live ACL bindings as one `kind: Acl` document named `name`, one entry
/// per (principal, permission, host, resource) with its operations, so
/// that loading it back declares exactly these bindings. Bindings holding
/// a code this version does not know cannot be written as a manifest; they
/// are listed as comments.
pub fn export_acls_yaml(name: &str, bindings: &[AclBinding]) -> String {
    type Key<'a> = (
        &'a str,
        AclPermission,
        &'a str,
        ResourceType,
        &'a str,
        PatternType,
    );
    let mut groups: BTreeMap<Key<'_>, Vec<AclOperation>> = BTreeMap::new();
    let mut odd = Vec::new();
    for b in bindings {
        if !b.is_known() || !ResourceType::BINDABLE.contains(&b.resource_type) {
            odd.push(b);
            continue;
        }
        let ops = groups
            .entry((
                b.principal.as_str(),
                b.permission,
                b.host.as_str(),
                b.resource_type,
                b.resource_name.as_str(),
                b.pattern_type,
            ))
            .or_default();
        if !ops.contains(&b.operation) {
            ops.push(b.operation);
        }
    }
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = (|| -> std::fmt::Result {
        writeln!(out, "apiVersion: {API_VERSION}")?;
        writeln!(out, "kind: Acl")?;
        writeln!(out, "metadata:")?;
        writeln!(out, "  name: {}", scalar(name))?;
        writeln!(out, "spec:")?;
        if groups.is_empty() {
            writeln!(out, "  bindings: []")?;
        } else {
            writeln!(out, "  bindings:")?;
        }
        for ((principal, permission, host, rtype, rname, pattern), mut ops) in groups {
            ops.sort();
            writeln!(out, "    - principal: {}", scalar(principal))?;
            if permission != AclPermission::Allow {
                writeln!(out, "      permission: {}", permission.word())?;
            }
            let words: Vec<String> = ops.iter().map(|o| o.word()).collect();
            writeln!(out, "      operations: [{}]", words.join(", "))?;
            writeln!(out, "      resource:")?;
            writeln!(out, "        type: {}", rtype.word())?;
            if !(rtype == ResourceType::Cluster && rname == CLUSTER_RESOURCE_NAME) {
                writeln!(out, "        name: {}", scalar(rname))?;
            }
            if pattern != PatternType::Literal {
                writeln!(out, "        patternType: {}", pattern.word())?;
            }
            if host != "*" {
                writeln!(out, "      host: {}", scalar(host))?;
            }
        }
        for b in odd {
            writeln!(
                out,
                "  # not exportable (holds a value this version does not know): {}",
                describe_binding(b).replace('\n', " ")
            )?;
        }
        Ok(())
    })();
    out
}

/// Live client quotas as one `kind: Quota` document named `name`, values
/// raw (byte rates in bytes per second), so loading it back plans nothing.
/// IP quotas have no manifest form; they are listed as comments.
pub fn export_quotas_yaml(name: &str, quotas: &[crate::kafka::quotas::QuotaEntry]) -> String {
    use super::check::QUOTA_VALUE_FIELDS;
    let mut out = String::new();
    let component = |v: &Option<String>| match v {
        Some(n) => scalar(n),
        None => "null".to_string(),
    };
    // Writing to a String cannot fail.
    let _ = (|| -> std::fmt::Result {
        writeln!(out, "apiVersion: {API_VERSION}")?;
        writeln!(out, "kind: Quota")?;
        writeln!(out, "metadata:")?;
        writeln!(out, "  name: {}", scalar(name))?;
        writeln!(out, "spec:")?;
        let exportable: Vec<_> = quotas
            .iter()
            .filter(|q| q.entity.ip.is_none() && !q.values.is_empty())
            .collect();
        if exportable.is_empty() {
            writeln!(out, "  quotas: []")?;
        } else {
            writeln!(out, "  quotas:")?;
        }
        for q in exportable {
            let mut parts = Vec::new();
            if let Some(u) = &q.entity.user {
                parts.push(format!("user: {}", component(u)));
            }
            if let Some(c) = &q.entity.client_id {
                parts.push(format!("client-id: {}", component(c)));
            }
            writeln!(out, "    - entity: {{{}}}", parts.join(", "))?;
            for (field, key) in QUOTA_VALUE_FIELDS {
                if let Some(v) = q.values.get(*key) {
                    writeln!(
                        out,
                        "      {field}: {}",
                        crate::kafka::quotas::quota_number(*v)
                    )?;
                }
            }
        }
        for q in quotas.iter().filter(|q| q.entity.ip.is_some()) {
            writeln!(
                out,
                "  # not exportable (IP quotas have no manifest form): {}",
                q.entity.describe().replace('\n', " ")
            )?;
        }
        Ok(())
    })();
    out
}

fn write_topic(out: &mut String, t: &ObservedTopic) -> std::fmt::Result {
    writeln!(out, "apiVersion: {API_VERSION}")?;
    writeln!(out, "kind: Topic")?;
    writeln!(out, "metadata:")?;
    writeln!(out, "  name: {}", scalar(&t.name))?;
    writeln!(out, "spec:")?;
    writeln!(out, "  partitions: {}", t.partitions)?;
    writeln!(out, "  replicationFactor: {}", t.replication_factor)?;
    let hidden: Vec<&String> = t
        .configs
        .keys()
        .filter(|k| t.sensitive.contains(k))
        .collect();
    let shown: Vec<(&String, &String)> = t
        .configs
        .iter()
        .filter(|(k, _)| !t.sensitive.contains(k))
        .collect();
    if !shown.is_empty() || !hidden.is_empty() {
        writeln!(out, "  configs:")?;
    }
    for (k, v) in &shown {
        write!(out, "    {}: {}", scalar(k), scalar(v))?;
        if let Some(note) = unit_note(k, v) {
            write!(out, "  # {note}")?;
        }
        out.push('\n');
    }
    for k in &hidden {
        writeln!(
            out,
            "    # {k}: sensitive, the broker does not reveal its value"
        )?;
    }
    if shown.is_empty() && !hidden.is_empty() {
        // Only comments under `configs:` would leave it null; make the
        // empty set explicit.
        writeln!(out, "    {{}}")?;
    }
    Ok(())
}

fn unit_note(key: &str, value: &str) -> Option<String> {
    let n: i64 = value.trim().parse().ok()?;
    match key {
        "retention.ms" | "local.retention.ms" if n >= -1 => Some(format_ms(n)),
        "retention.bytes" | "local.retention.bytes" if n >= -1 => Some(format_bytes(n)),
        _ => None,
    }
}

/// `s` as a YAML scalar that loads back as exactly `s`: plain when that is
/// unambiguous, otherwise double-quoted.
fn scalar(s: &str) -> String {
    if plain_is_exact(s) {
        s.to_string()
    } else {
        double_quoted(s)
    }
}

/// A YAML double-quoted scalar. Everything YAML does not allow literally, or
/// might read as a line break (NEL, LS, PS) or a byte-order mark, is escaped.
fn double_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control()
                || matches!(
                    c,
                    '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
                ) =>
            {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn plain_is_exact(s: &str) -> bool {
    let safe_chars = s
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'/' | b','));
    // ',' cannot start a plain scalar; '-' can only when something other
    // than a space follows, or it would start a list.
    if s.is_empty() || !safe_chars || s.starts_with(',') || s == "-" {
        return false;
    }
    let kind = resolve_plain(s);
    match kind {
        ScalarKind::Null => false,
        ScalarKind::Str => true,
        other => scalar_config_text(other, s) == s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_read_back_exactly() {
        assert_eq!(scalar("604800000"), "604800000");
        assert_eq!(scalar("delete"), "delete");
        assert_eq!(scalar("compact,delete"), "compact,delete");
        assert_eq!(scalar("0.5"), "0.5");
        assert_eq!(scalar("true"), "true");
        assert_eq!(scalar("True"), "\"True\"");
        assert_eq!(scalar("007"), "\"007\"");
        assert_eq!(scalar("null"), "\"null\"");
        assert_eq!(scalar(""), "\"\"");
        assert_eq!(scalar("-"), "\"-\"");
        assert_eq!(scalar("a: b"), "\"a: b\"");
        assert_eq!(scalar("0x10"), "\"0x10\"");
        assert_eq!(scalar("-1"), "-1");
        assert_eq!(scalar("0:101,1:102"), "\"0:101,1:102\"");
        assert_eq!(
            scalar("a\"b\\c\nd\u{7f}\u{2028}é"),
            "\"a\\\"b\\\\c\\nd\\u007f\\u2028é\""
        );
    }
}
