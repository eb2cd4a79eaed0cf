//! The planner: snapshot + goal -> the fewest replica moves that balance
//! replica counts and leaders, keep replicas of a partition on distinct
//! brokers and spread over racks, and honour drains, broker restrictions,
//! topic filters and replication-factor changes.
//!
//! Phases, each a deterministic pass over partitions sorted by
//! (topic, partition):
//!
//! 1. **Targets.** Every eligible broker gets a target replica count: the
//!    floor or ceiling of the total over the eligible brokers, the extra
//!    ones going to brokers that already hold the most (the cheapest
//!    choice; where that is a tie, the ceiling may pass between tied
//!    brokers later). Replicas of topics outside the filter cannot move, so
//!    they raise their broker's floor ("water filling"): the maximum is
//!    then as low as the filter allows.
//! 2. **Holes.** Replicas of selected topics on ineligible (drained or
//!    excluded) brokers, and new replicas of a replication-factor increase,
//!    become holes to fill. A decrease drops holes first, then chooses the
//!    replicas to keep so the counts left are as even as possible (the
//!    balanced choice of `balance.rs`). Partitions spread over too few
//!    racks give up a replica from a doubled rack, taken from the most
//!    over-target broker so the repair also counts toward the balance.
//! 3. **Fill.** Each hole goes to the compatible broker furthest below its
//!    target. When the only brokers below target already hold the
//!    partition, an earlier placement is redirected to free a slot (an
//!    augmenting path of length one) before resorting to an over-target
//!    broker.
//! 4. **Shed.** While some broker is over target, its cheapest movable
//!    replica (smallest size, then topic and partition) moves to the
//!    compatible broker furthest below target; a stuck broker tries a
//!    two-hop chain through a broker at target.
//! 5. **Polish.** Any remaining single move from a broker to one with two
//!    fewer replicas is made, so the result is balanced as far as any one
//!    move can tell, even where targets were unreachable.
//! 6. **Leaders**, by reordering only: the same balanced choice, picking
//!    one leader per partition (see `balance.rs`).
//!
//! Every placement is one *move*; the total is compared with
//! [`PlanResult::lower_bound`].
//!
//! With `Goal::balance = Balance::Bytes`, phases 3-5 are replaced by the
//! bytes phases of `planner/bytes.rs` (bytes per broker within a band,
//! replica counts within a wider one, fewest bytes moved); the hard rules
//! and leader balancing are shared.
//!
//! Long (about 1,300 lines of code) because the planner's phases (hard
//! rules, replica moves, leader balance) share one incremental state whose
//! invariants are easier to keep in one place than across files.

use std::collections::{BTreeSet, HashMap};

use regex::Regex;
use serde::Serialize;

use super::balance::{balance_choice, balance_leaders};
use super::reassignment::{Reassignment, ReassignmentEntry};
use super::snapshot::{validate_snapshot, Snapshot};
use bytes::Bytes;

mod bytes;

pub use bytes::{BYTES_BAND, REPLICA_BAND};

/// The primary balance goal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Balance {
    /// Replica counts (and leaders), moving the fewest replicas.
    #[default]
    Replicas,
    /// Bytes per broker within [`BYTES_BAND`] of the mean, replica counts
    /// within [`REPLICA_BAND`], leaders as with `Replicas`, moving the
    /// fewest bytes.
    Bytes,
}

impl Balance {
    /// The default for a snapshot: bytes when every partition's size is
    /// known, replica counts otherwise (unknown sizes would count as empty).
    /// A cluster holding no bytes at all has nothing but counts to balance.
    pub fn for_snapshot(snapshot: &Snapshot) -> Balance {
        if snapshot.partitions.iter().all(|p| p.size_bytes.is_some())
            && snapshot.partitions.iter().any(|p| p.size_bytes > Some(0))
        {
            Balance::Bytes
        } else {
            Balance::Replicas
        }
    }
}

/// Fill limit used with a capacity when none is given.
pub const DEFAULT_MAX_FILL: f64 = 0.85;

/// A command's balance settings, resolved against the snapshot when the
/// plan is made (the default goal depends on whether sizes are known).
#[derive(Debug, Clone, Default)]
pub struct BalanceSettings {
    /// None: [`Balance::for_snapshot`].
    pub balance: Option<Balance>,
    pub max_bytes: Option<u64>,
    pub capacity: Option<u64>,
    pub max_fill: Option<f64>,
}

impl BalanceSettings {
    /// `goal` with these settings.
    pub fn apply(&self, snapshot: &Snapshot, goal: Goal) -> Goal {
        Goal {
            balance: self
                .balance
                .unwrap_or_else(|| Balance::for_snapshot(snapshot)),
            max_bytes: self.max_bytes,
            capacity: self.capacity,
            max_fill: self.max_fill,
            ..goal
        }
    }
}

/// What the plan should achieve. `Goal::default()` means "balance
/// everything over all brokers".
#[derive(Debug, Clone, Default)]
pub struct Goal {
    /// Brokers that must end up with no replicas of the selected topics.
    pub drain_brokers: BTreeSet<i32>,
    /// The brokers allowed to hold replicas of the selected topics
    /// (default: every snapshot broker not being drained). Replicas of the
    /// selected topics on other brokers are moved off.
    pub brokers: Option<BTreeSet<i32>>,
    /// Only topics matching this (unanchored; use `^...$` for exact names)
    /// may move. Other topics stay where they are but still count toward
    /// broker load, and stay on drained brokers.
    pub topics: Option<Regex>,
    /// New replication factor for the selected topics.
    pub replication_factor: Option<usize>,
    /// Cap on replica moves. Whole partitions are kept or left out, in the
    /// order the planner chose them (drains and repairs first), so a
    /// truncated plan is still a valid reassignment.
    pub max_moves: Option<usize>,
    /// The primary goal; `Replicas` (the default) is the count planner.
    pub balance: Balance,
    /// Cap on bytes moved, cut like `max_moves`.
    pub max_bytes: Option<u64>,
    /// Disk capacity of every broker without a `capacity_bytes` of its own.
    pub capacity: Option<u64>,
    /// Largest fill of a broker's capacity a plan may leave (a fraction;
    /// [`DEFAULT_MAX_FILL`] when a capacity is known and this is unset).
    pub max_fill: Option<f64>,
}

/// Replica and leader counts of one broker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BrokerLoad {
    pub id: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rack: Option<String>,
    pub replicas: usize,
    pub leaders: usize,
    /// Sum of known replica sizes.
    pub bytes: u64,
}

