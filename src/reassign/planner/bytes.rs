//! `--balance bytes`: the phases that replace *fill*, *shed* and *polish*
//! when bytes per broker are the primary goal. The hard rules (distinct
//! brokers, rack spread, drains, filters, replication-factor changes) are
//! the same [`Planner::can_place`] checks the replica-count phases use.
//!
//! 1. **Fill by bytes.** Holes (replicas leaving drained or excluded
//!    brokers, new replicas of a replication-factor increase) are placed
//!    largest first, each on the compatible broker holding the fewest
//!    bytes, like the LPT rule for scheduling. They move anyway, so where
//!    they land costs nothing extra.
//! 2. **Replica band.** While a broker holds more than `ceil(1.1 x mean)`
//!    replicas or fewer than `floor(0.9 x mean)`, its smallest compatible
//!    replica moves from the fullest to the emptiest broker by count: few
//!    bytes move to repair counts.
//! 3. **Bytes band.** While a broker is above `mean + 5%` (or its capacity
//!    limit), the fullest by fill moves data to the brokers holding the
//!    fewest bytes; then brokers below `mean - 5%` pull from the fullest.
//!    Each transfer takes the *largest* replica that fits in what the
//!    source has in excess (or the destination lacks) so bytes moved stay
//!    close to that excess, which is the lower bound; when the replica
//!    band leaves no room for one more replica, a small replica travels
//!    back the other way (a swap). Every transfer strictly lowers the total
//!    distance of all brokers from the band and never pushes a broker out
//!    of it, so the phase ends; a counted budget bounds its work.
//! 4. **Exact, when small.** Up to 8 eligible brokers and 12 movable
//!    partitions, a placement the greedy phases left outside the bands is
//!    replaced by the cheapest one inside them, found by branch and bound,
//!    when one exists.
//! 5. **Narrow.** Where sizes make the band unreachable, the spread is
//!    narrowed instead: fullest to emptiest, up to half their gap.

use std::collections::BTreeSet;

use super::{Part, Planner, HOLE};

/// Bytes band: every eligible broker within this fraction of the mean.
pub const BYTES_BAND: f64 = 0.05;
/// Replica band kept while balancing bytes.
pub const REPLICA_BAND: f64 = 0.10;
/// Replicas looked at per broker and size window: transfers want one
/// that fits, and the first few almost always do.
const SCAN: usize = 48;
/// Small replicas tried as the return half of a swap.
const SWAP_SCAN: usize = 8;
/// Largest cluster the exhaustive search takes on, and its node budget.
const EXACT_BROKERS: usize = 8;
const EXACT_PARTITIONS: usize = 12;
const EXACT_NODES: u64 = 2_000_000;

/// Per-broker byte state of a bytes-balanced plan.
pub(super) struct Bytes {
    /// Bytes per broker (every replica, movable or not).
    pub bytes: Vec<i128>,
    /// Band edges around the mean of the eligible brokers.
    pub lo: i128,
    pub hi: i128,
    /// Per broker: the lower of `hi` and its capacity limit.
    pub upper: Vec<i128>,
    /// Per broker capacity limit (capacity x max fill), when known.
    pub limit: Vec<Option<i128>>,
    /// Replica band edges.
    pub c_lo: i64,
    pub c_hi: i64,
    /// Movable (selected) partitions per broker by (size, partition).
    on: Vec<BTreeSet<(u64, u32)>>,
}

/// Bytes a partition has on eligible brokers once the plan is done, and
/// replicas likewise.
fn final_share(p: &Part, eligible: &[bool]) -> (u128, u128) {
    let n = if p.selected {
        p.rf
    } else {
        p.orig.iter().filter(|&&b| eligible[b as usize]).count()
    } as u128;
    (n * u128::from(p.size), n)
}

