//! The client-quota rulebook, shared by `quota set|delete` and manifests:
//! which keys exist, how their values are written (`10MB/s`, `50%`), and how
//! a change is judged. A quota is a limit, so a lower limit (or a first
//! limit where none applied) can throttle a client that ran fine: risky.
//! Removing a key is destructive: the entity falls back to whatever
//! applies next (a default entity's quota, or none), which nobody reviewed
//! as a value. Raising a limit is safe. Judged against the value in force,
//! following Kafka's precedence (the entity's own value, else the closest
//! default that applies to it).

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::diff::{Action, PlannedAction, Safety};
use super::{DesiredQuota, Ownership};
use crate::kafka::quotas::{
    quota_number, QuotaEntity, QuotaEntry, CONSUMER_BYTE_RATE, CONTROLLER_MUTATION_RATE,
    PRODUCER_BYTE_RATE, QUOTA_KEYS, REQUEST_PERCENTAGE,
};
use crate::units::{format_bytes, parse_rate};

/// A quota value. Kafka sends doubles; compared bit for bit, so equal
/// values written the same way are equal.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct QuotaValue(pub f64);

impl Eq for QuotaValue {}

impl Serialize for QuotaValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        quota_number(self.0).serialize(s)
    }
}

impl<'de> Deserialize<'de> for QuotaValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        f64::deserialize(d).map(QuotaValue)
    }
}

/// One key's change on one entity: the entity's own value before and after
/// (`None`: not set on it), and what applied to it before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotaChange {
    pub key: String,
    pub from: Option<QuotaValue>,
    pub to: Option<QuotaValue>,
}

/// The problem with a key mskctl does not set, if any.
pub fn quota_key_problem(key: &str) -> Option<String> {
    if QUOTA_KEYS.contains(&key) {
        return None;
    }
    let close = QUOTA_KEYS
        .iter()
        .min_by_key(|k| strsim::levenshtein(k, key))
        .filter(|k| strsim::levenshtein(k, key) <= 3);
    Some(match close {
        Some(k) => format!("unknown quota key '{key}'; did you mean '{k}'?"),
        None => format!(
            "unknown quota key '{key}' (keys: {})",
            QUOTA_KEYS.join(", ")
        ),
    })
}

/// Parses a value as written for `key`: byte rates as sizes per second
/// (`10MB/s`, `1MiB`, `1048576`), `request_percentage` as `50%` or `50`
/// (of one request-handler thread, so above 100 is allowed), and
/// `controller_mutation_rate` as mutations per second (`10`, `2.5/s`).
pub fn parse_quota_value(key: &str, value: &str) -> Result<f64, String> {
    if let Some(p) = quota_key_problem(key) {
        return Err(p);
    }
    let v = value.trim();
    match key {
        PRODUCER_BYTE_RATE | CONSUMER_BYTE_RATE => parse_rate(v)
            .map(|n| n as f64)
            .map_err(|e| format!("{key}: {e}")),
        _ => {
            let num = if key == REQUEST_PERCENTAGE {
                v.strip_suffix('%').unwrap_or(v)
            } else {
                v.strip_suffix("/s").unwrap_or(v)
            };
            let unit = if key == REQUEST_PERCENTAGE {
                "a percentage such as 50% or 200%"
            } else {
                "a number of mutations per second such as 10"
            };
            match num.trim().parse::<f64>() {
                Ok(x) if x.is_finite() && x > 0.0 => Ok(x),
                Ok(_) => Err(format!(
                    "{key}: '{value}' must be greater than zero ({unit})"
                )),
                Err(_) => Err(format!("{key}: invalid value '{value}': expected {unit}")),
            }
        }
    }
}

/// A value as people read it: byte rates in binary units (`10MiB/s
/// (10485760)`), percentages with `%`.
pub fn show_quota_value(key: &str, v: Option<f64>) -> String {
    match v {
        None => "unlimited".into(),
        Some(x) => match key {
            PRODUCER_BYTE_RATE | CONSUMER_BYTE_RATE if x.fract() == 0.0 && x < 9.0e15 => {
                let n = x as i64;
                format!("{}/s ({n})", format_bytes(n))
            }
            REQUEST_PERCENTAGE => format!("{}%", quota_number(x)),
            CONTROLLER_MUTATION_RATE => format!("{}/s", quota_number(x)),
            _ => quota_number(x).to_string(),
        },
    }
}

