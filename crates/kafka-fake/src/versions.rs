//! Which Apache Kafka release the test cluster impersonates: the API
//! version ranges its brokers advertise and accept, and whether it runs
//! ZooKeeper or KRaft.
//!
//! The ranges come from `crates/kafka-fake/kafka-api-versions.json`, a copy of
//! the project's shared `kafka-api-versions.json` embedded at build time so
//! tests never depend on where a checkout keeps that file; the
//! `cluster_selftest` suite checks the copy still matches `../shared` when
//! that is present.

use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The release impersonated unless a test asks for another: a ZooKeeper
/// 3.6 broker, the oldest line MSK users commonly run, not the newest
/// protocol the codec knows.
pub const DEFAULT_KAFKA_VERSION: &str = "3.6.0";

pub const API_VERSIONS_JSON: &str = include_str!("../kafka-api-versions.json");

fn data() -> &'static Value {
    static DATA: OnceLock<Value> = OnceLock::new();
    DATA.get_or_init(|| {
        serde_json::from_str(API_VERSIONS_JSON).unwrap_or_else(|e| {
            panic!("crates/kafka-fake/kafka-api-versions.json is not valid JSON: {e}")
        })
    })
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Release {
    /// The release asked for, e.g. "3.6.2".
    pub version: String,
    /// The table it was resolved to, e.g. "3.6.0".
    pub table: String,
    /// KRaft (controller quorum) rather than ZooKeeper.
    pub kraft: bool,
    /// API key -> advertised (min, max).
    pub apis: BTreeMap<i16, (i16, i16)>,
}

impl Release {
    /// Resolves a release: an exact table, a patch release through
    /// `patch_aliases` ("4.0.2+" covers later 4.0 patches), or "X.Y" for
    /// "X.Y.0". `kraft`: `None` is the release's usual mode (ZooKeeper up
    /// to 3.9, KRaft from 4.0); `Some(true)` on 2.8-3.9 uses the KRaft
    /// broker table; 4.x has no ZooKeeper mode.
    pub fn resolve(version: &str, kraft: Option<bool>) -> Result<Release, String> {
        let d = data();
        let releases = d["releases"].as_object().ok_or("no releases table")?;
        let kraft_releases = d["kraft_releases"]
            .as_object()
            .ok_or("no kraft_releases table")?;
        let mut table = version.to_string();
        if table.matches('.').count() == 1 {
            table.push_str(".0");
        }
        if !releases.contains_key(&table) {
            // An alias may carry a note after the release it maps to.
            if let Some(base) = d["patch_aliases"][&table]
                .as_str()
                .and_then(|v| v.split_whitespace().next())
                .or_else(|| verified_patch_alias(&table))
            {
                table = base.to_string();
            } else if let Some(base) = later_patch_alias(d, &table) {
                table = base;
            }
        }
        let Some(zk_or_native) = releases.get(&table) else {
            let known: Vec<&String> = releases.keys().collect();
            return Err(format!(
                "unknown Kafka release {version} (known: {known:?} and their patch releases)"
            ));
        };
        let native_kraft = !kraft_releases.contains_key(&table);
        let kraft = kraft.unwrap_or(native_kraft);
        let entry = match (kraft, native_kraft) {
            (true, true) | (false, false) => zk_or_native,
            (true, false) => &kraft_releases[&table],
            (false, true) => {
                return Err(format!(
                    "Kafka {version} has no ZooKeeper mode (removed in 4.0)"
                ))
            }
        };
        let mut apis = BTreeMap::new();
        let (Some(min), Some(max)) = (entry["min"].as_object(), entry["max"].as_object()) else {
            return Err(format!("release {table} has no min/max tables"));
        };
        for (key, hi) in max {
            let k: i16 = key.parse().map_err(|_| format!("bad API key {key}"))?;
            let lo = min.get(key).and_then(Value::as_i64).unwrap_or(0);
            let hi = hi.as_i64().ok_or_else(|| format!("bad max for {key}"))?;
            apis.insert(k, (lo as i16, hi as i16));
        }
        Ok(Release {
            version: version.to_string(),
            table,
            kraft,
            apis,
        })
    }

    /// The advertised range of an API; `None` when this release does not
    /// offer it on a broker's client listener.
    pub fn range(&self, api: i16) -> Option<(i16, i16)> {
        self.apis.get(&api).copied()
    }

    pub fn accepts(&self, api: i16, version: i16) -> bool {
        self.range(api)
            .is_some_and(|(lo, hi)| lo <= version && version <= hi)
    }
}

/// `"4.0.2+": "4.0.1 (...)"` style aliases: any later patch of that line.
/// Patch releases the shared table does not list, mapped to the release
/// whose ranges they advertise. Each was checked against a real broker of
/// that patch release by tests/kafka_matrix_differential.rs (the matrix runs
/// 3.9.1 and 4.1.1); the shared table stays as it is published.
fn verified_patch_alias(table: &str) -> Option<&'static str> {
    match table {
        "3.9.1" => Some("3.9.0"),
        "4.1.1" => Some("4.1.0"),
        _ => None,
    }
}

fn later_patch_alias(d: &Value, table: &str) -> Option<String> {
    let aliases = d["patch_aliases"].as_object()?;
    let parts: Vec<u32> = table.split('.').filter_map(|p| p.parse().ok()).collect();
    let [major, minor, patch] = parts[..] else {
        return None;
    };
    for (k, v) in aliases {
        let Some(from) = k.strip_suffix('+') else {
            continue;
        };
        let f: Vec<u32> = from.split('.').filter_map(|p| p.parse().ok()).collect();
        if f.len() == 3 && f[0] == major && f[1] == minor && patch >= f[2] {
            return v.as_str()?.split_whitespace().next().map(str::to_string);
        }
    }
    None
}