impl Bytes {
    pub fn new(planner: &Planner, limit: Vec<Option<i128>>) -> Bytes {
        let n = planner.elig.len().max(1) as f64;
        let (mut total, mut replicas) = (0u128, 0u128);
        for p in &planner.parts {
            let (b, r) = final_share(p, &planner.eligible);
            total += b;
            replicas += r;
        }
        let mean = total as f64 / n;
        let mean_count = replicas as f64 / n;
        let lo = (mean * (1.0 - BYTES_BAND)).floor() as i128;
        let hi = (mean * (1.0 + BYTES_BAND)).ceil() as i128;
        let upper = limit.iter().map(|l| l.map_or(hi, |l| l.min(hi))).collect();
        let mut bx = Bytes {
            bytes: Vec::new(),
            lo,
            hi,
            upper,
            limit,
            c_lo: (mean_count * (1.0 - REPLICA_BAND)).floor() as i64,
            c_hi: (mean_count * (1.0 + REPLICA_BAND)).ceil() as i64,
            on: Vec::new(),
        };
        bx.rebuild(planner);
        bx
    }

    /// Recomputes the per-broker tables from the planner's current lists.
    pub fn rebuild(&mut self, planner: &Planner) {
        let nb = planner.count.len();
        self.bytes = vec![0; nb];
        self.on = vec![BTreeSet::new(); nb];
        for (pi, p) in planner.parts.iter().enumerate() {
            for &b in p.cur.iter().filter(|&&b| b != HOLE) {
                self.bytes[b as usize] += i128::from(p.size);
                if p.selected {
                    self.on[b as usize].insert((p.size, pi as u32));
                }
            }
        }
    }

    /// Bytes `b` may still take before passing its capacity limit.
    fn fits(&self, b: u32, size: u64) -> bool {
        self.limit[b as usize].is_none_or(|l| self.bytes[b as usize] + i128::from(size) <= l)
    }

    /// How full `b` is: by capacity when known, else against the band.
    fn fill(&self, b: u32) -> f64 {
        let cap = self.limit[b as usize].unwrap_or(self.hi).max(1);
        self.bytes[b as usize] as f64 / cap as f64
    }
}

impl Planner {
    /// Largest-first placement of every hole on the compatible broker with
    /// the fewest bytes, staying under the replica band and capacity where
    /// any broker can. Holes no broker can take are left for the
    /// count-based fill, which can redirect earlier placements.
    pub(super) fn fill_by_bytes(&mut self, bx: &mut Bytes) {
        let mut holes: Vec<usize> = (0..self.parts.len())
            .filter(|&pi| self.parts[pi].cur.contains(&HOLE))
            .collect();
        holes.sort_by_key(|&pi| (std::cmp::Reverse(self.parts[pi].size), pi));
        for pi in holes {
            while self.parts[pi].cur.contains(&HOLE) {
                let size = self.parts[pi].size;
                let best = self
                    .elig
                    .iter()
                    .copied()
                    .filter(|&d| self.can_place(pi, HOLE, d))
                    .min_by_key(|&d| {
                        (
                            self.count[d as usize] + 1 > bx.c_hi,
                            !bx.fits(d, size),
                            bx.bytes[d as usize],
                            d,
                        )
                    });
                let Some(d) = best else { break };
                self.move_bytes(bx, pi, HOLE, d);
            }
        }
    }

    /// Moves replica `pi` from `from` (a broker or `HOLE`) to `to`,
    /// keeping the byte tables current.
    fn move_bytes(&mut self, bx: &mut Bytes, pi: usize, from: u32, to: u32) {
        let size = self.parts[pi].size;
        self.place(pi, from, to);
        if from != HOLE {
            bx.bytes[from as usize] -= i128::from(size);
            bx.on[from as usize].remove(&(size, pi as u32));
        }
        bx.bytes[to as usize] += i128::from(size);
        bx.on[to as usize].insert((size, pi as u32));
    }