/// How far bytes per broker are from the mean of the eligible brokers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BytesBand {
    /// Mean bytes over the eligible brokers after the plan.
    pub mean_bytes: u64,
    /// The band asked for, in percent of the mean (`--balance bytes`).
    pub target_percent: f64,
    /// Largest distance of an eligible broker from the mean, in percent,
    /// before and after the plan.
    pub before_percent: f64,
    pub after_percent: f64,
    /// Largest distance of an eligible broker's replica count from the
    /// mean count after the plan, in percent.
    pub replicas_after_percent: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanResult {
    /// The goal the plan balanced.
    pub balance: Balance,
    /// Only partitions whose replica list changes, leader-only reorders
    /// included, sorted by topic and partition.
    pub reassignment: Reassignment,
    /// Replicas placed on a broker that did not have them.
    pub moves: usize,
    /// Sum of `size_bytes` over moved replicas (unknown sizes count 0).
    pub bytes_to_move: u64,
    /// No plan balancing the replica counts can do with fewer moves. The
    /// largest of:
    /// - the replicas the brokers below their target count must receive
    ///   (each move brings one replica to one broker), plus one for each
    ///   replica a replication-factor decrease can only drop on a broker
    ///   that is not above its floor;
    /// - the same, where partitions that must span every eligible broker
    ///   force replicas onto particular brokers;
    /// - the replicas that must be placed anyway (leaving drained or
    ///   excluded brokers, or added by a replication-factor increase), plus
    ///   the excess over-target brokers must shed beyond what a decrease
    ///   drops for free.
    ///
    /// Targets are the floor or ceiling of the average; each count is
    /// taken at its most favourable choice of which brokers hold the
    /// ceilings, so it holds for every balanced end state. It ignores most
    /// of which broker may hold which replica (distinct brokers, racks),
    /// so tight clusters may need a few more. Not meaningful for a
    /// truncated plan, which stops short of balance.
    pub lower_bound: usize,
    /// No plan that brings every eligible broker within the bytes band
    /// can move fewer bytes: the largest of
    /// - the bytes that must be placed anyway (replicas leaving drained or
    ///   excluded brokers, replicas added by a replication-factor
    ///   increase) plus, over the eligible brokers, the bytes above the
    ///   band's upper edge (or the capacity limit) that cannot be dropped
    ///   by a replication-factor decrease;
    /// - over the eligible brokers, the bytes missing below the band's
    ///   lower edge.
    ///
    /// Each byte moved arrives on one broker and leaves at most one, so
    /// both sums are paid at least once. Where sizes make the band
    /// unreachable a plan may stop below it.
    pub bytes_lower_bound: u64,
    /// Bytes per broker against the mean (over the eligible brokers).
    pub bytes_band: BytesBand,
    /// Per snapshot broker, sorted by id.
    pub before: Vec<BrokerLoad>,
    pub after: Vec<BrokerLoad>,
    /// `max_moves` or `max_bytes` cut the plan short.
    pub truncated: bool,
    /// Partitions whose preferred leader changes.
    pub leader_changes: usize,
    /// Whether rack spread was enforced: only when every eligible broker
    /// has a rack, as Kafka's own rack-aware assignment requires.
    pub rack_aware: bool,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PlanError {
    #[error("invalid snapshot:\n  {}", .0.join("\n  "))]
    InvalidSnapshot(Vec<String>),
    #[error("unknown broker id(s) in the goal: {}", join_ids(.0))]
    UnknownBrokers(Vec<i32>),
    #[error("no eligible brokers: every broker is drained or excluded")]
    NoEligibleBrokers,
    #[error("replication factor must be at least 1")]
    ZeroReplicationFactor,
    #[error(
        "{example} needs replication factor {needed}, but only {eligible} broker(s) are eligible"
    )]
    NotEnoughBrokers {
        needed: usize,
        eligible: usize,
        example: String,
    },
    #[error("cannot place a replica of {partition}: {reason}")]
    Unplaceable { partition: String, reason: String },
    #[error("max fill must be above 0% and at most 100%")]
    BadMaxFill,
    #[error(
        "the plan is refused: it would fill broker {broker} to {} of its {} capacity (limit {:.0}%)",
        crate::units::format_bytes(i64::try_from(*bytes).unwrap_or(i64::MAX)),
        crate::units::format_bytes(i64::try_from(*capacity).unwrap_or(i64::MAX)),
        max_fill * 100.0
    )]
    OverCapacity {
        broker: i32,
        bytes: u64,
        capacity: u64,
        max_fill: f64,
    },
}