/// `producer_byte_rate 1MiB/s (1048576) -> 10MiB/s (10485760)`; a key not
/// set on the entity is "unset".
pub fn show_quota_change(c: &QuotaChange) -> String {
    let one = |v: Option<QuotaValue>| match v {
        None => "unset".to_string(),
        Some(v) => show_quota_value(&c.key, Some(v.0)),
    };
    format!("{} {} -> {}", c.key, one(c.from), one(c.to))
}

/// The entities whose quota applies to `entity`'s clients when `entity`
/// has none of its own, closest first (Kafka's documented precedence,
/// limited to the ones that apply to all of `entity`'s clients).
fn fallbacks(entity: &QuotaEntity) -> Vec<QuotaEntity> {
    let e = |user: Option<Option<&str>>, client: Option<Option<&str>>| QuotaEntity {
        user: user.map(|u| u.map(String::from)),
        client_id: client.map(|c| c.map(String::from)),
        ip: None,
    };
    let user = entity.user.as_ref().map(|u| u.as_deref());
    let client = entity.client_id.as_ref().map(|c| c.as_deref());
    match (user, client) {
        (Some(Some(u)), Some(Some(c))) => vec![
            e(Some(Some(u)), Some(None)),
            e(Some(Some(u)), None),
            e(Some(None), Some(Some(c))),
            e(Some(None), Some(None)),
            e(Some(None), None),
            e(None, Some(Some(c))),
            e(None, Some(None)),
        ],
        (Some(Some(u)), Some(None)) => vec![
            e(Some(Some(u)), None),
            e(Some(None), Some(None)),
            e(Some(None), None),
            e(None, Some(None)),
        ],
        (Some(Some(_)), None) => vec![e(Some(None), None)],
        (Some(None), Some(Some(c))) => vec![
            e(Some(None), Some(None)),
            e(Some(None), None),
            e(None, Some(Some(c))),
            e(None, Some(None)),
        ],
        (Some(None), Some(None)) => vec![e(Some(None), None), e(None, Some(None))],
        (None, Some(Some(_))) => vec![e(None, Some(None))],
        _ => Vec::new(),
    }
}

/// What applies to `entity`'s clients for `key` when it has no value of
/// its own.
pub fn inherited_value(entity: &QuotaEntity, key: &str, live: &[QuotaEntry]) -> Option<f64> {
    fallbacks(entity).iter().find_map(|f| {
        live.iter()
            .find(|e| &e.entity == f)
            .and_then(|e| e.values.get(key).copied())
    })
}

/// The entity's change as one action, judged: `None` when nothing changes.
/// `current` is the entity's own values, `live` every quota (for what it
/// inherits).
pub fn quota_action(
    entity: &QuotaEntity,
    current: &BTreeMap<String, f64>,
    set: &BTreeMap<String, f64>,
    remove: &[String],
    live: &[QuotaEntry],
) -> Option<PlannedAction> {
    let mut changes = Vec::new();
    let mut safety = Safety::Safe;
    let mut reasons = Vec::new();
    for (k, v) in set {
        let from = current.get(k).copied();
        if from == Some(*v) {
            continue;
        }
        let in_force = from.or_else(|| inherited_value(entity, k, live));
        if in_force.is_none_or(|f| *v < f) {
            safety = safety.max(Safety::Risky);
            reasons.push(format!(
                "{k} {} -> {} lowers the limit: clients of {} may be throttled",
                show_quota_value(k, in_force),
                show_quota_value(k, Some(*v)),
                entity.describe()
            ));
        }
        changes.push(QuotaChange {
            key: k.clone(),
            from: from.map(QuotaValue),
            to: Some(QuotaValue(*v)),
        });
    }
    let mut removed = Vec::new();
    for k in remove {
        let Some(from) = current.get(k).copied() else {
            continue;
        };
        safety = Safety::Destructive;
        reasons.push(format!(
            "{k} {} is deleted: clients of {} fall back to {}",
            show_quota_value(k, Some(from)),
            entity.describe(),
            show_quota_value(k, inherited_value(entity, k, live))
        ));
        removed.push(QuotaChange {
            key: k.clone(),
            from: Some(QuotaValue(from)),
            to: None,
        });
    }
    if changes.is_empty() && removed.is_empty() {
        return None;
    }
    Some(PlannedAction {
        action: Action::AlterQuota {
            entity: entity.clone(),
            set: changes,
            remove: removed,
        },
        safety,
        reasons,
    })
}