    /// Phase 2: replica counts into their band with the smallest replicas.
    pub(super) fn replica_band(&mut self, bx: &mut Bytes) {
        loop {
            let high = self.elig.iter().any(|&b| self.count[b as usize] > bx.c_hi);
            let low = self.elig.iter().any(|&b| self.count[b as usize] < bx.c_lo);
            if !high && !low {
                return;
            }
            let mut sources: Vec<u32> = self
                .elig
                .iter()
                .copied()
                .filter(|&b| {
                    let c = self.count[b as usize];
                    if high {
                        c > bx.c_hi
                    } else {
                        c > bx.c_lo
                    }
                })
                .collect();
            sources.sort_by_key(|&b| (std::cmp::Reverse(self.count[b as usize]), b));
            let mut dests: Vec<u32> = self
                .elig
                .iter()
                .copied()
                .filter(|&b| {
                    let c = self.count[b as usize];
                    if low {
                        c < bx.c_lo
                    } else {
                        c < bx.c_hi
                    }
                })
                .collect();
            dests.sort_by_key(|&b| (self.count[b as usize], bx.bytes[b as usize], b));
            let mut moved = false;
            'search: for &s in &sources {
                for &d in &dests {
                    if d == s || self.count[d as usize] + 1 >= self.count[s as usize] {
                        continue;
                    }
                    let cands: Vec<u32> = bx.on[s as usize]
                        .iter()
                        .take(SCAN)
                        .map(|&(_, pi)| pi)
                        .collect();
                    for pi in cands {
                        if !self.spend(1) {
                            return;
                        }
                        let size = self.parts[pi as usize].size;
                        if bx.fits(d, size) && self.can_place(pi as usize, s, d) {
                            self.move_bytes(bx, pi as usize, s, d);
                            moved = true;
                            break 'search;
                        }
                    }
                }
            }
            if !moved {
                return;
            }
        }
    }

    /// Phase 3: bytes into their band (see the module comment).
    pub(super) fn bytes_band(&mut self, bx: &mut Bytes) {
        let mut stuck = vec![false; self.count.len()];
        loop {
            if !self.spend(1) {
                return;
            }
            let over = self
                .elig
                .iter()
                .copied()
                .filter(|&b| bx.bytes[b as usize] > bx.upper[b as usize] && !stuck[b as usize])
                .max_by(|&a, &b| bx.fill(a).total_cmp(&bx.fill(b)).then(b.cmp(&a)));
            if let Some(s) = over {
                let mut dests: Vec<u32> = self.elig.iter().copied().filter(|&d| d != s).collect();
                dests.sort_by_key(|&d| (bx.bytes[d as usize] - bx.upper[d as usize], d));
                if dests.into_iter().any(|d| self.transfer(bx, s, d)) {
                    stuck.fill(false);
                } else {
                    stuck[s as usize] = true;
                }
                continue;
            }
            let under = self
                .elig
                .iter()
                .copied()
                .filter(|&b| bx.bytes[b as usize] < bx.lo && !stuck[b as usize])
                .min_by_key(|&b| (bx.bytes[b as usize], b));
            let Some(d) = under else { return };
            let mut sources: Vec<u32> = self.elig.iter().copied().filter(|&s| s != d).collect();
            sources.sort_by(|&a, &b| bx.fill(b).total_cmp(&bx.fill(a)).then(a.cmp(&b)));
            if sources.into_iter().any(|s| self.transfer(bx, s, d)) {
                stuck.fill(false);
            } else {
                stuck[d as usize] = true;
            }
        }
    }

    /// Where sizes make the band unreachable (a few partitions larger than
    /// it), the band phase stops early; this narrows the spread instead:
    /// while the fullest or emptiest broker is outside the band, a replica
    /// (or a swap) moves from one of the fullest to one of the emptiest,
    /// sized up to half their gap, so both end strictly between where they
    /// were. The largest distance from the mean never grows, the sum of
    /// squares strictly falls, so it ends.
    pub(super) fn narrow(&mut self, bx: &mut Bytes) {
        const PAIRS: usize = 4;
        loop {
            if !self.spend(1) {
                return;
            }
            let mut by_bytes = self.elig.clone();
            by_bytes.sort_by_key(|&b| (bx.bytes[b as usize], b));
            let (Some(&low), Some(&high)) = (by_bytes.first(), by_bytes.last()) else {
                return;
            };
            if bx.bytes[high as usize] <= bx.upper[high as usize] && bx.bytes[low as usize] >= bx.lo
            {
                return;
            }
            let mut moved = false;
            'pairs: for &s in by_bytes.iter().rev().take(PAIRS) {
                for &d in by_bytes.iter().take(PAIRS) {
                    let gap = bx.bytes[s as usize] - bx.bytes[d as usize];
                    if s == d || gap < 2 {
                        continue;
                    }
                    if self.shift(bx, s, d, gap / 2, gap - 1) {
                        moved = true;
                        break 'pairs;
                    }
                }
            }
            if !moved {
                return;
            }
        }
    }

    /// A move (or, when the replica band is tight, a swap) from `s` to `d`
    /// of a net size in `(0, room]`, nearest `want` from below.
    fn shift(&mut self, bx: &mut Bytes, s: u32, d: u32, want: i128, room: i128) -> bool {
        let (su, du) = (s as usize, d as usize);
        if self.count[du] < bx.c_hi && self.count[su] > bx.c_lo {
            if let Some(pi) = self.pick(bx, s, d, want, room, 0, None) {
                if bx.fits(d, self.parts[pi].size) {
                    self.move_bytes(bx, pi, s, d);
                    return true;
                }
            }
        }
        let back: Vec<(u64, u32)> = bx.on[du].iter().take(SWAP_SCAN).copied().collect();
        for (sq, q) in back {
            let q = q as usize;
            if !self.spend(1) || !self.can_place(q, d, s) {
                continue;
            }
            let sq = i128::from(sq);
            if let Some(pi) = self.pick(bx, s, d, want + sq, room + sq, sq, Some(q)) {
                let net = self.parts[pi].size.saturating_sub(sq as u64);
                if bx.fits(d, net) {
                    self.move_bytes(bx, pi, s, d);
                    self.move_bytes(bx, q, d, s);
                    return true;
                }
            }
        }
        false
    }

    /// One move (or swap) of bytes from `s` to `d` that keeps `s` at or
    /// above the band's lower edge and `d` at or below its upper one.
    fn transfer(&mut self, bx: &mut Bytes, s: u32, d: u32) -> bool {
        let (su, du) = (s as usize, d as usize);
        let room = (bx.bytes[su] - bx.lo).min(bx.upper[du] - bx.bytes[du]);
        if room <= 0 {
            return false;
        }
        let want = (bx.bytes[su] - bx.upper[su])
            .max(bx.lo - bx.bytes[du])
            .max(1);
        let plain = self.count[du] < bx.c_hi && self.count[su] > bx.c_lo;
        if plain {
            if let Some(pi) = self.pick(bx, s, d, want, room, 0, None) {
                self.move_bytes(bx, pi, s, d);
                return true;
            }
        }
        // A swap keeps both counts: a small replica returns from `d`.
        let back: Vec<(u64, u32)> = bx.on[du].iter().take(SWAP_SCAN).copied().collect();
        for (sq, q) in back {
            let q = q as usize;
            if !self.spend(1) || !self.can_place(q, d, s) {
                continue;
            }
            let sq = i128::from(sq);
            if let Some(pi) = self.pick(bx, s, d, want + sq, room + sq, sq, Some(q)) {
                self.move_bytes(bx, pi, s, d);
                self.move_bytes(bx, q, d, s);
                return true;
            }
        }
        false
    }

    /// A replica on `s` that can go to `d`, sized in `(above, room]`: the
    /// largest up to `want`, else the smallest above it.
    #[allow(clippy::too_many_arguments)]
    fn pick(
        &mut self,
        bx: &Bytes,
        s: u32,
        d: u32,
        want: i128,
        room: i128,
        above: i128,
        not: Option<usize>,
    ) -> Option<usize> {
        let clamp = |v: i128| u64::try_from(v.max(0)).unwrap_or(u64::MAX);
        let (want, room, above) = (clamp(want), clamp(room), clamp(above));
        let set = &bx.on[s as usize];
        let upto = want.min(room);
        let down: Vec<u32> = set
            .range(..=(upto, u32::MAX))
            .rev()
            .take_while(|&&(size, _)| size > above)
            .take(SCAN)
            .map(|&(_, pi)| pi)
            .collect();
        let up: Vec<u32> = if upto < room {
            set.range((upto.saturating_add(1), 0)..=(room, u32::MAX))
                .take(SCAN)
                .map(|&(_, pi)| pi)
                .collect()
        } else {
            Vec::new()
        };
        for pi in down.into_iter().chain(up) {
            let pi = pi as usize;
            if !self.spend(1) {
                return None;
            }
            if Some(pi) != not && self.can_place(pi, s, d) {
                return Some(pi);
            }
        }
        None
    }

    /// Whether every eligible broker is within both bands.
    fn in_bands(&self, bx: &Bytes) -> bool {
        self.elig.iter().all(|&b| {
            let (b, c) = (b as usize, self.count[b as usize]);
            bx.bytes[b] >= bx.lo && bx.bytes[b] <= bx.upper[b] && c >= bx.c_lo && c <= bx.c_hi
        })
    }

    /// Small clusters the greedy phases left outside the bands: an
    /// exhaustive branch-and-bound search over every placement the hard
    /// rules allow, for the one within both bands that moves the fewest
    /// bytes. Bounded in size and in nodes visited, so it only ever runs
    /// where it finishes quickly; otherwise the greedy result stands.
    pub(super) fn exact_band(&mut self, bx: &mut Bytes) {
        if self.in_bands(bx) || self.elig.len() > EXACT_BROKERS {
            return;
        }
        let mut movable: Vec<usize> = (0..self.parts.len())
            .filter(|&pi| self.parts[pi].selected)
            .collect();
        if movable.is_empty() || movable.len() > EXACT_PARTITIONS {
            return;
        }
        movable.sort_by_key(|&pi| (std::cmp::Reverse(self.parts[pi].size), pi));
        let nb = self.count.len();
        let (mut bytes, mut count) = (vec![0i128; nb], vec![0i64; nb]);
        for p in self.parts.iter().filter(|p| !p.selected) {
            for &b in &p.orig {
                bytes[b as usize] += i128::from(p.size);
                count[b as usize] += 1;
            }
        }
        // Every allowed replica set per partition, cheapest first.
        let mut options: Vec<Vec<(i128, Vec<u32>)>> = Vec::new();
        for &pi in &movable {
            let p = &self.parts[pi];
            let mut sets = Vec::new();
            let mut pick = Vec::new();
            self.subsets(0, p.rf, &mut pick, &mut sets);
            let need = self.need(p);
            let mut opts: Vec<(i128, Vec<u32>)> = sets
                .into_iter()
                .filter(|set| !self.rack_aware || self.spread(set, HOLE, HOLE) >= need)
                .map(|set| {
                    let new = set.iter().filter(|b| !p.orig.contains(b)).count();
                    (i128::from(p.size) * new as i128, set)
                })
                .collect();
            opts.sort();
            options.push(opts);
        }
        let sizes: Vec<i128> = movable
            .iter()
            .map(|&pi| i128::from(self.parts[pi].size))
            .collect();
        let mut search = Search {
            options: &options,
            sizes: &sizes,
            bx,
            bytes,
            count,
            elig: &self.elig,
            chosen: vec![0; movable.len()],
            best: None,
            nodes: EXACT_NODES,
        };
        search.go(0, 0);
        let Some((_, choice)) = search.best else {
            return;
        };
        for (k, &pi) in movable.iter().enumerate() {
            let set = &options[k][choice[k]].1;
            let p = &mut self.parts[pi];
            let mut list: Vec<u32> = p.orig.iter().copied().filter(|b| set.contains(b)).collect();
            list.extend(set.iter().copied().filter(|b| !p.orig.contains(b)));
            if list != p.cur {
                self.log.push(pi as u32);
            }
            p.cur = list;
        }
        self.count.fill(0);
        for p in &self.parts {
            for &b in p.cur.iter().filter(|&&b| b != HOLE) {
                self.count[b as usize] += 1;
            }
        }
        bx.rebuild(self);
    }

    /// Every `k`-subset of the eligible brokers from index `from`.
    fn subsets(&self, from: usize, k: usize, pick: &mut Vec<u32>, out: &mut Vec<Vec<u32>>) {
        if pick.len() == k {
            out.push(pick.clone());
            return;
        }
        for i in from..self.elig.len() {
            pick.push(self.elig[i]);
            self.subsets(i + 1, k, pick, out);
            pick.pop();
        }
    }

    /// Fewest bytes any plan reaching the band must move (see
    /// [`super::PlanResult::bytes_lower_bound`]).
    pub(super) fn bytes_lower_bound(&self, bx: &Bytes) -> u64 {
        let nb = self.count.len();
        let mut start = vec![0i128; nb];
        let mut droppable = vec![0i128; nb];
        let mut forced = 0i128;
        for p in &self.parts {
            let size = i128::from(p.size);
            let on_e: Vec<u32> = p
                .orig
                .iter()
                .copied()
                .filter(|&b| self.eligible[b as usize])
                .collect();
            for &b in &on_e {
                start[b as usize] += size;
            }
            if !p.selected {
                continue;
            }
            let missing = p.rf.saturating_sub(on_e.len());
            forced += size * missing as i128;
            if on_e.len() > p.rf {
                for &b in &on_e {
                    droppable[b as usize] += size;
                }
            }
        }
        let (mut excess, mut deficit) = (0i128, 0i128);
        for &b in &self.elig {
            let b = b as usize;
            excess += (start[b] - droppable[b] - bx.upper[b]).max(0);
            deficit += (bx.lo - start[b]).max(0);
        }
        u64::try_from((forced + excess).max(deficit).max(0)).unwrap_or(u64::MAX)
    }
}