fn join_ids(ids: &[i32]) -> String {
    ids.iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A replica slot still to be filled.
const HOLE: u32 = u32::MAX;
const NO_RACK: u32 = u32::MAX;
/// Bound on candidate checks spent in the rare fallback searches (augment,
/// chains, polish), so adversarial inputs cost seconds, not hours. Counted
/// in checks rather than time to stay deterministic.
const FALLBACK_BUDGET: u64 = 50_000_000;

struct Part {
    spec: usize,
    selected: bool,
    size: u64,
    rf: usize,
    orig: Vec<u32>,
    /// Current replica list during planning; `HOLE` marks slots to fill.
    cur: Vec<u32>,
}

struct Planner {
    parts: Vec<Part>,
    eligible: Vec<bool>,
    elig: Vec<u32>,
    rack: Vec<u32>,
    rack_aware: bool,
    n_racks: usize,
    count: Vec<i64>,
    target: Vec<i64>,
    /// Water level: free brokers target `level - 1` or `level`.
    level: i64,
    /// Brokers among which the +1s are a tie: any choice costs the same
    /// number of moves, so a +1 may pass between them whenever that lets a
    /// replica land, or stay, without an extra move.
    floating: Vec<bool>,
    /// Partition of every placement, in order: the priority for truncation.
    log: Vec<u32>,
    /// Partitions placed on each broker by this plan, for redirection.
    placed_on: Vec<Vec<u32>>,
    /// Selected partitions on each broker, cheapest first, then arrivals;
    /// entries go stale when a partition leaves (checked on use).
    cand: Vec<Vec<u32>>,
    budget: u64,
}

/// Plans a reassignment. Pure and deterministic: the output depends only on
/// the snapshot's content, not on the order of its lists.
pub fn plan(snapshot: &Snapshot, goal: &Goal) -> Result<PlanResult, PlanError> {
    validate_snapshot(snapshot).map_err(PlanError::InvalidSnapshot)?;
    if goal.replication_factor == Some(0) {
        return Err(PlanError::ZeroReplicationFactor);
    }
    if goal
        .max_fill
        .is_some_and(|f| !(f > 0.0 && f <= 1.0) || f.is_nan())
    {
        return Err(PlanError::BadMaxFill);
    }

    let mut brokers: Vec<(i32, Option<&str>)> = snapshot
        .brokers
        .iter()
        .map(|b| (b.id, b.rack.as_deref()))
        .collect();
    brokers.sort();
    let index: HashMap<i32, u32> = brokers
        .iter()
        .enumerate()
        .map(|(i, b)| (b.0, i as u32))
        .collect();

    let mut unknown: Vec<i32> = goal
        .drain_brokers
        .iter()
        .chain(goal.brokers.iter().flatten())
        .copied()
        .filter(|id| !index.contains_key(id))
        .collect();
    unknown.sort();
    unknown.dedup();
    if !unknown.is_empty() {
        return Err(PlanError::UnknownBrokers(unknown));
    }

    let nb = brokers.len();
    let eligible: Vec<bool> = brokers
        .iter()
        .map(|(id, _)| {
            !goal.drain_brokers.contains(id) && goal.brokers.as_ref().is_none_or(|s| s.contains(id))
        })
        .collect();
    let elig: Vec<u32> = (0..nb as u32).filter(|&b| eligible[b as usize]).collect();
    if elig.is_empty() {
        return Err(PlanError::NoEligibleBrokers);
    }

    let rack_aware = elig.iter().all(|&b| brokers[b as usize].1.is_some());
    let mut rack_names: Vec<&str> = elig.iter().filter_map(|&b| brokers[b as usize].1).collect();
    rack_names.sort();
    rack_names.dedup();
    let rack: Vec<u32> = brokers
        .iter()
        .map(|(_, r)| match r {
            Some(r) if rack_aware => rack_names.binary_search(r).map_or(NO_RACK, |i| i as u32),
            _ => NO_RACK,
        })
        .collect();

    let mut order: Vec<usize> = (0..snapshot.partitions.len()).collect();
    order.sort_by(|&a, &b| {
        let (pa, pb) = (&snapshot.partitions[a], &snapshot.partitions[b]);
        (&pa.topic, pa.partition).cmp(&(&pb.topic, pb.partition))
    });
    let mut parts = Vec::with_capacity(order.len());
    for spec in order {
        let p = &snapshot.partitions[spec];
        let selected = goal.topics.as_ref().is_none_or(|re| re.is_match(&p.topic));
        let rf = match goal.replication_factor {
            Some(rf) if selected => rf,
            _ => p.replicas.len(),
        };
        if selected && rf > elig.len() {
            return Err(PlanError::NotEnoughBrokers {
                needed: rf,
                eligible: elig.len(),
                example: format!("{}-{}", p.topic, p.partition),
            });
        }
        // Validation guarantees every replica is a known broker.
        let orig: Vec<u32> = p
            .replicas
            .iter()
            .filter_map(|id| index.get(id).copied())
            .collect();
        parts.push(Part {
            spec,
            selected,
            size: p.size_bytes.unwrap_or(0),
            rf,
            cur: orig.clone(),
            orig,
        });
    }

    let mut planner = Planner {
        parts,
        eligible,
        elig,
        rack,
        rack_aware,
        n_racks: rack_names.len(),
        count: vec![0; nb],
        target: vec![0; nb],
        level: 0,
        floating: vec![false; nb],
        log: Vec::new(),
        placed_on: vec![Vec::new(); nb],
        cand: Vec::new(),
        budget: FALLBACK_BUDGET,
    };
    // Capacity limits, per broker index (sorted by id like `brokers`).
    let max_fill = goal.max_fill.unwrap_or(DEFAULT_MAX_FILL);
    let capacity: Vec<Option<u64>> = brokers
        .iter()
        .map(|(id, _)| {
            snapshot
                .brokers
                .iter()
                .find(|b| b.id == *id)
                .and_then(|b| b.capacity_bytes)
                .or(goal.capacity)
        })
        .collect();
    let limit: Vec<Option<i128>> = capacity
        .iter()
        .map(|c| c.map(|c| (c as f64 * max_fill).floor() as i128))
        .collect();

    let lower_bound = planner.set_targets();
    let mut bx = Bytes::new(&planner, limit.clone());
    let bytes_lower_bound = planner.bytes_lower_bound(&bx);
    planner.open_holes();
    planner.drop_replicas();
    planner.repair_racks();
    match goal.balance {
        Balance::Replicas => {
            planner.fill_holes(snapshot)?;
            planner.shed();
            planner.polish();
        }
        Balance::Bytes => {
            bx.rebuild(&planner);
            planner.fill_by_bytes(&mut bx);
            if planner.parts.iter().any(|p| p.cur.contains(&HOLE)) {
                planner.fill_holes(snapshot)?;
                bx.rebuild(&planner);
            }
            planner.replica_band(&mut bx);
            // A fresh allowance, as for polishing.
            planner.budget = FALLBACK_BUDGET;
            planner.bytes_band(&mut bx);
            planner.exact_band(&mut bx);
            planner.budget = FALLBACK_BUDGET;
            planner.narrow(&mut bx);
        }
    }
    let truncated = planner.truncate(goal.max_moves, goal.max_bytes);

    let mut lists: Vec<Vec<u32>> = planner.parts.iter().map(|p| p.cur.clone()).collect();
    let movable: Vec<bool> = planner.parts.iter().map(|p| p.selected).collect();
    balance_leaders(&mut lists, &movable, &planner.eligible);

    let ids: Vec<i32> = brokers.iter().map(|b| b.0).collect();
    let mut entries = Vec::new();
    let mut moves = 0usize;
    let mut bytes_to_move = 0u64;
    let mut leader_changes = 0usize;
    for (part, list) in planner.parts.iter().zip(&lists) {
        if *list == part.orig {
            continue;
        }
        let moved = list.iter().filter(|b| !part.orig.contains(b)).count();
        moves += moved;
        bytes_to_move = bytes_to_move.saturating_add(part.size.saturating_mul(moved as u64));
        if list.first() != part.orig.first() {
            leader_changes += 1;
        }
        let spec = &snapshot.partitions[part.spec];
        entries.push(ReassignmentEntry {
            topic: spec.topic.clone(),
            partition: spec.partition,
            replicas: list.iter().map(|&b| ids[b as usize]).collect(),
        });
    }

    let before = loads(&brokers, planner.parts.iter().map(|p| (&p.orig, p.size)));
    let after = loads(
        &brokers,
        planner.parts.iter().zip(&lists).map(|(p, l)| (l, p.size)),
    );
    for (i, (b, a)) in before.iter().zip(&after).enumerate() {
        if let (Some(l), Some(c)) = (limit[i], capacity[i]) {
            if i128::from(a.bytes) > l && a.bytes > b.bytes {
                return Err(PlanError::OverCapacity {
                    broker: a.id,
                    bytes: a.bytes,
                    capacity: c,
                    max_fill,
                });
            }
        }
    }
    let bytes_band = band(&before, &after, &planner.eligible);
    Ok(PlanResult {
        balance: goal.balance,
        bytes_lower_bound,
        bytes_band,
        reassignment: Reassignment {
            version: 1,
            partitions: entries,
        },
        moves,
        bytes_to_move,
        lower_bound,
        before,
        after,
        truncated,
        leader_changes,
        rack_aware,
    })
}

/// Largest distances from the mean over the eligible brokers.
fn band(before: &[BrokerLoad], after: &[BrokerLoad], eligible: &[bool]) -> BytesBand {
    let elig = |l: &[BrokerLoad]| -> Vec<(f64, f64)> {
        l.iter()
            .zip(eligible)
            .filter(|(_, &e)| e)
            .map(|(b, _)| (b.bytes as f64, b.replicas as f64))
            .collect()
    };
    let spread = |v: &[f64]| {
        let mean = v.iter().sum::<f64>() / v.len().max(1) as f64;
        if mean <= 0.0 {
            return (mean, 0.0);
        }
        let worst = v.iter().map(|x| (x - mean).abs()).fold(0.0, f64::max);
        (mean, 100.0 * worst / mean)
    };
    let (b, a) = (elig(before), elig(after));
    let bytes_of = |v: &[(f64, f64)]| v.iter().map(|x| x.0).collect::<Vec<_>>();
    let (mean, after_percent) = spread(&bytes_of(&a));
    // Before, against the mean the plan ends with, so both figures compare
    // with the same target (drained brokers leave the before mean lower).
    let before_percent = if mean > 0.0 {
        100.0 * b.iter().map(|x| (x.0 - mean).abs()).fold(0.0, f64::max) / mean
    } else {
        0.0
    };
    let replicas: Vec<f64> = a.iter().map(|x| x.1).collect();
    BytesBand {
        mean_bytes: mean as u64,
        target_percent: BYTES_BAND * 100.0,
        before_percent,
        after_percent,
        replicas_after_percent: spread(&replicas).1,
    }
}

fn loads<'a>(
    brokers: &[(i32, Option<&str>)],
    lists: impl Iterator<Item = (&'a Vec<u32>, u64)>,
) -> Vec<BrokerLoad> {
    let mut out: Vec<BrokerLoad> = brokers
        .iter()
        .map(|(id, rack)| BrokerLoad {
            id: *id,
            rack: rack.map(str::to_string),
            replicas: 0,
            leaders: 0,
            bytes: 0,
        })
        .collect();
    for (list, size) in lists {
        for (i, &b) in list.iter().enumerate() {
            if let Some(load) = out.get_mut(b as usize) {
                load.replicas += 1;
                load.bytes = load.bytes.saturating_add(size);
                if i == 0 {
                    load.leaders += 1;
                }
            }
        }
    }
    out
}

impl Planner {
    /// Water-filling targets over the eligible brokers; returns the lower
    /// bound on moves.
    fn set_targets(&mut self) -> usize {
        let mut fixed = vec![0i64; self.count.len()];
        let mut total = 0i64;
        for p in &self.parts {
            for &b in &p.orig {
                self.count[b as usize] += 1;
                if !p.selected && self.eligible[b as usize] {
                    fixed[b as usize] += 1;
                    total += 1;
                }
            }
            if p.selected {
                total += p.rf as i64;
            }
        }
        let filled = |level: i64| -> i64 {
            self.elig
                .iter()
                .map(|&b| fixed[b as usize].max(level))
                .sum()
        };
        // Smallest level whose filling holds every replica.
        let (mut lo, mut hi) = (0i64, total.max(0));
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if filled(mid) >= total {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        let level = lo;
        self.level = level;
        for &b in &self.elig {
            self.target[b as usize] = fixed[b as usize].max(level - 1).max(0);
        }
        let spare = if level > 0 {
            total - filled(level - 1)
        } else {
            0
        };
        if level > 0 {
            let mut spare = spare;
            // If brokers already at the level outnumber the +1s, the +1s
            // are a tie among them; otherwise they all get one and the rest
            // are a tie among the brokers below.
            let free = |b: u32| fixed[b as usize] < level;
            let at_level = self
                .elig
                .iter()
                .filter(|&&b| free(b) && self.count[b as usize] >= level)
                .count() as i64;
            for &b in &self.elig {
                let above = self.count[b as usize] >= level;
                self.floating[b as usize] = free(b) && (above == (at_level >= spare));
            }
            // The +1s go to brokers already holding the most: fewest moves.
            let mut free: Vec<u32> = self
                .elig
                .iter()
                .copied()
                .filter(|&b| fixed[b as usize] < level)
                .collect();
            free.sort_by_key(|&b| (std::cmp::Reverse(self.count[b as usize]), b));
            for b in free {
                if spare <= 0 {
                    break;
                }
                self.target[b as usize] += 1;
                spare -= 1;
            }
        }
        self.lower_bound(&fixed, spare)
    }

    /// See [`PlanResult::lower_bound`]. `fixed` holds the replicas that
    /// cannot move per broker, `spare` the number of ceilings.
    fn lower_bound(&self, fixed: &[i64], spare: i64) -> usize {
        let nb = self.count.len();
        let floor = |b: usize| {
            if fixed[b] >= self.level {
                fixed[b]
            } else {
                self.level - 1
            }
        };
        let mut missing = 0i64;
        let mut drops = 0i64;
        let mut droppable = vec![0i64; nb];
        let mut drops_below = 0i64;
        let mut forced = vec![0i64; nb];
        for p in self.parts.iter().filter(|p| p.selected) {
            let on_e = p
                .orig
                .iter()
                .filter(|&&b| self.eligible[b as usize])
                .count() as i64;
            let rf = p.rf as i64;
            missing += (rf - on_e).max(0);
            if p.rf == self.elig.len() {
                // Every eligible broker must hold it: no choice where the
                // missing replicas go.
                for &b in &self.elig {
                    if !p.orig.contains(&b) {
                        forced[b as usize] += 1;
                    }
                }
            }
            if on_e > rf {
                drops += on_e - rf;
                let mut above = 0;
                for &b in p.orig.iter().filter(|&&b| self.eligible[b as usize]) {
                    droppable[b as usize] += 1;
                    above += i64::from(self.count[b as usize] > floor(b as usize));
                }
                // Drops beyond its replicas on brokers above the floor land
                // on brokers that then need one more arrival.
                drops_below += (on_e - rf - above).max(0);
            }
        }
        // Fewest replicas above target, over all placements of the
        // ceilings: each ceiling on a broker above the floor absorbs one.
        let least_excess = |x: &dyn Fn(usize) -> i64| -> i64 {
            let (mut sum, mut above) = (0i64, 0i64);
            for &b in &self.elig {
                let b = b as usize;
                if fixed[b] >= self.level {
                    sum += (x(b) - fixed[b]).max(0);
                } else {
                    sum += (x(b) - (self.level - 1)).max(0);
                    above += i64::from(x(b) >= self.level);
                }
            }
            sum - above.min(spare)
        };
        // Ceilings on the brokers holding most: the fewest arrivals.
        let gain: i64 = self
            .elig
            .iter()
            .map(|&b| (self.target[b as usize] - self.count[b as usize]).max(0))
            .sum::<i64>()
            + drops_below;
        // Arrivals when some must land on given brokers: a ceiling is free
        // on a broker whose forced arrivals already reach it.
        let (mut gain_forced, mut free_ceilings) = (0i64, 0i64);
        for &b in &self.elig {
            let b = b as usize;
            let (c, f) = (self.count[b], forced[b]);
            if fixed[b] >= self.level {
                gain_forced += (fixed[b] - c).max(f).max(0);
            } else {
                let at_floor = (self.level - 1 - c).max(f).max(0);
                gain_forced += at_floor;
                free_ceilings += i64::from((self.level - c).max(f).max(0) == at_floor);
            }
        }
        gain_forced += (spare - free_ceilings).max(0);
        let excess = least_excess(&|b| self.count[b]);
        let excess_left = least_excess(&|b| self.count[b] - droppable[b]);
        let shed = (excess - drops).max(excess_left).max(0);
        gain.max(gain_forced).max(missing + shed) as usize
    }

    fn need(&self, p: &Part) -> usize {
        if self.rack_aware {
            p.rf.min(self.n_racks)
        } else {
            0
        }
    }

    /// Distinct racks among `reps` without `remove` and with `add` (either
    /// may be `HOLE` for none). Lists are a handful long, so a quadratic
    /// scan beats any allocation.
    fn spread(&self, reps: &[u32], remove: u32, add: u32) -> usize {
        let member = |b: u32| b != HOLE && b != remove;
        let rack = |b: u32| self.rack[b as usize];
        let mut distinct = 0;
        for (i, &b) in reps.iter().enumerate() {
            if member(b) && !reps[..i].iter().any(|&e| member(e) && rack(e) == rack(b)) {
                distinct += 1;
            }
        }
        if add != HOLE && !reps.iter().any(|&e| member(e) && rack(e) == rack(add)) {
            distinct += 1;
        }
        distinct
    }

    /// Can partition `pi` take `to` in place of `from` (a broker, or `HOLE`
    /// to fill a slot) without doubling up or losing rack spread?
    fn can_place(&self, pi: usize, from: u32, to: u32) -> bool {
        let p = &self.parts[pi];
        if !self.eligible[to as usize] || p.cur.contains(&to) {
            return false;
        }
        if !self.rack_aware {
            return true;
        }
        let holes = p.cur.iter().filter(|&&b| b == HOLE).count();
        let pending = if from == HOLE {
            holes.saturating_sub(1)
        } else {
            holes
        };
        self.spread(&p.cur, from, to) + pending >= self.need(p)
    }

    fn place(&mut self, pi: usize, from: u32, to: u32) {
        let p = &mut self.parts[pi];
        if let Some(slot) = p.cur.iter_mut().find(|b| **b == from) {
            *slot = to;
            if from != HOLE {
                self.count[from as usize] -= 1;
            }
            self.count[to as usize] += 1;
            self.placed_on[to as usize].push(pi as u32);
            self.log.push(pi as u32);
            if let Some(list) = self.cand.get_mut(to as usize) {
                list.push(pi as u32);
            }
        }
    }

    fn surplus(&self, b: u32) -> i64 {
        self.count[b as usize] - self.target[b as usize]
    }

    /// Brokers that can take a replica without costing an extra move:
    /// those below target, furthest below first, then those that can take
    /// over a floating +1 (see [`Planner::claim`]).
    fn destinations(&self) -> Vec<u32> {
        let mut d: Vec<u32> = self
            .elig
            .iter()
            .copied()
            .filter(|&b| self.surplus(b) < 0)
            .collect();
        d.sort_by_key(|&b| (self.surplus(b), b));
        if self.swap_partner().is_some() {
            d.extend(
                self.elig
                    .iter()
                    .copied()
                    .filter(|&b| self.swappable(b) && self.surplus(b) == 0),
            );
        }
        d
    }

    /// A floating broker holding a +1 it has not used yet.
    fn swap_partner(&self) -> Option<u32> {
        self.elig
            .iter()
            .copied()
            .filter(|&b| {
                self.floating[b as usize]
                    && self.target[b as usize] == self.level
                    && self.count[b as usize] < self.level
            })
            .max_by_key(|&b| (self.count[b as usize], std::cmp::Reverse(b)))
    }

    /// A floating broker without a +1 that is full at `level - 1`.
    fn swappable(&self, b: u32) -> bool {
        self.floating[b as usize]
            && self.target[b as usize] == self.level - 1
            && self.count[b as usize] >= self.level - 1
    }

    /// Makes room on `d` before a placement: when `d` is at target, it takes
    /// over the +1 of a floating broker that has not used it, so targets
    /// still sum to the total and the lower bound still holds.
    fn claim(&mut self, d: u32) {
        if self.swappable(d) {
            if let Some(x) = self.swap_partner() {
                self.target[x as usize] -= 1;
                self.target[d as usize] += 1;
            }
        }
    }

    fn spend(&mut self, n: u64) -> bool {
        self.budget = self.budget.saturating_sub(n);
        self.budget > 0
    }

    fn open_holes(&mut self) {
        for p in self.parts.iter_mut().filter(|p| p.selected) {
            for slot in p.cur.iter_mut() {
                if !self.eligible[*slot as usize] {
                    self.count[*slot as usize] -= 1;
                    *slot = HOLE;
                }
            }
            while p.cur.len() < p.rf {
                p.cur.push(HOLE);
            }
        }
    }

    /// Replication-factor decreases. Dropping is free, so the choice of
    /// what to drop decides how much moving is left: drop holes first, then
    /// choose the replicas to keep by balanced choice (see `balance.rs`),
    /// which leaves counts as even as the lists allow and so minimises what
    /// must be shed later. Where racks are doubled up the choice must keep
    /// the spread, so those partitions drop greedily from the most loaded
    /// broker among the replicas whose loss keeps enough racks.
    fn drop_replicas(&mut self) {
        let mut balanced = Vec::new();
        for pi in 0..self.parts.len() {
            let p = &mut self.parts[pi];
            if !p.selected {
                continue;
            }
            while p.cur.len() > p.rf {
                let Some(pos) = p.cur.iter().rposition(|&b| b == HOLE) else {
                    break;
                };
                p.cur.remove(pos);
            }
            let p = &self.parts[pi];
            if p.cur.len() <= p.rf {
                continue;
            }
            if self.rack_aware && self.spread(&p.cur, HOLE, HOLE) < p.cur.len() {
                self.drop_greedily(pi);
            } else {
                balanced.push(pi);
            }
        }
        if balanced.is_empty() {
            return;
        }
        let mut base = self.count.clone();
        for &pi in &balanced {
            for &b in &self.parts[pi].cur {
                base[b as usize] -= 1;
            }
        }
        let mut items: Vec<Vec<u32>> = balanced
            .iter()
            .map(|&pi| self.parts[pi].cur.clone())
            .collect();
        let keep: Vec<usize> = balanced.iter().map(|&pi| self.parts[pi].rf).collect();
        balance_choice(&mut items, &keep, &self.eligible, &base);
        for ((pi, mut list), rf) in balanced.into_iter().zip(items).zip(keep) {
            for &b in list.iter().skip(rf) {
                self.count[b as usize] -= 1;
            }
            list.truncate(rf);
            self.parts[pi].cur = list;
        }
    }

    fn drop_greedily(&mut self, pi: usize) {
        while self.parts[pi].cur.len() > self.parts[pi].rf {
            let p = &self.parts[pi];
            let need = self.need(p);
            // Keep rack spread first, then drop where the broker is most
            // over target, keeping the current leader all else equal.
            let best = p
                .cur
                .iter()
                .enumerate()
                .max_by_key(|&(i, &b)| {
                    (
                        self.spread(&p.cur, b, HOLE) >= need,
                        self.surplus(b),
                        i != 0,
                        std::cmp::Reverse(b),
                    )
                })
                .map(|(i, &b)| (i, b));
            let Some((i, b)) = best else { break };
            self.parts[pi].cur.remove(i);
            self.count[b as usize] -= 1;
        }
    }

    fn repair_racks(&mut self) {
        if !self.rack_aware {
            return;
        }
        for pi in 0..self.parts.len() {
            if !self.parts[pi].selected {
                continue;
            }
            loop {
                let p = &self.parts[pi];
                let holes = p.cur.iter().filter(|&&b| b == HOLE).count();
                if self.spread(&p.cur, HOLE, HOLE) + holes >= self.need(p) {
                    break;
                }
                let rack = |b: u32| self.rack[b as usize];
                let doubled = |b: u32| {
                    b != HOLE
                        && p.cur
                            .iter()
                            .filter(|&&e| e != HOLE && rack(e) == rack(b))
                            .count()
                            > 1
                };
                let best = p
                    .cur
                    .iter()
                    .enumerate()
                    .filter(|&(_, &b)| doubled(b))
                    .max_by_key(|&(_, &b)| (self.surplus(b), std::cmp::Reverse(b)))
                    .map(|(i, &b)| (i, b));
                let Some((i, b)) = best else { break };
                self.parts[pi].cur[i] = HOLE;
                self.count[b as usize] -= 1;
            }
        }
    }

    fn fill_holes(&mut self, snapshot: &Snapshot) -> Result<(), PlanError> {
        for pi in 0..self.parts.len() {
            while self.parts[pi].cur.contains(&HOLE) {
                let free = self.destinations();
                if let Some(&d) = free.iter().find(|&&d| self.can_place(pi, HOLE, d)) {
                    self.claim(d);
                    self.place(pi, HOLE, d);
                    continue;
                }
                if !free.is_empty() && self.redirect(pi, &free) {
                    continue;
                }
                // Over target it is; shedding sorts it out at one extra move.
                let mut best: Option<u32> = None;
                for &d in &self.elig {
                    if self.can_place(pi, HOLE, d)
                        && best.is_none_or(|b| self.surplus(d) < self.surplus(b))
                    {
                        best = Some(d);
                    }
                }
                let Some(d) = best else {
                    let spec = &snapshot.partitions[self.parts[pi].spec];
                    return Err(PlanError::Unplaceable {
                        partition: format!("{}-{}", spec.topic, spec.partition),
                        reason: "no eligible broker keeps replicas distinct and racks spread"
                            .to_string(),
                    });
                };
                self.place(pi, HOLE, d);
            }
        }
        Ok(())
    }

    /// Every broker with room already holds `pi`: move an earlier placement
    /// from some broker `d2` to a broker with room instead, and fill `pi`'s
    /// hole on `d2`. Moves stay one per replica.
    fn redirect(&mut self, pi: usize, free: &[u32]) -> bool {
        for &d in free {
            for k in 0..self.elig.len() {
                let d2 = self.elig[k];
                if d2 == d || !self.can_place(pi, HOLE, d2) {
                    continue;
                }
                for j in (0..self.placed_on[d2 as usize].len()).rev() {
                    if !self.spend(1) {
                        return false;
                    }
                    let q = self.placed_on[d2 as usize][j] as usize;
                    let part = &self.parts[q];
                    if q == pi || !part.cur.contains(&d2) || part.orig.contains(&d2) {
                        continue;
                    }
                    if self.can_place(q, d2, d) {
                        self.claim(d);
                        self.place(q, d2, d);
                        self.place(pi, HOLE, d2);
                        return true;
                    }
                }
            }
        }
        false
    }

    /// Selected partitions on each broker, cheapest to move first.
    fn candidates(&self) -> Vec<Vec<u32>> {
        let mut cand: Vec<Vec<u32>> = vec![Vec::new(); self.count.len()];
        for (pi, p) in self.parts.iter().enumerate() {
            if p.selected {
                for &b in &p.cur {
                    if b != HOLE {
                        cand[b as usize].push(pi as u32);
                    }
                }
            }
        }
        let n = self.parts.len().max(1);
        let nb = cand.len().max(1);
        let mut keyed = Vec::new();
        for (b, list) in cand.iter_mut().enumerate() {
            // Among equal sizes, each broker starts its walk through the
            // partitions at a different point, so brokers shedding at the
            // same time rarely pick the same partition: moves spread over
            // more partitions and a `max_moves` cut keeps more of them.
            let start = b * n / nb;
            keyed.clear();
            keyed.extend(list.iter().map(|&pi| {
                let rotated = (pi as usize + n - start) % n;
                (self.parts[pi as usize].size, rotated as u32, pi)
            }));
            // Keys are distinct (they contain the partition), so an unstable
            // sort is still deterministic.
            keyed.sort_unstable();
            list.clear();
            list.extend(keyed.iter().map(|k| k.2));
        }
        cand
    }

    fn shed(&mut self) {
        self.cand = self.candidates();
        let mut cursor = vec![0usize; self.count.len()];
        // A broker with nothing that fits may fit again once others moved,
        // so `stuck` only lasts until the next successful move.
        let mut stuck = vec![false; self.count.len()];
        loop {
            let source = self
                .elig
                .iter()
                .copied()
                .filter(|&b| self.surplus(b) > 0 && !stuck[b as usize])
                .max_by_key(|&b| (self.surplus(b), std::cmp::Reverse(b)));
            let Some(s) = source else { break };
            if self.swappable(s) && self.swap_partner().is_some() {
                // Keeping one replica here instead costs nothing.
                self.claim(s);
                continue;
            }
            let deficits = self.destinations();
            if deficits.is_empty() {
                break;
            }
            if self.shed_direct(s, &deficits, &mut cursor) || self.chain(s, &deficits) {
                stuck.fill(false);
            } else {
                stuck[s as usize] = true;
            }
        }
    }

    fn shed_direct(&mut self, s: u32, deficits: &[u32], cursor: &mut [usize]) -> bool {
        while let Some(&pi) = self.cand[s as usize].get(cursor[s as usize]) {
            let pi = pi as usize;
            if self.parts[pi].cur.contains(&s) {
                if let Some(&d) = deficits.iter().find(|&&d| self.can_place(pi, s, d)) {
                    self.claim(d);
                    self.place(pi, s, d);
                    cursor[s as usize] += 1;
                    return true;
                }
            }
            // Below-target brokers only fill up, so a replica that fits none
            // of them now will not fit later either.
            cursor[s as usize] += 1;
        }
        false
    }

    /// Nothing on `s` fits any of `dests` directly: move a replica from some
    /// other broker `m` to one of them, and refill `m` from `s`. Two moves,
    /// but `m` ends where it started.
    fn chain(&mut self, s: u32, dests: &[u32]) -> bool {
        for k in 0..self.elig.len() {
            let m = self.elig[k];
            if m == s || dests.contains(&m) {
                continue;
            }
            let mut hop = None;
            for j in 0..self.cand[m as usize].len() {
                if !self.spend(dests.len() as u64 + 1) {
                    return false;
                }
                let q = self.cand[m as usize][j] as usize;
                if !self.parts[q].cur.contains(&m) {
                    continue;
                }
                if let Some(&d) = dests.iter().find(|&&d| self.can_place(q, m, d)) {
                    hop = Some((q, d));
                    break;
                }
            }
            let Some((q, d)) = hop else { continue };
            for j in 0..self.cand[s as usize].len() {
                if !self.spend(1) {
                    return false;
                }
                let pi = self.cand[s as usize][j] as usize;
                if pi != q && self.parts[pi].cur.contains(&s) && self.can_place(pi, s, m) {
                    self.claim(d);
                    self.place(q, m, d);
                    self.place(pi, s, m);
                    return true;
                }
            }
        }
        false
    }

    /// Target-free clean-up: while some broker holds two or more replicas
    /// more than another, move one across directly or through a third
    /// broker. Only does work where targets proved unreachable, and leaves
    /// nothing a second plan would find to do.
    fn polish(&mut self) {
        // A fresh allowance: what the shedding spent must not starve this.
        self.budget = FALLBACK_BUDGET;
        loop {
            let mut by_count = self.elig.clone();
            by_count.sort_by_key(|&b| (self.count[b as usize], b));
            let (Some(&low), Some(&high)) = (by_count.first(), by_count.last()) else {
                return;
            };
            if self.count[high as usize] - self.count[low as usize] < 2 {
                return;
            }
            if !self.polish_direct(&by_count) && !self.polish_chain(&by_count) {
                return;
            }
        }
    }

    fn polish_direct(&mut self, by_count: &[u32]) -> bool {
        for &s in by_count.iter().rev() {
            for &d in by_count {
                if self.count[d as usize] + 2 > self.count[s as usize] {
                    break;
                }
                for j in 0..self.cand[s as usize].len() {
                    if !self.spend(1) {
                        return false;
                    }
                    let pi = self.cand[s as usize][j] as usize;
                    if self.parts[pi].cur.contains(&s) && self.can_place(pi, s, d) {
                        self.place(pi, s, d);
                        return true;
                    }
                }
            }
        }
        false
    }

    fn polish_chain(&mut self, by_count: &[u32]) -> bool {
        for &s in by_count.iter().rev() {
            let lighter: Vec<u32> = by_count
                .iter()
                .copied()
                .take_while(|&d| self.count[d as usize] + 2 <= self.count[s as usize])
                .collect();
            if lighter.is_empty() {
                return false;
            }
            if self.chain(s, &lighter) {
                return true;
            }
        }
        false
    }

    /// Keeps whole partitions, in the order their first move was planned,
    /// skipping any that no longer fit under the cap. Partitions that only drop replicas cost
    /// nothing and are always kept.
    fn truncate(&mut self, max_moves: Option<usize>, max_bytes: Option<u64>) -> bool {
        if max_moves.is_none() && max_bytes.is_none() {
            return false;
        }
        let cap = max_moves.unwrap_or(usize::MAX);
        let byte_cap = max_bytes.unwrap_or(u64::MAX);
        let cost = |p: &Part| p.cur.iter().filter(|b| !p.orig.contains(b)).count();
        let mut first_seen = vec![usize::MAX; self.parts.len()];
        let mut order = Vec::new();
        for (i, &pi) in self.log.iter().enumerate() {
            if first_seen[pi as usize] == usize::MAX {
                first_seen[pi as usize] = i;
                order.push(pi as usize);
            }
        }
        let mut keep = vec![false; self.parts.len()];
        let mut used = 0usize;
        let mut used_bytes = 0u64;
        let mut truncated = false;
        for pi in order {
            let c = cost(&self.parts[pi]);
            let b = self.parts[pi].size.saturating_mul(c as u64);
            if used + c > cap || used_bytes.saturating_add(b) > byte_cap {
                truncated = true;
                continue;
            }
            used += c;
            used_bytes += b;
            keep[pi] = true;
        }
        for (pi, p) in self.parts.iter_mut().enumerate() {
            if !keep[pi] && cost(p) > 0 {
                p.cur = p.orig.clone();
            }
        }
        truncated
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reassign::snapshot::{BrokerSpec, PartitionSpec};

    fn snap(brokers: &[i32], parts: &[(&str, i32, &[i32], Option<u64>)]) -> Snapshot {
        Snapshot {
            brokers: brokers
                .iter()
                .map(|&id| BrokerSpec {
                    id,
                    rack: None,
                    capacity_bytes: None,
                })
                .collect(),
            partitions: parts
                .iter()
                .map(|&(t, p, r, s)| PartitionSpec {
                    topic: t.to_string(),
                    partition: p,
                    replicas: r.to_vec(),
                    size_bytes: s,
                })
                .collect(),
        }
    }

    #[test]
    fn balanced_cluster_gives_empty_plan() {
        let s = snap(
            &[1, 2, 3],
            &[
                ("t", 0, &[1, 2], None),
                ("t", 1, &[2, 3], None),
                ("t", 2, &[3, 1], None),
            ],
        );
        let r = plan(&s, &Goal::default()).unwrap();
        assert!(r.reassignment.is_empty(), "{r:#?}");
        assert_eq!((r.moves, r.lower_bound), (0, 0));
    }

    #[test]
    fn new_broker_takes_the_smallest_replicas() {
        let parts: Vec<(String, u64)> = (0..10).map(|i| (format!("t{i}"), 100 - i)).collect();
        let specs: Vec<(&str, i32, &[i32], Option<u64>)> = parts
            .iter()
            .map(|(t, size)| (t.as_str(), 0, &[1][..], Some(*size)))
            .collect();
        let s = snap(&[1, 2], &specs);
        let r = plan(&s, &Goal::default()).unwrap();
        assert_eq!((r.moves, r.lower_bound), (5, 5));
        let moved: Vec<&str> = r
            .reassignment
            .partitions
            .iter()
            .map(|e| e.topic.as_str())
            .collect();
        assert_eq!(moved, vec!["t5", "t6", "t7", "t8", "t9"]);
        assert_eq!(r.bytes_to_move, 95 + 94 + 93 + 92 + 91);
    }

    #[test]
    fn lower_bound_counts_the_ceiling_holders() {
        // 13 replicas on 3 brokers: targets 5,4,4 -> broker 3 must gain one.
        let mut specs = Vec::new();
        let names: Vec<String> = (0..13).map(|i| format!("t{i}")).collect();
        for (i, n) in names.iter().enumerate() {
            let b: &[i32] = match i {
                0..=4 => &[1],
                5..=9 => &[2],
                _ => &[3],
            };
            specs.push((n.as_str(), 0, b, None));
        }
        let r = plan(&snap(&[1, 2, 3], &specs), &Goal::default()).unwrap();
        assert_eq!((r.moves, r.lower_bound), (1, 1));
    }

    #[test]
    fn drain_and_errors() {
        let s = snap(
            &[1, 2, 3, 4],
            &[("t", 0, &[1, 2, 3], None), ("t", 1, &[2, 3, 4], None)],
        );
        let goal = Goal {
            drain_brokers: [4].into(),
            ..Goal::default()
        };
        let r = plan(&s, &goal).unwrap();
        assert!(r.after[3].replicas == 0);
        assert_eq!(r.moves, r.lower_bound);

        let goal = Goal {
            drain_brokers: [1, 2].into(),
            ..Goal::default()
        };
        assert!(matches!(
            plan(&s, &goal),
            Err(PlanError::NotEnoughBrokers { needed: 3, .. })
        ));
        let goal = Goal {
            drain_brokers: [1, 2, 3, 4].into(),
            ..Goal::default()
        };
        assert_eq!(plan(&s, &goal), Err(PlanError::NoEligibleBrokers));
        let goal = Goal {
            drain_brokers: [9].into(),
            brokers: Some([1, 7].into()),
            ..Goal::default()
        };
        assert_eq!(plan(&s, &goal), Err(PlanError::UnknownBrokers(vec![7, 9])));
        let goal = Goal {
            replication_factor: Some(0),
            ..Goal::default()
        };
        assert_eq!(plan(&s, &goal), Err(PlanError::ZeroReplicationFactor));
    }

    #[test]
    fn replication_factor_change() {
        let s = snap(
            &[1, 2, 3, 4],
            &[("t", 0, &[1, 2], Some(10)), ("t", 1, &[3, 4], Some(10))],
        );
        let up = Goal {
            replication_factor: Some(3),
            ..Goal::default()
        };
        let r = plan(&s, &up).unwrap();
        assert_eq!((r.moves, r.lower_bound, r.bytes_to_move), (2, 2, 20));
        assert!(r
            .reassignment
            .partitions
            .iter()
            .all(|e| e.replicas.len() == 3));
        let down = Goal {
            replication_factor: Some(1),
            ..Goal::default()
        };
        let r = plan(&s, &down).unwrap();
        assert_eq!(r.moves, 0);
        assert!(r
            .reassignment
            .partitions
            .iter()
            .all(|e| e.replicas.len() == 1));
    }

    #[test]
    fn max_moves_truncates_whole_partitions() {
        let s = snap(
            &[1, 2, 3, 4],
            &[
                ("t", 0, &[1, 2], None),
                ("t", 1, &[1, 2], None),
                ("t", 2, &[1, 2], None),
                ("t", 3, &[1, 2], None),
            ],
        );
        let goal = Goal {
            max_moves: Some(1),
            ..Goal::default()
        };
        let r = plan(&s, &goal).unwrap();
        assert!(r.truncated);
        assert_eq!(r.moves, 1);
        // Leaders are still rebalanced (reordering moves no data) as far as
        // the truncated placement allows: broker 4 holds nothing yet.
        let leaders: Vec<usize> = r.after.iter().map(|b| b.leaders).collect();
        assert_eq!(leaders.iter().max(), Some(&2));
        assert_eq!(r.lower_bound, 4);
    }
}
