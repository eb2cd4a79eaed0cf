//! `kind: Ownership`: what the manifest set owns, so what `--prune` may
//! delete: topics whose whole name matches one of `spec.topics`, and ACL
//! bindings of the principals in `spec.principals`.

use crate::kafka::acls::principal_problem;
use crate::plan::Ownership;

use super::super::yaml::{Node, Pos};
use super::{shorten, Checker, Fields};

pub const OWNERSHIP_SPEC_FIELDS: &[&str] = &["topics", "principals"];

impl Checker<'_> {
    pub(super) fn ownership(
        &mut self,
        metadata: Option<&Fields<'_>>,
        spec: Option<&Node>,
        owner: Pos,
    ) {
        if let Some(m) = metadata {
            self.document_name(m);
        }
        let Some(spec) =
            spec.and_then(|s| self.fields(s, owner, "spec", "in spec", OWNERSHIP_SPEC_FIELDS))
        else {
            return;
        };
        if spec.get("topics").is_none() && spec.get("principals").is_none() {
            self.err(
                spec.owner,
                "an Ownership document must own something: give spec.topics (regular expressions of topic names) and/or spec.principals",
            );
        }
        let mut owned = Ownership::default();
        for (pos, pattern) in self.located_strings(
            spec.get("topics"),
            "spec.topics",
            "a regular expression such as '^payments\\.'",
        ) {
            if let Err(e) = owned.add_topic_pattern(&pattern) {
                self.err(pos, shorten(&e));
            }
        }
        for (pos, principal) in self.located_strings(
            spec.get("principals"),
            "spec.principals",
            "a principal such as User:alice",
        ) {
            match principal_problem(&principal) {
                Some(problem) => self.err(pos, problem),
                None => owned.add_principal(&principal),
            }
        }
        self.ownership
            .get_or_insert_with(Ownership::default)
            .merge(owned);
    }

    /// A list of strings (or one string standing for a list of one), each
    /// with where it was written.
    fn located_strings(
        &mut self,
        node: Option<&Node>,
        field: &str,
        what: &str,
    ) -> Vec<(Pos, String)> {
        let Some(node) = node else {
            return Vec::new();
        };
        if node.is_null() {
            return Vec::new();
        }
        let items: Vec<&Node> = match (node.as_seq(), node.as_str()) {
            (Some(items), _) => items.iter().collect(),
            (None, Some(_)) => vec![node],
            _ => {
                self.err(
                    node.pos,
                    format!("{field} must be a list, not {}", node.type_name()),
                );
                return Vec::new();
            }
        };
        let mut out = Vec::new();
        for item in items {
            match item.as_str() {
                Some(s) if !s.is_empty() => out.push((item.pos, s.to_string())),
                _ => self.err(
                    item.pos,
                    format!(
                        "each entry of {field} must be {what}, not {}",
                        item.type_name()
                    ),
                ),
            }
        }
        out
    }
}