/// The exhaustive search of [`Planner::exact_band`].
struct Search<'a> {
    options: &'a [Vec<(i128, Vec<u32>)>],
    sizes: &'a [i128],
    bx: &'a Bytes,
    bytes: Vec<i128>,
    count: Vec<i64>,
    elig: &'a [u32],
    chosen: Vec<usize>,
    /// Cheapest complete choice found: (bytes moved, option per partition).
    best: Option<(i128, Vec<usize>)>,
    nodes: u64,
}

impl Search<'_> {
    fn go(&mut self, k: usize, cost: i128) {
        if self.nodes == 0 || self.best.as_ref().is_some_and(|b| cost >= b.0) {
            return;
        }
        self.nodes -= 1;
        if k == self.options.len() {
            let ok = self.elig.iter().all(|&b| {
                let b = b as usize;
                self.bytes[b] >= self.bx.lo && self.count[b] >= self.bx.c_lo
            });
            if ok {
                self.best = Some((cost, self.chosen.clone()));
            }
            return;
        }
        for o in 0..self.options[k].len() {
            let (c, ref set) = self.options[k][o];
            let fits = set.iter().all(|&b| {
                let b = b as usize;
                self.bytes[b] + self.sizes[k] <= self.bx.upper[b] && self.count[b] < self.bx.c_hi
            });
            if !fits {
                continue;
            }
            for &b in set {
                self.bytes[b as usize] += self.sizes[k];
                self.count[b as usize] += 1;
            }
            self.chosen[k] = o;
            self.go(k + 1, cost + c);
            for &b in set {
                self.bytes[b as usize] -= self.sizes[k];
                self.count[b as usize] -= 1;
            }
        }
    }
}