/// Declared quota entities against the live ones -> one action per entity
/// that differs (declared values set, undeclared live keys removed), and
/// with `prune`, the removal of every quota of entities whose user is an
/// owned principal (`User:NAME`) and that no manifest declares. Never the
/// default entities or client-id-only ones: no principal names them.
/// Sorted by entity. Pure.
pub fn plan_quotas(
    desired: &[DesiredQuota],
    live: &[QuotaEntry],
    prune: Option<&Ownership>,
) -> Vec<PlannedAction> {
    let mut out = Vec::new();
    let by_entity: BTreeMap<&QuotaEntity, &BTreeMap<String, f64>> =
        live.iter().map(|e| (&e.entity, &e.values)).collect();
    let declared: std::collections::BTreeSet<&QuotaEntity> =
        desired.iter().map(|d| &d.entity).collect();
    for d in desired {
        let current = by_entity
            .get(&d.entity)
            .map(|v| (*v).clone())
            .unwrap_or_default();
        let set: BTreeMap<String, f64> = d.values.iter().map(|(k, v)| (k.clone(), v.0)).collect();
        let remove: Vec<String> = current
            .keys()
            .filter(|k| !d.values.contains_key(*k))
            .cloned()
            .collect();
        out.extend(quota_action(&d.entity, &current, &set, &remove, live));
    }
    if let Some(owned) = prune {
        for e in live {
            let owned_user = matches!(&e.entity.user, Some(Some(u)) if owned.owns_principal(&format!("User:{u}")));
            if !owned_user || e.entity.ip.is_some() || declared.contains(&e.entity) {
                continue;
            }
            let keys: Vec<String> = e.values.keys().cloned().collect();
            if let Some(mut a) = quota_action(&e.entity, &e.values, &BTreeMap::new(), &keys, live) {
                a.reasons
                    .push("--prune: no manifest declares this quota".into());
                out.push(a);
            }
        }
    }
    out.sort_by(|a, b| match (&a.action, &b.action) {
        (Action::AlterQuota { entity: x, .. }, Action::AlterQuota { entity: y, .. }) => x.cmp(y),
        _ => std::cmp::Ordering::Equal,
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(entity: QuotaEntity, kv: &[(&str, f64)]) -> QuotaEntry {
        QuotaEntry {
            entity,
            values: kv.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        }
    }

    #[test]
    fn values_take_units() {
        assert_eq!(parse_quota_value("producer_byte_rate", "10MB/s"), Ok(10e6));
        assert_eq!(
            parse_quota_value("consumer_byte_rate", "1MiB"),
            Ok(1048576.0)
        );
        assert_eq!(parse_quota_value("request_percentage", "50%"), Ok(50.0));
        assert_eq!(parse_quota_value("request_percentage", "250"), Ok(250.0));
        assert_eq!(
            parse_quota_value("controller_mutation_rate", "2.5/s"),
            Ok(2.5)
        );
        assert!(parse_quota_value("producer_byte_rate", "0").is_err());
        assert!(parse_quota_value("request_percentage", "-5%").is_err());
        assert!(parse_quota_value("request_percentage", "lots").is_err());
        let e = parse_quota_value("producer_byte_rte", "1").unwrap_err();
        assert!(e.contains("did you mean 'producer_byte_rate'"), "{e}");
        assert_eq!(
            show_quota_value("producer_byte_rate", Some(10485760.0)),
            "10MiB/s (10485760)"
        );
    }

    #[test]
    fn lowering_is_risky_raising_safe_deleting_destructive() {
        let alice = QuotaEntity::user("alice");
        let current: BTreeMap<String, f64> = [("producer_byte_rate".to_string(), 1000.0)].into();
        let set =
            |v: f64| -> BTreeMap<String, f64> { [("producer_byte_rate".to_string(), v)].into() };
        let up = quota_action(&alice, &current, &set(2000.0), &[], &[]).unwrap();
        assert_eq!(up.safety, Safety::Safe);
        let down = quota_action(&alice, &current, &set(500.0), &[], &[]).unwrap();
        assert_eq!(down.safety, Safety::Risky);
        assert!(quota_action(&alice, &current, &set(1000.0), &[], &[]).is_none());
        let del = quota_action(
            &alice,
            &current,
            &BTreeMap::new(),
            &["producer_byte_rate".into()],
            &[],
        )
        .unwrap();
        assert_eq!(del.safety, Safety::Destructive);
        // Removing what is not set does nothing.
        assert!(quota_action(
            &alice,
            &BTreeMap::new(),
            &BTreeMap::new(),
            &["consumer_byte_rate".into()],
            &[]
        )
        .is_none());
    }

    #[test]
    fn prune_removes_only_undeclared_quotas_of_owned_users() {
        let mut owned = Ownership::default();
        owned.add_principal("User:payments-svc");
        let e = |u: Option<&str>| QuotaEntity {
            user: Some(u.map(String::from)),
            ..QuotaEntity::default()
        };
        let pay_client = QuotaEntity {
            user: Some(Some("payments-svc".into())),
            client_id: Some(Some("x".into())),
            ip: None,
        };
        let live = vec![
            entry(e(Some("payments-svc")), &[("producer_byte_rate", 1000.0)]),
            entry(pay_client.clone(), &[("request_percentage", 50.0)]),
            entry(e(Some("other")), &[("producer_byte_rate", 1000.0)]),
            entry(e(None), &[("producer_byte_rate", 1000.0)]),
        ];
        let desired = vec![DesiredQuota {
            entity: e(Some("payments-svc")),
            values: [("producer_byte_rate".to_string(), QuotaValue(2000.0))].into(),
            source: Default::default(),
        }];
        let without = plan_quotas(&desired, &live, None);
        assert_eq!(without.len(), 1);
        assert_eq!(without[0].safety, Safety::Safe);
        let with = plan_quotas(&desired, &live, Some(&owned));
        assert_eq!(with.len(), 2, "{with:?}");
        let pruned: Vec<&PlannedAction> = with
            .iter()
            .filter(|a| a.safety == Safety::Destructive)
            .collect();
        assert_eq!(pruned.len(), 1);
        assert!(
            matches!(&pruned[0].action, Action::AlterQuota { entity, .. } if *entity == pay_client)
        );
        // Declared values are complete: an undeclared live key goes.
        let live2 = vec![entry(
            e(Some("payments-svc")),
            &[("producer_byte_rate", 2000.0), ("consumer_byte_rate", 5.0)],
        )];
        let a = plan_quotas(&desired, &live2, None);
        assert_eq!(a[0].safety, Safety::Destructive);
        // Matching values: nothing to do.
        let live3 = vec![entry(
            e(Some("payments-svc")),
            &[("producer_byte_rate", 2000.0)],
        )];
        assert!(plan_quotas(&desired, &live3, Some(&owned)).is_empty());
    }

    #[test]
    fn a_first_limit_is_judged_against_the_default_in_force() {
        let alice = QuotaEntity::user("alice");
        let default_user = QuotaEntity {
            user: Some(None),
            ..QuotaEntity::default()
        };
        let live = vec![entry(default_user, &[("producer_byte_rate", 1000.0)])];
        let set: BTreeMap<String, f64> = [("producer_byte_rate".to_string(), 5000.0)].into();
        // Above the default user's 1000: raises what applies.
        let a = quota_action(&alice, &BTreeMap::new(), &set, &[], &live).unwrap();
        assert_eq!(a.safety, Safety::Safe);
        // With no default, any first limit lowers "unlimited".
        let a = quota_action(&alice, &BTreeMap::new(), &set, &[], &[]).unwrap();
        assert_eq!(a.safety, Safety::Risky);
        assert!(a.reasons[0].contains("unlimited"), "{:?}", a.reasons);
    }
}
